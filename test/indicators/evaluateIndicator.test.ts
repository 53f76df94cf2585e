import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Actual, Indicator, IndicatorEvaluation } from '../../src/index.js';
import {
  evaluateIndicator,
  safeEvaluateIndicator,
} from '../../src/indicators/evaluateIndicator.js';

const YEARS = ['2016', '2017', '2018', '2019', '2020'];
const row = <T>(...values: T[]) =>
  Object.fromEntries(values.map((v, i) => [YEARS[i] as string, v])) as Record<string, T>;

const counts = (targets: Record<string, number>, extra: Partial<Indicator> = {}): Indicator =>
  ({
    id: 'n',
    label: 'count',
    kind: 'numeric',
    direction: 'at-least',
    aggregation: 'annual',
    targets,
    ...extra,
  }) as Indicator;

const values = (id: string, ...yearly: (number | null)[]): Actual[] =>
  yearly.flatMap((value, i) =>
    value === null ? [] : [{ indicatorId: id, year: 2016 + i, value }],
  );

const statuses = (r: IndicatorEvaluation) => r.years.map((y) => y.status);
const END_2018 = { asOf: '2018-12-31' } as const;

/** Wilson lower bound, 95% (z = 1.959964), computed here independently of the library. */
function wilsonLower(k: number, n: number): number {
  const z = 1.959963984540054;
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre - half) / (1 + (z * z) / n);
}

