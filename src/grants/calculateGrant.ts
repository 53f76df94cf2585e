import type { CallYear } from '../_lib/callYear.js';
import { DEFAULT_ROUNDING } from '../_lib/money.js';
import { parseOptions, type SafeResult, toInputError, toSafe } from '../_lib/zod.js';
import { fastParseMobility } from '../mobility/fastMobility.js';
import {
  isParsedMobility,
  type Mobility,
  type MobilityInput,
  MobilityInputSchema,
} from '../mobility/MobilityInputSchema.js';
import { getRules } from '../rules/getRules.js';
import type { RulePack } from '../rules/types.js';
import { type GrantOptions, parseGrantOptions } from './GrantOptionsSchema.js';
import { grantOf, type ResolvedGrantOptions } from './grantOf.js';
import type { GrantResult } from './types.js';

const packs = new Map<CallYear, RulePack>();

/** The pack of a validated call year, looked up once. */
export function packOf(callYear: CallYear): RulePack {
  let pack = packs.get(callYear);
  if (pack === undefined) {
    pack = getRules(callYear);
    packs.set(callYear, pack);
  }
  return pack;
}

/** Validates options once: the rate-sheet lookup and the rounding policy. */
export function resolveGrantOptions(options: unknown): ResolvedGrantOptions & {
  readonly rateSheetCallYear: CallYear | undefined;
} {
  const parsed = parseGrantOptions(options);
  return {
    rates: parsed.rates,
    rounding: parsed.rounding ?? DEFAULT_ROUNDING,
    rateSheetCallYear: parsed.rateSheetCallYear,
  };
}

/**
 * A mobility ready for the engine: the input itself when `parseMobility` returned it, otherwise
 * validated here (not frozen: this copy never leaves the engine).
 */
function mobilityFor(input: unknown): Mobility {
  if (isParsedMobility(input)) return input;
  const fast = fastParseMobility(input);
  if (fast !== undefined) return fast as Mobility;
  const result = MobilityInputSchema.safeParse(input, parseOptions());
  if (!result.success) throw toInputError(result.error);
  return result.data as Mobility;
}

/** Validates one mobility and computes its grant with resolved options. */
export function grantFor(
  mobility: unknown,
  resolved: ReturnType<typeof resolveGrantOptions>,
): GrantResult {
  const m: Mobility = mobilityFor(mobility);
  return grantWithSheet(m, resolved);
}

/** Computes the grant of a validated mobility, applying the rate sheet only to its own call year. */
export function grantWithSheet(
  m: Mobility,
  resolved: ReturnType<typeof resolveGrantOptions>,
): GrantResult {
  const pack = packOf(m.callYear);
  if (resolved.rateSheetCallYear === undefined || resolved.rateSheetCallYear === m.callYear) {
    return grantOf(pack, m, resolved);
  }
  return grantOf(pack, m, {
    rates: undefined,
    rounding: resolved.rounding,
    otherSheetYear: resolved.rateSheetCallYear,
  });
}

/**
 * Computes the grant of a mobility as the Beneficiary Module would, and explains every euro.
 *
 * Lines, in order: individual support (long-term students: full 30-day months × monthly rate +
 * extra days × rate/30; short-term students: a daily rate for days 1–14 and a lower one from day
 * 15; staff and VET/school/adult participants: a daily rate with 70 % from day 15; funded travel
 * days included), the fewer-opportunities and traineeship top-ups, course fees, travel (the band
 * of the one-way distance pays the return trip; green or standard; exceptional costs of 80 % of
 * the real cost when the band covers less than 70 % of it) and the green-travel top-up of calls
 * 2021–2023.
 *
 * Rates come from the call year's rule pack; the amounts a National Agency chooses inside a range
 * come from `options.rateSheet`, or — without one — the Programme Guide reference values, and the
 * result says so in a warning. A figure that is not confirmed, an assumption where the sources are
 * silent, a missing figure: each adds a warning. An ineligible or zero-grant mobility gets a total
 * of `"0.00"` and the reason, not an error.
 *
 * @param mobility - the mobility (validated here: see `parseMobility`)
 * @param options - `rateSheet` (an NA's rates, from `defineRateSheet`) and `rounding` (default `'per-line'`)
 * @returns the {@link GrantResult}
 * @throws InputError for an invalid mobility or invalid options
 *
 * @example
 * ```ts
 * import { calculateGrant, defineRateSheet } from 'erasmus-kit';
 * const mobility = {
 *   action: 'KA131-HED',
 *   callYear: 2023,
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   sendingCountry: 'DE',
 *   receivingCountry: 'ES',
 *   startDate: '2023-01-01',
 *   endDate: '2023-04-15',
 * } as const;
 * const rateSheet = defineRateSheet({
 *   callYear: 2023,
 *   agency: 'DE01',
 *   ka131: { studentMonthly: { 1: 600, 2: 550, 3: 500 } },
 * });
 * const result = calculateGrant(mobility, { rateSheet });
 * result.total; // '1925.00'
 * result.lines[0]?.basis; // '3 months × €550.00 + 15 days × €550.00/30'
 * result.warnings.length; // 0
 * // Without a rate sheet, the Programme Guide reference value (674) is used, with warnings:
 * calculateGrant(mobility).warnings.map((w) => w.code); // ['reference-values', 'provisional-figure']
 * ```
 */
export function calculateGrant(
  mobility: MobilityInput | Mobility,
  options?: GrantOptions,
): GrantResult {
  return grantFor(mobility, resolveGrantOptions(options));
}

const safeGrant = toSafe(calculateGrant);

/**
 * The non-throwing twin of {@link calculateGrant}: invalid input gives `{ success: false, error }`.
 *
 * @param mobility - the mobility (validated here)
 * @param options - as for {@link calculateGrant}
 * @returns `{ success: true, data }` with the {@link GrantResult}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCalculateGrant } from 'erasmus-kit';
 * const result = safeCalculateGrant({ action: 'KA131-HED', callYear: 2019 } as never);
 * result.success; // false
 * ```
 */
export function safeCalculateGrant(
  mobility: MobilityInput | Mobility,
  options?: GrantOptions,
): SafeResult<GrantResult> {
  return safeGrant(mobility, options);
}
