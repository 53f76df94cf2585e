import { type SafeResult, toSafe } from '../_lib/zod.js';
import {
  type Mobility,
  type MobilityInput,
  readMobility,
} from '../mobility/MobilityInputSchema.js';
import { grantOf } from './engine/grantOf.js';
import { resolveGrantOptions } from './engine/options.js';
import type { GrantOptions } from './GrantOptionsSchema.js';
import type { GrantResult } from './types.js';

/** A mobility ready for the engine (validated unless `parseMobility` returned it). */
function mobilityFor(input: unknown): Mobility {
  const result = readMobility(input);
  if (!result.success) throw result.error;
  return result.data;
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
  const resolved = resolveGrantOptions(options);
  return grantOf(mobilityFor(mobility), resolved);
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
