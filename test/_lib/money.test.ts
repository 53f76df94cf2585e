import DecimalGlobal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../../src/_lib/decimal.js';
import {
  capMoney,
  centsText,
  divMoney,
  formatMoney,
  monthsAndDays,
  mulMoney,
  roundCents,
  roundLines,
  sumMoney,
  twoTiers,
} from '../../src/_lib/money.js';

/** Issue 15, "Money arithmetic in one module": what the grant engine computes, exactly. */
describe('money arithmetic', () => {
  it('adds exactly: 0.1 + 0.2 = 0.30; the sum of nothing is zero', () => {
    expect(formatMoney(sumMoney([dec('0.1'), dec('0.2')]))).toBe('0.30');
    expect(sumMoney([dec(0.1), dec(0.2)]).equals(dec('0.3'))).toBe(true);
    expect(formatMoney(sumMoney([]))).toBe('0.00');
  });

  it('months and extra days: 3 × 640 + 10 × 640 / 30 = 2133.33', () => {
    expect(formatMoney(monthsAndDays(dec(640), 3, 10))).toBe('2133.33');
    expect(monthsAndDays(dec(640), 3, 0).toString()).toBe('1920');
    // The division comes last: 15 days of €674 are exactly half a month.
    expect(monthsAndDays(dec(674), 0, 15).toString()).toBe('337');
  });

  it('two tiers: 14 days × 100 + 6 days × 70 = 1820; participants 100 × 400 + 30 × 230', () => {
    expect(twoTiers(dec(100), 14, dec(70), 6).toString()).toBe('1820');
    expect(twoTiers(dec(100), 5, dec(70), 0).toString()).toBe('500');
    expect(twoTiers(dec(400), 100, dec(230), 30).toString()).toBe('46900');
  });

  it('multiplies by counts and shares, divides, and caps', () => {
    expect(mulMoney(dec('1234.56'), dec('0.80')).toString()).toBe('987.648');
    expect(mulMoney(dec('79'), 4).toString()).toBe('316');
    expect(formatMoney(divMoney(dec(640), 30))).toBe('21.33');
    expect(divMoney(dec(309), dec(1000)).toString()).toBe('0.309');
    expect(capMoney(dec(800), dec(700)).toString()).toBe('700');
    expect(capMoney(dec(600), dec(700)).toString()).toBe('600');
  });

  it('rounds half up to cents', () => {
    expect(formatMoney('2.345')).toBe('2.35');
    expect(formatMoney('2.344999')).toBe('2.34');
    expect(formatMoney('-2.345')).toBe('-2.35');
    expect(roundCents('0.005').toFixed(2)).toBe('0.01');
    expect(roundCents('12.5').toString()).toBe('12.5');
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

  it('rejects non-finite values and division by zero', () => {
    expect(() => dec(Number.NaN)).toThrow(RangeError);
    expect(() => dec(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => divMoney(dec(1), 0)).toThrow(RangeError);
    expect(() => divMoney(dec(1), dec(0))).toThrow(RangeError);
  });

  it("rounds lines under a policy: 'per-line' adds the rounded lines, 'total-only' rounds the sum", () => {
    const amounts = [dec('10.125'), dec('10.125'), dec('0.004')];
    const perLine = roundLines(amounts, 'per-line');
    expect(perLine.lines.map((d) => d.toFixed(2))).toEqual(['10.13', '10.13', '0.00']);
    expect(perLine.total.toFixed(2)).toBe('20.26');
    const totalOnly = roundLines(amounts, 'total-only');
    expect(totalOnly.lines.map((d) => d.toFixed(2))).toEqual(['10.13', '10.13', '0.00']);
    expect(totalOnly.total.toString()).toBe('20.25');
    expect(roundLines([], 'per-line').total.toString()).toBe('0');
  });

  it('is immune to reconfiguration of the global Decimal', () => {
    const saved = { precision: DecimalGlobal.precision, rounding: DecimalGlobal.rounding };
    try {
      DecimalGlobal.set({ precision: 2, rounding: DecimalGlobal.ROUND_DOWN });
      expect(formatMoney(mulMoney(divMoney(dec(640), 30), 10))).toBe('213.33');
      expect(formatMoney(monthsAndDays(dec(640), 3, 10))).toBe('2133.33');
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
