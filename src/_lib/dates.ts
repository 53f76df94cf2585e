import * as z from 'zod/mini';
import { showInput, showReceived } from './showInput.js';
import { makeParser } from './zod.js';

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

/** The parts of a calendar date. */
export interface DateParts {
  /** Four-digit year. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

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
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return -1;
  }
  return packed;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function splitDate(value: string): DateParts | undefined {
  const packed = packedDate(value);
  if (packed < 0) return undefined;
  return {
    year: Math.floor(packed / 10000),
    month: Math.floor(packed / 100) % 100,
    day: packed % 100,
  };
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
export const IsoDateSchema = z.pipe(
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

/** Splits an already validated ISO date into its parts. */
export function dateParts(date: IsoDate): DateParts {
  const parts = splitDate(date);
  if (!parts) throw new RangeError(`Not a valid ISO date: ${date}`);
  return parts;
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days-from-civil).
 * Pure integer arithmetic: no `Date`, so no dependence on the host's time zone.
 */
export function toDayNumber(date: IsoDate): number {
  const packed = packedDate(date);
  if (packed < 0) throw new RangeError(`Not a valid ISO date: ${date}`);
  return dayNumberOfPacked(packed);
}

/** {@link toDayNumber} of a date packed by {@link packedDate} (valid). */
export function dayNumberOfPacked(packed: number): number {
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Calendar days from `start` to `end`, both included (`2023-02-01`→`2023-03-31` is 59). */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
