/**
 * Shares as the satisfaction results carry them (numbers rounded to four places) and as their
 * English explanations write them (percentages). Internal.
 *
 * @module
 */
import { roundHalfUp } from '../_lib/roundDecimal.js';
import type { WilsonInterval } from './types.js';
import type { Bounds } from './wilsonBounds.js';

/**
 * A share in [0, 1] as the results carry it: a number rounded half up (away from zero on a tie)
 * to four places, taken from the shortest decimal form of the computed number: `0.69896…` →
 * `0.699`, `0.9` → `0.9`.
 */
export function roundShare(value: number): number {
  return Number(roundHalfUp(value, 4));
}

/** An interval as the results carry it: its bounds rounded to four places, with how it was computed. */
export function reportedInterval(
  bounds: Bounds,
  confidence: number,
  continuityCorrection: boolean,
): WilsonInterval {
  return {
    lower: roundShare(bounds.lower),
    upper: roundShare(bounds.upper),
    confidence,
    continuityCorrection,
  };
}

/** Formats a share as a percentage with one decimal place, rounding half up: `0.69898` → `69.9%`. */
export function formatPercent(value: number): string {
  return `${roundHalfUp(value, 1, 2)}%`;
}

/**
 * Formats a target or a confidence level as a percentage with no trailing zeros (at most two
 * decimals, rounded half up): `0.85` → `85%`, `0.855` → `85.5%`, `0.999` → `99.9%`.
 */
export function formatLevel(value: number): string {
  return `${roundHalfUp(value, 2, 2).replace(/\.?0+$/, '')}%`;
}
