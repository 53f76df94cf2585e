/**
 * Issue 14, forecasts: properties of how a year in progress (data recorded, year not ended on
 * `asOf`) enters the forecast, for every aggregation and direction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual, Indicator, IsoDate } from '../../src/index.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';

const YEARS = [2016, 2017, 2018, 2019, 2020];

type Shape =
  | 'annual-at-least'
  | 'cumulative-at-least'
  | 'frequency'
  | 'limit'
  | 'annual-at-most'
  | 'cumulative-at-most'
  | 'latest-at-least'
  | 'latest-at-most'
  | 'share';

const GROWS: readonly Shape[] = [
  'annual-at-least',
  'cumulative-at-least',
  'frequency',
  'limit',
  'annual-at-most',
  'cumulative-at-most',
];

function indicatorOf(shape: Shape, targets: readonly number[]): Indicator {
  const t = (scale: number) =>
    Object.fromEntries(YEARS.map((y, i) => [String(y), (targets[i] as number) * scale]));
  const base = { id: 'n', label: shape };
  switch (shape) {
    case 'frequency':
      return { ...base, kind: 'frequency', targets: t(1) };
    case 'limit':
      return { ...base, kind: 'limit', targets: t(1) };
    case 'share':
      return { ...base, kind: 'percentage', direction: 'at-least', targets: t(0.05) };
    default: {
      const [aggregation, direction] = shape.split(/-(.*)/) as [
        'annual' | 'cumulative' | 'latest',
        'at-least' | 'at-most',
      ];
      return { ...base, kind: 'numeric', direction, aggregation, targets: t(1) };
    }
  }
}

const scenario = (shapes: readonly Shape[]) =>
  fc.record({
    shape: fc.constantFrom(...shapes),
    targets: fc.array(fc.integer({ min: 1, max: 19 }), { minLength: 5, maxLength: 5 }),
    // one reading per year or none; whole numbers (frequencies) scaled down for shares
    readings: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), {
      minLength: 5,
      maxLength: 5,
    }),
    asOf: fc
      .record({
        year: fc.integer({ min: 2016, max: 2021 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(
        ({ year, month, day }) =>
          `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate,
      ),
  });

interface Scenario {
  readonly shape: Shape;
  readonly targets: number[];
  readonly readings: (number | null)[];
  readonly asOf: IsoDate;
}

function evaluate({ shape, targets, readings, asOf }: Scenario) {
  const actuals: Actual[] = readings.flatMap((v, i) =>
    v === null
      ? []
      : [{ indicatorId: 'n', year: YEARS[i] as number, value: shape === 'share' ? v / 20 : v }],
  );
  return evaluateIndicator(indicatorOf(shape, targets), actuals, { asOf });
}

describe('issue 14, forecasts: properties of a year in progress', () => {
  it('never forecasts a count or running total below its value so far', () => {
    fc.assert(
      fc.property(scenario(GROWS), (input) => {
        const r = evaluate(input);
        const f = r.forecast;
        const final = r.years[r.years.length - 1];
        if (f.value === null || final === undefined) return;
        // the final year's own count so far, and for running totals any year's
        const bound = r.years
          .filter((y) => !y.due && y.actual !== null)
          .filter((y) => y === final || input.shape.startsWith('cumulative'))
          .reduce((m, y) => Math.max(m, y.actual as number), Number.NEGATIVE_INFINITY);
        expect(f.value).toBeGreaterThanOrEqual(bound);
        if (f.partialYear?.use === 'floor') {
          expect(f.value).toBeGreaterThanOrEqual(f.partialYear.value);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps years in progress out of the trend, and uses each as its kind allows', () => {
    fc.assert(
      fc.property(scenario([...GROWS, 'latest-at-least', 'latest-at-most', 'share']), (input) => {
        const r = evaluate(input);
        const f = r.forecast;
        const final = r.years[r.years.length - 1];
        if (final === undefined) return;
        const dueWithData = r.years.filter((y) => y.due && y.actual !== null && y !== final);
        expect(f.trendYears).toEqual(dueWithData.map((y) => y.year));
        expect(f.points).toBe(f.trendYears.length);
        const inProgress = r.years.filter((y) => !y.due && y.actual !== null);
        const latest = inProgress[inProgress.length - 1];
        const grows = GROWS.includes(input.shape);
        const upperBound = input.shape === 'limit' || input.shape.endsWith('at-most');
        if (f.partialYear !== null) {
          expect(f.partialYear).toMatchObject({ year: latest?.year, value: latest?.actual });
          expect(f.description).toContain(`${f.partialYear.year} is in progress`);
        } else if (final.status === 'not-due' && latest !== undefined) {
          expect.fail('a year in progress with data must be recorded');
        }
        if (f.partialYear?.use === 'estimate') {
          expect(grows).toBe(false);
          expect(f).toMatchObject({ method: 'year-to-date', value: f.partialYear.value });
        }
        // an at-most count above its limit is lost whatever happens: judged early
        for (const y of r.years) {
          const overLimit = y.actual !== null && y.required !== null && y.actual > y.required;
          if (!y.due && grows && upperBound && overLimit) {
            expect(y.status).toBe('not-met');
          }
          if (!y.due && !grows) expect(y.status).toBe('not-due');
        }
      }),
      { numRuns: 400 },
    );
  });
});
