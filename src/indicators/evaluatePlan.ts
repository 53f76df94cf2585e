import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, toSafe, unwrapLazy } from '../_lib/zod.js';
import { matchIssue, readActuals } from './actualsArg.js';
import type { Actual } from './actualTypes.js';
import { byWarningOrder } from './compareToTarget.js';
import { evaluateIndicatorCore } from './evaluateIndicatorCore.js';
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
import { checkActuals } from './gatherActuals.js';
import type { Indicator } from './indicatorTypes.js';
import { type IndicatorYear, indicatorYears } from './indicatorYears.js';
import { rollUp } from './rollUp.js';
import { StrategyArgSchema } from './strategySchema.js';
import type { Strategy } from './strategyTypes.js';

/** Every indicator of a strategy, in plan order. */
function indicatorsOf(strategy: Strategy): Indicator[] {
  const indicators: Indicator[] = [];
  for (const goal of strategy.goals) {
    for (const objective of goal.objectives ?? []) {
      for (const action of objective.actions ?? []) {
        if (action.indicators !== undefined) indicators.push(...action.indicators);
      }
    }
  }
  return indicators;
}

/** The actuals of one indicator id, with their positions in the list given. */
interface ActualGroup {
  /** The actuals, in the order given. */
  readonly actuals: Actual[];
  /** The position of each in the list given. */
  readonly indexes: number[];
  /** Whether the plan has an indicator of this id. */
  known: boolean;
}

/** One indicator of the plan with its years and its actuals, worked out once. */
interface PlannedIndicator {
  /** The indicator. */
  readonly indicator: Indicator;
  /** Its target and milestone years. */
  readonly years: readonly IndicatorYear[];
  /** Its actuals (`undefined` when there are none). */
  readonly group: ActualGroup | undefined;
}

/** Groups actuals by indicator id, in one pass. */
function groupActuals(actuals: readonly Actual[]): Map<string, ActualGroup> {
  const byId = new Map<string, ActualGroup>();
  for (let index = 0; index < actuals.length; index++) {
    const actual = actuals[index] as Actual;
    const group = byId.get(actual.indicatorId);
    if (group === undefined) {
      byId.set(actual.indicatorId, { actuals: [actual], indexes: [index], known: false });
    } else {
      group.actuals.push(actual);
      group.indexes.push(index);
    }
  }
  return byId;
}

const PlanArgsSchema = lazySchema(() =>
  z.pipe(
    z.strictObject({
      strategy: unwrapLazy(StrategyArgSchema),
      actuals: z.unknown(),
      options: unwrapLazy(EvaluateOptionsSchema),
    }),
    z.transform((args, ctx) => {
      // zod's pipe goes on after an `unrecognized_keys` issue, with no strategy if it was in there.
      if (ctx.issues.length > 0) return z.NEVER;
      const actuals = readActuals(args.actuals, ctx.issues);
      if (actuals === undefined) return z.NEVER;
      const byId = groupActuals(actuals);
      const strategy = args.strategy;
      const planned: PlannedIndicator[] = [];
      for (const indicator of indicatorsOf(strategy)) {
        const years = indicatorYears(indicator);
        const group = byId.get(indicator.id);
        if (group !== undefined) {
          group.known = true;
          for (const issue of checkActuals(indicator, years, group.actuals, group.indexes)) {
            ctx.issues.push(matchIssue(issue, args));
          }
        }
        planned.push({ indicator, years, group });
      }
      return { strategy, planned, byId, options: args.options };
    }),
  ),
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
  const warnings: EvaluationWarning[] = [];
  for (const [id, group] of args.byId) {
    if (group.known) continue;
    for (const actual of group.actuals) {
      warnings.push({
        code: 'unknown-indicator',
        indicatorId: id,
        year: actual.year,
        message: `Actual for unknown indicator "${id}" (${actual.year}) ignored.`,
      });
    }
  }
  // Every indicator, in plan order (the roll-ups below take consecutive runs of this list).
  const all: IndicatorEvaluation[] = [];
  for (const { indicator, years, group } of args.planned) {
    const own = group === undefined ? NO_ACTUALS : inPeriod(group.actuals, period, warnings);
    const result = evaluateIndicatorCore(indicator, years, own, settings);
    all.push(result);
    if (result.warnings.length > 0) warnings.push(...result.warnings);
  }
  const objectives: RollUp[] = [];
  const goals: RollUp[] = [];
  let next = 0;
  for (const goal of plan.goals) {
    const goalStart = next;
    for (const objective of goal.objectives ?? []) {
      const start = next;
      for (const action of objective.actions ?? []) next += action.indicators?.length ?? 0;
      objectives.push(
        rollUp(objective.id, objective.title ?? null, all.slice(start, next), settings),
      );
    }
    goals.push(rollUp(goal.id, goal.title, all.slice(goalStart, next), settings));
  }
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

const NO_ACTUALS: readonly Actual[] = Object.freeze([]);

/**
 * The actuals within the plan period; each one outside it is left out with a warning. The list
 * itself when all are within (no copy).
 */
function inPeriod(
  actuals: Actual[],
  period: { readonly from: number; readonly to: number } | null,
  warnings: EvaluationWarning[],
): readonly Actual[] {
  if (period === null) return actuals;
  const outside = (actual: Actual) => actual.year < period.from || actual.year > period.to;
  if (!actuals.some(outside)) return actuals;
  const within: Actual[] = [];
  for (const actual of actuals) {
    if (!outside(actual)) {
      within.push(actual);
      continue;
    }
    warnings.push({
      code: 'year-outside-plan',
      indicatorId: actual.indicatorId,
      year: actual.year,
      message: `Actual for "${actual.indicatorId}" in ${actual.year} ignored: the plan covers ${period.from}–${period.to}.`,
    });
  }
  return within;
}

const trySafeEvaluatePlan = toSafe(evaluatePlan);

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
export function safeEvaluatePlan(
  strategy: Strategy,
  actuals: readonly Actual[],
  options: EvaluateIndicatorOptions,
): SafeResult<PlanEvaluation> {
  return trySafeEvaluatePlan(strategy, actuals, options);
}