describe('numeric indicators', () => {
  it('judges annual and cumulative targets differently on the same numbers', () => {
    const targets = { 2016: 10, 2017: 20, 2018: 30 };
    const actuals = values('n', 10, 10, 10);
    const annual = evaluateIndicator(counts(targets), actuals, END_2018);
    const cumulative = evaluateIndicator(
      counts(targets, { aggregation: 'cumulative' }),
      actuals,
      END_2018,
    );
    expect(statuses(annual)).toEqual(['met', 'not-met', 'not-met']);
    expect(annual.years.map((y) => y.actual)).toEqual([10, 10, 10]);
    expect(annual.years[1]?.achievementRatio).toBe(0.5);
    expect(annual.years[2]?.variance).toBe(-20);
    expect(annual.status).not.toBe('achieved');
    expect(statuses(cumulative)).toEqual(['met', 'met', 'met']);
    expect(cumulative.years.map((y) => y.actual)).toEqual([10, 20, 30]);
    expect(cumulative.years[2]?.targetText).toBe('at least 30 in total so far');
    expect(cumulative.status).toBe('achieved');
  });

  it('gives a due year without data "no-data" (score 0) and a future year "not-due"', () => {
    const r = evaluateIndicator(counts(row(46, 50, 54, 58, 60)), values('n', 48, null), {
      asOf: '2018-03-01',
    });
    expect(statuses(r)).toEqual(['met', 'no-data', 'not-due', 'not-due', 'not-due']);
    expect(r.years[1]).toMatchObject({ actual: null, achievementRatio: null, score: 0 });
    expect(r.years[2]).toMatchObject({ due: false, dueDate: '2018-12-31', score: null });
    expect(r.dueYears).toBe(2);
    expect(r.score).toBe(0.5);
    expect(r.status).toBe('at-risk');
  });

  it('calls an at-least count met before its year ends, but not a latest reading', () => {
    const early = evaluateIndicator(counts({ 2018: 5 }), values('n', null, null, 6), {
      asOf: '2018-06-30',
    });
    expect(early.years[0]?.status).toBe('met');
    expect(early.status).toBe('achieved');
    const below = evaluateIndicator(counts({ 2018: 5 }), values('n', null, null, 4), {
      asOf: '2018-06-30',
    });
    expect(below.years[0]).toMatchObject({ status: 'not-due', actual: 4, score: null });
    const latest = evaluateIndicator(
      counts({ 2018: 5 }, { aggregation: 'latest' }),
      values('n', null, null, 6),
      { asOf: '2018-06-30' },
    );
    expect(latest.years[0]?.status).toBe('not-due');
  });

  it('keeps the latest reading of a year for "latest" indicators, whatever the order', () => {
    const indicator = counts({ 2017: 5 }, { aggregation: 'latest' });
    const readings: Actual[] = [
      { indicatorId: 'n', year: 2017, value: 9, date: '2017-03-01' },
      { indicatorId: 'n', year: 2017, value: 4, date: '2017-11-30' },
    ];
    for (const list of [readings, [...readings].reverse()]) {
      const r = evaluateIndicator(indicator, list, END_2018);
      expect(r.years[0]).toMatchObject({ actual: 4, status: 'not-met' });
    }
    // An undated reading counts as taken on the year's last day; ties keep the larger value.
    const undated = evaluateIndicator(
      indicator,
      [...readings, { indicatorId: 'n', year: 2017, value: 6 }],
      END_2018,
    );
    expect(undated.years[0]?.actual).toBe(6);
    const tie = evaluateIndicator(
      indicator,
      [
        { indicatorId: 'n', year: 2017, value: 3, date: '2017-12-31' },
        { indicatorId: 'n', year: 2017, value: 7 },
      ],
      END_2018,
    );
    expect(tie.years[0]?.actual).toBe(7);
  });

  it('adds several annual readings of the same year', () => {
    const r = evaluateIndicator(
      counts({ 2017: 10 }),
      [...values('n', null, 4), ...values('n', null, 7)],
      END_2018,
    );
    expect(r.years[0]).toMatchObject({ actual: 11, status: 'met', variance: 1 });
  });

  it('judges at-most, between and exactly targets', () => {
    const atMost = evaluateIndicator(
      counts({ 2016: 4, 2017: 4, 2018: 0 }, { direction: 'at-most' }),
      values('n', 3, 8, 2),
      END_2018,
    );
    expect(statuses(atMost)).toEqual(['met', 'not-met', 'not-met']);
    expect(atMost.years.map((y) => y.achievementRatio)).toEqual([1, 0.5, 0]);
    expect(atMost.years.map((y) => y.variance)).toEqual([-1, 4, 2]);

    const between = evaluateIndicator(
      counts(
        { 2016: { min: 4, max: 6 }, 2017: { min: 4, max: 6 }, 2018: { min: 4, max: 6 } } as never,
        {
          direction: 'between',
        },
      ),
      values('n', 5, 2, 12),
      END_2018,
    );
    expect(statuses(between)).toEqual(['met', 'not-met', 'not-met']);
    expect(between.years.map((y) => y.achievementRatio)).toEqual([1, 0.5, 0.5]);
    expect(between.years.map((y) => y.variance)).toEqual([0, -2, 6]);
    expect(between.years[0]?.targetText).toBe('between 4 and 6');
    expect(between.forecast.method).toBe('none');

    const exactly = evaluateIndicator(
      counts({ 2016: 10, 2017: 10, 2018: 0 }, { direction: 'exactly', tolerance: 1 }),
      values('n', 11, 7, 0),
      END_2018,
    );
    expect(statuses(exactly)).toEqual(['met', 'not-met', 'met']);
    expect(exactly.years.map((y) => y.achievementRatio)).toEqual([0.9, 0.7, 1]);
    expect(exactly.years[0]?.targetText).toBe('exactly 10 ± 1');
  });

  it('measures progress from a baseline (Δachieved / Δplanned)', () => {
    const up = evaluateIndicator(
      counts({ 2016: 50 }, { baseline: { year: 2015, value: 40 } }),
      values('n', 45),
      END_2018,
    );
    expect(up.years[0]).toMatchObject({ achievementRatio: 0.5, status: 'not-met', score: 0.5 });
    const down = evaluateIndicator(
      {
        id: 'n',
        label: 'limit',
        kind: 'limit',
        targets: { 2016: 1 },
        baseline: { year: 2015, value: 5 },
      },
      values('n', 3),
      END_2018,
    );
    expect(down.years[0]).toMatchObject({ achievementRatio: 0.5, status: 'not-met' });
  });

  it('never yields NaN or Infinity, even with zero targets', () => {
    const r = evaluateIndicator(counts({ 2016: 0, 2017: 0 }), values('n', 0, 5), END_2018);
    for (const y of r.years) {
      expect(Number.isFinite(y.achievementRatio)).toBe(true);
      expect(Number.isFinite(y.variance)).toBe(true);
    }
    expect(r.years.map((y) => y.achievementRatio)).toEqual([1, 1]);
  });
});

