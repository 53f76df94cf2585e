import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActualSchema } from '../../src/indicators/actualSchema.js';
import { isFastActualList, validateActuals } from '../../src/indicators/fastActuals.js';

/** Mostly valid numbers, sometimes off by a little: negative, fractional, huge, not finite. */
const count = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, 2 ** 53, Number.NaN, '3', null) },
);
const amount = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-0.1, Number.POSITIVE_INFINITY, Number.NaN, '1') },
);
const payload = fc.oneof(
  amount.map((value) => ({ value })),
  fc
    .record(
      { satisfied: count, responses: count, invited: count },
      { requiredKeys: ['satisfied', 'responses'] },
    )
    .map((survey) => ({ survey })),
  fc
    .record({ amount, units: count, unitsShort: count }, { requiredKeys: ['amount', 'units'] })
    .map((perUnit) => ({ perUnit })),
  fc.record({ events: count, responses: count }).map((events) => ({ events })),
);
const extras = fc.record(
  {
    source: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(undefined)),
    note: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(1)),
    date: fc.constant('2016-05-01'),
    extra: fc.constant(true),
    value: amount,
  },
  { requiredKeys: [] },
);
const actualLike = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', '1.2.1') },
      { weight: 1, arbitrary: fc.constantFrom('', 5) },
    ),
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1000, max: 9000 }) },
      { weight: 1, arbitrary: fc.constantFrom(999, 9001, 2016.5) },
    ),
    payload,
    fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extras }),
  )
  .map(
    ([indicatorId, year, p, more]) =>
      ({ indicatorId, year, ...more, ...p }) as Record<string, unknown>,
  );

describe('fast path for actuals', () => {
  it('accepts nothing the schema rejects, and returns the same data', () => {
    let accepted = 0;
    let valid = 0;
    fc.assert(
      fc.property(actualLike, (candidate) => {
        const parsed = ActualSchema.safeParse(candidate);
        if (isFastActualList([candidate])) {
          accepted += 1;
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(candidate);
        }
        if (parsed.success) valid += 1;
      }),
      // A fixed seed: the counts below describe the generator, they must not vary by run.
      { numRuns: 3000, seed: 20161231 },
    );
    // The generator must exercise the fast path, and most valid plain actuals take it.
    expect(accepted).toBeGreaterThan(900);
    expect(accepted).toBeGreaterThan(valid * 0.8);
  });

  it('accepts the plain shapes, falls back to the schema for the others', () => {
    const plain = [
      { indicatorId: 'a', year: 2016, value: 1.5, source: 's', note: 'n' },
      { indicatorId: 'b', year: 2016, survey: { satisfied: 1, responses: 2, invited: 2 } },
      { indicatorId: 'c', year: 2016, perUnit: { amount: 1, units: 1, unitsShort: 1 } },
      { indicatorId: 'd', year: 2016, events: { events: 1, responses: 0 } },
      Object.assign(Object.create(null), { indicatorId: 'e', year: 2016, value: 0 }),
    ];
    expect(isFastActualList(plain)).toBe(true);
    for (const other of [
      { indicatorId: 'a', year: 2016, value: 1, date: '2016-01-01' },
      { indicatorId: 'a', year: 2016, milestone: { done: true } },
      { indicatorId: 'a', year: 2016, survey: { likert: [1, 2] } },
      { indicatorId: 'a', year: 2016, value: 1, note: undefined },
    ]) {
      expect(isFastActualList([other])).toBe(false);
      expect(validateActuals([other])).toEqual({ actuals: [other] });
    }
    for (const invalid of [
      { indicatorId: 'a', year: 2016, perUnit: { amount: 1, units: 1, per: 'x' } },
      { indicatorId: 'a', year: 2016, events: { events: 1, responses: 1, extra: 0 } },
      { indicatorId: 'a', year: 2016, survey: { satisfied: 1, responses: 1, scale: 5 } },
    ]) {
      expect(isFastActualList([invalid])).toBe(false);
      expect('issues' in validateActuals([invalid])).toBe(true);
    }
    expect(isFastActualList('x')).toBe(false);
    expect(validateActuals([{ indicatorId: 'a', year: 2016 }])).toEqual({
      issues: [expect.objectContaining({ path: [0] })],
    });
  });
});
