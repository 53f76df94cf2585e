import { compareToTarget, round4 } from './compareToTarget.js';
import type { Forecast, PartialYear, YearEvaluation } from './evaluationTypes.js';
import type { Direction } from './indicatorTypes.js';
import { showNumber } from './judgeYear.js';

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
  /** Whether the measure is a count or sum that cannot fall within a year. */
  readonly grows: boolean;
  /** Whether the values are running totals (which cannot fall from one year to the next). */
  readonly cumulative: boolean;
}

/** How a year in progress is used: see `PartialYear`. */
function useOf(isFinal: boolean, input: ForecastInput): PartialYear['use'] {
  if (input.grows && (isFinal || input.cumulative)) return 'floor';
  return isFinal ? 'estimate' : 'left-out';
}

/**
 * A year in progress in words, e.g. `2025 is in progress with 1 so far, a floor for the year (a
 * count cannot fall within its year)`.
 */
export function partialYearText(partial: PartialYear, finalYear: number): string {
  const head = `${partial.year} is in progress with ${showNumber(partial.value)} so far`;
  switch (partial.use) {
    case 'floor':
      return partial.year === finalYear
        ? `${head}, a floor for the year (a count cannot fall within its year)`
        : `${head}, a floor for ${finalYear} (a running total cannot fall)`;
    case 'estimate':
      return `${head}, the estimate for the year (it can still move either way)`;
    default:
      return `${head}, left out (part of a year is not a full-year point)`;
  }
}

/**
 * Forecasts the final year's value. The trend is an ordinary least-squares line through the
 * ended years with data (2+ points), or the one such value carried flat. A year in progress is
 * never a trend point: its value so far is a floor (a count or sum in its final year, a running
 * total in any year: the forecast is the larger of the trend and the floor), an estimate (a
 * level, share or amount per unit in the final year: the forecast is that value), or left out.
 * With no year in progress, a running total's last ended value is the floor instead.
 * Not made when the final year is already judged, is a milestone or a range, or the kind has no
 * stable target (event-driven).
 */
export function forecastFinalYear(input: ForecastInput): Forecast {
  const { years, direction, share } = input;
  const final = years[years.length - 1];
  /* v8 ignore next 3 -- an indicator always has at least one year */
  if (final === undefined) {
    return none(0, null, 'No years to forecast.', [], null);
  }
  const target = final.required;
  const points: Point[] = [];
  let partial: YearEvaluation | undefined;
  // Due years come first (due dates rise with the year); later years with data are in progress.
  for (const y of years) {
    if (y.actual === null || y.judgedAs === 'milestone') continue;
    if (!y.due) partial = y;
    else if (y !== final) points.push({ x: y.year, y: y.actual });
  }
  const trendYears = points.map((p) => p.x);
  if (final.status !== 'not-due') {
    return none(
      final.year,
      target,
      `No forecast: ${final.year} is already judged.`,
      trendYears,
      null,
    );
  }
  if (final.judgedAs === 'milestone') {
    return none(final.year, null, `No forecast: ${final.year} is a milestone.`, trendYears, null);
  }
  if (!input.forecastable || target === null) {
    return none(
      final.year,
      null,
      'No forecast: the final target depends on events or is a range.',
      trendYears,
      null,
    );
  }
  const partialYear: PartialYear | null =
    partial === undefined
      ? null
      : {
          year: partial.year,
          value: partial.actual as number,
          use: useOf(partial === final, input),
        };
  const partialText = partialYear === null ? '' : `; ${partialYearText(partialYear, final.year)}`;
  if (points.length === 0 && (partialYear === null || partialYear.use === 'left-out')) {
    return none(
      final.year,
      target,
      `No forecast: no ended year with data yet${partialText}.`,
      trendYears,
      partialYear,
    );
  }
  let trend: number | null = null;
  let slope: number | null = null;
  let trendText = 'No ended year with data yet';
  if (points.length > 0) {
    const fit = leastSquares(points, final.year);
    trend = fit.value;
    if (points.every((p) => p.y >= 0)) trend = Math.max(0, trend);
    if (share) trend = Math.min(1, trend);
    const first = points[0] as Point;
    const last = points[points.length - 1] as Point;
    if (points.length >= 2) {
      slope = round4(fit.slope);
      trendText = `Ordinary least-squares line through ${first.x}–${last.x} (${points.length} points), extended to ${final.year}`;
    } else {
      trendText = `The only value (${last.x}) carried flat to ${final.year}`;
    }
    if (partialYear !== null) trendText += ` (${showNumber(trend)})`;
    else if (input.cumulative && last.y > trend) {
      // With no year in progress, the last ended year's running total is the floor.
      trendText += ` (${showNumber(trend)}); ${last.x} ended with a running total of ${showNumber(last.y)}, a floor for ${final.year} (a running total cannot fall): the forecast is raised to it`;
      trend = last.y;
    }
  }
  // A floor replaces the trend only when above it; an estimate always does.
  const fromPartial =
    partialYear !== null &&
    (partialYear.use === 'estimate' ||
      (partialYear.use === 'floor' && (trend === null || partialYear.value > trend)));
  const value = fromPartial ? (partialYear as PartialYear).value : (trend as number);
  const method = fromPartial ? 'year-to-date' : slope === null ? 'last-value' : 'least-squares';
  const comparison = compareToTarget(direction, value, target);
  const raised =
    fromPartial && partialYear?.use === 'floor' && trend !== null
      ? ': the forecast is raised to it'
      : '';
  return {
    method,
    description: trendText + partialText + raised,
    year: final.year,
    value: round4(value),
    target,
    achievementRatio: round4(comparison.ratio),
    meetsTarget: comparison.met,
    slope,
    points: points.length,
    trendYears,
    partialYear,
  };
}

function none(
  year: number,
  target: number | null,
  description: string,
  trendYears: readonly number[],
  partialYear: PartialYear | null,
): Forecast {
  return {
    method: 'none',
    description,
    year,
    value: null,
    target,
    achievementRatio: null,
    meetsTarget: null,
    slope: null,
    points: trendYears.length,
    trendYears,
    partialYear,
  };
}
