/**
 * The public shapes around a rate sheet's values: their paths, their provenance (sources, status,
 * how sure the call year is) and the warnings a sheet carries.
 *
 * @module
 */
import type { Provenance } from '../../_lib/provenance.js';

/**
 * The path of a rate-sheet value: the same dotted path as the range figure it replaces in the
 * rule pack (`'ka131.studentMonthly.1'` is the NA's choice inside `pack.ka131.studentMonthly[1]`).
 *
 * @example
 * ```ts
 * import type { RateSheetPath } from 'erasmus-kit';
 * const path: RateSheetPath = 'vetSchAdu.learnerDaily.3';
 * ```
 */
export type RateSheetPath = `${RateSheetTable}.${1 | 2 | 3}`;

/**
 * A table of a rate sheet: one value per country group.
 *
 * @example
 * ```ts
 * import type { RateSheetTable } from 'erasmus-kit';
 * const table: RateSheetTable = 'ka131.staffDaily';
 * ```
 */
export type RateSheetTable =
  | 'ka131.studentMonthly'
  | 'ka131.staffDaily'
  | 'vetSchAdu.staffDaily'
  | 'vetSchAdu.learnerDaily';

/**
 * How sure it is that a published value belongs to the call year it is filed under — apart from
 * how sure the value itself is (its status):
 * - `high`: the source names the project or the call year;
 * - `medium`: the call year is inferred (from an academic year, the country groups or the travel
 *   bands the page uses);
 * - `low`: the page is undated, or the call year is ambiguous.
 *
 * @example
 * ```ts
 * import type { CallYearConfidence } from 'erasmus-kit';
 * const confidence: CallYearConfidence = 'medium';
 * ```
 */
export type CallYearConfidence = 'high' | 'medium' | 'low';

/**
 * Where a rate-sheet value comes from: its {@link Provenance} (sources, status, and for a
 * `derived` value the computation) and how sure its call year is.
 *
 * @example
 * ```ts
 * import type { RateProvenance } from 'erasmus-kit';
 * const provenance: RateProvenance = {
 *   sources: ['https://www.ovgu.de/-p-74044'],
 *   status: 'single-source',
 *   callYearConfidence: 'medium',
 * };
 * ```
 */
export interface RateProvenance extends Provenance {
  /** How sure it is that the value is the one of the sheet's call year; absent: not assessed. */
  readonly callYearConfidence?: CallYearConfidence;
}

/**
 * The provenance of a sheet's values, by the path of each value (`'ka131.studentMonthly.1'`).
 * A value without an entry has none recorded.
 *
 * @example
 * ```ts
 * import type { RateSheetProvenance } from 'erasmus-kit';
 * const provenance: RateSheetProvenance = {
 *   'ka131.staffDaily.1': { sources: ['https://www.ovgu.de/-p-74044'], status: 'single-source' },
 * };
 * ```
 */
export type RateSheetProvenance = { readonly [P in RateSheetPath]?: RateProvenance };

/**
 * A stable code for what a rate sheet warns of:
 * - `rate-sheet-minima`: the amounts are national minima; a university may pay more;
 * - `rate-sheet-national-money`: the amounts include national money, so they are not the EU unit
 *   costs the Beneficiary Module stores;
 * - `rate-outside-range`: a value lies outside its call year's range, beyond a bound that is not
 *   `confirmed` (outside a `confirmed` bound a value is refused).
 *
 * @example
 * ```ts
 * import type { RateSheetWarningCode } from 'erasmus-kit';
 * const code: RateSheetWarningCode = 'rate-outside-range';
 * ```
 */
export type RateSheetWarningCode =
  | 'rate-sheet-minima'
  | 'rate-sheet-national-money'
  | 'rate-outside-range';

/**
 * Something a reader of a rate sheet, and of every result that uses the values it names, must
 * know. `defineRateSheet` writes these; grant results repeat each one whose values they used.
 *
 * @example
 * ```ts
 * import { defineRateSheet, type RateSheetWarning } from 'erasmus-kit';
 * const sheet = defineRateSheet({
 *   callYear: 2022,
 *   ka131: { studentMonthly: { 1: 570, 2: 570, 3: 520 } },
 * });
 * const warning: RateSheetWarning | undefined = sheet.warnings?.[0];
 * warning?.code; // 'rate-outside-range'
 * warning?.paths; // ['ka131.studentMonthly.2']
 * ```
 */
export interface RateSheetWarning {
  /** A stable, machine-readable code. */
  readonly code: RateSheetWarningCode;
  /** The explanation, in English. */
  readonly message: string;
  /** The values concerned: a grant result repeats the warning when it used one of them. */
  readonly paths: readonly RateSheetPath[];
}
