/**
 * The public shapes of a reconciliation: the records given to `reconcileGrants`, its options and
 * its result (one entry per record, each difference with its reasons, and a summary).
 *
 * @module
 */
import type { MoneyString, RoundingPolicy } from '../_lib/money.js';
import type { InputError } from '../errors.js';
import type { GrantResult } from '../grants/types.js';
import type { MobilityInput } from '../mobility/MobilityInputSchema.js';
import type { RateSheet } from '../rules/defineRateSheet.js';

/**
 * An amount as another system stored it: a decimal string with at most two places
 * (`"1925.00"`, `"1925"`) or a number with at most two decimals (`1925.5`), never negative.
 *
 * @example
 * ```ts
 * import type { ReportedAmount } from 'erasmus-kit';
 * const amount: ReportedAmount = '3055.47';
 * ```
 */
export type ReportedAmount = string | number;

/**
 * What another system (the Beneficiary Module, a spreadsheet) stored for a mobility. Every field
 * is optional: only the fields given are compared.
 *
 * `individualSupport` is compared as the Beneficiary Module stores it — the base amount plus
 * its top-ups — unless `topUps` is given too: then each is compared with its own part.
 *
 * @example
 * ```ts
 * import type { ReportedValues } from 'erasmus-kit';
 * const reported: ReportedValues = { calculatedDays: 105, individualSupport: '1925.00', total: 1925 };
 * ```
 */
export interface ReportedValues {
  /** "Duration Calculated (days)": days from start to end date, travel excluded. */
  readonly calculatedDays?: number;
  /** "Funded Duration (days)": the days individual support pays, funded travel days included. */
  readonly fundedDays?: number;
  /** "Individual support": the base amount, plus the top-ups unless `topUps` is given. */
  readonly individualSupport?: ReportedAmount;
  /** "Travel grant": standard, green or exceptional travel, and the green-travel top-up. */
  readonly travel?: ReportedAmount;
  /** The fewer-opportunities and traineeship top-ups, when stored apart from individual support. */
  readonly topUps?: ReportedAmount;
  /** The mobility's whole grant. */
  readonly total?: ReportedAmount;
}

/**
 * One mobility to reconcile: its key, the mobility as erasmus-kit reads it, and what another
 * system stored for it.
 *
 * @example
 * ```ts
 * import type { ReconcileRecord } from 'erasmus-kit';
 * const record: ReconcileRecord = {
 *   id: '000123-MOB-00001',
 *   project: '2024-1-DE01-KA131-HED-000000123',
 *   mobility: {
 *     action: 'KA131-HED',
 *     callYear: 2024,
 *     activity: 'staff-training',
 *     sendingCountry: 'DE',
 *     receivingCountry: 'FR',
 *     startDate: '2024-05-06',
 *     endDate: '2024-05-10',
 *   },
 *   reported: { total: '870.00' },
 * };
 * ```
 */
export interface ReconcileRecord {
  /** The record's key, such as the Beneficiary Module's "Mobility activity ID"; unique in a list. */
  readonly id: string;
  /** The project (grant agreement number), if known: lets a rate-sheet function choose by project. */
  readonly project?: string;
  /** The mobility, as `calculateGrant` reads it. */
  readonly mobility: MobilityInput;
  /** What the other system stored. */
  readonly reported: ReportedValues;
}

/**
 * Options of `reconcileGrants`.
 *
 * @example
 * ```ts
 * import { type ReconcileOptions, defineRateSheet } from 'erasmus-kit';
 * const sheet = defineRateSheet({ callYear: 2024, ka131: { studentMonthly: { 1: 600, 2: 550, 3: 500 } } });
 * const perProject: ReconcileOptions = {
 *   rateSheet: (record) => (record.project?.startsWith('2024-') ? sheet : undefined),
 *   tolerance: '0.01',
 * };
 * ```
 */
