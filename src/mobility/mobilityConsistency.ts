/**
 * The checks of a mobility that read several fields at once (internal: part of
 * `MobilityInputSchema`).
 *
 * @module
 */
import type * as z from 'zod/mini';
import { packedDate } from '../_lib/dates.js';
import type { InputIssueCode } from '../inputIssueCodes.js';
import { dayCountMethodOf, impliedFormat, isStudentActivity } from './activityKinds.js';
import { countDays } from './countDays.js';
import type { mobilityBranches } from './mobilityBranches.js';

type Fields = z.output<ReturnType<typeof mobilityBranches>>;

const isValidDate = (value: unknown): boolean =>
  typeof value === 'string' && packedDate(value) >= 0;
const isDayCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

/**
 * Cross-field checks: dates in order, format consistent with the activity, day counts fit. A
 * plain check (`z.check`) that adds its issues itself: zod's `superRefine` wrapper would allocate
 * a function per mobility. Its issues are the ones `superRefine` would give (`continue`: later
 * checks still run).
 */
export function checkConsistency(payload: z.core.ParsePayload<Fields>): void {
  const m = payload.value;
  const add = (path: PropertyKey[], message: string, input: unknown, code: InputIssueCode) =>
    payload.issues.push({ code: 'custom', path, message, input, params: { code }, continue: true });

  // Checks run even when a field already failed a refinement (an impossible date, a negative
  // count): use only values that are valid on their own.
  const datesValid = isValidDate(m.startDate) && isValidDate(m.endDate);
  const endBeforeStart = datesValid && m.endDate < m.startDate;
  if (endBeforeStart) {
    add(
      ['endDate'],
      `endDate ${m.endDate} is before startDate ${m.startDate}: the end date must be on or after the start date`,
      m.endDate,
      'out-of-order',
    );
  }

  const student = isStudentActivity(m.action, m.activity);
  if (student && m.format === undefined) {
    add(
      ['format'],
      `Student mobility needs a format: 'long-term' (2–12 months, 30/360 days) or 'short-term' (calendar days)`,
      undefined,
      'missing-field',
    );
  }
  if (!student && m.format !== undefined) {
    const implied = impliedFormat(m.activity);
    if (m.format !== implied) {
      add(
        ['format'],
        `Format '${m.format}' does not fit activity '${m.activity}', which is ${implied}`,
        m.format,
        'conflicting-fields',
      );
    }
  }
  if ('doctoral' in m && m.doctoral === true && !student) {
    add(
      ['doctoral'],
      'doctoral applies to student mobility only',
      m.doctoral,
      'conflicting-fields',
    );
  }

  const method = dayCountMethodOf(m);
  const interruptions = m.interruptionDays ?? 0;
  const nonFunded = m.nonFundedDays ?? 0;
  if (
    method !== undefined &&
    datesValid &&
    !endBeforeStart &&
    isDayCount(interruptions) &&
    isDayCount(nonFunded)
  ) {
    const calculated = countDays(method, m.startDate, m.endDate);
    if (interruptions > calculated) {
      add(
        ['interruptionDays'],
        `interruptionDays (${interruptions}) is more than the ${calculated} days from startDate to endDate`,
        interruptions,
        'exceeds-total',
      );
    } else if (interruptions + nonFunded > calculated) {
      add(
        ['nonFundedDays'],
        `nonFundedDays (${nonFunded}) is more than the ${calculated - interruptions} days left after interruptions`,
        nonFunded,
        'exceeds-total',
      );
    }
  }
}
