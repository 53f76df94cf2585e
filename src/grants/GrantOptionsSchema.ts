import * as z from 'zod/mini';
import type { CallYear } from '../_lib/callYear.js';
import type { RoundingPolicy } from '../_lib/money.js';
import { makeParser } from '../_lib/zod.js';
import type { RateLookup } from './grantContext.js';
import { isRateSheet, lookupOf, type RateSheet } from './rateSheetLookup.js';

/**
 * Options of `calculateGrant`, `calculateGrants` and `estimateProjectBudget`.
 *
 * @example
 * ```ts
 * import type { GrantOptions } from 'erasmus-kit';
 * const options: GrantOptions = { rounding: 'total-only' };
 * ```
 */
export interface GrantOptions {
  /**
   * A National Agency's chosen rates for one call year (from `defineRateSheet`). Without one, the
   * Programme Guide reference values are used and every result says so in a warning. A sheet for
   * another call year than the mobility's is not applied (the result warns).
   */
  readonly rateSheet?: RateSheet;
  /** How amounts are rounded to cents (default `'per-line'`: each line, then the exact sum). */
  readonly rounding?: RoundingPolicy;
}

/**
 * The zod schema of {@link GrantOptions}: unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { GrantOptionsSchema } from 'erasmus-kit';
 * GrantOptionsSchema.safeParse({ rounding: 'per-line' }).success; // true
 * GrantOptionsSchema.safeParse({ rounding: 'banker' }).success; // false
 * ```
 */
export const GrantOptionsSchema = z.optional(
  z.strictObject({
    rateSheet: z.optional(
      z.custom<RateSheet>(isRateSheet, {
        error: 'Expected a rate sheet made by defineRateSheet',
      }),
    ),
    rounding: z.optional(
      z.enum(['per-line', 'total-only'], {
        error: "Expected rounding 'per-line' or 'total-only'",
      }),
    ),
  }),
);

const optionsParser = makeParser(GrantOptionsSchema);

/** Validated options, with the sheet turned into a lookup. Private. */
export function parseGrantOptions(options: unknown): {
  readonly rates: RateLookup | undefined;
  readonly rateSheetCallYear: CallYear | undefined;
  readonly rounding: RoundingPolicy | undefined;
} {
  const parsed = optionsParser.parse(options);
  const sheet = parsed?.rateSheet;
  return {
    rates: sheet ? lookupOf(sheet) : undefined,
    rateSheetCallYear: sheet?.callYear,
    rounding: parsed?.rounding,
  };
}
