/**
 * Worked example: the seed 001 action plan (2016–2020) evaluated on 15 January 2020 against the
 * illustrative actuals of examples/data/seed001-actuals.ts. Every expected figure below is worked
 * out by hand from the targets and the actuals, not copied from the library's output.
 */
import { describe, expect, it } from 'vitest';
import { seed001Actuals, seed001AsOf } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import type { IndicatorEvaluation } from '../../src/index.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';

const evaluation = evaluatePlan(seed001Plan, seed001Actuals, { asOf: seed001AsOf });
const byId = (id: string) =>
  evaluation.indicators.find((i) => i.indicatorId === id) as IndicatorEvaluation;
const year = (id: string, y: number) => byId(id).years.find((e) => e.year === y);

describe('conformance: seed 001 plan on 2020-01-15', () => {
  it('evaluates all 18 indicators over five years; 2020 is not due yet', () => {
    expect(evaluation.indicators).toHaveLength(18);
    for (const indicator of evaluation.indicators) {
      expect(indicator.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
      expect(indicator.years[4]?.status).toBe('not-due');
    }
  });

  it('counts the years missed, by hand', () => {
    // Actual below target (or above the limit), year by year:
    const missed = [
      '1.1.2/2017', // 1 < 2
      '1.1.2/2019', // 2 < 3
      '1.2.1/2018', // 51 < 54
      '1.2.2/2018', // 7 < 8
      '1.2.3/2019', // 11 < 12
      '2.1.1/2016', // 50 < 52
      '2.2.2/2017', // 57 < 58
      '2.3.2/2018', // no QMS revision
      '2.3.4/2018', // 2 discrepancies > 1
      '2.3.5/2017', // 2 internships without a mentor
      '3.2.1/2018', // 7 publicities < 7 internships + 1 annual event
      '3.2.2/2016', // 2 new partners < 3 events
    ];
    const notMet = evaluation.indicators.flatMap((i) =>
      i.years.filter((y) => y.status === 'not-met').map((y) => `${i.indicatorId}/${y.year}`),
    );
    expect(notMet).toEqual(missed);
    expect(evaluation.summary.byYearStatus).toEqual({
      met: 18 * 4 - missed.length - 3 - 1,
      'not-met': missed.length,
      inconclusive: 3, // 2.3.3 in 2016–2018
      'no-data': 1, // 2.2.2 in 2019
      'not-due': 18,
    });
  });

  it('shows ratio and variance of a missed count: 51 students against 54', () => {
    expect(year('1.2.1', 2018)).toMatchObject({
      target: 54,
      actual: 51,
      status: 'not-met',
      achievementRatio: Math.round((51 / 54) * 1e4) / 1e4,
      variance: -3,
    });
  });

  it('keeps the latest reading of agreements in force (7 in December, not 6 in June)', () => {
    expect(year('1.1.1', 2016)).toMatchObject({ actual: 7, status: 'met' });
  });

  it('judges satisfaction with the interval: 46 of 49 (93.9%) is inconclusive against 85%', () => {
    const y2016 = year('2.3.3', 2016);
    expect(y2016?.status).toBe('inconclusive');
    expect(y2016?.satisfaction?.pointVerdict).toBe('met');
    expect(year('2.3.3', 2019)?.status).toBe('met'); // 78 of 80, interval from 91.3% > 89%
  });

  it('judges the limit, the per-unit minimum and the event-driven target', () => {
    expect(year('2.3.4', 2018)).toMatchObject({ actual: 2, required: 1, achievementRatio: 0.5 });
    expect(year('2.3.5', 2017)).toMatchObject({
      actual: Math.round((50 / 52) * 1e4) / 1e4,
      status: 'not-met',
    });
    expect(year('3.2.1', 2018)).toMatchObject({ required: 8, actual: 7, achievementRatio: 0.875 });
    expect(year('3.1.1', 2020)).toMatchObject({
      judgedAs: 'milestone',
      target: 'AEHT conference in LT',
    });
  });

  it('rolls up objective 2.2 (OLS) as at risk: (1 + 57/58 + 1 + 0) / 4', () => {
    const objective = evaluation.objectives.find((o) => o.id === '2.2');
    expect(objective?.weightedScore).toBe(Math.round(((2 + 57 / 58) / 4) * 1e4) / 1e4);
    expect(objective?.shareMet).toBe(0.5);
    expect(objective?.status).toBe('at-risk');
  });

  it('achieves 3.1.1 once the 2020 AEHT conference is held', () => {
    const after = evaluatePlan(
      seed001Plan,
      [
        ...seed001Actuals,
        { indicatorId: '3.1.1', year: 2020, milestone: { done: true, date: '2020-10-15' } },
      ],
      { asOf: '2021-01-01' },
    );
    const aeht = after.indicators.find((i) => i.indicatorId === '3.1.1');
    expect(aeht?.status).toBe('achieved');
    expect(after.summary.byYearStatus['not-due']).toBe(0);
  });
});
