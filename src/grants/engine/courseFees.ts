/**
 * Private: the course fees of VET/school/adult staff on a course — a daily unit cost for at most
 * 10 course days, capped per participant.
 *
 * @module
 */
import { capMoney, mulMoney } from '../../_lib/money.js';
import type { GrantContext } from './context.js';
import { figureAt, rateAt } from './packIndex.js';
import { count } from './texts.js';

/** Adds the course fees of VET/school/adult staff on a course: per course day, capped. */
export function addCourseFees(ctx: GrantContext): void {
  const { m, index, duration } = ctx;
  if (m.activity !== 'staff-course') return;
  const perDay = rateAt(index, 'vetSchAdu.courseFees.perDay');
  const maxDays = figureAt(index, 'vetSchAdu.courseFees.maxDays');
  const cap = rateAt(index, 'vetSchAdu.courseFees.maxPerParticipant');
  const limit = maxDays.value as number;
  const days = Math.min(duration.fundedStayDays, limit);
  const raw = mulMoney(perDay.value, days);
  const amount = capMoney(raw, cap.value);
  const atMost = duration.fundedStayDays > days ? ` (at most ${count(limit, 'day')})` : '';
  const capped = amount === raw ? '' : `, capped at €${cap.text}`;
  ctx.lines.push({
    kind: 'course-fees',
    quantity: days,
    unit: 'day',
    unitAmount: perDay.text,
    amount,
    basis: `${count(days, 'course day')} × €${perDay.text}${atMost}${capped}`,
    rule: `Course fees for staff on courses and training: a daily unit cost for at most 10 days per participant (${index.fundingRules[m.action]}).`,
    figures: [perDay.used, maxDays, cap.used],
    calculation: {
      form: 'daily',
      days,
      dailyRate: perDay.text,
      reduced: null,
      unfundedDays: duration.fundedStayDays - days,
      cap: amount === raw ? null : cap.text,
    },
  });
}
