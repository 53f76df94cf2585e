import * as z from 'zod/mini';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import type { Actual } from './actualTypes.js';
import { byWarningOrder } from './compareToTarget.js';
import { EvaluateOptionsSchema, type Settings, settingsOf } from './evaluateOptions.js';
import type {
  EvaluateIndicatorOptions,
  EvaluationWarning,
  IndicatorEvaluation,
  YearEvaluation,
} from './evaluationTypes.js';
import { validateActuals } from './fastActuals.js';
import { forecastFinalYear } from './forecastFinalYear.js';
import { checkActuals, combineReadings, judgedAs, type Reading } from './gatherActuals.js';
import { IndicatorSchema } from './indicatorSchema.js';
import type { Indicator } from './indicatorTypes.js';
import { directionOf, growsWithinYear, judgeYear } from './judgeYear.js';
import { overallStatus } from './overallStatus.js';

/** The years of an indicator (targets and milestones), oldest first, as record keys. */
export function yearsOf(indicator: Indicator): string[] {
  const keys = new Set(Object.keys(indicator.milestones ?? {}));
  if (indicator.kind !== 'milestone')
    for (const key of Object.keys(indicator.targets)) keys.add(key);
  return [...keys].sort();
}

/** Evaluates one validated indicator against its own validated actuals. */
export function evaluateIndicatorCore(
  indicator: Indicator,
  actuals: readonly Actual[],
  settings: Settings,
): IndicatorEvaluation {
  const years = yearsOf(indicator);
  const warnings: EvaluationWarning[] = [];
  const byYear = new Map<string, Actual[]>();
  for (const actual of actuals) {
    const year = String(actual.year);
    if (judgedAs(indicator, year) === undefined) {
      warnings.push({
        code: 'year-without-target',
        indicatorId: indicator.id,
        year: actual.year,
        message: `Actual for "${indicator.id}" in ${year} ignored: the indicator has no target for that year.`,
      });
      continue;
    }
    const list = byYear.get(year);
    if (list) list.push(actual);
    else byYear.set(year, [actual]);
  }
  const aggregation = indicator.kind === 'numeric' ? indicator.aggregation : 'annual';
  const evaluations: YearEvaluation[] = [];
  let running = 0;
  const gaps: number[] = [];
  for (const year of years) {
    const kind = judgedAs(indicator, year) ?? indicator.kind;
    const dueDate = settings.dueDate(Number(year));
    const due = settings.asOf >= dueDate;
    const list = byYear.get(year);
    let reading: Reading | undefined =
      list === undefined ? undefined : combineReadings(list, aggregation === 'latest', dueDate);
    if (aggregation === 'cumulative' && kind === 'numeric') {
      if (reading?.type === 'number') {
        running += reading.value;
        reading = { type: 'number', value: running };
        for (const gap of gaps) {
          warnings.push({
            code: 'cumulative-gap',
            indicatorId: indicator.id,
            year: Number(year),
            message: `Running total of "${indicator.id}" for ${year} lacks data for ${gap}.`,
          });
        }
        gaps.length = 0;
      } else if (due) {
        gaps.push(Number(year));
      }
    }
    const judged = judgeYear({ indicator, year, kind, reading, dueDate, due });
    evaluations.push(judged.evaluation);
    if (judged.warnings.length > 0) warnings.push(...judged.warnings);
  }
  const direction = directionOf(indicator);
  const forecast = forecastFinalYear({
    years: evaluations,
    direction,
    share: indicator.kind === 'percentage',
    forecastable: indicator.kind !== 'event-driven',
    grows: growsWithinYear(indicator, indicator.kind),
    cumulative: aggregation === 'cumulative',
  });
  const overall = overallStatus(evaluations, aggregation, forecast, settings);
  return {
    indicatorId: indicator.id,
    label: indicator.label,
    kind: indicator.kind,
    direction,
    aggregation,
    weight: indicator.weight ?? 1,
    years: evaluations,
    dueYears: overall.dueYears,
    metYears: overall.metYears,
    shareMet: overall.shareMet,
    score: overall.score,
    status: overall.status,
    forecast,
    explanation: overall.explanation,
    warnings: warnings.sort(byWarningOrder),
  };
}

const IndicatorArgsSchema = z.pipe(
  z.strictObject({
    indicator: IndicatorSchema,
    actuals: z.unknown(),
    options: EvaluateOptionsSchema,
  }),
  z.transform((args, ctx) => {
    const indicator = args.indicator as Indicator;
    const validated = validateActuals(args.actuals);
    const fail = (message: string, path: PropertyKey[]) =>
      ctx.issues.push({ code: 'custom', input: args, message, path: ['actuals', ...path] });
    if ('issues' in validated) {
      for (const issue of validated.issues) fail(issue.message, issue.path);
      return z.NEVER;
    }
    const entries = validated.actuals
      .map((actual, index) => [actual, index] as const)
      .filter(([actual]) => actual.indicatorId === indicator.id);
    const issues = checkActuals(indicator, entries);
    for (const issue of issues) fail(issue.message, issue.path);
    return { indicator, own: entries.map(([actual]) => actual), options: args.options };
  }),
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
  return evaluateIndicatorCore(args.indicator, args.own, settingsOf(args.options));
}

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
export const safeEvaluateIndicator: (
  indicator: Indicator,
  actuals: readonly Actual[],
  options: EvaluateIndicatorOptions,
) => SafeResult<IndicatorEvaluation> = toSafe(evaluateIndicator);
