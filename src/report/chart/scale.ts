/**
 * The plot of an indicator chart: the value scale, the width of each year's slot, and where a
 * value lands (private to the report).
 *
 * @module
 */
import type { IndicatorEvaluation, YearEvaluation } from '../../indicators/evaluationTypes.js';
import { BOTTOM, LEFT, PLOT_HEIGHT, RIGHT, WIDTH } from './layout.js';

/** A value scale: from `min` to `max` in ticks of `step`. */
export interface Scale {
  /** The lowest value shown. */
  readonly min: number;
  /** The highest value shown. */
  readonly max: number;
  /** The distance between ticks. */
  readonly step: number;
}

/** The plot of one chart. */
export interface Plot {
  /** Whether the values are shares (a percentage indicator). */
  readonly isShare: boolean;
  /** The value scale. */
  readonly scale: Scale;
  /** The width of each year's slot. */
  readonly slot: number;
  /** The height at which a value lands (clamped to the scale). */
  readonly y: (value: number) => number;
}

/** A round step giving about five ticks up to `max`. */
function niceScale(max: number, whole: boolean): Scale {
  const top = max > 0 ? max : 1;
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiples = whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const found = (multiples.find((m) => m * power >= raw) ?? 10) * power;
  const step = whole ? Math.max(1, Math.round(found)) : found;
  return { min: 0, max: Math.ceil(top / step - 1e-9) * step, step };
}

/** The scale of a percentage chart: from a round tenth below the lowest value to 100 %. */
function shareScale(values: readonly number[]): Scale {
  const lowest = Math.min(...values, 1);
  const min = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
  return { min, max: 1, step: 1 - min > 0.5 ? 0.2 : 0.1 };
}

/** The values a year puts on the chart: its target (or range), its actual, its interval. */
function numbersOf(year: YearEvaluation): number[] {
  const values: number[] = [];
  if (typeof year.target === 'number') values.push(year.required ?? year.target);
  else if (typeof year.target === 'object') values.push(year.target.min, year.target.max);
  if (year.actual !== null && year.judgedAs !== 'milestone') values.push(year.actual);
  if (year.satisfaction?.interval) {
    values.push(year.satisfaction.interval.lower, year.satisfaction.interval.upper);
  }
  return values;
}

/** The plot of an evaluation's chart. */
export function plotOf(ev: IndicatorEvaluation): Plot {
  const isShare = ev.kind === 'percentage';
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(ev.years.length, 1);
  const values = ev.years.flatMap(numbersOf);
  const scale = isShare
    ? shareScale(values)
    : niceScale(Math.max(0, ...values) * 1.08, values.every(Number.isInteger));
  const y = (v: number) =>
    BOTTOM -
    ((Math.min(Math.max(v, scale.min), scale.max) - scale.min) / (scale.max - scale.min)) *
      PLOT_HEIGHT;
  return { isShare, scale, slot, y };
}
