/** sumAmounts (issue 15, "Money arithmetic in one module": users add two-place amounts exactly). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { safeSumAmounts, sumAmounts } from '../../src/grants/sumAmounts.js';

describe('sumAmounts', () => {
  it('adds exactly where numbers do not: 0.1 + 0.2 = 0.30', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts([0.1, 0.2])).toBe('0.30');
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
  });

  it('takes strings and numbers, signs and whole amounts, and writes two places', () => {
    expect(sumAmounts(['1925.00', '309.00', 12.5])).toBe('2246.50');
    expect(sumAmounts(['-3', '1.5'])).toBe('-1.50');
    expect(sumAmounts(['-0.00'])).toBe('0.00');
    expect(sumAmounts([])).toBe('0.00');
    expect(sumAmounts(['999999999999999.99', '0.01'])).toBe('1000000000000000.00');
  });

  it('adds the totals of grants as the library computes them', () => {
    const staff = {
      action: 'KA131-HED',
      callYear: 2024,
      activity: 'staff-teaching',
      sendingCountry: 'PL',
      receivingCountry: 'PT',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
      travel: { distanceKm: 2750 },
    } as const;
    const totals = [
      calculateGrant(staff).total,
      calculateGrant({ ...staff, receivingCountry: 'ES' }).total,
    ];
    expect(totals[0]).toBe('1245.00');
    expect(sumAmounts(totals)).toBe(
      (Math.round((Number(totals[0]) + Number(totals[1])) * 100) / 100).toFixed(2),
    );
  });

  it('equals the exact sum in cents of random amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n })), (cents) => {
        const text = (c: bigint) => {
          const sign = c < 0n ? '-' : '';
          const a = c < 0n ? -c : c;
          return `${sign}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
        };
        const total = cents.reduce((s, c) => s + c, 0n);
        expect(sumAmounts(cents.map(text))).toBe(total === 0n ? '0.00' : text(total));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects an amount with more than two decimals, naming its index', () => {
    expect(() => sumAmounts(['1.00', '2.345'])).toThrow(InputError);
    const result = safeSumAmounts(['1.00', 2, '2.345']);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => i.path)).toEqual([['amounts', 2]]); // issue 15, item 7
    expect(result.error.issues[0]?.message).toBe(
      'Expected an amount with at most two decimals, such as "1925.00" or 12.5; got "2.345"',
    );
  });

  it('rejects what is not an amount, each at its index', () => {
    const bad = safeSumAmounts([
      1,
      Number.NaN,
      '1e3',
      null,
      Number.POSITIVE_INFINITY,
      '12,50',
      1e-7,
      '',
      1e16,
    ] as never);
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.error.issues.map((i) => i.path[1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(safeSumAmounts('10.00' as never).success).toBe(false);
  });

  it('has a safe twin that returns the sum', () => {
    expect(safeSumAmounts(['10.00', '2.50'])).toEqual({ success: true, data: '12.50' });
  });
});
