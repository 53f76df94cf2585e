import type { Direction, TargetRange } from './indicatorTypes.js';

/** Rounds to 4 places for output; never `-0`, never `NaN` or an infinity (those become 0). */
export function round4(value: number): number {
  if (!Number.isFinite(value)) return 0;
  // From 2^52 on a double has no fractional digits to round (and value × 10 000 could overflow).
  if (Math.abs(value) >= 2 ** 52) return value;
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}

/** The outcome of comparing a measured value with a target. */
export interface Comparison {
  /** Whether the target is met. */
  readonly met: boolean;
  /** The achievement ratio (unrounded, finite). */
  readonly ratio: number;
  /** actual − target, or the distance outside a range (unrounded). */
  readonly variance: number;
}

/**
 * Compares an actual with a target in a direction.
 *
 * Achievement ratio:
 * - `at-least`: actual ÷ target, or with a baseline (actual − baseline) ÷ (target − baseline);
 *   a target ≤ 0 gives 1 when met, 0 otherwise;
 * - `at-most`: 1 within the limit, target ÷ actual above it (0 for a limit of 0); with a baseline
 *   (baseline − actual) ÷ (baseline − target);
 * - `between`: 1 inside; below, actual ÷ min; above, max ÷ actual (0 when not positive);
 * - `exactly`: 1 − |actual − target| ÷ |target|, at least 0 (1 or 0 when the target is 0).
 */
export function compareToTarget(
  direction: Direction,
  actual: number,
  target: number | TargetRange,
  options: { readonly tolerance?: number | undefined; readonly baseline?: number | undefined } = {},
): Comparison {
  if (typeof target === 'object') {
    if (actual < target.min) {
      return {
        met: false,
        ratio: target.min > 0 && actual > 0 ? actual / target.min : 0,
        variance: actual - target.min,
      };
    }
    if (actual > target.max) {
      return {
        met: false,
        ratio: target.max > 0 ? target.max / actual : 0,
        variance: actual - target.max,
      };
    }
    return { met: true, ratio: 1, variance: 0 };
  }
  const variance = actual - target;
  const baseline = options.baseline;
  const useBaseline = baseline !== undefined && baseline !== target;
  switch (direction) {
    case 'at-least': {
      const met = actual >= target;
      if (useBaseline) return { met, ratio: (actual - baseline) / (target - baseline), variance };
      return { met, ratio: target > 0 ? actual / target : met ? 1 : 0, variance };
    }
    case 'at-most': {
      const met = actual <= target;
      if (useBaseline) return { met, ratio: (baseline - actual) / (baseline - target), variance };
      return { met, ratio: met ? 1 : target > 0 ? target / actual : 0, variance };
    }
    default: {
      // 'exactly' ('between' always has a range target, handled above).
      const met = Math.abs(variance) <= (options.tolerance ?? 0);
      if (target === 0) return { met, ratio: met ? 1 : 0, variance };
      return { met, ratio: Math.max(0, 1 - Math.abs(variance) / Math.abs(target)), variance };
    }
  }
}

/** Orders warnings by indicator, year, code and message, so the order of actuals never shows. */
export function byWarningOrder(
  a: { indicatorId: string; year: number; code: string; message: string },
  b: { indicatorId: string; year: number; code: string; message: string },
): number {
  return (
    (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0) ||
    a.year - b.year ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
