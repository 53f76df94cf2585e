/**
 * `defineRateSheet`: one National Agency's rates for a call year, validated against that year's
 * ranges and returned as a frozen sheet of two-place amounts.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import { deepFreeze } from '../_lib/freeze.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { RateSheetInputSchema } from './rateSheet/RateSheetInputSchema.js';
import { sheetWarnings } from './rateSheet/sheetWarnings.js';
import { GROUPS, TABLES, type Tables } from './rateSheet/tables.js';
import type { RateSheetProvenance, RateSheetWarning } from './rateSheet/types.js';
import type { PerGroup } from './types.js';

/**
 * An amount as a rate sheet accepts it: a decimal string with at most two places (`'550'`,
 * `'550.00'`) or a non-negative number with at most two places (`550`).
 *
 * @example
 * ```ts
 * import type { RateInput } from 'erasmus-kit';
 * const rate: RateInput = '550.00';
 * ```
 */
export type RateInput = string | number;

/**
 * One value per country group, as input.
 *
 * @example
 * ```ts
 * import type { GroupRatesInput } from 'erasmus-kit';
 * const rates: GroupRatesInput = { 1: '600', 2: '540', 3: '490' };
 * ```
 */
export interface GroupRatesInput {
  /** Group 1. */
  readonly 1: RateInput;
  /** Group 2. */
  readonly 2: RateInput;
  /** Group 3. */
  readonly 3: RateInput;
}

/**
 * What {@link defineRateSheet} accepts: one National Agency's chosen values for a call year.
 * Give the tables the agency sets; each table needs all three groups.
 *
 * @example
 * ```ts
 * import type { RateSheetInput } from 'erasmus-kit';
 * const input: RateSheetInput = {
 *   callYear: 2021,
 *   agency: 'DE01',
 *   ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } },
 * };
 * ```
 */
export interface RateSheetInput {
  /** The call year whose ranges the values must respect. */
  readonly callYear: CallYear;
  /** Free label of the National Agency (e.g. its code `'DE01'`). */
  readonly agency?: string;
  /** KA131 (higher education) rates. */
  readonly ka131?: {
    /** Long-term student monthly rates per destination group. */
    readonly studentMonthly?: GroupRatesInput;
    /** Staff daily rates (days 1–14) per destination group. */
    readonly staffDaily?: GroupRatesInput;
  };
  /** KA121/KA122 (VET, school, adult education) rates. */
  readonly vetSchAdu?: {
    /** Staff daily rates (days 1–14) per destination group. */
    readonly staffDaily?: GroupRatesInput;
    /** Learner daily rates (days 1–14) per destination group. */
    readonly learnerDaily?: GroupRatesInput;
  };
  /**
   * Where the values come from, by value path (`'ka131.studentMonthly.1'`): sources, status and
   * call-year confidence. Results that use a value report its status (a value without an entry
   * counts as `confirmed`).
   */
  readonly provenance?: RateSheetProvenance;
  /** `true` when the amounts are national minima that a university may exceed (as in Spain). */
  readonly minima?: boolean;
  /**
   * `true` when the amounts include national money (national top-ups), so that they are not the
   * EU unit costs the Beneficiary Module stores.
   */
  readonly nationalMoney?: boolean;
}

/**
 * A validated rate sheet: the values as two-place strings, deeply frozen, with what was given of
 * their provenance and the warnings every result using them repeats. A sheet is a valid
 * {@link RateSheetInput} again (its `warnings` are written anew).
 *
 * @example
 * ```ts
 * import { type RateSheet, defineRateSheet } from 'erasmus-kit';
 * const sheet: RateSheet = defineRateSheet({
 *   callYear: 2021,
 *   ka131: { studentMonthly: { 1: '520', 2: '500', 3: '450' } },
 * });
 * sheet.ka131?.studentMonthly?.[1]; // '520.00'
 * sheet.warnings; // undefined: nothing to warn of
 * ```
 */
export interface RateSheet {
  /** The call year. */
  readonly callYear: CallYear;
  /** The agency label, if given. */
  readonly agency?: string;
  /** KA131 rates. */
  readonly ka131?: {
    /** Long-term student monthly rates per destination group. */
    readonly studentMonthly?: PerGroup<MoneyString>;
    /** Staff daily rates per destination group. */
    readonly staffDaily?: PerGroup<MoneyString>;
  };
  /** KA121/KA122 rates. */
  readonly vetSchAdu?: {
    /** Staff daily rates per destination group. */
    readonly staffDaily?: PerGroup<MoneyString>;
    /** Learner daily rates per destination group. */
    readonly learnerDaily?: PerGroup<MoneyString>;
  };
  /** Where the values come from, by value path, as given. */
  readonly provenance?: RateSheetProvenance;
  /** `true` when the amounts are national minima that a university may exceed. */
  readonly minima?: true;
  /** `true` when the amounts include national money. */
  readonly nationalMoney?: true;
  /**
   * What every result using the sheet's values must say (minima, national money, a value beyond
   * a range bound that is not confirmed); absent when there is nothing to say.
   */
  readonly warnings?: readonly RateSheetWarning[];
}