describe('percentage thresholds', () => {
  const satisfaction: Indicator = {
    id: 'p',
    label: 'satisfied',
    kind: 'percentage',
    direction: 'at-least',
    targets: { 2016: '85%', 2017: 0.85, 2018: '85%' },
  };

  it('is inconclusive when met on the point estimate only (18 of 20 against 85%)', () => {
    const r = evaluateIndicator(
      satisfaction,
      [{ indicatorId: 'p', year: 2016, survey: { satisfied: 18, responses: 20 } }],
      END_2018,
    );
    const year = r.years[0];
    expect(year?.status).toBe('inconclusive');
    expect(year?.satisfaction?.pointVerdict).toBe('met');
    expect(year?.actual).toBe(0.9);
    expect(year?.achievementRatio).toBe(Math.round((0.9 / 0.85) * 10_000) / 10_000);
    // Credit at the pessimistic end of the interval: lower bound ÷ target.
    expect(year?.score).toBeCloseTo(wilsonLower(18, 20) / 0.85, 3);
    expect(year?.score).toBeLessThan(1);
  });

  it('is met with enough evidence and not met when the interval is below', () => {
    const r = evaluateIndicator(
      satisfaction,
      [
        { indicatorId: 'p', year: 2016, survey: { satisfied: 200, responses: 220 } },
        { indicatorId: 'p', year: 2017, survey: { satisfied: 10, responses: 40 } },
        { indicatorId: 'p', year: 2018, survey: { satisfied: 4, responses: 5 } },
      ],
      END_2018,
    );
    expect(statuses(r)).toEqual(['met', 'not-met', 'inconclusive']);
    expect(r.years[2]?.satisfaction?.verdict).toBe('insufficient-data');
  });

  it('adds several surveys of the same year', () => {
    const r = evaluateIndicator(
      satisfaction,
      [
        { indicatorId: 'p', year: 2016, survey: { satisfied: 100, responses: 110, invited: 120 } },
        { indicatorId: 'p', year: 2016, survey: { satisfied: 100, responses: 110, invited: 130 } },
      ],
      END_2018,
    );
    expect(r.years[0]?.satisfaction).toMatchObject({
      satisfied: 200,
      responses: 220,
      invited: 250,
    });
    expect(r.years[0]?.status).toBe('met');
  });

  it('judges a bare share on the point estimate, with a warning', () => {
    const r = evaluateIndicator(
      satisfaction,
      [{ indicatorId: 'p', year: 2016, value: 0.9 }],
      END_2018,
    );
    expect(r.years[0]).toMatchObject({ status: 'met', actual: 0.9 });
    expect(r.warnings.map((w) => w.code)).toEqual(['point-estimate-only']);
  });

  it('handles "at most" shares and surveys without answers', () => {
    const complaints: Indicator = {
      id: 'c',
      label: 'complaining',
      kind: 'percentage',
      direction: 'at-most',
      minResponses: 5,
      confidence: 0.9,
      targets: { 2016: 0.1, 2017: 0.1 },
    };
    const r = evaluateIndicator(
      complaints,
      [
        { indicatorId: 'c', year: 2016, survey: { satisfied: 1, responses: 100 } },
        { indicatorId: 'c', year: 2017, survey: { satisfied: 0, responses: 0 } },
      ],
      END_2018,
    );
    expect(r.years[0]?.status).toBe('met');
    expect(r.years[0]?.satisfaction?.interval?.confidence).toBe(0.9);
    expect(r.years[1]).toMatchObject({ status: 'inconclusive', actual: null, score: 0 });
  });
});

