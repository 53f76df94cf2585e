import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Actual, Indicator, Strategy } from '../../src/index.js';
import { evaluatePlan, safeEvaluatePlan } from '../../src/indicators/evaluatePlan.js';

const count = (id: string, targets: Record<string, number>, weight?: number): Indicator => ({
  id,
  label: `indicator ${id}`,
  kind: 'numeric',
  direction: 'at-least',
  aggregation: 'annual',
  targets,
  ...(weight === undefined ? {} : { weight }),
});

const plan: Strategy = {
  title: 'Test plan',
  institution: { name: 'A school', country: 'LT' },
  period: { from: 2016, to: 2018 },
  goals: [
    {
      id: '1',
      title: 'Goal one',
      objectives: [
        {
          id: '1.1',
          title: 'Objective one',
          actions: [
            { id: '1.1.1', title: 'a', indicators: [count('1.1.1', { 2016: 10, 2017: 10 }, 3)] },
            { id: '1.1.2', title: 'b', indicators: [count('1.1.2', { 2016: 10, 2017: 10 })] },
          ],
        },
        { id: '1.2', actions: [{ id: '1.2.1', title: 'c' }] },
      ],
    },
    { id: '2', title: 'Qualitative goal' },
    {
      id: '3',
      title: 'Later goal',
      objectives: [
        {
          id: '3.1',
          title: 'Later',
          actions: [{ id: '3.1.1', title: 'd', indicators: [count('3.1.1', { 2018: 5 })] }],
        },
      ],
    },
  ],
};

const actuals: Actual[] = [
  { indicatorId: '1.1.1', year: 2016, value: 10 },
  { indicatorId: '1.1.1', year: 2017, value: 10 },
  { indicatorId: '1.1.2', year: 2016, value: 5 },
  { indicatorId: '1.1.2', year: 2017, value: 10 },
];

