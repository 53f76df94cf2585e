import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, toSafe, unwrapLazy } from '../_lib/zod.js';
import { matchIssue, readActuals } from './actualsArg.js';
import type { Actual } from './actualTypes.js';
import { evaluateIndicatorCore } from './evaluateIndicatorCore.js';
import { EvaluateOptionsSchema, settingsOf } from './evaluateOptions.js';
import type { EvaluateIndicatorOptions, IndicatorEvaluation } from './evaluationTypes.js';
import { checkActuals } from './gatherActuals.js';
import { IndicatorSchema } from './indicatorSchema.js';
import type { Indicator } from './indicatorTypes.js';
import { indicatorYears } from './indicatorYears.js';

const IndicatorArgsSchema = lazySchema(() =>
  z.pipe(
    z.strictObject({
      indicator: unwrapLazy(IndicatorSchema),
      actuals: z.unknown(),
      options: unwrapLazy(EvaluateOptionsSchema),
    }),
    z.transform((args, ctx) => {
      const indicator = args.indicator as Indicator;
      const actuals = readActuals(args.actuals, ctx.issues);
      if (actuals === undefined) return z.NEVER;
      const own: Actual[] = [];
      const indexes: number[] = [];
      actuals.forEach((actual, index) => {
        if (actual.indicatorId !== indicator.id) return;
        own.push(actual);
        indexes.push(index);
      });
      const years = indicatorYears(indicator);
      for (const issue of checkActuals(indicator, years, own, indexes)) {
        ctx.issues.push(matchIssue(issue, args));
      }
      return { indicator, years, own, options: args.options };
    }),
  ),
);

const indicatorArgs = makeParser(IndicatorArgsSchema);

/**
 * Evaluates one indicator against what happened: for each target or milestone year the target,
 * the actual, a status (`met`, `not-met`, `inconclusive`, `no-data`, `not-due`), the achievement
 * ratio and the variance; overall a status (`achieved`, `on-track`, `at-risk`, `off-track`), a
 * score, and a forecast of the final year (least-squares line, its method stated; a year in
 * progress is used for what it is, a floor or an estimate, never as a full-year trend point —
 * see `Forecast.partialYear` and docs/indicators.md).
 *
 * Actuals of other indicators are ignored, so the whole list of a plan can be passed. A year is
 * due once `asOf` reaches its last day (`yearEnd`, default `12-31`). Percentage years are judged
 * by `evaluateSatisfaction` (Wilson interval).
 *
 * @param indicator - the indicator
 * @param actuals - what happened (any order)
 * @param options - `asOf` (required ISO date), `yearEnd`, `yearLabel`, `rag`
 * @returns the evaluation
 * @throws `InputError` for an invalid indicator, actual or option, or an actual whose form does
 *   not fit its year's kind (a survey for a count, a number for a milestone)
 *
 * @example
 * ```ts
 * import { evaluateIndicator } from 'erasmus-kit';
 * const result = evaluateIndicator(
 *   {
 *     id: '1.2.1',
 *     label: 'Number of students in Erasmus+ KA1 mobility projects',
 *     kind: 'numeric',
 *     direction: 'at-least',
 *     aggregation: 'annual',
 *     targets: { 2016: 46, 2017: 50, 2018: 54, 2019: 58, 2020: 60 },
 *   },
 *   [
 *     { indicatorId: '1.2.1', year: 2016, value: 48 },
 *     { indicatorId: '1.2.1', year: 2017, value: 47 },
 *   ],
 *   { asOf: '2018-03-01' },
 * );
 * result.years.map((y) => y.status); // ['met', 'not-met', 'not-due', 'not-due', 'not-due']
 * result.years[1]?.achievementRatio; // 0.94
 * result.forecast.method; // 'least-squares'
 * // The trend 48 → 47 reaches only 44 of the 60 planned for 2020:
 * result.forecast.value; // 44
 * result.status; // 'at-risk'
 * ```
 */
export function evaluateIndicator(
  indicator: Indicator,
  actuals: readonly Actual[],
  options: EvaluateIndicatorOptions,
): IndicatorEvaluation {
  const args = indicatorArgs.parse({ indicator, actuals, options });
  return evaluateIndicatorCore(args.indicator, args.years, args.own, settingsOf(args.options));
}

const trySafeEvaluateIndicator = toSafe(evaluateIndicator);

/**
 * The non-throwing twin of {@link evaluateIndicator}.
 *
 * @param indicator - the indicator
 * @param actuals - what happened
 * @param options - as for {@link evaluateIndicator}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeEvaluateIndicator } from 'erasmus-kit';
 * const result = safeEvaluateIndicator(
 *   { id: 'x', label: 'Discrepancies', kind: 'limit', targets: { 2016: 1 } },
 *   [{ indicatorId: 'x', year: 2016, survey: { satisfied: 1, responses: 2 } }],
 *   { asOf: '2017-01-01' },
 * );
 * // a limit takes a value, not a survey:
 * result.success; // false
 * ```
 */
export function safeEvaluateIndicator(
  indicator: Indicator,
  actuals: readonly Actual[],
  options: EvaluateIndicatorOptions,
): SafeResult<IndicatorEvaluation> {
  return trySafeEvaluateIndicator(indicator, actuals, options);
}
