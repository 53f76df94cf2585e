import { describe, expect, it } from 'vitest';
import { byWarningOrder, compareToTarget, round4 } from '../../src/indicators/compareToTarget.js';

describe('compareToTarget', () => {
  it('at-least: ratio actual ÷ target; target ≤ 0 gives 1 or 0', () => {
    expect(compareToTarget('at-least', 45, 50)).toEqual({ met: false, ratio: 0.9, variance: -5 });
    expect(compareToTarget('at-least', 0, 0)).toEqual({ met: true, ratio: 1, variance: 0 });
    expect(compareToTarget('at-least', -2, -1)).toEqual({ met: false, ratio: 0, variance: -1 });
  });

  it('at-most: 1 within the limit, target ÷ actual above, 0 above a zero limit', () => {
    expect(compareToTarget('at-most', 0, 1)).toEqual({ met: true, ratio: 1, variance: -1 });
    expect(compareToTarget('at-most', 4, 1)).toEqual({ met: false, ratio: 0.25, variance: 3 });
    expect(compareToTarget('at-most', 4, 0)).toEqual({ met: false, ratio: 0, variance: 4 });
  });

  it('between: 1 inside, proportional outside, 0 when a bound is not positive', () => {
    expect(compareToTarget('between', 3, { min: 2, max: 4 }).ratio).toBe(1);
    expect(compareToTarget('between', 1, { min: 2, max: 4 })).toEqual({
      met: false,
      ratio: 0.5,
      variance: -1,
    });
    expect(compareToTarget('between', 8, { min: 2, max: 4 })).toEqual({
      met: false,
      ratio: 0.5,
      variance: 4,
    });
    expect(compareToTarget('between', -1, { min: 0, max: 4 }).ratio).toBe(0);
    expect(compareToTarget('between', 1, { min: -3, max: -2 }).ratio).toBe(0);
  });

  it('exactly: tolerance and zero targets', () => {
    expect(compareToTarget('exactly', 9, 10, { tolerance: 1 })).toEqual({
      met: true,
      ratio: 0.9,
      variance: -1,
    });
    expect(compareToTarget('exactly', 12, 10).ratio).toBeCloseTo(0.8);
    expect(compareToTarget('exactly', 30, 10).ratio).toBe(0);
    expect(compareToTarget('exactly', 1, 0)).toEqual({ met: false, ratio: 0, variance: 1 });
  });

  it('with a baseline: Δachieved / Δplanned, ignored when equal to the target', () => {
    expect(compareToTarget('at-least', 45, 50, { baseline: 40 }).ratio).toBe(0.5);
    expect(compareToTarget('at-most', 3, 1, { baseline: 5 }).ratio).toBe(0.5);
    expect(compareToTarget('at-least', 45, 50, { baseline: 50 }).ratio).toBe(0.9);
  });

  it('rounds to 4 places without -0, NaN or Infinity', () => {
    expect(round4(2 / 3)).toBe(0.6667);
    expect(Object.is(round4(-0.00001), 0)).toBe(true);
    expect(round4(Number.NaN)).toBe(0);
    expect(round4(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('orders warnings by indicator, year, code and message', () => {
    const w = (indicatorId: string, year: number, code: string, message = '') => ({
      indicatorId,
      year,
      code,
      message,
    });
    const list = [
      w('b', 1, 'x'),
      w('a', 2, 'x'),
      w('a', 1, 'y'),
      w('a', 1, 'x', 'm2'),
      w('a', 1, 'x', 'm1'),
      w('a', 1, 'x', 'm1'),
    ];
    expect(
      list.sort(byWarningOrder).map((x) => `${x.indicatorId}${x.year}${x.code}${x.message}`),
    ).toEqual(['a1xm1', 'a1xm1', 'a1xm2', 'a1y', 'a2x', 'b1x']);
  });
});
