import { compareToTarget, round4 } from './compareToTarget.js';
import type { Forecast, YearEvaluation } from './evaluationTypes.js';
import type { Direction } from './indicatorTypes.js';

/** A year with a measured value. */
interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Ordinary least squares through the points: the slope and the value at `at`. With one point the
 * line is flat. Uses centred sums, so years like 2016 lose no precision.
 */
export function leastSquares(
  points: readonly Point[],
  at: number,
): { slope: number; value: number } {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, value: meanY + slope * (at - meanX) };
}

/** What the forecast needs to know about the indicator. */
export interface ForecastInput {
  /** The years evaluated, oldest first. */
  readonly years: readonly YearEvaluation[];
  /** The direction judged. */
  readonly direction: Direction;
  /** Whether the measure is a share (clamped to [0, 1]). */
  readonly share: boolean;
  /** Whether a forecast makes sense for this kind (not for event-driven targets). */
  readonly forecastable: boolean;
}

/**
 * Forecasts the final year's value from the due years with data: an ordinary least-squares line
 * (2+ points) or the last value carried flat (1 point). Not made when the final year is already
 * due or met, is a milestone or a range, or the kind has no stable target (event-driven).
 */
export function forecastFinalYear(input: ForecastInput): Forecast {
  const { years, direction } = input;
  const final = years[years.length - 1];
  /* v8 ignore next 3 -- an indicator always has at least one year */
  if (final === undefined) {
    return none(0, null, 'No years to forecast.', 0);
  }
  const target = final.required;
  const points = years
    .filter(
      (y) =>
        y.year !== final.year &&
        y.status !== 'not-due' &&
        y.actual !== null &&
        y.judgedAs !== 'milestone',
    )
    .map((y) => ({ x: y.year, y: y.actual as number }));
  if (final.status !== 'not-due') {
    return none(final.year, target, `No forecast: ${final.year} is already judged.`, points.length);
  }
  if (final.judgedAs === 'milestone') {
    return none(final.year, null, `No forecast: ${final.year} is a milestone.`, points.length);
  }
  if (!input.forecastable || target === null) {
    return none(
      final.year,
      null,
      'No forecast: the final target depends on events or is a range.',
      points.length,
    );
  }
  if (points.length === 0) {
    return none(final.year, target, 'No forecast: no year with data yet.', 0);
  }
  const { slope, value: raw } = leastSquares(points, final.year);
  let value = raw;
  if (points.every((p) => p.y >= 0)) value = Math.max(0, value);
  if (input.share) value = Math.min(1, value);
  const first = points[0] as Point;
  const last = points[points.length - 1] as Point;
  const method = points.length >= 2 ? 'least-squares' : 'last-value';
  const description =
    method === 'least-squares'
      ? `Ordinary least-squares line through ${first.x}–${last.x} (${points.length} points), extended to ${final.year}`
      : `The only value (${last.x}) carried flat to ${final.year}`;
  const comparison = compareToTarget(direction, value, target);
  return {
    method,
    description,
    year: final.year,
    value: round4(value),
    target,
    achievementRatio: round4(comparison.ratio),
    meetsTarget: comparison.met,
    slope: method === 'least-squares' ? round4(slope) : null,
    points: points.length,
  };
}

function none(year: number, target: number | null, description: string, points: number): Forecast {
  return {
    method: 'none',
    description,
    year,
    value: null,
    target,
    achievementRatio: null,
    meetsTarget: null,
    slope: null,
    points,
  };
}