describe('evaluatePlan', () => {
  it('evaluates every indicator and rolls up objectives, goals and the plan', () => {
    const r = evaluatePlan(plan, actuals, { asOf: '2018-01-10' });
    expect(r.asOf).toBe('2018-01-10');
    expect(r.period).toEqual({ from: 2016, to: 2018 });
    expect(r.indicators.map((i) => [i.indicatorId, i.status])).toEqual([
      ['1.1.1', 'achieved'],
      ['1.1.2', 'at-risk'],
      ['3.1.1', 'on-track'],
    ]);
    const [o11, o12, o31] = r.objectives;
    // 1.1: 4 indicator-years, 3 met; weighted score (3 × 1 + 1 × 0.75) / 4 = 0.9375.
    expect(o11).toEqual({
      id: '1.1',
      title: 'Objective one',
      indicators: 2,
      dueYears: 4,
      metYears: 3,
      shareMet: 0.75,
      weightedScore: 0.9375,
      status: 'on-track',
    });
    expect(o12).toMatchObject({
      id: '1.2',
      title: null,
      indicators: 0,
      shareMet: null,
      weightedScore: null,
      status: null,
    });
    expect(o31).toMatchObject({
      indicators: 1,
      dueYears: 0,
      weightedScore: null,
      status: 'on-track',
    });
    expect(r.goals.map((g) => [g.id, g.indicators, g.status])).toEqual([
      ['1', 2, 'on-track'],
      ['2', 0, null],
      ['3', 1, 'on-track'],
    ]);
    expect(r.summary).toMatchObject({
      id: 'plan',
      title: 'Test plan',
      indicators: 3,
      dueYears: 4,
      metYears: 3,
      byStatus: { achieved: 1, 'on-track': 1, 'at-risk': 1, 'off-track': 0 },
      byYearStatus: { met: 3, 'not-met': 1, inconclusive: 0, 'no-data': 0, 'not-due': 1 },
    });
    expect(r.warnings).toEqual([]);
  });

  it('rolls up "achieved" when every indicator is achieved', () => {
    const done = evaluatePlan(
      plan,
      [
        ...actuals,
        { indicatorId: '1.1.2', year: 2016, value: 5 },
        { indicatorId: '3.1.1', year: 2018, value: 5 },
      ],
      { asOf: '2019-01-01' },
    );
    expect(done.objectives[0]?.status).toBe('achieved');
    expect(done.goals[2]?.status).toBe('achieved');
    expect(done.summary.status).toBe('achieved');
  });

  it('ignores unknown indicators and years outside the plan with warnings', () => {
    const r = evaluatePlan(
      plan,
      [
        ...actuals,
        { indicatorId: '9.9.9', year: 2016, value: 1 },
        { indicatorId: '1.1.1', year: 2019, value: 1 },
        { indicatorId: '1.1.1', year: 2018, value: 1 },
      ],
      { asOf: '2018-01-10' },
    );
    expect(r.warnings.map((w) => [w.code, w.indicatorId, w.year])).toEqual([
      ['year-without-target', '1.1.1', 2018],
      ['year-outside-plan', '1.1.1', 2019],
      ['unknown-indicator', '9.9.9', 2016],
    ]);
    expect(r.indicators[0]?.status).toBe('achieved');
  });

  it('never mutates its input (frozen strategy and actuals)', () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const v of Object.values(value)) freeze(v);
        Object.freeze(value);
      }
      return value;
    };
    const frozenPlan = freeze(structuredClone(plan));
    const frozenActuals = freeze(structuredClone(actuals));
    expect(evaluatePlan(frozenPlan, frozenActuals, { asOf: '2018-01-10' })).toEqual(
      evaluatePlan(plan, actuals, { asOf: '2018-01-10' }),
    );
    expect(frozenPlan).toEqual(plan);
  });

  it('evaluates a plan without a period or indicators', () => {
    const r = evaluatePlan({ institution: { name: 'X' }, goals: [{ id: '1', title: 'g' }] }, [], {
      asOf: '2020-01-01',
    });
    expect(r.period).toBeNull();
    expect(r.summary).toMatchObject({ indicators: 0, status: null, title: null });
  });

  it('throws InputError for an actual of the wrong kind, with its path', () => {
    const call = () =>
      evaluatePlan(plan, [{ indicatorId: '1.1.1', year: 2016, milestone: { done: true } }], {
        asOf: '2018-01-10',
      });
    expect(call).toThrow(InputError);
    const result = safeEvaluatePlan(
      plan,
      [...actuals, { indicatorId: '1.1.2', year: 2017, occurrences: ['2017-01-01'] }],
      { asOf: '2018-01-10' },
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.path).toEqual(['actuals', 4, 'occurrences']);
  });

  it('throws InputError for a malformed actual, with its index', () => {
    const result = safeEvaluatePlan(
      plan,
      [...actuals, { indicatorId: '1.1.1', year: 2016, value: '3' }] as never,
      {
        asOf: '2018-01-10',
      },
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['actuals', 4, 'value']);
  });

  it('throws InputError for a bad plan: duplicate ids, a target year outside the period', () => {
    const duplicate: Strategy = { ...plan, goals: plan.goals.map((g) => ({ ...g, id: '1' })) };
    expect(safeEvaluatePlan(duplicate, [], { asOf: '2018-01-10' }).success).toBe(false);
    const outside: Strategy = {
      ...plan,
      goals: [
        {
          id: '1',
          title: 'g',
          objectives: [
            {
              id: '1.1',
              actions: [{ id: 'a', title: 'a', indicators: [count('x', { 2015: 1 })] }],
            },
          ],
        },
      ],
    };
    const result = safeEvaluatePlan(outside, [], { asOf: '2018-01-10' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.path).toEqual([
        'strategy',
        'goals',
        0,
        'objectives',
        0,
        'actions',
        0,
        'indicators',
        0,
        'targets',
        '2015',
      ]);
    }
  });
});
