/**
 * The public shapes of `fromBeneficiaryModuleRows`: its options, its problems and its result.
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import type { MobilityAction } from '../../rules/vocabulary.js';
import type { ReconcileRecord } from '../types.js';
import type { BeneficiaryModuleColumn } from './columns.js';

/**
 * How dates are written, when one form is known (the default reads every form below): day first
 * with `-`, `/` or `.`, ISO, month first (US spreadsheets), or spreadsheet serial numbers.
 *
 * @example
 * ```ts
 * import type { BeneficiaryModuleDateFormat } from 'erasmus-kit';
 * const format: BeneficiaryModuleDateFormat = 'DD.MM.YYYY';
 * ```
 */
export type BeneficiaryModuleDateFormat =
  | 'DD-MM-YYYY'
  | 'DD/MM/YYYY'
  | 'DD.MM.YYYY'
  | 'YYYY-MM-DD'
  | 'MM/DD/YYYY'
  | 'serial';

/**
 * Options of `fromBeneficiaryModuleRows`.
 *
 * @example
 * ```ts
 * import type { BeneficiaryModuleOptions } from 'erasmus-kit';
 * const options: BeneficiaryModuleOptions = {
 *   columns: { total: 'Grant (EUR)' },
 *   dateFormat: 'DD/MM/YYYY',
 * };
 * ```
 */
export interface BeneficiaryModuleOptions {
  /** The header of a column where the defaults do not find it (matched in any case and spacing). */
  readonly columns?: Partial<Record<BeneficiaryModuleColumn, string>>;
  /** Read dates in this form only (default: every day-first form, ISO and serial numbers). */
  readonly dateFormat?: BeneficiaryModuleDateFormat;
  /** The action, for a file without grant agreement numbers. */
  readonly action?: MobilityAction;
  /** The call year, for a file without grant agreement numbers. */
  readonly callYear?: CallYear;
  /** The sending country, for a file without a sending-country column. */
  readonly sendingCountry?: string;
  /** The row number of the first row given, as a spreadsheet shows it (default 2: under the header). */
  readonly firstRow?: number;
}

/**
 * A problem found while reading the rows: an `error` keeps the row out of the records (or, on
 * the header row, every row), a `warning` tells of a row or column left aside on purpose.
 *
 * @example
 * ```ts
 * import type { ImportProblem } from 'erasmus-kit';
 * const problem: ImportProblem = {
 *   severity: 'error',
 *   row: 7,
 *   column: 'Start Date',
 *   value: '31/02/2024',
 *   message: 'The date 31/02/2024 does not exist.',
 * };
 * ```
 */
export interface ImportProblem {
  /** `error` (the row is not read) or `warning` (left aside, said here). */
  readonly severity: 'error' | 'warning';
  /** The row number as a spreadsheet shows it (the header row for a problem with the columns). */
  readonly row: number;
  /** The header of the column concerned, as in the file. */
  readonly column: string;
  /** The cell as text (`""` for an empty cell or a problem with a column). */
  readonly value: string;
  /** What is wrong, in English. */
  readonly message: string;
}

/**
 * The result of `fromBeneficiaryModuleRows`: the records read, every problem, and how the
 * columns were matched.
 *
 * @example
 * ```ts
 * import { type BeneficiaryModuleImport, fromBeneficiaryModuleRows } from 'erasmus-kit';
 * const read: BeneficiaryModuleImport = fromBeneficiaryModuleRows([]);
 * read.records.length; // 0
 * ```
 */
export interface BeneficiaryModuleImport {
  /** One record per row read, in row order. */
  readonly records: readonly ReconcileRecord[];
  /** Every error and warning, in row order. */
  readonly problems: readonly ImportProblem[];
  /** How the columns were matched. */
  readonly columns: {
    /** The header each column was found under. */
    readonly mapped: Readonly<Partial<Record<BeneficiaryModuleColumn, string>>>;
    /** The headers of the file that no column uses. */
    readonly unused: readonly string[];
  };
}
