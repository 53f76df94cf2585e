import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive, daysInMonth } from '../../src/_lib/calendar.js';
import type { IsoDate } from '../../src/_lib/dates.js';
import {
  countDays,
  days30360,
  days30360EveryMonth30,
  describeDays,
  describeMonthsAndDays,
  isLastDayOfFebruary,
  toMonthsAndDays,
} from '../../src/mobility/countDays.js';

/**
 * An independent oracle for the 30/360 count: walk the period one calendar day at a time and
 * count each day as the Beneficiary Module's formula implies — every day of the month counts,
 * except that a 31st adds nothing, and the last day of a month shorter than 30 days adds the
 * missing days only when the period runs on into the next month.
 */
function oracle30360(start: IsoDate, end: IsoDate): number {
  let total = 0;
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const isLast = date === end;
    const monthLength = daysInMonth(y, m);
    if (d === 31) {
      // a 31st counts only when the period starts on it (the first day always counts)
      if (date === start) total += 1;
      continue;
    }
    total += 1;
    if (d === monthLength && monthLength < 30 && !isLast) total += 30 - monthLength;
  }
  return total;
}

/** Any day of 2020–2027, as its distance from {@link FIRST}. */
const FIRST: IsoDate = '2020-01-01';
const day = fc.integer({ min: 0, max: daysInclusive(FIRST, '2027-12-31') - 1 });

describe('days30360 (Beneficiary Module, EC wiki "Duration Calculated (days)" formula)', () => {
  it.each([
    ['2023-01-01', '2023-04-15', 105], // P1
    ['2023-02-01', '2023-03-31', 60],
    ['2023-09-01', '2024-01-31', 150],
    ['2024-02-01', '2024-02-29', 29],
    ['2023-02-01', '2023-02-28', 28],
    ['2023-01-01', '2023-02-28', 58],
    ['2024-01-01', '2024-02-29', 59],
    ['2023-01-31', '2023-03-01', 32],
    ['2023-03-31', '2023-03-31', 1],
    ['2023-01-30', '2023-01-31', 1],
    ['2023-01-31', '2023-02-01', 2],
    ['2023-09-15', '2023-10-14', 30], // P2: one full month
    ['2023-12-15', '2024-01-14', 30], // across a year end
    ['2023-01-01', '2023-12-31', 360],
    ['2023-01-01', '2023-12-30', 360],
  ] as const)('%s → %s is %i days', (start, end, expected) => {
    expect(days30360(start, end)).toBe(expected);
    expect(oracle30360(start, end)).toBe(expected);
  });

  it('agrees with the day-walking oracle on random periods (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (n, length) => {
        const start = addDays(FIRST, n);
        const end = addDays(start, length);
        expect(days30360(start, end)).toBe(oracle30360(start, end));
      }),
    );
  });

  it('counts calendar days for the calendar method', () => {
    expect(countDays('calendar', '2023-02-01', '2023-03-31')).toBe(59);
    expect(countDays('30/360', '2023-02-01', '2023-03-31')).toBe(60);
  });

  it('refuses a date that is not valid (internal callers pass validated dates)', () => {
    expect(() => days30360('2023-02-30' as never, '2023-03-01')).toThrow(RangeError);
    expect(() => days30360('2023-02-01', '2023-13-01' as never)).toThrow(/2023-13-01/);
  });
});

describe('days30360EveryMonth30: the "every month counts 30 days" reading (corrections §3)', () => {
  it.each([
    ['2024-01-01', '2024-02-29', 60, 59],
    ['2023-02-01', '2023-02-28', 30, 28],
    ['2023-01-01', '2023-02-28', 60, 58],
    ['2024-02-01', '2024-02-29', 30, 29],
    ['2023-02-28', '2023-03-31', 31, 33], // a start on the last day of February counts as the 30th too
    ['2024-02-28', '2024-03-31', 33, 33], // 28 February 2024 is not the last day of February
  ] as const)('%s → %s is %i days (the formula: %i)', (start, end, other, formula) => {
    expect(days30360EveryMonth30(start, end)).toBe(other);
    expect(days30360(start, end)).toBe(formula);
  });

  it('equals the formula unless an end is the last day of February, and is longer when only the end is (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (n, length) => {
        const start = addDays(FIRST, n);
        const end = addDays(start, length);
        const formula = days30360(start, end);
        const other = days30360EveryMonth30(start, end);
        if (!isLastDayOfFebruary(end)) {
          if (!isLastDayOfFebruary(start)) expect(other).toBe(formula);
        } else if (!isLastDayOfFebruary(start)) {
          expect(other - formula).toBe(30 - Number(end.slice(8)));
        }
      }),
    );
  });

  it('knows the last day of February in common, leap and century years', () => {
    expect(isLastDayOfFebruary('2023-02-28')).toBe(true);
    expect(isLastDayOfFebruary('2024-02-28')).toBe(false);
    expect(isLastDayOfFebruary('2024-02-29')).toBe(true);
    expect(isLastDayOfFebruary('2100-02-28')).toBe(true);
    expect(isLastDayOfFebruary('2023-03-31')).toBe(false);
  });
});

describe('months and days', () => {
  it('splits into 30-day months', () => {
    expect(toMonthsAndDays(105)).toEqual({ months: 3, days: 15 });
    expect(toMonthsAndDays(55)).toEqual({ months: 1, days: 25 });
    expect(toMonthsAndDays(0)).toEqual({ months: 0, days: 0 });
  });

  it.each([
    [55, '1 month and 25 days'],
    [60, '2 months'],
    [30, '1 month'],
    [31, '1 month and 1 day'],
    [1, '1 day'],
    [0, '0 days'],
    [105, '3 months and 15 days'],
  ] as const)('describes %i days as %s', (days, words) => {
    expect(describeMonthsAndDays(days)).toBe(words);
  });

  it('describes days', () => {
    expect(describeDays(1)).toBe('1 day');
    expect(describeDays(14)).toBe('14 days');
  });
});
