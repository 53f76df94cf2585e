/**
 * Issue 14, forecasts: a running total never falls, so with no year in progress the last ended
 * year's running total is a floor for the final-year forecast of a `cumulative` count.
 */
import { describe, expect, it } from 'vitest';
import type { Actual, Indicator } from '../../src/index.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';

/** 2021–2025 ended, 2026 (the final year) not yet, and no data for it. */
const MID_2026 = { asOf: '2026-07-01' } as const;

const count = (
  aggregation: 'cumulative' | 'annual',
  direction: 'at-least' | 'at-most',
  final: number,
): Indicator => ({
  id: 'n',
  label: 'count',
  kind: 'numeric',
  direction,
  aggregation,
  targets: { 2021: 0, 2022: 0, 2023: 0, 2024: 0, 2025: 0, 2026: final },
});

/** One value per year from 2021 on. */
const values = (...yearly: number[]): Actual[] =>
  yearly.map((value, i) => ({ indicatorId: 'n', year: 2021 + i, value }));

describe('issue 14, forecasts: a running total is a floor', () => {
  it('raises a trend below the last running total to it (at-least: now met)', () => {
    // Running totals 0, 0, 0, 0, 10: the line gives 8 for 2026, below the 10 already counted.
    const r = evaluateIndicator(
      count('cumulative', 'at-least', 10),
      values(0, 0, 0, 0, 10),
      MID_2026,
    );
    expect(r.years.map((y) => y.actual)).toEqual([0, 0, 0, 0, 10, null]);
    expect(r.forecast).toMatchObject({
      method: 'least-squares',
      value: 10,
      target: 10,
      achievementRatio: 1,
      meetsTarget: true,
      slope: 2,
      trendYears: [2021, 2022, 2023, 2024, 2025],
      partialYear: null,
    });
    expect(r.forecast.description).toBe(
      'Ordinary least-squares line through 2021–2025 (5 points), extended to 2026 (8); ' +
        '2025 ended with a running total of 10, a floor for 2026 (a running total cannot ' +
        'fall): the forecast is raised to it',
    );
    expect(r.explanation).toContain('forecast for 2026: 10 (ratio 1)');
  });

  it('at-most: the floor can make the forecast miss', () => {
    const r = evaluateIndicator(
      count('cumulative', 'at-most', 9),
      values(0, 0, 0, 0, 10),
      MID_2026,
    );
    expect(r.forecast).toMatchObject({ method: 'least-squares', value: 10, meetsTarget: false });
  });

  it('keeps a trend above the last running total, and says nothing of a floor', () => {
    const r = evaluateIndicator(count('cumulative', 'at-least', 60), values(10, 10, 10), MID_2026);
    // Running totals 10, 20, 30 → 60 in 2026.
    expect(r.forecast).toMatchObject({ method: 'least-squares', value: 60, meetsTarget: true });
    expect(r.forecast.description).not.toContain('floor');
  });

  it('an annual count is no running total: its trend is not raised', () => {
    const r = evaluateIndicator(count('annual', 'at-least', 10), values(0, 0, 0, 0, 10), MID_2026);
    expect(r.forecast).toMatchObject({ method: 'least-squares', value: 8, meetsTarget: false });
    expect(r.forecast.description).not.toContain('floor');
  });
});
