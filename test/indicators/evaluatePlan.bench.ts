/**
 * Benchmark (not a test): a plan with 1,000 indicators × 10 years (2011–2020) and one actual per
 * indicator-year (10,000 actuals, a mix of counts, limits, frequencies, surveys, per-unit and
 * event-driven readings), evaluated on 2018-06-30 (so due, met-early and not-due years all occur).
 * Run: npx vitest bench --run test/indicators/evaluatePlan.bench.ts
 * Before each timed evaluation (outside its timing) it times a fixed arithmetic loop, printed as
 * "reference loop": the ratio of the two medians is the figure to compare across runs.
 */
import { afterAll, bench, describe } from 'vitest';
import { seed001Actuals, seed001AsOf } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import type { Actual, Indicator, Strategy } from '../../src/index.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import { collectGarbage, medianOf, referenceLoop } from '../benchTools.js';

const YEARS = Array.from({ length: 10 }, (_, i) => 2011 + i);
const N = 1_000;

function indicator(i: number): Indicator {
  const id = `i${i}`;
  const targets = Object.fromEntries(YEARS.map((y, k) => [String(y), 10 + k + (i % 7)]));
  switch (i % 6) {
    case 0:
      return {
        id,
        label: id,
        kind: 'numeric',
        direction: 'at-least',
        aggregation: 'annual',
        targets,
      };
    case 1:
      return {
        id,
        label: id,
        kind: 'numeric',
        direction: 'at-least',
        aggregation: 'cumulative',
        targets,
      };
    case 2:
      return { id, label: id, kind: 'limit', targets };
    case 3:
      return {
        id,
        label: id,
        kind: 'percentage',
        direction: 'at-least',
        targets: Object.fromEntries(YEARS.map((y) => [String(y), 0.85])),
      };
    case 4:
      return {
        id,
        label: id,
        kind: 'per-unit',
        per: 'internship',
        direction: 'at-least',
        targets: Object.fromEntries(YEARS.map((y) => [String(y), 1])),
      };
    default:
      return {
        id,
        label: id,
        kind: 'event-driven',
        event: 'visit',
        targets: Object.fromEntries(YEARS.map((y) => [String(y), 1])),
      };
  }
}

function actual(i: number, year: number): Actual {
  const at = { indicatorId: `i${i}`, year };
  const v = (i * 31 + year * 17) % 25;
  switch (i % 6) {
    case 3:
      return { ...at, survey: { satisfied: 40 + (v % 10), responses: 50 } };
    case 4:
      return { ...at, perUnit: { amount: 20 + v, units: 30 } };
    case 5:
      return { ...at, events: { events: 5, responses: 3 + (v % 5) } };
    default:
      return { ...at, value: v };
  }
}

const indicators = Array.from({ length: N }, (_, i) => indicator(i));
const plan: Strategy = {
  institution: { name: 'Benchmark' },
  period: { from: 2011, to: 2020 },
  goals: Array.from({ length: 10 }, (_, g) => ({
    id: `g${g}`,
    title: `goal ${g}`,
    objectives: Array.from({ length: 10 }, (_, o) => ({
      id: `o${g}.${o}`,
      title: `objective ${g}.${o}`,
      actions: [
        {
          id: `a${g}.${o}`,
          title: 'action',
          indicators: indicators.slice((g * 10 + o) * 10, (g * 10 + o + 1) * 10),
        },
      ],
    })),
  })),
};
const actuals = indicators.flatMap((_, i) => YEARS.map((y) => actual(i, y)));

const timings: number[] = [];
/** The reference loop's time before each evaluation: the machine's speed at that moment. */
const references: number[] = [];
const options = { time: 0, iterations: 20, warmupIterations: 3, warmupTime: 0 };

describe(`evaluatePlan: ${N} indicators × ${YEARS.length} years (${actuals.length} actuals)`, () => {
  bench(
    'evaluatePlan (validation included)',
    () => {
      collectGarbage(); // outside the timing
      references.push(referenceLoop());
      const t0 = performance.now();
      evaluatePlan(plan, actuals, { asOf: '2018-06-30' });
      timings.push(performance.now() - t0);
    },
    options,
  );
});

describe('evaluatePlan: the seed 001 plan (18 indicators × 5 years, 77 actuals)', () => {
  bench('evaluatePlan (validation included)', () => {
    evaluatePlan(seed001Plan, seed001Actuals, { asOf: seed001AsOf });
  });
});

afterAll(() => {
  // The first calls warm the JIT up (the bench records every call): not counted.
  const timed = timings.slice(options.warmupIterations);
  const mean = timed.reduce((sum, ms) => sum + ms, 0) / timed.length;
  const median = medianOf(timed);
  const reference = medianOf(references.slice(options.warmupIterations));
  console.log(
    `[indicators bench] ${N} indicators × ${YEARS.length} years: median ${median.toFixed(1)} ms, mean ${mean.toFixed(1)} ms, fastest ${Math.min(...timed).toFixed(1)} ms, slowest ${Math.max(...timed).toFixed(1)} ms (${timed.length} evaluations, a full garbage collection before each); reference loop median ${reference.toFixed(1)} ms, ratio ${(median / reference).toFixed(2)}`,
  );
});
