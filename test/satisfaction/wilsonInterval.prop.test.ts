import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoSidedZ } from '../../src/satisfaction/normalQuantile.js';
import { wilsonBounds } from '../../src/satisfaction/wilsonBounds.js';
import { wilsonInterval } from '../../src/satisfaction/wilsonInterval.js';

/** successes ≤ n, n ≥ 1. */
const trials = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const confidence = fc.double({ min: 0.01, max: 0.9999, noNaN: true });
/**
 * The floating-point error allowed when comparing bounds computed at different levels: the
 * bounds are accurate to a few ulps (below 1e-15 in 300,000 sampled pairs), published to four
 * places, so 1e-14 hides nothing a reader could see.
 */
const ROUNDING_NOISE = 1e-14;

describe('Wilson interval properties', () => {
  it('contains the observed share, within [0, 1] (both variants)', () => {
    fc.assert(
      fc.property(trials, confidence, fc.boolean(), ([x, n], c, cc) => {
        const { lower, upper } = wilsonBounds(x, n, twoSidedZ(c), cc);
        const share = x / n;
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(share);
        expect(upper).toBeGreaterThanOrEqual(share);
        const rounded = wilsonInterval(x, n, { confidence: c, continuityCorrection: cc });
        expect(rounded.lower).toBeLessThanOrEqual(rounded.upper);
        expect(Math.abs(rounded.lower - lower)).toBeLessThanOrEqual(0.00005 + 1e-12);
      }),
    );
  });

  it('narrows as n grows at a fixed share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 2, max: 20 }),
        confidence,
        (n0, x0, k, c) => {
          const x = Math.min(x0, n0);
          const z = twoSidedZ(c);
          const small = wilsonBounds(x, n0, z, false);
          const large = wilsonBounds(k * x, k * n0, z, false);
          expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
          const smallCc = wilsonBounds(x, n0, z, true);
          const largeCc = wilsonBounds(k * x, k * n0, z, true);
          expect(largeCc.upper - largeCc.lower).toBeLessThanOrEqual(smallCc.upper - smallCc.lower);
          // and the published four-place bounds never widen
          const a = wilsonInterval(x, n0, { confidence: c });
          const b = wilsonInterval(k * x, k * n0, { confidence: c });
          expect(b.upper - b.lower).toBeLessThanOrEqual(a.upper - a.lower + 1e-12);
        },
      ),
    );
  });

  it('moves up with the number of successes at fixed n', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 2000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constant(n))),
        confidence,
        fc.boolean(),
        ([x, n], c, cc) => {
          const z = twoSidedZ(c);
          const a = wilsonBounds(x, n, z, cc);
          const b = wilsonBounds(x + 1, n, z, cc);
          expect(b.lower).toBeGreaterThanOrEqual(a.lower);
          expect(b.upper).toBeGreaterThanOrEqual(a.upper);
        },
      ),
    );
  });

  it('widens with the confidence level, and the continuity correction only widens it', () => {
    fc.assert(
      fc.property(trials, confidence, confidence, ([x, n], c1, c2) => {
        const [lo, hi] = c1 < c2 ? [c1, c2] : [c2, c1];
        const narrow = wilsonBounds(x, n, twoSidedZ(lo), false);
        const wide = wilsonBounds(x, n, twoSidedZ(hi), false);
        // Up to ROUNDING_NOISE: two levels a few ulps apart move the true bound by ~1e-17, less
        // than the rounding error of the formula (a few ulps), so the computed bounds may swap
        // by one ulp (the example below: upper 0.9998964821482258 at the higher level, …259 at
        // the lower one). Before the allowance about one generated case in 10,000–20,000 failed.
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower + ROUNDING_NOISE);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - ROUNDING_NOISE);
        const corrected = wilsonBounds(x, n, twoSidedZ(hi), true);
        expect(corrected.lower).toBeLessThanOrEqual(wide.lower);
        expect(corrected.upper).toBeGreaterThanOrEqual(wide.upper);
      }),
      { examples: [[[4197, 4200], 0.9998999999999973, 0.9998999999999985]] },
    );
  });
});