export interface ReconcileOptions {
  /**
   * The National Agency rates (from `defineRateSheet`): one sheet for every record, or a function
   * that picks each record's sheet (say, by `record.project`; from call 2025 some agencies let
   * each beneficiary set its rates within a range). Without one, the Programme Guide reference
   * values are used and each grant says so in a warning.
   */
  readonly rateSheet?:
    | RateSheet
    | ((record: ReconcileRecord, index: number) => RateSheet | undefined);
  /** How amounts are rounded to cents (default `'per-line'`, as `calculateGrant`). */
  readonly rounding?: RoundingPolicy;
  /** Euros by which an amount may differ and still match (default `"0.00"`). Days must be equal. */
  readonly tolerance?: ReportedAmount;
  /** How many of the records that differ most the summary lists (default 10). */
  readonly largest?: number;
}

/**
 * A field compared between the stored values and the library's result.
 *
 * @example
 * ```ts
 * import type { ReconcileField } from 'erasmus-kit';
 * const field: ReconcileField = 'individualSupport';
 * ```
 */
export type ReconcileField =
  | 'calculatedDays'
  | 'fundedDays'
  | 'individualSupport'
  | 'travel'
  | 'topUps'
  | 'total';

/**
 * The verdict on one record:
 * - `match`: every compared field agrees (within the tolerance);
 * - `differs`: at least one field differs;
 * - `ineligible`: the library finds the mobility not eligible (its grant is 0);
 * - `incomplete`: the library could not compute every part of the grant (a figure or the travel
 *   distance is missing), so the fields that depend on the missing part are not compared;
 * - `invalid`: the record could not be read; its `error` says why. It never stops the others.
 *
 * @example
 * ```ts
 * import type { ReconcileStatus } from 'erasmus-kit';
 * const status: ReconcileStatus = 'differs';
 * ```
 */
export type ReconcileStatus = 'match' | 'differs' | 'ineligible' | 'incomplete' | 'invalid';

/**
 * Why a stored value may differ, in the order they are tried (most likely first):
 * - `day-count`: the days were counted another way (calendar days instead of 30/360 or back);
 * - `interruptions`, `non-funded-days`: the stored value leaves out the interruptions or the
 *   non-funded days;
 * - `travel-days`: other funded travel days (none, or the other cap: 2 with standard travel, up
 *   to 6 with green travel);
 * - `rates`: other rates (the Programme Guide reference values instead of the rate sheet, or
 *   another call year's);
 * - `top-ups`: a top-up paid or not (fewer opportunities, traineeship);
 * - `travel-band`: another distance band, or green instead of standard travel (or back);
 * - `zero-grant`: the zero-grant flag set or not;
 * - `force-majeure`: under force majeure the amounts are typed by hand;
 * - `stale-value`: the stored amount follows the stored days, not the dates: it was not
 *   recomputed after a change;
 * - `rounding`: rounded another way (only the total, or a cent per line).
 *
 * @example
 * ```ts
 * import type { ReasonCode } from 'erasmus-kit';
 * const code: ReasonCode = 'day-count';
 * ```
 */
export type ReasonCode =
  | 'day-count'
  | 'interruptions'
  | 'non-funded-days'
  | 'travel-days'
  | 'rates'
  | 'top-ups'
  | 'travel-band'
  | 'zero-grant'
  | 'force-majeure'
  | 'stale-value'
  | 'rounding';

/**
 * A reason a stored value differs: found by recomputing the mobility with one factor changed,
 * which gave the stored value.
 *
 * @example
 * ```ts
 * import type { DifferenceReason } from 'erasmus-kit';
 * const reason: DifferenceReason = {
 *   code: 'interruptions',
 *   message:
 *     'The funded duration as stored (134 days) is what the library computes with the 10 days of interruption left out; the interruptions are deducted from the calculated duration.',
 * };
 * ```
 */
export interface DifferenceReason {
  /** A stable, machine-readable code. */
  readonly code: ReasonCode;
  /** The explanation, in English: what reproduces the stored value, and what the library did. */
  readonly message: string;
}

