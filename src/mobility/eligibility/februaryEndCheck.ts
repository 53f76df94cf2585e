import { days30360EveryMonth30, describeDays, isLastDayOfFebruary } from '../countDays.js';
import { makeIssue, NO_ISSUES } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

/** How close (in days) to a limit or a full month the count must be for the readings to matter. */
const MARGIN = 2;

/**
 * A long-term period (30/360 count) that ends on the last day of February: the published
 * Beneficiary Module formula counts that day as the 28th (29th), the reading "every month counts
 * 30 days" as the 30th. No source says which the Beneficiary Module applies at this edge, so when
 * the count is within {@link MARGIN} days of the minimum, the maximum or a full month (where the
 * readings can change the verdict or the months paid), a warning names both counts. The verdict
 * keeps the published formula.
 */
export function februaryEndCheck(
  ctx: CheckContext,
  minDays: number,
  maxDays: number,
): readonly EligibilityIssue[] {
  const { m, duration } = ctx;
  if (duration.method !== '30/360' || !isLastDayOfFebruary(m.endDate)) return NO_ISSUES;
  const formula = duration.mobilityDays;
  const other = formula + days30360EveryMonth30(m.startDate, m.endDate) - duration.calculatedDays;
  if (other === formula) return NO_ISSUES;
  const edge = nearEdge(formula, minDays, maxDays);
  if (edge === undefined) return NO_ISSUES;
  return Object.freeze([
    makeIssue(
      m,
      'february-end-30-360',
      `This long-term period ends on the last day of February (${m.endDate}). The Beneficiary Module's published 30/360 formula, used here, gives a mobility duration of ${describeDays(formula)}; counting every month as 30 days (February too, as a calendar month) gives ${describeDays(other)}. ${describeDays(formula)} is within ${MARGIN} days of ${edge}, so the two readings may differ in the verdict or in the months paid, and no source says which one the Beneficiary Module applies: check the duration it computes.`,
      { path: ['endDate'] },
    ),
  ]);
}

/** The limit or full month within {@link MARGIN} days of `days`, in words, or `undefined`. */
function nearEdge(days: number, minDays: number, maxDays: number): string | undefined {
  if (Math.abs(days - minDays) <= MARGIN) return `the minimum (${describeDays(minDays)})`;
  if (Math.abs(days - maxDays) <= MARGIN) return `the maximum (${describeDays(maxDays)})`;
  const months = Math.round(days / 30);
  if (months > 0 && Math.abs(days - months * 30) <= MARGIN) {
    return `${months === 1 ? 'a full month' : `${months} full months`} (${describeDays(months * 30)})`;
  }
  return undefined;
}
