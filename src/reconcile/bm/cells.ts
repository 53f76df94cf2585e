/**
 * Private: reads the cells of a Beneficiary Module export as a CSV or XLSX parser yields them
 * (text, numbers, booleans, dates): dates, amounts with a decimal point or comma, day counts,
 * yes/no flags and country codes. Each reader returns the value, `undefined` for an empty cell,
 * or an error message; it never guesses.
 *
 * @module
 */

import { millisecondsInDay } from 'date-fns/constants';
import { addDays } from '../../_lib/calendar.js';
import { type IsoDate, packedDate } from '../../_lib/dates.js';
import { Decimal } from '../../_lib/decimal.js';
import { formatMoney, type MoneyString } from '../../_lib/money.js';
import { showInput } from '../../_lib/showInput.js';
import { unwrapLazy } from '../../_lib/zod.js';
import { CountryCodeSchema } from '../../programme/CountryCodeSchema.js';
import type { CountryCode } from '../../programme/countryCodes.js';
import type { BeneficiaryModuleDateFormat } from './types.js';

/** A value read from a cell, or why it could not be read. */
export type Read<T> = { readonly value: T | undefined } | { readonly error: string };

const fail = (error: string): { readonly error: string } => ({ error });
const EMPTY = { value: undefined } as const;

/** A cell as text: trimmed strings, numbers and booleans as written, dates at UTC midnight as ISO. */
export function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  if (cell === null || cell === undefined) return '';
  try {
    return String(cell);
  } catch {
    // An object without a prototype (or with a throwing toString) has no text of its own.
    return showInput(cell);
  }
}

/** The day of spreadsheet serial number 0. */
const SERIAL_0: IsoDate = '1899-12-30';

function fromSerial(serial: number): Read<IsoDate> {
  // From serial 61 (1 March 1900) on, the 1900 leap-year bug of spreadsheets no longer shifts dates.
  if (!Number.isInteger(serial)) return fail('a spreadsheet date with a time of day is not a date');
  if (serial < 61 || serial > 2_958_465) return fail('not a spreadsheet date serial number');
  return { value: addDays(SERIAL_0, serial) };
}

const FORMS: Readonly<Record<Exclude<BeneficiaryModuleDateFormat, 'serial'>, RegExp>> = {
  'DD-MM-YYYY': /^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})$/,
  'DD/MM/YYYY': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/,
  'DD.MM.YYYY': /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$/,
  'YYYY-MM-DD': /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/,
  'MM/DD/YYYY': /^(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4})$/,
};
const DEFAULT_FORMS = [
  FORMS['DD-MM-YYYY'],
  FORMS['DD/MM/YYYY'],
  FORMS['DD.MM.YYYY'],
  FORMS['YYYY-MM-DD'],
];
const KNOWN = 'DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY, YYYY-MM-DD or a spreadsheet serial number';

/** A date cell: a day-first or ISO date, a serial number, or a `Date` at UTC midnight. */
export function readDate(
  cell: unknown,
  format: BeneficiaryModuleDateFormat | undefined,
): Read<IsoDate> {
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (Number.isNaN(time) || time % millisecondsInDay !== 0) {
      return fail(
        'a date with a time of day (or a time zone) is ambiguous: give dates as text or serial numbers',
      );
    }
    return realDate(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') {
    return format === undefined || format === 'serial'
      ? fromSerial(cell)
      : fail(`expected a date written ${format}, not a number`);
  }
  const text = cellText(cell);
  if (text === '') return EMPTY;
  if (/^\d{5}$/.test(text) && (format === undefined || format === 'serial')) {
    return fromSerial(Number(text));
  }
  const forms = format === undefined ? DEFAULT_FORMS : format === 'serial' ? [] : [FORMS[format]];
  const parts = forms.map((form) => form.exec(text)?.groups).find((g) => g !== undefined);
  if (parts === undefined) {
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(text)) {
      return fail('a two-digit year is ambiguous: write the year in full');
    }
    return fail(`not a date in a known form (${format ?? KNOWN})`);
  }
  const iso = `${parts['y']}-${(parts['m'] ?? '').padStart(2, '0')}-${(parts['d'] ?? '').padStart(2, '0')}`;
  return realDate(iso);
}

/** `iso` (`YYYY-MM-DD`) when it names a day of the years 1000–9999. */
function realDate(iso: string): Read<IsoDate> {
  return packedDate(iso) < 0 ? fail('this date does not exist') : { value: iso as IsoDate };
}

const PLAIN = /^\d+(?:[.,]\d{1,2})?$/;
const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?$/;

/** An amount cell: a number, or text with a decimal point or comma (and space-grouped thousands). */
export function readAmount(cell: unknown): Read<MoneyString> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return fail('expected an amount of 0 or more');
    const value = new Decimal(cell);
    return value.decimalPlaces() <= 2
      ? { value: formatMoney(value) }
      : fail('expected an amount with at most 2 decimals');
  }
  const text = cellText(cell)
    .replace(/€|\bEUR\b/gi, '')
    .trim();
  if (text === '') return EMPTY;
  const plain = PLAIN.test(text)
    ? text
    : SPACE_GROUPS.test(text)
      ? text.replace(/[ \u00a0\u202f]/g, '')
      : undefined;
  if (plain === undefined) {
    return /[.,]/.test(text) && /^[\d.,\s]+$/.test(text)
      ? fail(
          'ambiguous separators: write amounts without thousands separators, with a decimal point or comma',
        )
      : fail('expected an amount such as 1925.00 or 1925,00');
  }
  return { value: formatMoney(new Decimal(plain.replace(',', '.'))) };
}

/** A day-count cell: a whole number ≥ 0. */
export function readDays(cell: unknown): Read<number> {
  const text = cellText(cell);
  if (text === '') return EMPTY;
  return /^\d{1,5}$/.test(text) ? { value: Number(text) } : fail('expected a whole number of days');
}

/** A distance cell: kilometres ≥ 0, with a decimal point or comma. */
export function readKm(cell: unknown): Read<number> {
  const text = cellText(cell);
  if (text === '') return EMPTY;
  return /^\d{1,5}(?:[.,]\d+)?$/.test(text)
    ? { value: Number(text.replace(',', '.')) }
    : fail('expected a distance in kilometres');
}

const YES: ReadonlySet<string> = new Set(['yes', 'y', 'true', '1']);
const NO: ReadonlySet<string> = new Set(['no', 'n', 'false', '0']);

/** A flag cell: yes/no, y/n, true/false, 1/0 (any case); an empty cell is not set (`false`). */
export function readFlag(cell: unknown): Read<boolean> {
  const text = cellText(cell).toLowerCase();
  if (text === '') return { value: false };
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return fail('expected yes or no (YES/NO, Y/N, TRUE/FALSE, 1/0)');
}

/** A country cell: an ISO code, or the EC's `EL` (Greece) and `UK` (United Kingdom). */
export function readCountry(cell: unknown): Read<CountryCode> {
  const text = cellText(cell);
  if (text === '') return EMPTY;
  const parsed = unwrapLazy(CountryCodeSchema).safeParse(text);
  return parsed.success ? { value: parsed.data } : fail('not a country code erasmus-kit knows');
}
