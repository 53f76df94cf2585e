import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../src/_lib/roundDecimal.js';

/** The reference: decimal.js (an independent implementation) with half-up rounding. */
const Reference = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
const reference = (value: number, places: number, shift: number) =>
  new Reference(value)
    .times(new Reference(10).pow(shift))
    .toDecimalPlaces(places, Reference.ROUND_HALF_UP)
    .toFixed(places);

describe('roundHalfUp', () => {
  it.each([
    [0.9, 4, 0, '0.9000'],
    [0.69898, 4, 0, '0.6990'],
    [0.12345, 4, 0, '0.1235'],
    [0.12344999, 4, 0, '0.1234'],
    [1, 4, 0, '1.0000'],
    [0, 4, 0, '0.0000'],
    [1e-7, 4, 0, '0.0000'],
    [0.00005, 4, 0, '0.0001'],
    [0.69898, 1, 2, '69.9'],
    [0.85, 2, 2, '85.00'],
    [0.9995, 1, 2, '100.0'],
    [123.456, 0, 0, '123'],
    [-0.12345, 4, 0, '-0.1235'],
    [-0.00001, 4, 0, '0.0000'],
    [1.5e21, 2, 0, '1500000000000000000000.00'],
  ])('rounds %d to %d places (shift %d) as %s', (value, places, shift, expected) => {
    expect(roundHalfUp(value, places, shift)).toBe(expected);
  });

  it('agrees with decimal.js on any finite double (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 2 }),
        (value, places, shift) => {
          const expected = reference(value, places, shift);
          // decimal.js writes a negative zero as "-0.00"; we never do.
          expect(roundHalfUp(value, places, shift)).toBe(expected.replace(/^-(0\.?0*)$/, '$1'));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rejects non-finite numbers', () => {
    expect(() => roundHalfUp(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError);
  });
});
