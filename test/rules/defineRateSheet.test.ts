import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { defineRateSheet, safeDefineRateSheet } from '../../src/rules/defineRateSheet.js';
import { RateSheetInputSchema } from '../../src/rules/rateSheet/RateSheetInputSchema.js';

/** Each problem as `path: message`, the path below the argument `rateSheet` (issue 15, item 7). */
function messages(input: unknown): string[] {
  const result = safeDefineRateSheet(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    expect(issue.path[0]).toBe('rateSheet');
    return `${issue.path.slice(1).join('.')}: ${issue.message}`;
  });
}

describe('defineRateSheet', () => {
  it('accepts values inside the call-year ranges and normalises them to two places', () => {
    // Polish NA, call 2021 (he-mobility-rules.md §2.2b): 520 / 500 / 450, inside 310–600 / 260–540 / 200–490.
    const sheet = defineRateSheet({
      callYear: 2021,
      agency: 'PL01',
      ka131: { studentMonthly: { 1: 520, 2: '500', 3: '450.5' } },
    });
    expect(sheet).toEqual({
      callYear: 2021,
      agency: 'PL01',
      ka131: { studentMonthly: { 1: '520.00', 2: '500.00', 3: '450.50' } },
    });
    expect(Object.isFrozen(sheet)).toBe(true);
    expect(Object.isFrozen(sheet.ka131)).toBe(true);
    expect(Object.isFrozen(sheet.ka131?.studentMonthly)).toBe(true);
  });

  it('treats range bounds as inclusive', () => {
    expect(
      defineRateSheet({
        callYear: 2021,
        ka131: { studentMonthly: { 1: '310', 2: '540', 3: '200.00' } },
      }).ka131?.studentMonthly,
    ).toEqual({ 1: '310.00', 2: '540.00', 3: '200.00' });
    expect(
      messages({ callYear: 2021, ka131: { studentMonthly: { 1: '309.99', 2: 300, 3: 300 } } }),
    ).toHaveLength(1);
  });

  it('names the value, the table, the group and the range when out of range', () => {
    const out = messages({ callYear: 2021, ka131: { studentMonthly: { 1: 650, 2: 300, 3: 300 } } });
    expect(out).toEqual([
      'ka131.studentMonthly.1: 650.00 is out of range. KA131 student monthly rate, group 1: call-2021 range 310.00–600.00 (single-source)',
    ]);
    expect(() =>
      defineRateSheet({ callYear: 2021, ka131: { studentMonthly: { 1: 650, 2: 300, 3: 300 } } }),
    ).toThrow(InputError);
  });

  it('checks upper bounds alone where only the maximum is known (staff 2021)', () => {
    const out = messages({ callYear: 2021, ka131: { staffDaily: { 1: 181, 2: 10, 3: 0 } } });
    expect(out).toEqual([
      'ka131.staffDaily.1: 181.00 is out of range. KA131 staff daily rate, group 1: call-2021 range at most 180.00 (single-source)',
    ]);
  });

  it('checks VET/school/adult ranges (2024: 96–190 / 84–170 / 71–148)', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      vetSchAdu: { staffDaily: { 1: 190, 2: 84, 3: 100 }, learnerDaily: { 1: 70, 2: 60, 3: 50 } },
    });
    expect(sheet.vetSchAdu?.staffDaily?.[2]).toBe('84.00');
    expect(sheet.vetSchAdu?.learnerDaily?.[1]).toBe('70.00');
    const out = messages({ callYear: 2024, vetSchAdu: { staffDaily: { 1: 95, 2: 171, 3: 71 } } });
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('96.00–190.00');
    expect(out[1]).toContain('vetSchAdu.staffDaily.2');
  });

  it('reports every missing group with its range', () => {
    const out = messages({ callYear: 2024, ka131: { staffDaily: { 1: 150 } } });
    expect(out).toEqual([
      'ka131.staffDaily.2: Missing value. KA131 staff daily rate, group 2: call-2024 range at most 170.00 (single-source)',
      'ka131.staffDaily.3: Missing value. KA131 staff daily rate, group 3: call-2024 range at most 148.00 (single-source)',
    ]);
  });

  it('says when the range of a group is not known at all', () => {
    const out = messages({ callYear: 2022, vetSchAdu: { learnerDaily: {} } });
    expect(out[0]).toContain('no bounds known');
  });

  it('requires at least one table', () => {
    expect(messages({ callYear: 2024 })[0]).toContain('at least one table');
    expect(messages({ callYear: 2024, ka131: {} })[0]).toContain('at least one table');
  });

  it('rejects malformed input with InputError, never a crash', () => {
    for (const input of [
      null,
      'x',
      { callYear: 2019, ka131: { staffDaily: { 1: 1, 2: 1, 3: 1 } } },
      { callYear: 2024, ka131: { staffDaily: { 1: -1, 2: 'x', 3: 1.234 } } },
      { callYear: 2024, ka131: { staffDaily: { 1: Number.NaN, 2: 1, 3: 1 } } },
      { callYear: 2024, ka131: { staffDaily: { 1: 1, 2: 1, 3: 1, 4: 1 } } },
      { callYear: 2024, other: {} },
      { callYear: 2024, agency: '', ka131: { staffDaily: { 1: 1, 2: 1, 3: 1 } } },
    ]) {
      const result = safeDefineRateSheet(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error).toBeInstanceOf(InputError);
    }
  });

  it('does not mutate its input', () => {
    const input = {
      callYear: 2021,
      ka131: { studentMonthly: { 1: 520, 2: 500, 3: 450 } },
    } as const;
    const copy = structuredClone(input);
    defineRateSheet(input);
    expect(input).toEqual(copy);
  });

  it('exposes its input schema', () => {
    expect(
      RateSheetInputSchema.safeParse({
        callYear: 2021,
        ka131: { staffDaily: { 1: 1, 2: 1, 3: 1 } },
      }).success,
    ).toBe(true);
  });
});
