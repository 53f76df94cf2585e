/**
 * Issue 19, "The same rule in defineRateSheet": a value beyond a bound that is not confirmed is
 * accepted with a warning; beyond a `confirmed` bound it stays an error, in both directions. No
 * range of the shipped packs is confirmed yet, so the call-2021 student ranges are made confirmed
 * here (getRules mocked), the rest left as they are.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CallYear } from '../../../src/_lib/callYear.js';
import type { RulePack } from '../../../src/rules/types.js';

vi.mock('../../../src/rules/getRules.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/rules/getRules.js')>();
  const confirmed = (pack: RulePack): RulePack => {
    const table = pack.ka131.studentMonthly;
    const mark = (g: 1 | 2 | 3) => ({ ...table[g], status: 'confirmed' as const });
    return {
      ...pack,
      ka131: { ...pack.ka131, studentMonthly: { 1: mark(1), 2: mark(2), 3: mark(3) } },
    };
  };
  return {
    ...original,
    getRules: (year: CallYear) => {
      const pack = original.getRules(year);
      return year === 2021 ? confirmed(pack) : pack;
    },
  };
});

const { safeDefineRateSheet, defineRateSheet } = await import(
  '../../../src/rules/defineRateSheet.js'
);
const { calculateGrant } = await import('../../../src/grants/calculateGrant.js');

function messages(input: unknown): string[] {
  const result = safeDefineRateSheet(input);
  return result.success
    ? []
    : result.error.issues.map((i) => `${i.path.slice(1).join('.')}: ${i.message}`);
}

describe('issue 19: outside a confirmed range stays an error, in both directions', () => {
  it('refuses a value above a confirmed maximum', () => {
    expect(
      messages({ callYear: 2021, ka131: { studentMonthly: { 1: 650, 2: 300, 3: 300 } } }),
    ).toEqual([
      'ka131.studentMonthly.1: 650.00 is out of range. KA131 student monthly rate, group 1: call-2021 range 310.00–600.00 (confirmed)',
    ]);
  });

  it('refuses a value below a confirmed minimum', () => {
    expect(
      messages({ callYear: 2021, ka131: { studentMonthly: { 1: 400, 2: 300, 3: 199.99 } } }),
    ).toEqual([
      'ka131.studentMonthly.3: 199.99 is out of range. KA131 student monthly rate, group 3: call-2021 range 200.00–490.00 (confirmed)',
    ]);
  });

  it('accepts the bounds themselves, without a warning', () => {
    const sheet = defineRateSheet({
      callYear: 2021,
      ka131: { studentMonthly: { 1: 600, 2: 260, 3: 490 } },
    });
    expect(sheet.warnings).toBeUndefined();
  });

  it('refuses such a sheet given to calculateGrant, too', () => {
    const student = {
      action: 'KA131-HED',
      callYear: 2021,
      activity: 'student-studies',
      format: 'long-term',
      sendingCountry: 'HR',
      receivingCountry: 'SE',
      startDate: '2021-09-01',
      endDate: '2021-12-30',
    } as const;
    const sheet = { callYear: 2021, ka131: { studentMonthly: { 1: 650, 2: 300, 3: 300 } } };
    expect(() => calculateGrant(student, { rateSheet: sheet as never })).toThrow(/out of range/);
  });

  it('still accepts, with a warning, a value beyond a bound that is not confirmed (staff 2021)', () => {
    const sheet = defineRateSheet({
      callYear: 2021,
      ka131: { staffDaily: { 1: 181, 2: 160, 3: 140 } },
    });
    expect(sheet.warnings?.[0]?.message).toContain(
      'above the maximum 180.00, a bound that is single-source',
    );
  });
});
