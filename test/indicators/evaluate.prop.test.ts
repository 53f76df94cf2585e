import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import type { Actual, Indicator, IsoDate, Strategy } from '../../src/index.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';

const YEARS = [2016, 2017, 2018, 2019, 2020];
const indicators: Indicator[] = seed001Plan.goals.flatMap((g) =>
  (g.objectives ?? []).flatMap((o) => (o.actions ?? []).flatMap((a) => a.indicators ?? [])),
);

const dateIn = (year: number) =>
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(
      ({ month, day }) =>
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate,
    );

/** A random actual that fits the kind of an indicator's year. */
function actualFor(indicator: Indicator, year: number): fc.Arbitrary<Actual> {
  const at = { indicatorId: indicator.id, year };
  if (indicator.milestones?.[String(year)] !== undefined) {
    return fc
      .record({
        done: fc.boolean(),
        evidence: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
      })
      .map(({ done, evidence }) => ({
        ...at,
        milestone: evidence === undefined ? { done } : { done, evidence },
      }));
  }
  switch (indicator.kind) {
    case 'percentage':
      return fc
        .integer({ min: 0, max: 80 })
        .chain((responses) =>
          fc.record({
            satisfied: fc.integer({ min: 0, max: responses }),
            responses: fc.constant(responses),
          }),
        )
        .map((survey) => ({ ...at, survey }));
    case 'frequency':
      return fc.oneof(
        fc.integer({ min: 0, max: 3 }).map((value) => ({ ...at, value })),
        fc.array(dateIn(year), { maxLength: 3 }).map((occurrences) => ({ ...at, occurrences })),
      );
    case 'per-unit':
      return fc
        .integer({ min: 0, max: 60 })
        .chain((units) =>
          fc.record({
            amount: fc.double({ min: 0, max: 100, noNaN: true }),
            units: fc.constant(units),
            unitsShort: fc.integer({ min: 0, max: units }),
          }),
        )
        .map((perUnit) => ({ ...at, perUnit }));
    case 'event-driven':
      return fc
        .record({
          events: fc.integer({ min: 0, max: 10 }),
          responses: fc.integer({ min: 0, max: 12 }),
        })
        .map((events) => ({ ...at, events }));
    default:
      return fc
        .record({
          value: fc.oneof(
            fc.integer({ min: 0, max: 80 }),
            fc.double({ min: 0, max: 80, noNaN: true }),
          ),
          date: fc.option(dateIn(year), { nil: undefined }),
        })
        .map(({ value, date }) => (date === undefined ? { ...at, value } : { ...at, value, date }));
  }
}

/** Actuals for a few indicator-years, one to three readings each (so readings get combined). */
const someActuals: fc.Arbitrary<Actual[]> = fc
  .array(
    fc
      .record({
        i: fc.integer({ min: 0, max: indicators.length - 1 }),
        y: fc.constantFrom(...YEARS),
      })
      .chain(({ i, y }) =>
        fc.array(actualFor(indicators[i] as Indicator, y), { minLength: 1, maxLength: 3 }),
      ),
    { maxLength: 25 },
  )
  .map((groups) => groups.flat());

const asOf = fc.constantFrom<IsoDate>(
  '2016-06-30',
  '2017-12-31',
  '2018-07-01',
  '2020-01-15',
  '2021-01-01',
);

/** No undefined, NaN or infinite value anywhere in a result. */
function expectPlainData(value: unknown, path: string): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), path).toBe(true);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) expectPlainData(v, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) expectPlainData(v, `${path}.${k}`);
  } else {
    expect(value, path).not.toBeUndefined();
  }
}

describe('evaluation properties', () => {
  it('does not depend on the order of actuals', () => {
    fc.assert(
      fc.property(
        someActuals.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        asOf,
        ([list, shuffled], date) => {
          const result = evaluatePlan(seed001Plan, list, { asOf: date });
          expect(evaluatePlan(seed001Plan, shuffled, { asOf: date })).toEqual(result);
          expectPlainData(result, 'result');
        },
      ),
      { numRuns: 80 },
    );
  }, 30_000);

  it("never lowers an objective's score when a met year is added", () => {
    type Kind = 'annual' | 'cumulative' | 'latest' | 'limit' | 'frequency';
    const indicatorArb = (id: string) =>
      fc
        .record({
          kind: fc.constantFrom<Kind>('annual', 'cumulative', 'latest', 'limit', 'frequency'),
          targets: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 5, maxLength: 5 }),
          weight: fc.integer({ min: 1, max: 3 }),
        })
        .map(({ kind, targets, weight }): Indicator => {
          const t = Object.fromEntries(YEARS.map((y, i) => [String(y), targets[i] as number]));
          if (kind === 'limit') return { id, label: id, kind: 'limit', targets: t, weight };
          if (kind === 'frequency') return { id, label: id, kind: 'frequency', targets: t, weight };
          return {
            id,
            label: id,
            kind: 'numeric',
            direction: 'at-least',
            aggregation: kind,
            targets: t,
            weight,
          };
        });
    const scenario = fc
      .array(fc.constant(null), { minLength: 1, maxLength: 4 })
      .chain((slots) => fc.tuple(...slots.map((_, i) => indicatorArb(`i${i}`))))
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.array(
            fc.record({
              i: fc.integer({ min: 0, max: list.length - 1 }),
              y: fc.constantFrom(...YEARS),
              value: fc.integer({ min: 0, max: 25 }),
            }),
            { maxLength: 12 },
          ),
          fc.integer({ min: 0, max: list.length - 1 }),
          fc.constantFrom(...YEARS),
          asOf,
        ),
      );
    fc.assert(
      fc.property(scenario, ([list, raw, pick, year, date]) => {
        const strategy: Strategy = {
          institution: { name: 'p' },
          period: { from: 2016, to: 2020 },
          goals: [
            {
              id: 'g',
              title: 'g',
              objectives: [{ id: 'o', actions: [{ id: 'a', title: 'a', indicators: list }] }],
            },
          ],
        };
        const actuals: Actual[] = raw.map(({ i, y, value }) => ({
          indicatorId: `i${i}`,
          year: y,
          value,
        }));
        const chosen = list[pick] as Indicator;
        fc.pre(!actuals.some((a) => a.indicatorId === chosen.id && a.year === year));
        const target = chosen.kind === 'milestone' ? 0 : (chosen.targets[String(year)] as number);
        const met: Actual = {
          indicatorId: chosen.id,
          year,
          value: chosen.kind === 'limit' ? 0 : target,
        };
        const before =
          evaluatePlan(strategy, actuals, { asOf: date }).objectives[0]?.weightedScore ?? -1;
        const after =
          evaluatePlan(strategy, [...actuals, met], { asOf: date }).objectives[0]?.weightedScore ??
          -1;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
