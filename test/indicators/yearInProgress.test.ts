/**
 * Issue 14, forecasts: a year in progress (data recorded, year not ended on `asOf`) is used as
 * what it is — a floor for counts and running totals, an estimate for levels and shares, left
 * out of the trend otherwise — in the forecast, its description and the overall status.
 */
import { describe, expect, it } from 'vitest';
import type { Actual, Indicator } from '../../src/index.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';

const MID_2025 = { asOf: '2025-07-01' } as const;

const numeric = (
  targets: Record<string, number>,
  extra: Partial<Record<'direction' | 'aggregation', string>> & { tolerance?: number } = {},
): Indicator =>
  ({
    id: 'n',
    label: 'count',
    kind: 'numeric',
    direction: 'at-least',
    aggregation: 'annual',
    targets,
    ...extra,
  }) as Indicator;

const limit = (targets: Record<string, number>): Indicator => ({
  id: 'n',
  label: 'discrepancies',
  kind: 'limit',
  targets,
});

/** One value per year from `from` on; `null` skips a year. */
const values = (from: number, ...yearly: (number | null)[]): Actual[] =>
  yearly.flatMap((value, i) =>
    value === null ? [] : [{ indicatorId: 'n', year: from + i, value }],
  );

const TWO_A_YEAR = { 2023: 2, 2024: 2, 2025: 2 };

