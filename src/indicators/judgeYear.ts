/**
 * Judges one year of one indicator (internal, on validated input).
 *
 * @module
 */
import type { IsoDate } from '../_lib/dates.js';
import { judge } from '../satisfaction/judge.js';
import type { SatisfactionResult } from '../satisfaction/types.js';
import { type Comparison, compareToTarget, round4 } from './compareToTarget.js';
import type { EvaluationWarning, YearEvaluation, YearStatus } from './evaluationTypes.js';
import type { Reading } from './gatherActuals.js';
import type { Direction, Indicator, IndicatorKind, TargetRange } from './indicatorTypes.js';
import type { IndicatorYear } from './indicatorYears.js';

/** A number for display: up to 4 places, no trailing zeros. */
export function showNumber(value: number): string {
  return String(round4(value));
}

/** A share for display: `0.855` → `"85.5%"`. */
export function showPercent(share: number): string {
  return `${round4(share * 100)}%`;
}

/** A target share from `0.85` or `"85%"`. */
export function shareOf(target: number | string): number {
  return typeof target === 'number' ? target : Number.parseFloat(target) / 100;
}

/** The direction an indicator is judged in. */
export function directionOf(indicator: Indicator): Direction {
  switch (indicator.kind) {
    case 'numeric':
    case 'percentage':
    case 'per-unit':
      return indicator.direction;
    case 'limit':
      return 'at-most';
    default:
      return 'at-least';
  }
}

const WORDS: Record<Direction, string> = {
  'at-least': 'at least',
  'at-most': 'at most',
  between: 'between',
  exactly: 'exactly',
};

/** The year's target as written, and its number requirement where there is one. */
function targetOf(
  indicator: Indicator,
  year: string,
  kind: IndicatorKind,
): { target: number | TargetRange | string; text: string; value: number | TargetRange | null } {
  if (kind === 'milestone' || indicator.kind === 'milestone') {
    const text = indicator.milestones?.[year] ?? '';
    return { target: text, text: `milestone: ${text}`, value: null };
  }
  const target = indicator.targets[year] as number | TargetRange | `${number}%`;
  const word = WORDS[directionOf(indicator)];
  switch (indicator.kind) {
    case 'numeric': {
      const t = target as number | TargetRange;
      const main =
        typeof t === 'object'
          ? `between ${showNumber(t.min)} and ${showNumber(t.max)}`
          : `${word} ${showNumber(t)}${indicator.tolerance ? ` ± ${showNumber(indicator.tolerance)}` : ''}`;
      const suffix = indicator.aggregation === 'cumulative' ? ' in total so far' : '';
      return { target: t, text: main + suffix, value: t };
    }
    case 'percentage': {
      const share = shareOf(target as number | string);
      return { target: target as number, text: `${word} ${showPercent(share)}`, value: share };
    }
    case 'frequency': {
      const t = target as number;
      return { target: t, text: `at least ${t} ${t === 1 ? 'time' : 'times'}`, value: t };
    }
    case 'per-unit': {
      const t = target as number;
      return { target: t, text: `${word} ${showNumber(t)} per ${indicator.per}`, value: t };
    }
    case 'event-driven': {
      const t = target as number;
      const extra = indicator.extraPerYear ? ` + ${showNumber(indicator.extraPerYear)} a year` : '';
      return {
        target: t,
        text: `at least ${showNumber(t)} per ${indicator.event}${extra}`,
        value: t,
      };
    }
    default: {
      const t = target as number;
      return { target: t, text: `at most ${showNumber(t)}`, value: t };
    }
  }
}

/**
 * Whether a year's measure is a count or sum that cannot fall within its year (a frequency, a
 * limit, an `annual` or `cumulative` number), so that its value so far is a floor for the year.
 * Levels (`latest`), shares and amounts per unit can move either way.
 */
export function growsWithinYear(indicator: Indicator, kind: IndicatorKind): boolean {
  if (kind === 'frequency' || kind === 'limit') return true;
  return kind === 'numeric' && indicator.kind === 'numeric' && indicator.aggregation !== 'latest';
}

/**
 * Whether a year not yet ended is already decided: a milestone done, a growing measure that has
 * reached an `at-least` target, or one already above an upper bound (`at-most`, `exactly`, a
 * range), which no later reading can bring back.
 */
function decidedEarly(
  indicator: Indicator,
  kind: IndicatorKind,
  status: YearStatus,
  comparison: Comparison | null,
): boolean {
  if (kind === 'milestone') return status === 'met';
  if (comparison === null || !growsWithinYear(indicator, kind)) return false;
  return comparison.met ? directionOf(indicator) === 'at-least' : comparison.variance > 0;
}

/**
 * Judges one year of an indicator: `reading` is its combined reading (for `cumulative`, the
 * running total), `due` whether `asOf` has reached `dueDate`. Warnings go to `warnings`.
 */