const parser = makeParser(RateSheetInputSchema, { root: 'rateSheet' });

function normalise(values: NonNullable<Tables[string]>): PerGroup<MoneyString> {
  const out = {} as Record<1 | 2 | 3, MoneyString>;
  for (const group of GROUPS) out[group] = formatMoney(values[group] ?? 0);
  return out;
}

/**
 * Validates one National Agency's chosen rates for a call year against that year's ranges and
 * returns them as a frozen {@link RateSheet} (amounts as two-place strings). Grant calculations
 * use it instead of the packs' reference values.
 *
 * A value beyond a range bound that is `confirmed` is refused. A value beyond a bound that is not
 * confirmed (single-source, carried-forward, conflicting) is accepted with a warning naming the
 * bound and its status: National Agencies are known to pay above the maxima quoted for the
 * Programme Guide, so such a bound cannot refuse a published rate. The sheet's `warnings` list
 * these, and its `minima` and `nationalMoney` flags; every grant result that uses one of the
 * values concerned repeats them. For the shipped sheets of National Agencies, see
 * `getRateSheet`.
 *
 * @param rateSheet - the call year, the agency's tables (each with all three groups), and
 *   optionally the values' provenance and the sheet's flags
 * @returns the rate sheet
 * @throws InputError listing every missing value, every value beyond a confirmed bound (with its
 *   path, the table, the group and the range) and any provenance of a value not given
 *
 * @example
 * ```ts
 * import { defineRateSheet } from 'erasmus-kit';
 * const sheet = defineRateSheet({
 *   callYear: 2021,
 *   agency: 'PL01',
 *   ka131: { studentMonthly: { 1: 520, 2: 500, 3: 450 } },
 * });
 * sheet.ka131?.studentMonthly?.[3]; // '450.00'
 * // Group 3 at 500, above the call-2021 maximum of 490.00, which is single-source: accepted.
 * const above = defineRateSheet({
 *   callYear: 2021,
 *   ka131: { studentMonthly: { 1: 550, 2: 500, 3: 500 } },
 * });
 * above.warnings?.map((w) => w.code); // ['rate-outside-range']
 * above.warnings?.[0]?.paths; // ['ka131.studentMonthly.3']
 * ```
 */
export function defineRateSheet(rateSheet: RateSheetInput): RateSheet;
export function defineRateSheet(rateSheet: unknown): RateSheet;
export function defineRateSheet(rateSheet: unknown): RateSheet {
  const data = parser.parse(rateSheet);
  const sheet: {
    callYear: CallYear;
    agency?: string;
    ka131?: Record<string, PerGroup<MoneyString>>;
    vetSchAdu?: Record<string, PerGroup<MoneyString>>;
    provenance?: RateSheetProvenance;
    minima?: true;
    nationalMoney?: true;
    warnings?: readonly RateSheetWarning[];
  } = { callYear: data.callYear };
  if (data.agency !== undefined) sheet.agency = data.agency;
  for (const [section, table] of TABLES) {
    const values = (data[section] as Tables | undefined)?.[table];
    if (values === undefined) continue;
    sheet[section] = { ...sheet[section], [table]: normalise(values) };
  }
  // zod types `sources` as a plain array; the schema requires one source at least.
  if (data.provenance !== undefined)
    sheet.provenance = data.provenance as unknown as RateSheetProvenance;
  if (data.minima === true) sheet.minima = true;
  if (data.nationalMoney === true) sheet.nationalMoney = true;
  const warnings = sheetWarnings(data);
  if (warnings.length > 0) sheet.warnings = warnings;
  // The parsed input is zod's copy: freezing it leaves the caller's objects alone.
  return deepFreeze(sheet) as RateSheet;
}

const trySafeDefineRateSheet = toSafe(defineRateSheet);

/**
 * The non-throwing twin of {@link defineRateSheet}.
 *
 * @param rateSheet - as for {@link defineRateSheet}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeDefineRateSheet } from 'erasmus-kit';
 * const result = safeDefineRateSheet({ callYear: 2021, ka131: { studentMonthly: { 1: 700 } } });
 * result.success; // false: group 1 out of range, groups 2 and 3 missing
 * ```
 */
export function safeDefineRateSheet(rateSheet: RateSheetInput): SafeResult<RateSheet>;
export function safeDefineRateSheet(rateSheet: unknown): SafeResult<RateSheet>;
export function safeDefineRateSheet(rateSheet: unknown): SafeResult<RateSheet> {
  return trySafeDefineRateSheet(rateSheet);
}
