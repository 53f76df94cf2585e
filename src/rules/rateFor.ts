import type { MoneyString } from '../_lib/money.js';
import type { RateSheet } from './defineRateSheet.js';
import type { RateSheetPath } from './rateSheet/types.js';

export type { RateSheetPath } from './rateSheet/types.js';

/**
 * The rate a sheet sets for a range figure, by the figure's path in the pack; `undefined` when
 * there is no sheet, the sheet does not set that table, or the path is not a rate-sheet path.
 * Never throws.
 *
 * @param sheet - a rate sheet from `defineRateSheet`, or `undefined`
 * @param path - the range figure's path (`'ka131.studentMonthly.1'`, ...)
 * @returns the NA's rate as a two-place string, or `undefined`
 *
 * @example
 * ```ts
 * import { defineRateSheet, rateFor } from 'erasmus-kit';
 * const sheet = defineRateSheet({
 *   callYear: 2021,
 *   ka131: { studentMonthly: { 1: 520, 2: 500, 3: 450 } },
 * });
 * rateFor(sheet, 'ka131.studentMonthly.2'); // '500.00'
 * rateFor(sheet, 'ka131.staffDaily.2'); // undefined: not set by this sheet
 * ```
 */
export function rateFor(
  sheet: RateSheet | undefined,
  path: RateSheetPath | string,
): MoneyString | undefined {
  if (typeof sheet !== 'object' || sheet === null || typeof path !== 'string') return undefined;
  const [section, table, group, ...rest] = path.split('.');
  if (rest.length > 0 || (section !== 'ka131' && section !== 'vetSchAdu')) return undefined;
  const tables = sheet[section] as Readonly<Record<string, unknown>> | undefined;
  const values = table === undefined ? undefined : tables?.[table];
  if (typeof values !== 'object' || values === null || group === undefined) return undefined;
  const value = (values as Readonly<Record<string, unknown>>)[group];
  return typeof value === 'string' && Object.hasOwn(values, group)
    ? (value as MoneyString)
    : undefined;
}
