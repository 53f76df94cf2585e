import { daysInclusive, daysInMonth } from '../_lib/calendar.js';
import { type IsoDate, packedDate } from '../_lib/dates.js';

/**
 * How the Beneficiary Module counts the days of a period:
 * - `'30/360'`: every month has 30 days (long-term student mobility);
 * - `'calendar'`: real calendar days, `end − start + 1` (short-term student and all staff or
 *   VET/school/adult mobility).
 *
 * @example
 * ```ts
 * import type { DayCountMethod } from 'erasmus-kit';
 * const method: DayCountMethod = '30/360';
 * ```
 */
export type DayCountMethod = '30/360' | 'calendar';

/**
 * Days of the period `start`→`end` (both included) in the Beneficiary Module's 30/360 convention,
 * as the EC wiki publishes it
 * (https://wikis.ec.europa.eu/display/NAITDOC/Duration+Calculated+%28days%29+field+in+KA131+mobility+activities):
 * `(Y2−Y1)·360 + (M2−M1)·30 + (min(D2,30) − min(D1,30)) + 1`.
 *
 * A 31st counts as the 30th at either end. Nothing else is adjusted: a period ending on the last
 * day of February counts that day as the 28th (or 29th), so 2023-01-01→2023-02-28 is 58 days and
 * 2024-02-01→2024-02-29 is 29 days. "February counts as 30 days" only when the period runs past it
 * (2023-02-01→2023-03-31 is 60 days). For `start ≤ end` the result is at least 1 and never
 * decreases when `end` moves later. See {@link days30360EveryMonth30} for the other reading.
 */
export function days30360(start: IsoDate, end: IsoDate): number {
  const a = packed(start);
  const b = packed(end);
  return count30360(a, b, Math.min(a % 100, 30), Math.min(b % 100, 30));
}

/**
 * The other reading of the 30/360 count, used by some National Agencies and HEIs: every month
 * counts 30 days, February included, so the last day of February counts as the 30th (at either
 * end, like a 31st). 2024-01-01→2024-02-29 is 60 days (the formula: 59), 2023-02-01→2023-02-28
 * is 30 (the formula: 28). Equal to {@link days30360} unless an end is the last day of February.
 */
export function days30360EveryMonth30(start: IsoDate, end: IsoDate): number {
  const a = packed(start);
  const b = packed(end);
  return count30360(a, b, dayEveryMonth30(a), dayEveryMonth30(b));
}

/** The packed date (`year * 10000 + month * 100 + day`), or a RangeError. */
function packed(date: IsoDate): number {
  const value = packedDate(date);
  if (value < 0) throw new RangeError(`Not a valid ISO date: ${date}`);
  return value;
}

/** The 30/360 formula on packed dates, with the day of each end as the reading counts it. */
function count30360(a: number, b: number, dayA: number, dayB: number): number {
  return (
    (Math.floor(b / 10000) - Math.floor(a / 10000)) * 360 +
    ((Math.floor(b / 100) % 100) - (Math.floor(a / 100) % 100)) * 30 +
    (dayB - dayA) +
    1
  );
}

/** The day of a packed date when every month counts 30 days: the 31st and the end of February are the 30th. */
function dayEveryMonth30(date: number): number {
  return isEndOfFebruary(date) ? 30 : Math.min(date % 100, 30);
}

/** Whether a packed date is the last day of February (the 28th, or the 29th in a leap year). */
function isEndOfFebruary(date: number): boolean {
  const year = Math.floor(date / 10000);
  return Math.floor(date / 100) % 100 === 2 && date % 100 === daysInMonth(year, 2);
}

/** Whether `date` is the last day of February (the 28th, or the 29th in a leap year). */
export function isLastDayOfFebruary(date: IsoDate): boolean {
  return isEndOfFebruary(packed(date));
}

/** Days of `start`→`end` (both included) by the given method. */
export function countDays(method: DayCountMethod, start: IsoDate, end: IsoDate): number {
  return method === '30/360' ? days30360(start, end) : daysInclusive(start, end);
}

/** Splits a number of days into 30-day months and the remaining days (`105` → 3 months 15 days). */
export function toMonthsAndDays(days: number): { readonly months: number; readonly days: number } {
  return { months: Math.floor(days / 30), days: days % 30 };
}

/** "3 months and 15 days", "1 month", "25 days", "0 days": a duration in words, for messages. */
export function describeMonthsAndDays(totalDays: number): string {
  const { months, days } = toMonthsAndDays(totalDays);
  const m = months === 1 ? '1 month' : `${months} months`;
  const d = days === 1 ? '1 day' : `${days} days`;
  if (months === 0) return d;
  if (days === 0) return m;
  return `${m} and ${d}`;
}

/** "1 day", "14 days". */
export function describeDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