/**
 * One compared field whose stored value differs from the library's.
 *
 * Day fields carry whole numbers, money fields two-place strings; `difference` is always
 * stored − recomputed (positive when the stored value is higher).
 *
 * @example
 * ```ts
 * import type { FieldDifference } from 'erasmus-kit';
 * const difference: FieldDifference = {
 *   field: 'calculatedDays',
 *   unit: 'day',
 *   reported: 136,
 *   recomputed: 135,
 *   difference: 1,
 *   explained: false,
 *   reasons: [],
 * };
 * ```
 */
export type FieldDifference =
  | {
      /** A day count. */
      readonly field: 'calculatedDays' | 'fundedDays';
      /** Days. */
      readonly unit: 'day';
      /** The stored value. */
      readonly reported: number;
      /** The library's value. */
      readonly recomputed: number;
      /** `reported − recomputed`. */
      readonly difference: number;
      /** Whether a reason was found (`reasons` is not empty). */
      readonly explained: boolean;
      /** The reasons found, most likely first; empty when the difference is unexplained. */
      readonly reasons: readonly DifferenceReason[];
    }
  | {
      /** An amount. */
      readonly field: 'individualSupport' | 'travel' | 'topUps' | 'total';
      /** Euros. */
      readonly unit: 'EUR';
      /** The stored value, two places. */
      readonly reported: MoneyString;
      /** The library's value, two places. */
      readonly recomputed: MoneyString;
      /** `reported − recomputed`, two places. */
      readonly difference: MoneyString;
      /** Whether a reason was found (`reasons` is not empty). */
      readonly explained: boolean;
      /** The reasons found, most likely first; empty when the difference is unexplained. */
      readonly reasons: readonly DifferenceReason[];
    };

/**
 * The stored values of a record after validation: day counts, and amounts as two-place strings.
 *
 * @example
 * ```ts
 * import type { StoredValues } from 'erasmus-kit';
 * const stored: StoredValues = { fundedDays: 136, total: '1925.00' };
 * ```
 */
export interface StoredValues {
  /** "Duration Calculated (days)". */
  readonly calculatedDays?: number;
  /** "Funded Duration (days)". */
  readonly fundedDays?: number;
  /** Individual support (with its top-ups unless `topUps` is given). */
  readonly individualSupport?: MoneyString;
  /** Travel support. */
  readonly travel?: MoneyString;
  /** The top-ups, when stored apart. */
  readonly topUps?: MoneyString;
  /** The whole grant. */
  readonly total?: MoneyString;
}

/**
 * The reconciliation of a record the library could read: its grant, the fields compared and
 * those that differ.
 *
 * @example
 * ```ts
 * import { type ReconciledRecord, reconcileGrants } from 'erasmus-kit';
 * const { records } = reconcileGrants([
 *   {
 *     id: 'A1',
 *     mobility: {
 *       action: 'KA131-HED',
 *       callYear: 2024,
 *       activity: 'staff-training',
 *       sendingCountry: 'DE',
 *       receivingCountry: 'FR',
 *       startDate: '2024-05-06',
 *       endDate: '2024-05-10',
 *     },
 *     reported: { calculatedDays: 5 },
 *   },
 * ]);
 * const first = records[0] as ReconciledRecord;
 * first.compared; // ['calculatedDays']
 * ```
 */
export interface ReconciledRecord {
  /** The record's position in the list given, from 0. */
  readonly index: number;
  /** The record's id. */
  readonly id: string;
  /** The verdict (every status but `invalid`). */
  readonly status: Exclude<ReconcileStatus, 'invalid'>;
  /** The stored values, validated. */
  readonly reported: StoredValues;
  /** The library's own result for the mobility. */
  readonly grant: GrantResult;
  /** The fields compared: those stored, less those the library could not compute. */
  readonly compared: readonly ReconcileField[];
  /** Stored fields not compared, because the grant lacks a part they depend on. */
  readonly notCompared: readonly ReconcileField[];
  /** One entry per compared field that differs beyond the tolerance, in field order. */
  readonly differences: readonly FieldDifference[];
}

