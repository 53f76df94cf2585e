import { describe, expect, it } from 'vitest';
import { normalQuantile, twoSidedZ, upperTail } from '../../src/satisfaction/normalQuantile.js';

// Reference quantiles produced independently with Python 3.11's standard library:
//   python3 -c "from statistics import NormalDist; print(repr(NormalDist().inv_cdf(p)))"
// (Wichura's AS241, a different algorithm from the one under test).
const QUANTILES: readonly (readonly [number, number])[] = [
  [1e-15, -7.941345326170995],
  [1e-9, -5.9978070150076865],
  [0.0001, -3.71901648545568],
  [0.001, -3.090232306167813],
  [0.01, -2.3263478740408408],
  [0.02425, -1.9729610513118845],
  [0.025, -1.9599639845400538],
  [0.05, -1.6448536269514726],
  [0.1, -1.2815515655446008],
  [0.25, -0.6744897501960817],
  [0.4, -0.2533471031357998],
  [0.5, 0],
  [0.6, 0.2533471031357998],
  [0.9, 1.2815515655446008],
  [0.95, 1.6448536269514715],
  [0.975, 1.9599639845400536],
  [0.995, 2.5758293035489],
  [0.9995, 3.2905267314919255],
  [0.999999, 4.753424308817089],
];

// Reference upper tails Q(y) = P(Z > y), from Python's C library erfc:
//   python3 -c "import math; print(repr(0.5 * math.erfc(y / math.sqrt(2))))"
const TAILS: readonly (readonly [number, number])[] = [
  [0, 0.5],
  [0.5, 0.3085375387259869],
  [1, 0.15865525393145707],
  [2, 0.02275013194817922],
  [2.999, 0.0013543365337271066],
  [3, 0.0013498980316300957],
  [4, 3.1671241833119965e-5],
  [6, 9.865876450377012e-10],
  [8, 6.220960574271819e-16],
];

describe('normalQuantile', () => {
  it.each(QUANTILES)('Φ⁻¹(%s) = %s to 1e-12 (well inside the 1e-9 target)', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(
      1e-12 * Math.max(1, Math.abs(expected)),
    );
  });

  it('is antisymmetric around ½', () => {
    for (const p of [0.001, 0.1, 0.3, 0.49]) {
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    }
  });

  it('gives the textbook two-sided critical values', () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 12);
    expect(twoSidedZ(0.9)).toBeCloseTo(1.6448536269514722, 12);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.5758293035489004, 12);
    expect(twoSidedZ(0.5)).toBeCloseTo(0.6744897501960817, 12);
  });

  it('is strictly increasing in the confidence level', () => {
    let previous = 0;
    for (let c = 0.01; c < 1; c += 0.01) {
      const z = twoSidedZ(c);
      expect(z).toBeGreaterThan(previous);
      previous = z;
    }
  });

  it('works at the extremes of the open interval', () => {
    expect(twoSidedZ(1e-12)).toBeGreaterThan(0);
    expect(twoSidedZ(1e-12)).toBeLessThan(1e-11);
    expect(Number.isFinite(twoSidedZ(1 - 2 ** -53))).toBe(true);
    expect(twoSidedZ(1 - 2 ** -53)).toBeGreaterThan(8);
  });
});

describe('upperTail', () => {
  it.each(TAILS)('Q(%s) = %s to 1e-13 relative', (y, expected) => {
    expect(Math.abs(upperTail(y) - expected)).toBeLessThan(1e-13 * expected);
  });
});
