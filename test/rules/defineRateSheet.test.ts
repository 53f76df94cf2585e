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
    // Polish NA, call 2021 (docs/rate-sheets.md, PL01): 520 / 500 / 450, inside 310–600 / 260–540 / 200–490.
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

  it('treats range bounds as inclusive, and warns just beyond a bound that is not confirmed', () => {
    const sheet = defineRateSheet({
      callYear: 2021,
      ka131: { studentMonthly: { 1: '310', 2: '540', 3: '200.00' } },
    });
    expect(sheet.ka131?.studentMonthly).toEqual({ 1: '310.00', 2: '540.00', 3: '200.00' });
    expect(sheet.warnings).toBeUndefined();
    const below = defineRateSheet({
      callYear: 2021,
      ka131: { studentMonthly: { 1: '309.99', 2: 300, 3: 300 } },
    });
    expect(below.warnings?.map((w) => w.paths)).toEqual([['ka131.studentMonthly.1']]);
  });

  // Issue 19, "The same rule in defineRateSheet": a published rate above a bound that is itself
  // single-source or carried-forward is accepted with a warning naming the bound and its status.
  it('issue 19: accepts a value above a single-source maximum with a warning naming the bound', () => {
    const sheet = defineRateSheet({
      callYear: 2021,
      agency: 'HR01',
      ka131: { studentMonthly: { 1: 550, 2: 550, 3: 500 } },
    });
    expect(sheet.ka131?.studentMonthly?.[2]).toBe('550.00');
    expect(sheet.warnings).toEqual([
      {
        code: 'rate-outside-range',
        message:
          'Rate sheet HR01 of call 2021, ka131.studentMonthly.2: 550.00 is above the maximum 540.00, a bound that is single-source, not confirmed: the value is used. KA131 student monthly rate, group 2: call-2021 range 260.00–540.00 (single-source)',
        paths: ['ka131.studentMonthly.2'],
      },
      {
        code: 'rate-outside-range',
        message:
          'Rate sheet HR01 of call 2021, ka131.studentMonthly.3: 500.00 is above the maximum 490.00, a bound that is single-source, not confirmed: the value is used. KA131 student monthly rate, group 3: call-2021 range 200.00–490.00 (single-source)',
        paths: ['ka131.studentMonthly.3'],
      },
    ]);
    expect(Object.isFrozen(sheet.warnings?.[0]?.paths)).toBe(true);
  });

  it('issue 19: accepts a value above a carried-forward maximum with a warning naming its status', () => {
    // Call 2022: the student ranges are carried forward from 2021.
    const sheet = defineRateSheet({
      callYear: 2022,
      ka131: { studentMonthly: { 1: 570, 2: 570, 3: 450 } },
    });
    expect(sheet.warnings).toHaveLength(1);
    expect(sheet.warnings?.[0]?.message).toContain(
      '570.00 is above the maximum 540.00, a bound that is carried-forward, not confirmed',
    );
  });

  it('checks upper bounds alone where only the maximum is known (staff 2021)', () => {
    const sheet = defineRateSheet({
      callYear: 2021,
      ka131: { staffDaily: { 1: 181, 2: 10, 3: 0 } },
    });
    expect(sheet.warnings?.map((w) => w.message)).toEqual([
      'The rate sheet of call 2021, ka131.staffDaily.1: 181.00 is above the maximum 180.00, a bound that is single-source, not confirmed: the value is used. KA131 staff daily rate, group 1: call-2021 range at most 180.00 (single-source)',
    ]);
  });

  it('checks VET/school/adult ranges (2024: 96–190 / 84–170 / 71–148)', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      vetSchAdu: { staffDaily: { 1: 190, 2: 84, 3: 100 }, learnerDaily: { 1: 70, 2: 60, 3: 50 } },
    });
    expect(sheet.vetSchAdu?.staffDaily?.[2]).toBe('84.00');
    expect(sheet.vetSchAdu?.learnerDaily?.[1]).toBe('70.00');
    expect(sheet.warnings).toBeUndefined();
    const out = defineRateSheet({
      callYear: 2024,
      vetSchAdu: { staffDaily: { 1: 95, 2: 171, 3: 71 } },
    }).warnings;
    expect(out?.map((w) => w.paths[0])).toEqual([
      'vetSchAdu.staffDaily.1',
      'vetSchAdu.staffDaily.2',
    ]);
    expect(out?.[0]?.message).toContain('below the minimum 96.00');
    expect(out?.[0]?.message).toContain('96.00–190.00');
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

  it('issue 19: keeps the provenance given, frozen, and checks it', () => {
    const provenance = {
      'ka131.staffDaily.3': {
        sources: ['https://erasmus.kilis.edu.tr/en/page/5424'],
        status: 'derived',
        derivation: '0.90 × 148.00 = 133.20',
        callYearConfidence: 'medium',
      },
    } as const;
    const sheet = defineRateSheet({
      callYear: 2024,
      ka131: { staffDaily: { 1: 171, 2: 153, 3: '133.20' } },
      provenance,
    });
    expect(sheet.provenance).toEqual(provenance);
    expect(Object.isFrozen(sheet.provenance?.['ka131.staffDaily.3']?.sources)).toBe(true);
    expect(Object.isFrozen(provenance['ka131.staffDaily.3'])).toBe(false);
    // Provenance of a value the sheet does not give; a derived value without its derivation.
    const base = { callYear: 2024, ka131: { staffDaily: { 1: 171, 2: 153, 3: 133 } } };
    const source = { sources: ['https://example.org/'], status: 'confirmed' };
    expect(messages({ ...base, provenance: { 'ka131.studentMonthly.1': source } })).toEqual([
      'provenance.ka131.studentMonthly.1: Provenance of a value the sheet does not give (ka131.studentMonthly.1)',
    ]);
    const derived = { ...source, status: 'derived' };
    expect(messages({ ...base, provenance: { 'ka131.staffDaily.1': derived } })[0]).toContain(
      'derivation is required',
    );
  });

  it('issue 19: flags minima and national money on the sheet, for every value', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      agency: 'ES01',
      ka131: { studentMonthly: { 1: 350, 2: 300, 3: 250 } },
      minima: true,
      nationalMoney: false,
    });
    expect(sheet.minima).toBe(true);
    expect('nationalMoney' in sheet).toBe(false);
    expect(sheet.warnings?.map((w) => w.code)).toEqual(['rate-sheet-minima']);
    expect(sheet.warnings?.[0]?.paths).toEqual([
      'ka131.studentMonthly.1',
      'ka131.studentMonthly.2',
      'ka131.studentMonthly.3',
    ]);
    expect(sheet.warnings?.[0]?.message).toContain('a university may pay more');
    const national = defineRateSheet({
      callYear: 2024,
      ka131: { studentMonthly: { 1: 520, 2: 470, 3: 470 } },
      nationalMoney: true,
    });
    expect(national.warnings?.[0]?.message).toContain('include national money');
  });

  it('issue 19: a sheet is a valid input again, its warnings written anew', () => {
    const sheet = defineRateSheet({
      callYear: 2021,
      ka131: { studentMonthly: { 1: 550, 2: 500, 3: 500 } },
      minima: true,
    });
    expect(defineRateSheet(sheet)).toEqual(sheet);
    expect(defineRateSheet({ ...sheet, warnings: [] })).toEqual(sheet);
    expect(RateSheetInputSchema.safeParse(sheet).success).toBe(true);
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
