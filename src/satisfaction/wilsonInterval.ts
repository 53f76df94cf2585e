import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, unwrapLazy } from '../_lib/zod.js';
import { twoSidedZ } from './normalQuantile.js';
import { ConfidenceSchema } from './schemas.js';
import { reportedInterval } from './shares.js';
import type { WilsonInterval, WilsonIntervalOptions } from './types.js';
import { wilsonBounds } from './wilsonBounds.js';

const WilsonArgsSchema = lazySchema(() =>
  z
    .object({
      successes: z.int().check(z.minimum(0, 'Expected a whole number ≥ 0')),
      n: z.int().check(z.minimum(1, 'Expected a whole number ≥ 1')),
      options: z.optional(
        z.strictObject({
          confidence: z.optional(unwrapLazy(ConfidenceSchema)),
          continuityCorrection: z.optional(z.boolean()),
        }),
      ),
    })
    .check(
      z.superRefine((args, ctx) => {
        if (ctx.issues.length === 0 && args.successes > args.n) {
          ctx.issues.push({
            code: 'custom',
            input: args,
            message: 'successes must not exceed n',
            path: ['successes'],
            params: { code: 'exceeds-total' },
          });
        }
      }),
    ),
);

const wilsonArgs = makeParser(WilsonArgsSchema);

function fromArgs(args: z.output<typeof WilsonArgsSchema>): WilsonInterval {
  const confidence = args.options?.confidence ?? 0.95;
  const continuityCorrection = args.options?.continuityCorrection ?? false;
  const bounds = wilsonBounds(args.successes, args.n, twoSidedZ(confidence), continuityCorrection);
  return reportedInterval(bounds, confidence, continuityCorrection);
}

/**
 * The Wilson score interval for a proportion: `successes` of `n` at a two-sided confidence level
 * (default 95%), optionally with Newcombe's continuity correction. Unlike the textbook
 * "p ± z·√(p(1−p)/n)" interval it behaves well for small `n` and for shares near 0 or 1.
 *
 * The bounds are computed in floating point and returned as numbers rounded half up to four
 * places.
 *
 * @param successes - the number of successes (e.g. satisfied respondents), a whole number ≥ 0
 * @param n - the number of trials (e.g. responses), a whole number ≥ 1 and ≥ `successes`
 * @param options - `confidence` (default `0.95`) and `continuityCorrection` (default `false`)
 * @returns the interval, its bounds rounded to four places
 * @throws {@link InputError} naming the bad field (`successes`, `n`, `options.confidence`, ...)
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'erasmus-kit';
 * wilsonInterval(18, 20); // { lower: 0.699, upper: 0.9721, confidence: 0.95, continuityCorrection: false }
 * wilsonInterval(0, 10, { confidence: 0.99 }).upper; // 0.3989
 * wilsonInterval(18, 20, { continuityCorrection: true }).lower; // 0.6687
 * ```
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options?: WilsonIntervalOptions,
): WilsonInterval {
  return fromArgs(wilsonArgs.parse({ successes, n, options }));
}

/**
 * {@link wilsonInterval} that returns `{ success: false, error }` instead of throwing on bad input.
 *
 * @param successes - the number of successes
 * @param n - the number of trials
 * @param options - as for {@link wilsonInterval}
 * @returns the interval, or the {@link InputError}
 *
 * @example
 * ```ts
 * import { safeWilsonInterval } from 'erasmus-kit';
 * const result = safeWilsonInterval(25, 20);
 * if (!result.success) console.log(result.error.issues[0]?.path); // ['successes']
 * ```
 */
export function safeWilsonInterval(
  successes: number,
  n: number,
  options?: WilsonIntervalOptions,
): SafeResult<WilsonInterval> {
  const args = wilsonArgs.safeParse({ successes, n, options });
  return args.success ? { success: true, data: fromArgs(args.data) } : args;
}