describe('frequency, limit, per-unit, event-driven and milestone indicators', () => {
  it('counts occurrences or takes a count for frequencies', () => {
    const r = evaluateIndicator(
      { id: 'f', label: 'QMS analysis', kind: 'frequency', targets: { 2016: 1, 2017: 2 } },
      [
        { indicatorId: 'f', year: 2016, occurrences: ['2016-06-20'] },
        { indicatorId: 'f', year: 2017, value: 1 },
      ],
      END_2018,
    );
    expect(statuses(r)).toEqual(['met', 'not-met']);
    expect(r.years.map((y) => y.targetText)).toEqual(['at least 1 time', 'at least 2 times']);
  });

  it('judges limits at most, never early', () => {
    const limit: Indicator = {
      id: 'l',
      label: 'discrepancies',
      kind: 'limit',
      targets: row(1, 1, 1),
    };
    const r = evaluateIndicator(limit, values('l', 0, 2, 0), { asOf: '2018-06-30' });
    expect(statuses(r)).toEqual(['met', 'not-met', 'not-due']);
    expect(r.direction).toBe('at-most');
    expect(r.years[1]).toMatchObject({ achievementRatio: 0.5, variance: 1 });
  });

  it('divides amounts by units, and any unit short fails the year', () => {
    const mentors: Indicator = {
      id: 'u',
      label: 'mentors',
      kind: 'per-unit',
      per: 'internship',
      direction: 'at-least',
      targets: row(1, 1, 1),
    };
    const r = evaluateIndicator(
      mentors,
      [
        { indicatorId: 'u', year: 2016, perUnit: { amount: 12, units: 10 } },
        { indicatorId: 'u', year: 2017, perUnit: { amount: 12, units: 10, unitsShort: 1 } },
        { indicatorId: 'u', year: 2018, perUnit: { amount: 0, units: 0 } },
      ],
      END_2018,
    );
    expect(statuses(r)).toEqual(['met', 'not-met', 'no-data']);
    expect(r.years[0]).toMatchObject({ actual: 1.2, achievementRatio: 1.2 });
    expect(r.years[1]?.explanation).toContain('1 short');
  });

  it('requires target × events + extraPerYear responses', () => {
    const publicity: Indicator = {
      id: 'e',
      label: 'publicity',
      kind: 'event-driven',
      event: 'internship',
      extraPerYear: 1,
      targets: row(1, 1, 1),
    };
    const r = evaluateIndicator(
      publicity,
      [
        { indicatorId: 'e', year: 2016, events: { events: 6, responses: 7 } },
        { indicatorId: 'e', year: 2017, events: { events: 6, responses: 6 } },
      ],
      END_2018,
    );
    expect(statuses(r)).toEqual(['met', 'not-met', 'no-data']);
    expect(r.years.map((y) => y.required)).toEqual([7, 7, 1]);
    expect(r.years[1]?.achievementRatio).toBe(Math.round((6 / 7) * 10_000) / 10_000);
  });

  it('judges milestones done or not, and a done milestone before its year ends', () => {
    const aeht = counts({ 2016: 4, 2017: 4 }, { milestones: { 2018: 'AEHT conference in LT' } });
    const done = evaluateIndicator(
      aeht,
      [
        ...values('n', 4, 5),
        {
          indicatorId: 'n',
          year: 2018,
          milestone: { done: true, date: '2018-10-20', evidence: 'b' },
        },
        { indicatorId: 'n', year: 2018, milestone: { done: false, evidence: 'a' } },
      ],
      { asOf: '2018-11-01' },
    );
    expect(statuses(done)).toEqual(['met', 'met', 'met']);
    expect(done.years[2]).toMatchObject({
      judgedAs: 'milestone',
      target: 'AEHT conference in LT',
      targetText: 'milestone: AEHT conference in LT',
      actual: 1,
      variance: null,
      milestone: { done: true, date: '2018-10-20', evidence: 'a; b' },
    });
    expect(done.status).toBe('achieved');
    const missed = evaluateIndicator(
      { id: 'm', label: 'm', kind: 'milestone', milestones: { 2016: 'x', 2017: 'y' } },
      [{ indicatorId: 'm', year: 2016, milestone: { done: false } }],
      END_2018,
    );
    expect(statuses(missed)).toEqual(['not-met', 'no-data']);
    expect(missed.status).toBe('off-track');
    expect(missed.forecast.method).toBe('none');
  });
});

