import DecimalGlobal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../../src/_lib/decimal.js';
import {
  centsText,
  divMoney,
  formatMoney,
  mulMoney,
  roundCents,
  roundLine,
  sumMoney,
} from '../../src/_lib/money.js';

describe('money arithmetic', () => {
  it('adds exactly: 0.1 + 0.2 = 0.30', () => {
    expect(formatMoney(sumMoney(['0.1', '0.2']))).toBe('0.30');
    expect(sumMoney([0.1, 0.2]).equals(dec('0.3'))).toBe(true);
  });

  it('computes 1/30 of 640 × 10 = 213.33', () => {
    expect(formatMoney(mulMoney(divMoney(640, 30), 10))).toBe('213.33');
  });

  it('rounds half up to cents', () => {
    expect(formatMoney('2.345')).toBe('2.35');
    expect(formatMoney('2.344999')).toBe('2.34');
    expect(formatMoney('-2.345')).toBe('-2.35');
    expect(roundCents('0.005').toFixed(2)).toBe('0.01');
  });

  it('never formats negative zero', () => {
    expect(formatMoney('-0.001')).toBe('0.00');
    expect(formatMoney(-0)).toBe('0.00');
  });

  it('formats with exactly two places and no exponent', () => {
    expect(formatMoney(1925)).toBe('1925.00');
    expect(formatMoney('123456789012.5')).toBe('123456789012.50');
    expect(formatMoney('1e-9')).toBe('0.00');
  });

  it('sums nothing to zero', () => {
    expect(formatMoney(sumMoney([]))).toBe('0.00');
  });

  it('rejects non-finite values and division by zero', () => {
    expect(() => dec(Number.NaN)).toThrow(RangeError);
    expect(() => dec(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => divMoney(1, 0)).toThrow(RangeError);
  });

  it('applies rounding policies', () => {
    expect(roundLine('10.125', 'per-line').toString()).toBe('10.13');
    expect(roundLine('10.125', 'total-only').toString()).toBe('10.125');
  });

  it('is immune to reconfiguration of the global Decimal', () => {
    const saved = { precision: DecimalGlobal.precision, rounding: DecimalGlobal.rounding };
    try {
      DecimalGlobal.set({ precision: 2, rounding: DecimalGlobal.ROUND_DOWN });
      expect(formatMoney(mulMoney(divMoney(640, 30), 10))).toBe('213.33');
      expect(Decimal.precision).toBe(40);
    } finally {
      DecimalGlobal.set(saved);
    }
  });
});

describe('formatMoney and centsText', () => {
  /** What formatMoney did before its fast path: round half up, then toFixed(2). */
  const reference = (d: Decimal): string => {
    const rounded = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return rounded.isZero() ? '0.00' : rounded.toFixed(2);
  };
  const decimalArb = fc
    .tuple(
      fc.bigInt({ min: -(10n ** 50n), max: 10n ** 50n }),
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: -3, max: 45 }),
    )
    .map(([digits, places, shift]) =>
      new Decimal(digits.toString())
        .dividedBy(new Decimal(10).pow(places))
        .times(new Decimal(10).pow(shift % 4 === 0 ? shift : 0)),
    );

  it('write what rounding and toFixed(2) write, for every size and sign', () => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        expect(formatMoney(d)).toBe(reference(d));
        const cents = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(centsText(cents)).toBe(reference(cents));
      }),
      { numRuns: 3000 },
    );
  });

  it('pad, keep the sign and never write "-0.00"', () => {
    expect(centsText(new Decimal('1925'))).toBe('1925.00');
    expect(centsText(new Decimal('-0.5'))).toBe('-0.50');
    expect(centsText(new Decimal('12.34'))).toBe('12.34');
    expect(centsText(new Decimal('-0'))).toBe('0.00');
    expect(formatMoney('-0.004')).toBe('0.00');
    expect(formatMoney(new Decimal('1e41'))).toBe(`1${'0'.repeat(41)}.00`);
  });
});
