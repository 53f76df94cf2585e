/**
 * The Wilson score interval, unrounded (internal). The public, validated entry point is
 * `wilsonInterval`, which returns the bounds rounded to four places.
 *
 * @module
 */

/** Lower and upper bound of an interval, as numbers in [0, 1]. */
export interface Bounds {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
}

/**
 * The Wilson score interval for `successes` of `n` (0 ≤ successes ≤ n, n ≥ 1) at critical value
 * `z`, optionally with Newcombe's continuity correction (Newcombe 1998, method 4). The bounds are
 * exactly 0 for 0 successes and exactly 1 for n of n, and always contain the observed share.
 */
export function wilsonBounds(
  successes: number,
  n: number,
  z: number,
  continuityCorrection: boolean,
): Bounds {
  const p = successes / n;
  const z2 = z * z;
  let lower: number;
  let upper: number;
  if (continuityCorrection) {
    const denominator = 2 * (n + z2);
    lower =
      (2 * n * p + z2 - 1 - z * Math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))) /
      denominator;
    upper =
      (2 * n * p + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))) /
      denominator;
  } else {
    const denominator = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denominator;
    const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    lower = centre - half;
    upper = centre + half;
  }
  // The formulas are exact at the edges; pin them so rounding noise cannot show as 1e-17 or
  // 0.99999999, and keep the observed share inside the interval.
  lower = successes === 0 ? 0 : Math.max(0, Math.min(lower, p));
  upper = successes === n ? 1 : Math.min(1, Math.max(upper, p));
  return { lower, upper };
}
