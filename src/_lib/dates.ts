import { UTCDateMini } from '@date-fns/utc/date/mini';
import * as z from 'zod/mini';
import { showInput, showReceived } from './showInput.js';
import { lazySchema, makeParser } from './zod.js';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601, no time, no time zone), such as `"2024-02-29"`.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'erasmus-kit';
 * const start: IsoDate = '2023-09-01';
 * ```
 */
export type IsoDate = `${number}-${number}-${number}`;

/** The digit at `index` of `value` (0–9), or -1 when it is not an ASCII digit. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * `year * 10000 + month * 100 + day` for a string written `DDDD-DD-DD` (ASCII digits), whatever
 * the numbers; -1 for any other string. No regular expression and no allocation: dates are read
 * several times per mobility.
 */
function packedDigits(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 10000 + (m0 * 10 + m1) * 100 + d0 * 10 + d1;
}

/**
 * The date `YYYY-MM-DD` packed as `year * 10000 + month * 100 + day` when it names a real day
 * (years 1000–9999), -1 otherwise. Packed dates compare like the dates.
 */
export function packedDate(value: string): number {
  const packed = packedDigits(value);
  if (packed < 0) return -1;
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return -1;
  // Every month has 28 days or more. A 29th to 31st is real when the UTC date made of its parts
  // keeps the day (date-fns's `isExists`, in UTC): cheaper than asking for the month's length,
  // for a check that runs on every date of every mobility.
  return day <= 28 || new UTCDateMini(year, month - 1, day).getDate() === day ? packed : -1;
}

/**
 * The zod schema of a strict ISO calendar date: `YYYY-MM-DD` that names a real day
 * (no `2023-02-30`, no times, no time zones, years 1000–9999).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'erasmus-kit';
 * IsoDateSchema.safeParse('2024-02-29').success; // true
 * IsoDateSchema.safeParse('2023-02-29').success; // false
 * ```
 */
export const IsoDateSchema = lazySchema(() =>
  z.pipe(
    z.string({
      error: (issue) => `Expected a date written YYYY-MM-DD, got ${showReceived(issue.input)}`,
    }),
    // A check, not a transform: the string is kept as it is, typed as an IsoDate. Like a
    // refinement, its issue lets the checks of an enclosing object run (`abort: false`).
    z.custom<IsoDate, string>((value) => packedDate(value) >= 0, {
      error: (issue) =>
        `Expected a real calendar date written YYYY-MM-DD, got ${showInput(issue.input)}`,
      params: { code: 'not-a-date' },
      abort: false,
    }),
  ),
);

const isoDateParser = makeParser(IsoDateSchema, { root: 'date' });

/**
 * Checks that a value is a strict ISO calendar date and returns it typed as {@link IsoDate}.
 * Throws {@link InputError} otherwise.
 *
 * @param date - the candidate date (issue paths start at `date`)
 * @returns the same string, typed
 *
 * @example
 * ```ts
 * import { parseIsoDate } from 'erasmus-kit';
 * parseIsoDate('2024-02-29'); // '2024-02-29'
 * // parseIsoDate('2023-02-30') throws InputError
 * ```
 */
export function parseIsoDate(date: unknown): IsoDate {
  return isoDateParser.parse(date);
}

/**
 * The non-throwing twin of {@link parseIsoDate}.
 *
 * @param date - the candidate date
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseIsoDate } from 'erasmus-kit';
 * safeParseIsoDate('2023-13-01').success; // false
 * ```
 */
export function safeParseIsoDate(date: unknown) {
  return isoDateParser.safeParse(date);
}