describe('overall status and forecast', () => {
  it('lowers the status when the least-squares trend misses the final target', () => {
    const r = evaluateIndicator(counts(row(46, 50, 54, 58, 60)), values('n', 48, 47), {
      asOf: '2018-03-01',
    });
    expect(r.score).toBe(0.97);
    expect(r.forecast).toMatchObject({
      method: 'least-squares',
      year: 2020,
      value: 44,
      slope: -1,
      points: 2,
      target: 60,
      meetsTarget: false,
    });
    expect(r.forecast.achievementRatio).toBe(Math.round((44 / 60) * 10_000) / 10_000);
    expect(r.status).toBe('at-risk');
  });

  it('fits the least-squares line independently of the library', () => {
    const ys = [48, 52, 51];
    const r = evaluateIndicator(counts(row(46, 50, 54, 58, 60)), values('n', ...ys), {
      asOf: '2019-01-01',
    });
    const xs = [2016, 2017, 2018];
    const mx = xs.reduce((a, b) => a + b) / 3;
    const my = ys.reduce((a, b) => a + b) / 3;
    const slope =
      xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) /
      xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(r.forecast.slope).toBeCloseTo(slope, 4);
    expect(r.forecast.value).toBeCloseTo(my + slope * (2020 - mx), 4);
    expect(r.forecast.description).toContain('2016–2018 (3 points)');
  });

  it('carries a single value flat, and makes no forecast without data or once judged', () => {
    const one = evaluateIndicator(counts(row(46, 50)), values('n', 48), { asOf: '2017-01-01' });
    expect(one.forecast).toMatchObject({
      method: 'last-value',
      value: 48,
      slope: null,
      meetsTarget: false,
    });
    const nothing = evaluateIndicator(counts(row(46, 50)), [], { asOf: '2015-01-01' });
    expect(nothing.forecast.method).toBe('none');
    expect(nothing.status).toBe('on-track');
    expect(nothing.score).toBeNull();
    const judged = evaluateIndicator(counts(row(46, 50)), values('n', 48, 49), END_2018);
    expect(judged.forecast).toMatchObject({ method: 'none', value: null, target: 50 });
  });

  it('clamps forecasts: counts at 0, shares at 1', () => {
    const falling = evaluateIndicator(counts(row(1, 1, 1, 1, 1)), values('n', 10, 5, 0), {
      asOf: '2019-01-01',
    });
    expect(falling.forecast.value).toBe(0);
    const rising = evaluateIndicator(
      {
        id: 'p',
        label: 's',
        kind: 'percentage',
        direction: 'at-least',
        targets: row(0.5, 0.5, 0.5, 0.5, 0.5),
      },
      [0.5, 0.8, 0.99].map((value, i) => ({ indicatorId: 'p', year: 2016 + i, value })),
      { asOf: '2019-01-01' },
    );
    expect(rising.forecast.value).toBe(1);
  });

  it('bands performance: on track, at risk, off track; a finished plan short of target is at best at risk', () => {
    const targets = { 2016: 10, 2017: 10 };
    const band = (a: number, b: number) =>
      evaluateIndicator(counts(targets), values('n', a, b), END_2018).status;
    expect(band(10, 10)).toBe('achieved');
    expect(band(10, 9)).toBe('at-risk'); // score 0.95, but the plan is over
    expect(band(10, 2)).toBe('at-risk'); // 0.6
    expect(band(2, 2)).toBe('off-track'); // 0.2
    const running = (a: number) =>
      evaluateIndicator(counts({ ...targets, 2020: 10 }), values('n', a, a), END_2018).status;
    expect(running(9)).toBe('on-track'); // 0.9, flat trend 9 → ratio 0.9
    expect(running(6)).toBe('at-risk');
    expect(running(4)).toBe('off-track');
  });

  it('accepts RAG cut-offs, school years and explains itself', () => {
    const r = evaluateIndicator(counts({ 2016: 10, 2017: 10, 2020: 10 }), values('n', 9, 9), {
      asOf: '2018-09-01',
      yearEnd: '08-31',
      yearLabel: 'start',
      rag: { onTrack: 0.95, atRisk: 0.9 },
    });
    expect(r.years.map((y) => y.dueDate)).toEqual(['2017-08-31', '2018-08-31', '2021-08-31']);
    expect(r.status).toBe('at-risk');
    expect(r.explanation).toContain('0.95 (on track)');
  });

  it('achieves a cumulative or latest indicator on its final year', () => {
    const r = evaluateIndicator(
      counts({ 2016: 5, 2017: 10 }, { aggregation: 'latest' }),
      values('n', 3, 10),
      END_2018,
    );
    expect(statuses(r)).toEqual(['not-met', 'met']);
    expect(r.status).toBe('achieved');
    expect(r.explanation).toContain('final year 2017');
  });
});

