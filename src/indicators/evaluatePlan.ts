import * as z from 'zod/mini';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import type { Actual } from './actualTypes.js';
import { byWarningOrder } from './compareToTarget.js';
import { evaluateIndicatorCore } from './evaluateIndicator.js';
import { EvaluateOptionsSchema, settingsOf } from './evaluateOptions.js';
import type {
  EvaluateIndicatorOptions,
  EvaluationWarning,
  IndicatorEvaluation,
  OverallStatus,
  PlanEvaluation,
  RollUp,
  YearStatus,
} from './evaluationTypes.js';
import { validateActuals } from './fastActuals.js';
import { StrategyArgSchema } from './fastStrategy.js';
import { checkActuals } from './gatherActuals.js';
import type { Indicator } from './indicatorTypes.js';
import { rollUp } from './rollUp.js';
import type { Strategy } from './strategyTypes.js';

/** Every indicator of a strategy, in plan order. */
function indicatorsOf(strategy: Strategy): Indicator[] {
  return strategy.goals.flatMap((g) =>
    (g.objectives ?? []).flatMap((o) => (o.actions ?? []).flatMap((a) => a.indicators ?? [])),
  );
}

const PlanArgsSchema = z.pipe(
  z.strictObject({
    strategy: StrategyArgSchema,
    actuals: z.unknown(),
    options: EvaluateOptionsSchema,
  }),
  z.transform((args, ctx) => {
    const fail = (message: string, path: PropertyKey[]) =>
      ctx.issues.push({ code: 'custom', input: args, message, path: ['actuals', ...path] });
    const validated = validateActuals(args.actuals);
    if ('issues' in validated) {
      for (const issue of validated.issues) fail(issue.message, issue.path);
      return z.NEVER;
    }
    const byId = new Map<string, (readonly [Actual, number])[]>();
    validated.actuals.forEach((actual, index) => {
      const list = byId.get(actual.indicatorId);
      if (list) list.push([actual, index]);
      else byId.set(actual.indicatorId, [[actual, index]]);
    });
    const strategy = args.strategy;
    for (const indicator of indicatorsOf(strategy)) {
      for (const issue of checkActuals(indicator, byId.get(indicator.id) ?? [])) {
        fail(issue.message, issue.path);
      }
    }
    return { strategy, byId, options: args.options };
  }),
);

const planArgs = makeParser(PlanArgsSchema);

/**
 * Evaluates a whole strategy against what happened: every indicator as by `evaluateIndicator`,
 * then roll-ups per objective, per goal and for the plan (share of indicator-years met, weighted
 * score, status), counts of overall and year statuses, and every warning.
 *
 * Actuals naming an unknown indicator, or a year outside the plan's `period`, are ignored with a
 * warning (`unknown-indicator`, `year-outside-plan`); an actual whose form does not fit its
 * year's kind is an `InputError`.
 *
 * @param strategy - the strategy (validated here)
 * @param actuals - what happened, in any order
 * @param options - `asOf` (required ISO date), `yearEnd`, `yearLabel`, `rag`
 * @returns the evaluation
 * @throws `InputError` for an invalid strategy, actual or option
 *
 * @example
 * ```ts
 * import { evaluatePlan } from 'erasmus-kit';
 * const evaluation = evaluatePlan(
 *   {
 *     institution: { name: 'A school', country: 'LT' },
 *     period: { from: 2016, to: 2017 },
 *     goals: [
 *       {
 *         id: '2',
 *         title: 'Enhance the quality of international mobilities',
 *         objectives: [
 *           {
 *             id: '2.3',
 *             title: 'Quality in international project management',
 *             actions: [
 *               {
 *                 id: '2.3.4',
 *                 title: 'Call regular project work group meetings',
 *                 indicators: [
 *                   { id: '2.3.4', label: 'Discrepancies', kind: 'limit', targets: { 2016: 1, 2017: 1 } },
 *                 ],
 *               },
 *             ],
 *           },
 *         ],
 *       },
 *     ],
 *   },
 *   [
 *     { indicatorId: '2.3.4', year: 2016, value: 0 },
 *     { indicatorId: '9.9', year: 2016, value: 3 },
 *   ],
 *   { asOf: '2017-06-30' },
 * );
 * // 2016 met, 2017 not due yet:
 * evaluation.indicators[0]?.status; // 'on-track'
 * evaluation.goals[0]?.shareMet; // 1
 * evaluation.warnings[0]?.code; // 'unknown-indicator'
 * ```
 */
