import { describe, expect, it } from 'vitest';
import { seed000Strategy } from '../../examples/data/seed000-strategy.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { seed002Strategy } from '../../examples/data/seed002-strategy.js';
import { InputError, type Strategy } from '../../src/index.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import {
  parseStrategy,
  StrategySchema,
  safeParseStrategy,
} from '../../src/indicators/strategySchema.js';

const base = { institution: { name: 'School' }, goals: [] };

describe('strategy schema', () => {
  it('accepts a qualitative plan with vision, mission, values, SWOT and phases', () => {
    const strategy: Strategy = {
      ...base,
      title: 'Strategy',
      language: 'sr-Cyrl',
      vision: 'v',
      mission: 'm',
      values: ['openness'],
      swot: { strengths: ['s'], weaknesses: [], opportunities: [], threats: [] },
      phases: [
        { id: 'p1', title: 'Staff first', durationYears: 2, focus: ['staff mobility'] },
        { id: 'p2', title: 'Then students', from: 2018, to: 2020 },
      ],
      goals: [{ id: '1', title: 'g', titleEn: 'g', objectives: [{ id: '1.1', title: 'o' }] }],
    };
    expect(parseStrategy(strategy)).toEqual(strategy);
  });

  it('rejects duplicate ids at every level, with their paths', () => {
    const action = (id: string, indicatorId: string) => ({
      id,
      title: 't',
      indicators: [{ id: indicatorId, label: 'l', kind: 'limit', targets: { 2016: 1 } }],
    });
    const result = safeParseStrategy({
      ...base,
      phases: [
        { id: 'p', title: 'a' },
        { id: 'p', title: 'b' },
      ],
      goals: [
        {
          id: '1',
          title: 'g',
          objectives: [{ id: '1.1', actions: [action('a', 'x'), action('a', 'x')] }],
        },
        { id: '1', title: 'g', objectives: [{ id: '1.1' }] },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const messages = result.error.issues.map((i) => i.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          'Duplicate phase id "p"',
          'Duplicate goal id "1"',
          'Duplicate objective id "1.1"',
          'Duplicate action id "a"',
          'Duplicate indicator id "x"',
        ]),
      );
    }
  });

  it('rejects inverted periods and phases, unknown keys and bad ids', () => {
    for (const bad of [
      { ...base, period: { from: 2020, to: 2016 } },
      { ...base, phases: [{ id: 'p', title: 'p', from: 2020, to: 2019 }] },
      { ...base, extra: true },
      { ...base, goals: [{ id: ' 1', title: 'g' }] },
      { ...base, institution: { name: 'x', country: 'lt' } },
      { goals: [] },
    ]) {
      expect(safeParseStrategy(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(() => parseStrategy({ ...base, goals: 'none' })).toThrow(/goals/);
  });

  it('checks milestone years against the period too', () => {
    const result = safeParseStrategy({
      ...base,
      period: { from: 2016, to: 2020 },
      goals: [
        {
          id: '1',
          title: 'g',
          objectives: [
            {
              id: '1.1',
              actions: [
                {
                  id: 'a',
                  title: 'a',
                  indicators: [
                    { id: 'm', label: 'm', kind: 'milestone', milestones: { 2021: 'x' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.path.slice(-2)).toEqual(['milestones', '2021']);
  });
});

/** A plan with every indicator kind and every optional field, so each reaches the schema. */
const everyField = {
  title: 'Every field',
  institution: { name: 'A school', country: 'LT', city: 'Vilnius' },
  language: 'en',
  period: { from: 2016, to: 2020 },
  vision: 'v',
  mission: 'm',
  values: ['openness'],
  swot: { strengths: ['s'], weaknesses: ['w'], opportunities: ['o'], threats: ['t'] },
  phases: [
    { id: 'p1', title: 'Staff first', from: 2016, to: 2017, durationYears: 2, focus: ['staff'] },
    { id: 'p2', title: 'Students', description: 'then students' },
  ],
  source: 'test',
  note: '',
  goals: [
    {
      id: '1',
      title: 'Goal',
      titleEn: 'Goal',
      note: 'n',
      objectives: [
        {
          id: '1.1',
          title: 'Objective',
          note: 'n',
          actions: [
            {
              id: '1.1.1',
              printedNumber: '1.',
              title: 'Action',
              funding: ['Erasmus+'],
              implementers: ['IRO'],
              note: 'n',
              indicators: [
                {
                  id: 'n1',
                  label: 'Exactly',
                  unit: 'students',
                  weight: 2,
                  kind: 'numeric',
                  direction: 'exactly',
                  aggregation: 'latest',
                  targets: { 2016: 5, 2017: 6 },
                  tolerance: 1,
                  baseline: { year: 2015, value: 3 },
                  milestones: { 2018: 'report' },
                  note: 'n',
                },
                {
                  id: 'n2',
                  label: 'Between',
                  kind: 'numeric',
                  direction: 'between',
                  aggregation: 'cumulative',
                  targets: { 2016: { min: 1, max: 3 }, 2020: { min: 4, max: 9 } },
                },
                {
                  id: 'p',
                  label: 'Satisfied',
                  kind: 'percentage',
                  direction: 'at-least',
                  targets: { 2016: 0.85, 2017: '90%' },
                  confidence: 0.9,
                  minResponses: 10,
                  baseline: { year: 2015, value: 0.8 },
                },
                { id: 'f', label: 'Meetings', kind: 'frequency', targets: { 2016: 1 } },
                {
                  id: 'l',
                  label: 'Discrepancies',
                  kind: 'limit',
                  targets: { 2016: 1 },
                  baseline: { year: 2015, value: 2 },
                },
                {
                  id: 'u',
                  label: 'Mentors',
                  kind: 'per-unit',
                  per: 'internship',
                  direction: 'at-least',
                  targets: { 2016: 1 },
                },
                {
                  id: 'e',
                  label: 'Reports',
                  kind: 'event-driven',
                  event: 'internship',
                  targets: { 2016: 1 },
                  extraPerYear: 2,
                },
                { id: 'm', label: 'Conference', kind: 'milestone', milestones: { 2020: 'AEHT' } },
              ],
            },
          ],
        },
      ],
    },
  ],
};

// Moved from the agreement suite of the deleted fast path (issue 15, item 1): what they said
// about the schema itself.
describe('strategy schema: plans as given (issue 15, item 1)', () => {
  it('accepts every seed plan and a plan with every field, and returns equal data', () => {
    for (const plan of [everyField, seed001Plan, seed000Strategy, seed002Strategy]) {
      expect(parseStrategy(plan)).toEqual(plan);
    }
  });

  it('accepts unusual objects that hold a valid plan, and rejects a kind that is no text', () => {
    const nullProto = Object.assign(Object.create(null), base);
    const withSymbol = { ...base, [Symbol('x')]: 1 };
    const undefinedKey = { ...base, title: undefined };
    class Box {
      institution = { name: 'A school' };
      goals = [];
    }
    for (const plan of [nullProto, withSymbol, undefinedKey, new Box()]) {
      expect(StrategySchema.safeParse(plan).success).toBe(true);
      expect(safeParseStrategy(plan).success).toBe(true);
    }
    // Found by the hostile suite: a kind that cannot be turned into a text.
    const oddKind = structuredClone(everyField);
    (oddKind.goals[0]?.objectives[0]?.actions[0]?.indicators[0] as { kind: unknown }).kind = [
      Object.create(null),
    ];
    expect(safeParseStrategy(oddKind).success).toBe(false);
  });

  it('evaluatePlan reports the schema’s problems, with paths under "strategy"', () => {
    const bad = structuredClone(everyField);
    const indicators = bad.goals[0]?.objectives[0]?.actions[0]?.indicators ?? [];
    (indicators[1] as { id: string }).id = 'n1';
    try {
      evaluatePlan(bad as never, [], { asOf: '2018-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => [i.path, i.message, i.code])).toEqual([
        [
          ['strategy', 'goals', 0, 'objectives', 0, 'actions', 0, 'indicators', 1, 'id'],
          'Duplicate indicator id "n1"',
          'custom',
        ],
      ]);
    }
  });
});