describe('issue 14, forecasts: a year in progress is used, never forecast below', () => {
  it('raises a falling trend to the count already recorded in the final year', () => {
    const r = evaluateIndicator(numeric(TWO_A_YEAR), values(2023, 1, 0, 1), MID_2025);
    expect(r.years[2]).toMatchObject({ status: 'not-due', actual: 1, due: false });
    expect(r.forecast).toMatchObject({
      method: 'year-to-date',
      year: 2025,
      value: 1,
      target: 2,
      achievementRatio: 0.5,
      meetsTarget: false,
      slope: -1,
      points: 2,
      trendYears: [2023, 2024],
      partialYear: { year: 2025, value: 1, use: 'floor' },
    });
    expect(r.forecast.description).toBe(
      'Ordinary least-squares line through 2023–2024 (2 points), extended to 2025 (0); ' +
        '2025 is in progress with 1 so far, a floor for the year (a count cannot fall within ' +
        'its year): the forecast is raised to it',
    );
    expect(r.explanation).toContain('forecast for 2025: 1 (ratio 0.5)');
    expect(r.explanation).toContain('2025 is in progress with 1 so far, a floor for the year');
    expect(r.explanation).not.toContain('forecast for 2025: 0');
  });

  it('without data for the year in progress, the trend alone (and no partial year)', () => {
    const r = evaluateIndicator(numeric(TWO_A_YEAR), values(2023, 1, 0), MID_2025);
    expect(r.forecast).toMatchObject({
      method: 'least-squares',
      value: 0,
      trendYears: [2023, 2024],
      partialYear: null,
    });
    expect(r.forecast.description).not.toContain('in progress');
  });

  it('keeps the trend when it is above the floor, and says the floor is below it', () => {
    const r = evaluateIndicator(
      numeric({ ...TWO_A_YEAR, 2025: 5 }),
      values(2023, 2, 3, 1),
      MID_2025,
    );
    expect(r.forecast).toMatchObject({
      method: 'least-squares',
      value: 4,
      partialYear: { year: 2025, value: 1, use: 'floor' },
    });
    expect(r.forecast.description).not.toContain('raised');
  });

  it('lets the overall status take the floor into account (both directions)', () => {
    const targets = { 2023: 10, 2024: 10, 2025: 10 };
    // 10 → 9: the line reaches 8 in 2025 (ratio 0.8): at risk
    const trendOnly = evaluateIndicator(numeric(targets), values(2023, 10, 9), MID_2025);
    expect(trendOnly.score).toBe(0.95);
    expect(trendOnly.status).toBe('at-risk');
    // 9.5 already recorded for 2025: the forecast cannot be below it (ratio 0.95): on track
    const withYtd = evaluateIndicator(numeric(targets), values(2023, 10, 9, 9.5), MID_2025);
    expect(withYtd.forecast).toMatchObject({ method: 'year-to-date', value: 9.5 });
    expect(withYtd.status).toBe('on-track');
    expect(withYtd.explanation).toContain('performance 0.95');
  });

  it('does not let a floor alone (no trend line) lower the status', () => {
    // 2024 met (10); 12 so far of the 20 planned for 2025 is above the one-point trend (10)
    const r = evaluateIndicator(numeric({ 2024: 10, 2025: 20 }), values(2024, 10, 12), MID_2025);
    expect(r.forecast).toMatchObject({
      method: 'year-to-date',
      value: 12,
      achievementRatio: 0.6,
      slope: null,
      partialYear: { use: 'floor' },
    });
    // "at least 12" is not a forecast of 12: the status rests on the score (1)
    expect(r.status).toBe('on-track');
    expect(r.explanation).toContain('2025 is in progress with 12 so far, a floor for the year');
    expect(r.explanation).not.toContain('forecast for 2025');
    const first = evaluateIndicator(numeric({ 2025: 10 }), values(2025, 1), MID_2025);
    expect(first.forecast).toMatchObject({ method: 'year-to-date', value: 1, trendYears: [] });
    expect(first.forecast.description).toContain(
      'No ended year with data yet; 2025 is in progress',
    );
    expect(first.status).toBe('on-track');
    expect(first.explanation).toContain('nothing is due yet; 2025 is in progress with 1 so far');
  });

  it('uses the running total so far as a floor for a later final year (cumulative)', () => {
    const targets = { 2023: 10, 2024: 20, 2025: 30, 2026: 40 };
    const cumulative = { aggregation: 'cumulative' };
    // running totals 10, 10: flat line at 10 for 2026; 2025 so far brings the total to 25
    const r = evaluateIndicator(numeric(targets, cumulative), values(2023, 10, 0, 15), MID_2025);
    expect(r.years.map((y) => y.actual)).toEqual([10, 10, 25, null]);
    expect(r.forecast).toMatchObject({
      method: 'year-to-date',
      year: 2026,
      value: 25,
      trendYears: [2023, 2024],
      partialYear: { year: 2025, value: 25, use: 'floor' },
    });
    expect(r.forecast.description).toContain('a floor for 2026 (a running total cannot fall)');
    const none = evaluateIndicator(numeric(targets, cumulative), values(2023, 10, 0), MID_2025);
    expect(none.forecast).toMatchObject({ method: 'least-squares', value: 10, partialYear: null });
  });

  it('leaves an earlier year in progress of an annual count out of the trend, even when met early', () => {
    const targets = { 2024: 5, 2025: 5, 2026: 5 };
    const r = evaluateIndicator(numeric(targets), values(2024, 4, 6), MID_2025);
    expect(r.years[1]).toMatchObject({ status: 'met', due: false });
    expect(r.forecast).toMatchObject({
      method: 'last-value',
      value: 4,
      trendYears: [2024],
      partialYear: { year: 2025, value: 6, use: 'left-out' },
    });
    expect(r.forecast.description).toContain('left out (part of a year is not a full-year point)');
    const onlyPartial = evaluateIndicator(numeric(targets), values(2025, 3), MID_2025);
    expect(onlyPartial.forecast).toMatchObject({
      method: 'none',
      partialYear: { year: 2025, value: 3, use: 'left-out' },
    });
    expect(onlyPartial.forecast.description).toContain('No forecast: no ended year with data yet');
  });

  it('takes a level or share so far as the estimate of the final year, up or down', () => {
    const latest = numeric({ 2023: 10, 2024: 10, 2025: 10 }, { aggregation: 'latest' });
    const falling = evaluateIndicator(latest, values(2023, 10, 10, 6), MID_2025);
    expect(falling.years[2]?.status).toBe('not-due');
    expect(falling.forecast).toMatchObject({
      method: 'year-to-date',
      value: 6,
      meetsTarget: false,
      slope: 0,
      partialYear: { year: 2025, value: 6, use: 'estimate' },
    });
    expect(falling.forecast.description).toContain('the estimate for the year');
    expect(falling.status).toBe('at-risk'); // performance min(1, 0.6)
    // a level above the target mid-year is not met early (it can fall), but the estimate meets
    const rising = evaluateIndicator(latest, values(2023, 8, 8, 12), MID_2025);
    expect(rising.years[2]?.status).toBe('not-due');
    expect(rising.forecast).toMatchObject({ value: 12, meetsTarget: true });
    const share: Indicator = {
      id: 'n',
      label: 'satisfied',
      kind: 'percentage',
      direction: 'at-least',
      targets: { 2025: 0.85 },
    };
    const survey = evaluateIndicator(
      share,
      [{ indicatorId: 'n', year: 2025, survey: { satisfied: 3, responses: 10 } }],
      MID_2025,
    );
    expect(survey.forecast).toMatchObject({
      method: 'year-to-date',
      value: 0.3,
      partialYear: { year: 2025, value: 0.3, use: 'estimate' },
    });
    // nothing is due, but the final year so far is far off: the estimate counts
    expect(survey.status).toBe('off-track');
    expect(survey.explanation).toContain('nothing is due yet; forecast for 2025: 0.3');
  });

  it('judges an at-most count already above its limit not met before the year ends', () => {
    const r = evaluateIndicator(limit({ 2024: 2, 2025: 2 }), values(2024, 1, 3), MID_2025);
    expect(r.years[1]).toMatchObject({ status: 'not-met', due: false, score: 0.6667 });
    expect(r.years[1]?.explanation).toBe(
      '2025: 3 against at most 2: not-met before the year ends on 2025-12-31.',
    );
    expect(r.dueYears).toBe(2);
    expect(r.forecast).toMatchObject({ method: 'none', value: null, partialYear: null });
    expect(r.forecast.description).toContain('already judged');
    expect(r.status).toBe('at-risk'); // score 0.8333, and the final year is lost
    // at the limit so far: still open; the forecast is at least the count so far
    const open = evaluateIndicator(limit({ 2024: 2, 2025: 2 }), values(2024, 1, 2), MID_2025);
    expect(open.years[1]).toMatchObject({ status: 'not-due', score: null });
    expect(open.forecast).toMatchObject({
      method: 'year-to-date',
      value: 2,
      meetsTarget: true,
      partialYear: { use: 'floor' },
    });
    expect(open.status).toBe('on-track');
  });

  it('counts an earlier at-most year already lost, for limits and numeric upper bounds', () => {
    const r = evaluateIndicator(limit({ 2024: 1, 2025: 1, 2026: 1 }), values(2024, 0, 2), MID_2025);
    expect(r.years.map((y) => y.status)).toEqual(['met', 'not-met', 'not-due']);
    expect(r.dueYears).toBe(2);
    const exactly = numeric({ 2025: 5, 2026: 5 }, { direction: 'exactly', tolerance: 1 });
    expect(evaluateIndicator(exactly, values(2025, 7), MID_2025).years[0]?.status).toBe('not-met');
    expect(evaluateIndicator(exactly, values(2025, 6), MID_2025).years[0]?.status).toBe('not-due');
    const atMost = numeric({ 2025: 5, 2026: 5 }, { direction: 'at-most' });
    expect(evaluateIndicator(atMost, values(2025, 6), MID_2025).years[0]?.status).toBe('not-met');
    expect(evaluateIndicator(atMost, values(2025, 5), MID_2025).years[0]?.status).toBe('not-due');
    // a level above its limit can still come down: not judged early
    const level = numeric({ 2025: 5, 2026: 5 }, { direction: 'at-most', aggregation: 'latest' });
    expect(evaluateIndicator(level, values(2025, 9), MID_2025).years[0]?.status).toBe('not-due');
  });
});