export function judgeYear(
  indicator: Indicator,
  slot: IndicatorYear,
  reading: Reading | undefined,
  dueDate: IsoDate,
  due: boolean,
  warnings: EvaluationWarning[],
): YearEvaluation {
  const { year: y, key: year, kind } = slot;
  const { target, text: targetText, value: targetValue } = targetOf(indicator, year, kind);
  const direction = kind === 'milestone' ? 'at-least' : directionOf(indicator);

  let actual: number | null = null;
  let comparison: Comparison | null = null;
  let status: YearStatus | null = null;
  let required: number | null = typeof targetValue === 'number' ? targetValue : null;
  let satisfaction: SatisfactionResult | undefined;
  let actualText = 'no data';
  let extraText = '';
  let conservative: number | null = null;

  if (reading?.type === 'milestone') {
    actual = reading.status.done ? 1 : 0;
    comparison = { met: reading.status.done, ratio: actual, variance: Number.NaN };
    actualText = reading.status.done
      ? `done${reading.status.date ? ` on ${reading.status.date}` : ''}`
      : 'not done';
  } else if (reading?.type === 'survey') {
    const share = targetValue as number;
    const threshold = {
      direction: direction === 'at-most' ? 'at-most' : 'at-least',
      value: share,
    } as const;
    // The core of evaluateSatisfaction, on counts and options already validated here.
    satisfaction = judge(reading, threshold, surveyOptions(indicator));
    if (reading.responses > 0) {
      actual = reading.satisfied / reading.responses;
      comparison = compareToTarget(direction, actual, share, { baseline: baselineOf(indicator) });
    }
    status = satisfaction.verdict === 'insufficient-data' ? 'inconclusive' : satisfaction.verdict;
    if (status === 'inconclusive' && satisfaction.interval !== null) {
      // Honest credit: an inconclusive year scores at the pessimistic end of its interval.
      const bound =
        direction === 'at-most' ? satisfaction.interval.upper : satisfaction.interval.lower;
      conservative = compareToTarget(direction, bound, share).ratio;
    }
    actualText = satisfaction.explanation;
  } else if (reading?.type === 'per-unit') {
    if (reading.units > 0) {
      actual = reading.amount / reading.units;
      const c = compareToTarget(direction, actual, targetValue as number);
      comparison = reading.unitsShort > 0 ? { ...c, met: false } : c;
      actualText = `${showNumber(reading.amount)} for ${reading.units} (${showNumber(actual)} each${reading.unitsShort > 0 ? `, ${reading.unitsShort} short` : ''})`;
    } else {
      actualText = 'no units in the year';
    }
  } else if (reading?.type === 'events') {
    const extra = indicator.kind === 'event-driven' ? (indicator.extraPerYear ?? 0) : 0;
    required = (targetValue as number) * reading.events + extra;
    actual = reading.responses;
    comparison = compareToTarget('at-least', actual, required);
    actualText = `${reading.responses} after ${reading.events} ${reading.events === 1 ? 'event' : 'events'} (${showNumber(required)} due)`;
  } else if (reading?.type === 'number') {
    actual = reading.value;
    comparison = compareToTarget(direction, actual, targetValue as number | TargetRange, {
      tolerance: indicator.kind === 'numeric' ? indicator.tolerance : undefined,
      baseline: baselineOf(indicator),
    });
    actualText = kind === 'percentage' ? showPercent(actual) : showNumber(actual);
    if (kind === 'percentage') {
      warnings.push({
        code: 'point-estimate-only',
        indicatorId: indicator.id,
        year: y,
        message: `${indicator.id} ${year}: a bare share without survey counts is judged on the point estimate only.`,
      });
      extraText = ' (point estimate only)';
    }
  }

  status ??= comparison === null ? 'no-data' : comparison.met ? 'met' : 'not-met';
  const early = !due && decidedEarly(indicator, kind, status, comparison);
  if (!due && !early) status = 'not-due';
  const ratio = comparison === null ? null : round4(comparison.ratio);
  const score =
    status === 'not-due'
      ? null
      : status === 'met'
        ? 1
        : status === 'no-data'
          ? 0
          : Math.min(1, Math.max(0, round4(conservative ?? comparison?.ratio ?? 0)));
  const statusText =
    status === 'not-due'
      ? `not due until ${dueDate}`
      : early
        ? `${status} before the year ends on ${dueDate}`
        : status;
  const evaluation = {
    year: y,
    dueDate,
    due,
    judgedAs: kind,
    target,
    targetText,
    required,
    actual: actual === null ? null : round4(actual),
    status,
    achievementRatio: ratio,
    variance: comparison === null || kind === 'milestone' ? null : round4(comparison.variance),
    score,
  } as Mutable<YearEvaluation>;
  // Set only when there is one, in this order (no spread: this runs for every indicator-year).
  if (satisfaction !== undefined) evaluation.satisfaction = satisfaction;
  if (reading?.type === 'milestone') evaluation.milestone = reading.status;
  // Joined, not concatenated: one flat string is kept rather than a tree of its pieces (the
  // results keep 10,000s of these, and the garbage collector copies whatever is kept).
  evaluation.explanation =
    satisfaction === undefined
      ? [year, ': ', actualText, ' against ', targetText, extraText, ': ', statusText, '.'].join('')
      : [year, ': ', actualText, status === 'not-due' ? ` (${statusText})` : '', '.'].join('');
  return evaluation;
}

/** The options a percentage indicator sets for its survey verdicts (the defaults otherwise). */
function surveyOptions(indicator: Indicator) {
  return indicator.kind === 'percentage'
    ? { confidence: indicator.confidence, minResponses: indicator.minResponses }
    : undefined;
}

/** A record whose fields can be set while it is built. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function baselineOf(indicator: Indicator): number | undefined {
  return 'baseline' in indicator ? indicator.baseline?.value : undefined;
}
