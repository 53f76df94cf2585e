/**
 * `defineRateSheet`: one National Agency's rates for a call year, validated against that year's
 * ranges and returned as a frozen sheet of two-place amounts.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { RateSheetInputSchema } from './rateSheet/RateSheetInputSchema.js';
import { GROUPS, TABLES, type Tables } from './rateSheet/tables.js';
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
}

/**
 * A validated rate sheet: the values as two-place strings, deeply frozen.
 *
 * @example
 * ```ts
 * import { type RateSheet, defineRateSheet } from 'erasmus-kit';
 * const sheet: RateSheet = defineRateSheet({
 *   callYear: 2021,
 *   ka131: { studentMonthly: { 1: '520', 2: '500', 3: '450' } },
 * });
 * sheet.ka131?.studentMonthly?.[1]; // '520.00'
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
}

const parser = makeParser(RateSheetInputSchema, { root: 'rateSheet' });

function normalise(values: Partial<Record<1 | 2 | 3, string | number>>): PerGroup<MoneyString> {
  const out = {} as Record<1 | 2 | 3, MoneyString>;
  for (const group of GROUPS) out[group] = formatMoney(values[group] ?? 0);
  return out;
}

/**
 * Validates one National Agency's chosen rates for a call year against that year's ranges and
 * returns them as a frozen {@link RateSheet} (amounts as two-place strings). Grant calculations
 * use it instead of the packs' reference values.
 *
 * @param rateSheet - the call year and the agency's tables (each with all three groups)
 * @returns the rate sheet
 * @throws InputError listing every missing or out-of-range value with its path, the table, the
 *   group and the call year's range
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
 * // A group-1 rate of 650 throws InputError:
 * // "650.00 is out of range. KA131 student monthly rate, group 1: call-2021 range 310.00–600.00 (single-source)"
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
  } = { callYear: data.callYear };
  if (data.agency !== undefined) sheet.agency = data.agency;
  for (const [section, table] of TABLES) {
    const values = (data[section] as Tables | undefined)?.[table];
    if (values === undefined) continue;
    sheet[section] = { ...sheet[section], [table]: Object.freeze(normalise(values)) };
  }
  if (sheet.ka131) Object.freeze(sheet.ka131);
  if (sheet.vetSchAdu) Object.freeze(sheet.vetSchAdu);
  return Object.freeze(sheet) as RateSheet;
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
