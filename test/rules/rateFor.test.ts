import { describe, expect, it } from 'vitest';
import { defineRateSheet, type RateSheet } from '../../src/rules/defineRateSheet.js';
import { rateFor } from '../../src/rules/rateFor.js';

describe('rateFor', () => {
  const sheet = defineRateSheet({
    callYear: 2024,
    ka131: { studentMonthly: { 1: 600, 2: 540, 3: 540 } },
    vetSchAdu: { learnerDaily: { 1: 70, 2: 60, 3: '50.5' } },
  });

  it('reads a value by the path of the range figure it replaces', () => {
    expect(rateFor(sheet, 'ka131.studentMonthly.3')).toBe('540.00');
    expect(rateFor(sheet, 'vetSchAdu.learnerDaily.3')).toBe('50.50');
  });

  it('returns undefined for tables the sheet does not set, bad paths and no sheet', () => {
    expect(rateFor(sheet, 'ka131.staffDaily.1')).toBeUndefined();
    expect(rateFor(sheet, 'vetSchAdu.staffDaily.1')).toBeUndefined();
    expect(rateFor(sheet, 'ka131.studentMonthly.4')).toBeUndefined();
    expect(rateFor(sheet, 'ka131.studentMonthly')).toBeUndefined();
    expect(rateFor(sheet, 'ka131')).toBeUndefined();
    expect(rateFor(sheet, 'ka131.studentMonthly.1.x')).toBeUndefined();
    expect(rateFor(sheet, 'ka171.studentMonthly.1')).toBeUndefined();
    expect(rateFor(sheet, 'ka131.studentMonthly.toString')).toBeUndefined();
    expect(rateFor(undefined, 'ka131.studentMonthly.1')).toBeUndefined();
    expect(rateFor(null as unknown as RateSheet, 'ka131.studentMonthly.1')).toBeUndefined();
    expect(rateFor(sheet, 42 as unknown as string)).toBeUndefined();
    expect(rateFor({ callYear: 2024 }, 'ka131.studentMonthly.1')).toBeUndefined();
  });
});
