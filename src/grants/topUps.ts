/**
 * Private: the top-ups of higher-education students — fewer opportunities (monthly for long-term,
 * one-off by length for short-term), traineeship (monthly, not for international mobility) and
 * the one-off green-travel top-up of the call years that have it — and VET/school/adult course fees.
 *
 * @module
 */
import { Decimal } from '../_lib/decimal.js';
import { usedFigure } from '../distance/distanceBand.js';
import { isStudentActivity } from '../mobility/activityKinds.js';
import { fundingRules } from '../rules/citations.js';
import { count, euros, type GrantContext, money, warn } from './grantContext.js';
import type { SupportInfo } from './individualSupport.js';
import { monthlyLine, oneOffLine } from './lineBuilders.js';

/** Adds the fewer-opportunities and traineeship top-ups of an HE student. */
export function addStudentTopUps(ctx: GrantContext, info: SupportInfo): void {
  const { m, pack, duration } = ctx;
  if (!isStudentActivity(m.action, m.activity)) return;
  const fewer = m.participant?.fewerOpportunities === true;
  if (m.format === 'short-term') {
    if (!fewer) return;
    const long = duration.mobilityDays >= 15;
    const key = long ? 'days15to30' : 'days5to14';
    const figure = pack.ka131.shortTermFewerOpportunitiesTopUp[key];
    ctx.lines.push(
      oneOffLine({
        kind: 'fewer-opportunities-top-up',
        unit: 'one-off',
        amount: money(figure),
        basis: `one-off for ${count(duration.mobilityDays, 'physical day')} (${long ? '15–30' : '5–14'} days): ${euros(figure.value)}`,
        rule: `Short-term students with fewer opportunities receive a one-off top-up by the length of the physical activity (${fundingRules(pack.callYear, m.action)}).`,
        figures: [usedFigure(`ka131.shortTermFewerOpportunitiesTopUp.${key}`, figure)],
      }),
    );
    return;
  }
  if (fewer) {
    const figure = pack.ka131.fewerOpportunitiesTopUpMonthly;
    if (m.action === 'KA171-HED') {
      warn(
        ctx,
        'assumption',
        'The KA131 monthly fewer-opportunities top-up was applied to a KA171 student: the sources give no KA171-specific amount.',
        ['ka131.fewerOpportunitiesTopUpMonthly'],
      );
    }
    ctx.lines.push(
      monthlyLine({
        kind: 'fewer-opportunities-top-up',
        fullMonths: duration.fullMonths,
        extraDays: duration.extraDays,
        rate: money(figure),
        rule: `Long-term students with fewer opportunities: a monthly top-up for the funded period, cumulative with the traineeship top-up (${fundingRules(pack.callYear, m.action)}).`,
        figures: [usedFigure('ka131.fewerOpportunitiesTopUpMonthly', figure)],
      }),
    );
  }
  if (m.activity === 'student-traineeship' && !info.international) {
    const figure = pack.ka131.traineeshipTopUpMonthly;
    ctx.lines.push(
      monthlyLine({
        kind: 'traineeship-top-up',
        fullMonths: duration.fullMonths,
        extraDays: duration.extraDays,
        rate: money(figure),
        rule: `Long-term traineeships within Europe: a monthly top-up for the funded period; not for international mobility (${fundingRules(pack.callYear, m.action)}).`,
        figures: [usedFigure('ka131.traineeshipTopUpMonthly', figure)],
      }),
    );
  }
}

/** Adds the one-off green-travel top-up of an HE student without travel support, where the call year has it. */
export function addGreenTravelTopUp(ctx: GrantContext, entitledToTravel: boolean): void {
  const { m, pack } = ctx;
  const figure = pack.ka131.greenTravelTopUp;
  if (
    entitledToTravel ||
    figure === undefined ||
    m.travel?.green !== true ||
    !isStudentActivity(m.action, m.activity)
  ) {
    return;
  }
  ctx.lines.push(
    oneOffLine({
      kind: 'green-travel-top-up',
      unit: 'one-off',
      amount: money(figure),
      basis: `one-off for green travel: ${euros(figure.value)} (extra green travel days, if any, are in individual support)`,
      rule: `Students without travel support who travel green receive a one-off top-up and up to 4 extra funded travel days (calls 2021–2023: ${fundingRules(pack.callYear, m.action)}).`,
      figures: [usedFigure('ka131.greenTravelTopUp', figure)],
    }),
  );
}

/** Adds the course fees of VET/school/adult staff on a course: per course day, capped. */
export function addCourseFees(ctx: GrantContext): void {
  const { m, pack, duration } = ctx;
  if (m.activity !== 'staff-course') return;
  const fees = pack.vetSchAdu.courseFees;
  const days = Math.min(duration.fundedStayDays, fees.maxDays.value);
  const perDay = money(fees.perDay);
  const cap = money(fees.maxPerParticipant);
  const raw = perDay.times(days);
  const amount = Decimal.min(raw, cap);
  ctx.lines.push({
    kind: 'course-fees',
    quantity: days,
    unit: 'day',
    unitAmount: perDay,
    amount,
    basis: `${count(days, 'course day')} × ${euros(perDay)}${duration.fundedStayDays > days ? ` (at most ${count(fees.maxDays.value, 'day')})` : ''}${raw.greaterThan(cap) ? `, capped at ${euros(cap)}` : ''}`,
    rule: `Course fees for staff on courses and training: a daily unit cost for at most 10 days per participant (${fundingRules(pack.callYear, m.action)}).`,
    figures: [
      usedFigure('vetSchAdu.courseFees.perDay', fees.perDay),
      usedFigure('vetSchAdu.courseFees.maxDays', fees.maxDays),
      usedFigure('vetSchAdu.courseFees.maxPerParticipant', fees.maxPerParticipant),
    ],
  });
}
