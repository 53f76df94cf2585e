import * as z from 'zod/mini';
import type { RoundingPolicy } from '../_lib/money.js';
import { compiled, lazySchema, makeParser, unwrapLazy } from '../_lib/zod.js';
import { defineRateSheet, type RateSheet } from '../rules/defineRateSheet.js';
import { RateSheetInputSchema } from '../rules/rateSheet/RateSheetInputSchema.js';

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
  readonly rateSheet?: RateSheet | undefined;
  /** How amounts are rounded to cents (default `'per-line'`: each line, then the exact sum). */
  readonly rounding?: RoundingPolicy | undefined;
}

/**
 * The zod schema of {@link GrantOptions}: unknown keys are rejected, and a rate sheet is checked
 * again against its call year's ranges (like `defineRateSheet`).
 *
 * @example
 * ```ts
 * import { GrantOptionsSchema } from 'erasmus-kit';
 * GrantOptionsSchema.safeParse({ rounding: 'per-line' }).success; // true
 * GrantOptionsSchema.safeParse({ rounding: 'banker' }).success; // false
 * ```
 */
export const GrantOptionsSchema = lazySchema(() =>
  z.optional(
    z.strictObject({
      rateSheet: z.optional(unwrapLazy(RateSheetInputSchema)),
      rounding: z.optional(
        z.enum(['per-line', 'total-only'], {
          error: "Expected rounding 'per-line' or 'total-only'",
        }),
      ),
    }),
  ),
);

const optionsParser = makeParser(GrantOptionsSchema, { runner: compiled, root: 'options' });

/** Validated options, the rate sheet normalised by `defineRateSheet`. Private. */
export function parseGrantOptions(options: unknown): {
  readonly rateSheet: RateSheet | undefined;
  readonly rounding: RoundingPolicy | undefined;
} {
  const parsed = optionsParser.parse(options);
  // Re-validated against the call year's ranges (a sheet written by hand cannot bypass them),
  // then normalised to two-place strings.
  const sheet = parsed?.rateSheet ? defineRateSheet(parsed.rateSheet) : undefined;
  return { rateSheet: sheet, rounding: parsed?.rounding };
}
