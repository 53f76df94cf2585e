import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, unwrapLazy } from '../_lib/zod.js';
import { judge } from './judge.js';
import {
  checkSurvey,
  EvaluateOptionsSchema,
  SurveySchema,
  ThresholdSchema,
  tally,
} from './schemas.js';
import type {
  EvaluateSatisfactionOptions,
  SatisfactionInput,
  SatisfactionResult,
  SatisfactionThreshold,
} from './types.js';

const EvaluateArgsSchema = lazySchema(() =>
  z
    .object({
      input: unwrapLazy(SurveySchema),
      threshold: unwrapLazy(ThresholdSchema),
      options: z.optional(unwrapLazy(EvaluateOptionsSchema)),
    })
    .check(
      z.superRefine((args, ctx) => {
        if (ctx.issues.length > 0) return; // cross-checks only once every field is well-formed
        for (const issue of checkSurvey(args.input, args.options, ['input'], ['options'])) {
          ctx.issues.push({ code: 'custom', input: args, ...issue });
        }
      }),
    ),
);

const evaluateArgs = makeParser(EvaluateArgsSchema);

/**
 * Judges a satisfaction survey against a threshold honestly: with the share, its Wilson
 * confidence interval and a verdict that is `met` only when the whole interval clears the
 * threshold. 18 of 20 satisfied (90%) against "at least 85%" is `inconclusive`, not `met`: the
 * 95% interval 69.9%–97.2% includes values below 85%.
 *
 * Input: counts `{ satisfied, responses, invited? }`, raw answers `{ answers, scale? }` or Likert
 * counts `{ likert }` (answers and Likert counts count the top two points of the scale as
 * satisfied unless `options.satisfiedFrom` says otherwise). Threshold: `0.85`, `"85%"`,
 * `{ atLeast: 0.85 }` or `{ atMost: 0.1 }`. Shares and bounds are numbers rounded to four places;
 * verdicts are computed from the unrounded values.
 *
 * @param input - the survey results
 * @param threshold - the target share
 * @param options - confidence (default 0.95), continuity correction, `minResponses` (default 10),
 *   `minResponseRate`, `satisfiedFrom`, `label`
 * @returns share, interval, naive `pointVerdict`, honest `verdict` and an explanation
 * @throws {@link InputError} naming each bad field (`input.satisfied`, `threshold`,
 *   `options.confidence`, ...)
 *
 * @example
 * ```ts
 * import { evaluateSatisfaction } from 'erasmus-kit';
 * const result = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%');
 * result.share; // 0.9
 * result.pointVerdict; // 'met'
 * result.verdict; // 'inconclusive'
 * result.explanation;
 * // '90.0% satisfied (18 of 20; 95% interval 69.9%–97.2%): inconclusive against the target of at least 85%'
 *
 * evaluateSatisfaction({ satisfied: 200, responses: 220 }, { atLeast: 0.85 }).verdict; // 'met'
 * evaluateSatisfaction({ likert: [0, 1, 2, 7, 10] }, 0.85, { satisfiedFrom: 4 }).verdict; // 'inconclusive'
 * ```
 */
export function evaluateSatisfaction(
  input: SatisfactionInput,
  threshold: SatisfactionThreshold,
  options?: EvaluateSatisfactionOptions,
): SatisfactionResult {
  const args = evaluateArgs.parse({ input, threshold, options });
  return judge(tally(args.input, args.options?.satisfiedFrom), args.threshold, args.options);
}

/**
 * {@link evaluateSatisfaction} that returns `{ success: false, error }` instead of throwing on bad
 * input.
 *
 * @param input - the survey results
 * @param threshold - the target share
 * @param options - as for {@link evaluateSatisfaction}
 * @returns the result, or the {@link InputError}
 *
 * @example
 * ```ts
 * import { safeEvaluateSatisfaction } from 'erasmus-kit';
 * const result = safeEvaluateSatisfaction({ satisfied: 18, responses: 20 }, 1.2);
 * if (!result.success) console.log(result.error.issues[0]?.path); // ['threshold']
 * ```
 */
export function safeEvaluateSatisfaction(
  input: SatisfactionInput,
  threshold: SatisfactionThreshold,
  options?: EvaluateSatisfactionOptions,
): SafeResult<SatisfactionResult> {
  const args = evaluateArgs.safeParse({ input, threshold, options });
  if (!args.success) return args;
  const { data } = args;
  return {
    success: true,
    data: judge(tally(data.input, data.options?.satisfiedFrom), data.threshold, data.options),
  };
}