/**
 * A record that could not be read: a bad id, stored value, mobility or rate sheet.
 *
 * @example
 * ```ts
 * import { type InvalidRecord, reconcileGrants } from 'erasmus-kit';
 * const { records } = reconcileGrants([{ id: 'B7', mobility: { action: 'KA131-HED' }, reported: {} }] as never);
 * const first = records[0] as InvalidRecord;
 * first.status; // 'invalid'
 * first.error.issues[0]?.path.slice(0, 3); // ['records', 0, 'mobility']
 * ```
 */
export interface InvalidRecord {
  /** The record's position in the list given, from 0. */
  readonly index: number;
  /** The record's id as given (`""` when it has none). */
  readonly id: string;
  /** Always `invalid`. */
  readonly status: 'invalid';
  /** What is wrong; each issue's path starts with the record's index (`[3, 'mobility', 'endDate']`). */
  readonly error: InputError;
}

/**
 * The reconciliation of one record.
 *
 * @example
 * ```ts
 * import type { RecordReconciliation } from 'erasmus-kit';
 * const statusOf = (record: RecordReconciliation) => record.status;
 * ```
 */
export type RecordReconciliation = ReconciledRecord | InvalidRecord;

/**
 * One of the records that differ most: its largest money difference.
 *
 * @example
 * ```ts
 * import type { LargestDifference } from 'erasmus-kit';
 * const largest: LargestDifference = { index: 4, id: 'A5', field: 'total', difference: '-120.00' };
 * ```
 */
export interface LargestDifference {
  /** The record's position in the list. */
  readonly index: number;
  /** The record's id. */
  readonly id: string;
  /** The money field with the largest difference. */
  readonly field: 'individualSupport' | 'travel' | 'topUps' | 'total';
  /** Its difference, stored − recomputed. */
  readonly difference: MoneyString;
}

/**
 * The summary of a reconciliation.
 *
 * `stored`, `recomputed` and `net` add up the totals of the records that give a stored `total`
 * and whose grant the library computed whole (statuses `match`, `differs` and `ineligible`);
 * `totalsCompared` counts them.
 *
 * @example
 * ```ts
 * import type { ReconciliationSummary } from 'erasmus-kit';
 * const summary: ReconciliationSummary = {
 *   records: 2,
 *   byStatus: { match: 1, differs: 1, ineligible: 0, incomplete: 0, invalid: 0 },
 *   totalsCompared: 2,
 *   stored: '2000.00',
 *   recomputed: '1900.00',
 *   net: '100.00',
 *   largest: [{ index: 1, id: 'A2', field: 'total', difference: '100.00' }],
 * };
 * ```
 */
export interface ReconciliationSummary {
  /** How many records were given. */
  readonly records: number;
  /** How many records have each status. */
  readonly byStatus: Readonly<Record<ReconcileStatus, number>>;
  /** How many records entered `stored` and `recomputed`. */
  readonly totalsCompared: number;
  /** The sum of their stored totals. */
  readonly stored: MoneyString;
  /** The sum of the library's totals for the same records. */
  readonly recomputed: MoneyString;
  /** `stored − recomputed`. */
  readonly net: MoneyString;
  /** The records that differ most (by their largest money difference, largest first). */
  readonly largest: readonly LargestDifference[];
}

/**
 * The result of `reconcileGrants`: one entry per record, in input order, and a summary.
 *
 * @example
 * ```ts
 * import { type ReconciliationResult, reconcileGrants } from 'erasmus-kit';
 * const result: ReconciliationResult = reconcileGrants([]);
 * result.summary.records; // 0
 * ```
 */
export interface ReconciliationResult {
  /** One reconciliation per record, in input order. */
  readonly records: readonly RecordReconciliation[];
  /** Counts by status, the totals and the records that differ most. */
  readonly summary: ReconciliationSummary;
}
