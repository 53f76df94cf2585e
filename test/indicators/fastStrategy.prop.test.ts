import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed000Strategy } from '../../examples/data/seed000-strategy.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { seed002Strategy } from '../../examples/data/seed002-strategy.js';
import { InputError } from '../../src/index.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import { isFastStrategy } from '../../src/indicators/fastStrategy.js';
import { StrategySchema } from '../../src/indicators/strategySchema.js';

/** A plan with every indicator kind and every optional field, so mutations reach them all. */
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

const BASES: readonly unknown[] = [everyField, seed001Plan, seed000Strategy, seed002Strategy];

/** Values the schema rejects or treats specially somewhere. */
const ODD: readonly unknown[] = [
  undefined,
  null,
  '',
  'x',
  'a b',
  'LT',
  'lt',
  '2016',
  '85%',
  '101%',
  '100.0%',
  0,
  -0,
  -1,
  0.5,
  1,
  1.5,
  2015,
  2016,
  2021,
  999,
  9001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  [],
  [''],
  ['a'],
  {},
  { min: 1, max: 0 },
  { min: 0, max: 1 },
  { year: 2015, value: 1 },
  'at-least',
  'at-most',
  'between',
  'exactly',
  'annual',
  'cumulative',
  'latest',
  'numeric',
  'percentage',
  'frequency',
  'limit',
  'per-unit',
  'event-driven',
  'milestone',
  'n1',
  '1.1',
  'p1',
];
const ODD_KEYS = ['2016', '2030', '16', 'x', 'targets', 'milestones', 'kind', '__proto__'];

type Path = (string | number)[];

/** Every path to a value inside `value` (the root excluded). */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const path = [...at, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

/** Applies one change at `path`: set a value, delete the key, add a key beside it, or copy a sibling. */
function mutate(base: unknown, path: Path, how: number, odd: unknown, key: string): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  switch (how) {
    case 0:
      parent[last] = odd;
      break;
    case 1:
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 2:
      if (Array.isArray(parent)) parent.push(structuredClone(parent[last]));
      else Object.defineProperty(parent, key, { value: odd, enumerable: true, writable: true });
      break;
    default: {
      const target = parent[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, key, { value: odd, enumerable: true, writable: true });
      } else {
        parent[last] = odd;
      }
    }
  }
  return copy;
}

/** Every value found under each key in the bases: a duplicate id, another direction, ... */
const VALUES_BY_KEY = new Map<string, unknown[]>();
for (const base of BASES) {
  for (const path of pathsOf(base)) {
    const key = String(path[path.length - 1]);
    const value = path.reduce<unknown>((v, step) => (v as Record<string, unknown>)[step], base);
    const list = VALUES_BY_KEY.get(key) ?? [];
    if (!list.some((v) => JSON.stringify(v) === JSON.stringify(value))) list.push(value);
    VALUES_BY_KEY.set(key, list);
  }
}

/** An odd value, or (as often) a value seen under the same key elsewhere. */
function valueFor(path: Path, pick: number, odd: unknown): unknown {
  const same = VALUES_BY_KEY.get(String(path[path.length - 1])) ?? [];
  return pick % 2 === 0 || same.length === 0 ? odd : same[pick % same.length];
}

const candidate = fc
  .record({
    base: fc.nat({ max: BASES.length - 1 }),
    at: fc.nat(),
    how: fc.nat({ max: 4 }),
    pick: fc.nat(),
    odd: fc.constantFrom(...ODD),
    key: fc.constantFrom(...ODD_KEYS),
    twice: fc.boolean(),
    at2: fc.nat(),
    pick2: fc.nat(),
    odd2: fc.constantFrom(...ODD),
  })
  .map(({ base, at, how, pick, odd, key, twice, at2, pick2, odd2 }) => {
    const start = BASES[base];
    const paths = pathsOf(start);
    const path = paths[at % paths.length] as Path;
    // how 4: set a value seen under the same key (the most telling change), as how 0 does.
    const once = mutate(start, path, how % 4, valueFor(path, how === 4 ? 1 : pick, odd), key);
    if (!twice) return once;
    const again = pathsOf(once);
    if (again.length === 0) return once;
    const path2 = again[at2 % again.length] as Path;
    return mutate(once, path2, 0, valueFor(path2, pick2, odd2), key);
  });

describe('fast path for strategies', () => {
  it('accepts every seed plan and the every-field plan', () => {
    for (const base of BASES) {
      expect(isFastStrategy(base)).toBe(true);
      expect(StrategySchema.safeParse(base).success).toBe(true);
    }
  });

  it('accepts nothing the schema rejects, and returns the same data', () => {
    let accepted = 0;
    let valid = 0;
    fc.assert(
      fc.property(candidate, (input) => {
        const parsed = StrategySchema.safeParse(input);
        if (isFastStrategy(input)) {
          accepted += 1;
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(input);
        }
        if (parsed.success) valid += 1;
      }),
      // A fixed seed: the counts below describe the generator, they must not vary by run.
      { numRuns: 6000, seed: 20161231 },
    );
    // Both paths are exercised, and most valid plain plans take the fast one.
    expect(accepted).toBeGreaterThan(400);
    expect(valid - accepted).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(valid * 0.7);
    // About 2 s alone; under coverage, next to the other suites, it can take several times that.
  }, 60_000);

  it('falls back to the schema for unusual objects, which are still accepted', () => {
    const nullProto = Object.assign(Object.create(null), {
      institution: { name: 'A school' },
      goals: [],
    });
    const withSymbol = { institution: { name: 'A school' }, goals: [], [Symbol('x')]: 1 };
    const undefinedKey = { institution: { name: 'A school' }, goals: [], title: undefined };
    class Box {
      institution = { name: 'A school' };
      goals = [];
    }
    expect(isFastStrategy(nullProto)).toBe(true);
    expect(isFastStrategy(withSymbol)).toBe(false);
    expect(isFastStrategy(undefinedKey)).toBe(false);
    expect(isFastStrategy(new Box())).toBe(false);
    expect(StrategySchema.safeParse(undefinedKey).success).toBe(true);
    // Found by the hostile suite: a kind that cannot be turned into a text.
    const oddKind = structuredClone(everyField);
    (oddKind.goals[0]?.objectives[0]?.actions[0]?.indicators[0] as { kind: unknown }).kind = [
      Object.create(null),
    ];
    expect(isFastStrategy(oddKind)).toBe(false);
  });

  it('evaluatePlan reports the schema’s problems, with paths under "strategy"', () => {
    const bad = mutate(
      everyField,
      ['goals', 0, 'objectives', 0, 'actions', 0, 'indicators', 1, 'id'],
      0,
      'n1',
      '',
    );
    try {
      evaluatePlan(bad as never, [], { asOf: '2018-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => [i.path, i.message])).toEqual([
        [
          ['strategy', 'goals', 0, 'objectives', 0, 'actions', 0, 'indicators', 1, 'id'],
          'Duplicate indicator id "n1"',
        ],
      ]);
    }
  });
});
