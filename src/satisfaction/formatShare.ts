import { roundHalfUp } from '../_lib/roundDecimal.js';

/**
 * A share (a proportion between 0 and 1) as it leaves the library: a decimal string with exactly
 * four places, such as `"0.9000"` or `"0.6990"`. It is the value rounded half up (away from zero
 * on a tie) at the fourth place, taken from the shortest decimal form of the computed number.
 *
 * @example
 * ```ts
 * import type { ShareString } from 'erasmus-kit';
 * const share: ShareString = '0.9000';
 * ```
 */
export type ShareString = `${number}.${number}`;

/** Formats a share in [0, 1] as a four-place decimal string, rounding half up. */
export function formatShare(value: number): ShareString {
  return roundHalfUp(value, 4) as ShareString;
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
  // Targets and confidence levels take few values: each is formatted once (a bounded memo).
  let text = levels.get(value);
  if (text === undefined) {
    text = `${roundHalfUp(value, 2, 2).replace(/\.?0+$/, '')}%`;
    if (levels.size >= 1000) levels.clear();
    levels.set(value, text);
  }
  return text;
}

const levels = new Map<number, string>();
