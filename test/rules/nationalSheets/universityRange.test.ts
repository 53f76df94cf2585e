/**
 * Issue 19, "No national sheet": from call 2025 an agency may let each university choose within
 * its ranges. Such a sheet holds the range; using it for a calculation is an error asking for the
 * university's own values, typed with defineRateSheet and validated against that range. No
 * agency's ranges were found in a public source, so the shipped list is empty: an agency is added
 * here (the data module mocked) to test the rule.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/rules/nationalSheets/data/universityRanges.js', () => ({
  UNIVERSITY_RANGES: [
    {
      agency: 'MT01',
      name: 'A test agency',
      country: 'MT',
      callYear: 2025,
      ka131: {
        studentMonthly: {
          1: { min: '400.00', max: '500.00' },
          2: { min: '350.00', max: '450.00' },
          3: { min: '300.00', max: '400.00' },
        },
      },
      provenance: {
        sources: ['https://example.org/ranges'],
        status: 'confirmed',
        callYearConfidence: 'high',
      },
    },
  ],
}));

const { getRateSheet, safeGetRateSheet } = await import(
  '../../../src/rules/nationalSheets/getRateSheet.js'
);
const { listRateSheets } = await import('../../../src/rules/nationalSheets/listRateSheets.js');
const { defineRateSheet, safeDefineRateSheet } = await import(
  '../../../src/rules/defineRateSheet.js'
);

describe('issue 19: agencies whose universities choose within a range', () => {
  it('refuses to give a sheet to compute with, and asks for the university’s own values', () => {
    expect(() => getRateSheet('MT01', 2025)).toThrow(/lets each university choose/);
    const result = safeGetRateSheet('MT', 2025);
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.path).toEqual(['agency']);
    expect(issue?.code === 'custom' ? issue.params?.['code'] : undefined).toBe('no-national-sheet');
    expect(issue?.message).toContain(
      'ka131.studentMonthly: group 1 400.00–500.00, group 2 350.00–450.00',
    );
    expect(issue?.message).toContain("defineRateSheet, giving agency 'MT01'");
  });

  it('lists the agency as a university range', () => {
    expect(listRateSheets().filter((e) => e.kind === 'university-range')).toEqual([
      {
        kind: 'university-range',
        agency: 'MT01',
        agencyName: 'A test agency',
        country: 'MT',
        callYear: 2025,
        covers: ['ka131.studentMonthly'],
      },
    ]);
  });

  it('validates the university’s values against the range (both ways), for that agency only', () => {
    const inside = defineRateSheet({
      callYear: 2025,
      agency: 'MT01',
      ka131: { studentMonthly: { 1: 450, 2: 400, 3: 350 } },
    });
    expect(inside.ka131?.studentMonthly?.[1]).toBe('450.00');
    const outside = safeDefineRateSheet({
      callYear: 2025,
      agency: 'MT01',
      ka131: { studentMonthly: { 1: 550, 2: 400, 3: 299 } },
    });
    expect(outside.success ? [] : outside.error.issues.map((i) => i.message)).toEqual([
      "550.00 is out of range. KA131 student monthly rate, group 1: MT01's call-2025 range for universities 400.00–500.00 (confirmed)",
      "299.00 is out of range. KA131 student monthly rate, group 3: MT01's call-2025 range for universities 300.00–400.00 (confirmed)",
    ]);
    // Another agency, or another call year: only the call year's ranges apply.
    expect(
      safeDefineRateSheet({ callYear: 2025, ka131: { studentMonthly: { 1: 550, 2: 400, 3: 299 } } })
        .success,
    ).toBe(true);
  });
});
