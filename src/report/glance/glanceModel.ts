/**
 * What the plan-at-a-glance chart shows, from a checked evaluation: every indicator grouped by
 * goal, the years of the plan, and each indicator-year's status (private to the report).
 *
 * @module
 */
import type {
  IndicatorEvaluation,
  PlanEvaluation,
  YearStatus,
} from '../../indicators/evaluationTypes.js';
import type { ReportLabels } from '../labels/types.js';

/** A goal and its indicators, in plan order. */
export interface GlanceGroup {
  /** The goal in words: `Goal 1: International cooperation`. */
  readonly title: string;
  /** Its indicators. */
  readonly indicators: readonly IndicatorEvaluation[];
}

/** The chart's content. */
export interface Glance {
  /** The years, in order: every year any indicator has. */
  readonly years: readonly number[];
  /** The goals, in plan order. */
  readonly groups: readonly GlanceGroup[];
}

/**
 * The indicators grouped by goal. The goal roll-ups of an evaluation take consecutive runs of its
 * indicators, in plan order, so each goal's `indicators` count says where its run ends; any
 * indicator left over (an evaluation edited by hand) is shown under "Indicators".
 */
export function glanceOf(evaluation: PlanEvaluation, labels: ReportLabels): Glance {
  const t = labels.text;
  const groups: GlanceGroup[] = [];
  let next = 0;
  for (const goal of evaluation.goals) {
    const indicators = evaluation.indicators.slice(next, next + goal.indicators);
    next += indicators.length;
    if (indicators.length > 0) {
      groups.push({ title: `${t.goal} ${goal.id}: ${goal.title ?? t.untitled}`, indicators });
    }
  }
  if (next < evaluation.indicators.length) {
    groups.push({ title: t.indicators, indicators: evaluation.indicators.slice(next) });
  }
  const years = [
    ...new Set(evaluation.indicators.flatMap((ev) => ev.years.map((y) => y.year))),
  ].sort((a, b) => a - b);
  return { years, groups };
}

/** An indicator's status in a year, `undefined` when it has no target that year. */
export function statusIn(ev: IndicatorEvaluation, year: number): YearStatus | undefined {
  return ev.years.find((y) => y.year === year)?.status;
}