export function evaluatePlan(
  strategy: Strategy,
  actuals: readonly Actual[],
  options: EvaluateIndicatorOptions,
): PlanEvaluation {
  const args = planArgs.parse({ strategy, actuals, options });
  const plan = args.strategy;
  const settings = settingsOf(args.options);
  const period = plan.period ?? null;
  const indicators = indicatorsOf(plan);
  const known = new Set(indicators.map((i) => i.id));
  const warnings: EvaluationWarning[] = [];
  const byId = new Map<string, Actual[]>();
  for (const [id, entries] of args.byId) {
    const list: Actual[] = [];
    for (const [actual] of entries) {
      if (!known.has(id)) {
        warnings.push({
          code: 'unknown-indicator',
          indicatorId: id,
          year: actual.year,
          message: `Actual for unknown indicator "${id}" (${actual.year}) ignored.`,
        });
      } else if (period && (actual.year < period.from || actual.year > period.to)) {
        warnings.push({
          code: 'year-outside-plan',
          indicatorId: id,
          year: actual.year,
          message: `Actual for "${id}" in ${actual.year} ignored: the plan covers ${period.from}–${period.to}.`,
        });
      } else {
        list.push(actual);
      }
    }
    byId.set(id, list);
  }
  const results = new Map<string, IndicatorEvaluation>();
  for (const indicator of indicators) {
    const result = evaluateIndicatorCore(indicator, byId.get(indicator.id) ?? [], settings);
    results.set(indicator.id, result);
    warnings.push(...result.warnings);
  }
  const evaluationsOf = (list: readonly Indicator[]) =>
    list.map((i) => results.get(i.id) as IndicatorEvaluation);
  const objectives: RollUp[] = [];
  const goals: RollUp[] = [];
  for (const goal of plan.goals) {
    const goalIndicators: Indicator[] = [];
    for (const objective of goal.objectives ?? []) {
      const own = (objective.actions ?? []).flatMap((a) => a.indicators ?? []);
      goalIndicators.push(...own);
      objectives.push(rollUp(objective.id, objective.title ?? null, evaluationsOf(own), settings));
    }
    goals.push(rollUp(goal.id, goal.title, evaluationsOf(goalIndicators), settings));
  }
  const all = evaluationsOf(indicators);
  const byStatus: Record<OverallStatus, number> = {
    achieved: 0,
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
  };
  const byYearStatus: Record<YearStatus, number> = {
    met: 0,
    'not-met': 0,
    inconclusive: 0,
    'no-data': 0,
    'not-due': 0,
  };
  for (const result of all) {
    byStatus[result.status] += 1;
    for (const year of result.years) byYearStatus[year.status] += 1;
  }
  return {
    asOf: settings.asOf,
    period: period === null ? null : { from: period.from, to: period.to },
    indicators: all,
    objectives,
    goals,
    summary: { ...rollUp('plan', plan.title ?? null, all, settings), byStatus, byYearStatus },
    warnings: warnings.sort(byWarningOrder),
  };
}

/**
 * The non-throwing twin of {@link evaluatePlan}.
 *
 * @param strategy - the strategy
 * @param actuals - what happened
 * @param options - as for {@link evaluatePlan}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeEvaluatePlan } from 'erasmus-kit';
 * const result = safeEvaluatePlan({ institution: { name: 'A school' }, goals: [] }, [], {
 *   asOf: '2019-02-30',
 * });
 * // not a real date:
 * result.success; // false
 * ```
 */
export const safeEvaluatePlan: (
  strategy: Strategy,
  actuals: readonly Actual[],
  options: EvaluateIndicatorOptions,
) => SafeResult<PlanEvaluation> = toSafe(evaluatePlan);