describe('bad input', () => {
  const limit: Indicator = { id: 'l', label: 'discrepancies', kind: 'limit', targets: { 2016: 1 } };

  it('rejects an actual of the wrong kind with its path', () => {
    const call = () =>
      evaluateIndicator(
        limit,
        [{ indicatorId: 'l', year: 2016, survey: { satisfied: 1, responses: 2 } }],
        END_2018,
      );
    expect(call).toThrow(InputError);
    try {
      call();
    } catch (error) {
      expect((error as InputError).issues[0]?.path).toEqual(['actuals', 0, 'survey']);
    }
    const safe = safeEvaluateIndicator(
      limit,
      [{ indicatorId: 'l', year: 2016, events: { events: 1, responses: 1 } }],
      END_2018,
    );
    expect(safe.success).toBe(false);
  });

  it('rejects malformed actuals with their index', () => {
    const result = safeEvaluateIndicator(
      limit,
      [{ indicatorId: 'l', year: 2016 }] as never,
      END_2018,
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['actuals', 0]);
    expect(safeEvaluateIndicator(limit, 'none' as never, END_2018).success).toBe(false);
  });

  it('rejects malformed values for frequencies and percentages', () => {
    const freq: Indicator = { id: 'f', label: 'f', kind: 'frequency', targets: { 2016: 1 } };
    expect(() =>
      evaluateIndicator(freq, [{ indicatorId: 'f', year: 2016, value: 1.5 }], END_2018),
    ).toThrow(/whole number/);
    const pct: Indicator = {
      id: 'p',
      label: 'p',
      kind: 'percentage',
      direction: 'at-least',
      targets: { 2016: 0.85 },
    };
    expect(() =>
      evaluateIndicator(pct, [{ indicatorId: 'p', year: 2016, value: 85 }], END_2018),
    ).toThrow(/between 0 and 1/);
    expect(() =>
      evaluateIndicator(
        pct,
        [
          { indicatorId: 'p', year: 2016, value: 0.9 },
          { indicatorId: 'p', year: 2016, survey: { satisfied: 1, responses: 2 } },
        ],
        END_2018,
      ),
    ).toThrow(/bare share/);
  });

  it('rejects targets of the wrong kind', () => {
    const bad = [
      { ...limit, kind: 'numeric', direction: 'between', aggregation: 'annual' },
      {
        ...limit,
        kind: 'numeric',
        direction: 'at-least',
        aggregation: 'annual',
        targets: { 2016: { min: 1, max: 2 } },
      },
      { id: 'p', label: 'p', kind: 'percentage', direction: 'at-least', targets: { 2016: 85 } },
      { id: 'f', label: 'f', kind: 'frequency', targets: { 2016: 'once' } },
      { id: 'm', label: 'm', kind: 'milestone', milestones: {} },
      { ...limit, milestones: { 2016: 'x' } },
      { ...limit, targets: { 16: 1 } },
      { ...limit, kind: 'numeric', direction: 'at-least', aggregation: 'annual', tolerance: 1 },
      {
        ...limit,
        kind: 'numeric',
        direction: 'at-least',
        aggregation: 'cumulative',
        baseline: { year: 2015, value: 1 },
      },
    ];
    for (const indicator of bad) {
      const result = safeEvaluateIndicator(indicator as never, [], END_2018);
      expect(result.success, JSON.stringify(indicator)).toBe(false);
    }
  });

  it('rejects bad options: asOf missing or not a date, 29 February, inverted RAG', () => {
    for (const options of [
      {},
      { asOf: '2019-02-30' },
      { asOf: '2019-12-31', yearEnd: '02-29' },
      { asOf: '2019-12-31', yearEnd: '13-01' },
      { asOf: '2019-12-31', yearEnd: '1231' },
      { asOf: '2019-12-31', yearEnd: '04-31' },
      { asOf: '2019-12-31', rag: { onTrack: 0.5, atRisk: 0.6 } },
    ]) {
      expect(
        safeEvaluateIndicator(limit, [], options as never).success,
        JSON.stringify(options),
      ).toBe(false);
    }
  });

  it("ignores other indicators' actuals and warns about years without a target", () => {
    const r = evaluateIndicator(
      limit,
      [
        { indicatorId: 'other', year: 2016, survey: { satisfied: 1, responses: 1 } },
        { indicatorId: 'l', year: 2019, value: 3 },
      ],
      END_2018,
    );
    expect(r.years[0]?.status).toBe('no-data');
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'year-without-target', indicatorId: 'l', year: 2019 }),
    ]);
  });

  it('warns when a running total skips a due year without data', () => {
    const r = evaluateIndicator(
      counts({ 2016: 1, 2017: 2, 2018: 3 }, { aggregation: 'cumulative' }),
      values('n', null, 2, 1),
      END_2018,
    );
    expect(statuses(r)).toEqual(['no-data', 'met', 'met']);
    expect(r.warnings.map((w) => [w.code, w.year])).toEqual([['cumulative-gap', 2017]]);
  });
});
