/**
 * Issue 19: grant results computed with a shipped National Agency sheet (Acceptance: the DE01 and
 * TR01 amounts; each flag as a warning — minima, national money, above the range, call year,
 * statuses — in results, statements and budgets; only for the values a result used).
 */
import { describe, expect, it } from 'vitest';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { estimateProjectBudget } from '../../src/grants/estimateProjectBudget.js';
import type { GrantResult } from '../../src/grants/types.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { renderGrantStatement } from '../../src/report/renderGrantStatement.js';
import { getRateSheet } from '../../src/rules/nationalSheets/getRateSheet.js';

/** A long-term study mobility of a call year, `months` 30-day months from 1 September. */
function student(from: string, to: string, callYear: 2021 | 2022 | 2023 | 2024 | 2025, months = 5) {
  const end = `${callYear + 1}-${String(months - 4).padStart(2, '0')}-30`;
  return {
    action: 'KA131-HED',
    callYear,
    activity: 'student-studies',
    format: 'long-term',
    sendingCountry: from,
    receivingCountry: to,
    startDate: `${callYear}-09-01`,
    endDate: end,
  } as const satisfies MobilityInput;
}

function staff(from: string, to: string, days: number): MobilityInput {
  return {
    action: 'KA131-HED',
    callYear: 2024,
    activity: 'staff-teaching',
    sendingCountry: from,
    receivingCountry: to,
    startDate: '2024-10-01',
    endDate: `2024-10-${String(days).padStart(2, '0')}`,
  };
}

const codes = (grant: GrantResult) => grant.warnings.map((w) => w.code);
const warning = (grant: GrantResult, code: string) => grant.warnings.find((w) => w.code === code);

describe('issue 19, Acceptance: amounts with the shipped sheets', () => {
  it('DE01 2024: 5 months of studies DE → ES (group 2 from call 2024) give 2700.00', () => {
    const grant = calculateGrant(student('DE', 'ES', 2024), {
      rateSheet: getRateSheet('DE01', 2024),
    });
    expect(grant.duration.fullMonths).toBe(5);
    expect(grant.lines[0]?.kind).toBe('individual-support');
    expect(grant.lines[0]?.amount).toBe('2700.00');
    expect(grant.lines[0]?.figures.find((f) => f.path.startsWith('rateSheet.'))).toMatchObject({
      path: 'rateSheet.ka131.studentMonthly.2',
      value: '540.00',
      status: 'confirmed',
      sources: expect.arrayContaining([
        'https://www.uni-augsburg.de/de/studium/ausland/studium/erasmus/erasmus-forderung/',
      ]),
    });
    expect(grant.rules.rates).toBe('rate-sheet');
    // Confirmed values, call year high, no flag: nothing to warn of about the sheet.
    expect(codes(grant).filter((c) => c.startsWith('rate'))).toEqual([]);
    // Without the sheet: the reference value 674.
    expect(calculateGrant(student('DE', 'ES', 2024)).lines[0]?.amount).toBe('3370.00');
  });

  it('TR01 2024: a staff day in group 1 is paid 171.00 (90 % of 190), 119.70 from day 15', () => {
    const sheet = getRateSheet('TR01', 2024);
    const two = calculateGrant(staff('TR', 'DE', 2), { rateSheet: sheet });
    expect(two.lines[0]?.unitAmount).toBe('171.00');
    expect(two.lines[0]?.amount).toBe('342.00');
    const sixteen = calculateGrant(staff('TR', 'DE', 16), { rateSheet: sheet });
    expect(sixteen.lines[0]?.basis).toBe('14 days × €171.00 + 2 days × €119.70 (70 % from day 15)');
    // The published 119 is not compared with a sheet's own rate.
    expect(codes(sixteen)).not.toContain('published-rate-differs');
  });

  it('TR01 2024: group 3 at the derived 133.20, with the derivation’s status in the warnings', () => {
    const grant = calculateGrant(staff('TR', 'PL', 2), { rateSheet: getRateSheet('TR01', 2024) });
    expect(grant.lines[0]?.amount).toBe('266.40');
    expect(warning(grant, 'provisional-figure')?.message).toContain(
      'rateSheet.ka131.staffDaily.3 (derived)',
    );
    expect(grant.rules.provisional).toBe(true);
  });
});

describe('issue 19: each flag of a sheet is a warning of every result that used it', () => {
  it('minima: a university may pay more (ES01 2024)', () => {
    const grant = calculateGrant(student('ES', 'DE', 2024), {
      rateSheet: getRateSheet('ES01', 2024),
    });
    expect(grant.lines[0]?.amount).toBe('1750.00');
    expect(warning(grant, 'rate-sheet-minima')).toEqual({
      code: 'rate-sheet-minima',
      message:
        'Rate sheet ES01 of call 2024: its amounts are national minima and a university may pay more, so a grant computed with them is the least the participant receives, not necessarily what the university pays.',
      paths: ['rateSheet.ka131.studentMonthly.1'],
    });
  });

  it('national money: the amounts are not the EU unit costs (AT01 2024, LT01 2023)', () => {
    const at = calculateGrant(student('AT', 'IT', 2024), { rateSheet: getRateSheet('AT01', 2024) });
    expect(at.lines[0]?.amount).toBe('2600.00');
    expect(warning(at, 'rate-sheet-national-money')?.message).toContain(
      'not the EU unit costs the Beneficiary Module stores',
    );
    const lt = calculateGrant(student('LT', 'PL', 2023), { rateSheet: getRateSheet('LT01', 2023) });
    expect(codes(lt)).toContain('rate-sheet-national-money');
  });

  it('above the range: an NA value above a maximum that is not confirmed warns and is used (SK01 2022)', () => {
    const grant = calculateGrant(student('SK', 'ES', 2022), {
      rateSheet: getRateSheet('SK01', 2022),
    });
    // Spain is in group 2 up to call 2023: 570, above the carried-forward maximum of 540.
    expect(grant.lines[0]?.amount).toBe('2850.00');
    expect(warning(grant, 'rate-outside-range')).toMatchObject({
      paths: ['rateSheet.ka131.studentMonthly.2'],
      message: expect.stringContaining('above the maximum 540.00, a bound that is carried-forward'),
    });
    // Group 1 (Sweden) is inside its range: no such warning.
    const inside = calculateGrant(student('SK', 'SE', 2022), {
      rateSheet: getRateSheet('SK01', 2022),
    });
    expect(codes(inside)).not.toContain('rate-outside-range');
  });

  it('call year: a value filed under its call year with low confidence says so (CZ01 2022)', () => {
    const grant = calculateGrant(student('CZ', 'FR', 2022), {
      rateSheet: getRateSheet('CZ01', 2022),
    });
    expect(warning(grant, 'rate-sheet-call-year')).toMatchObject({
      paths: ['rateSheet.ka131.studentMonthly.2'],
      message: expect.stringContaining('rateSheet.ka131.studentMonthly.2 (low)'),
    });
    // The value itself is confirmed: no provisional warning about it.
    expect(warning(grant, 'provisional-figure')?.paths ?? []).not.toContain(
      'rateSheet.ka131.studentMonthly.2',
    );
  });

  it('warns only of the values a result used', () => {
    // DE01 2024: staff values are single-source (call year medium), student values confirmed.
    const sheet = getRateSheet('DE01', 2024);
    const study = calculateGrant(student('DE', 'ES', 2024), { rateSheet: sheet });
    expect(codes(study)).not.toContain('rate-sheet-call-year');
    const teaching = calculateGrant(staff('DE', 'ES', 5), { rateSheet: sheet });
    expect(warning(teaching, 'rate-sheet-call-year')?.paths).toEqual([
      'rateSheet.ka131.staffDaily.2',
    ]);
    // ES01 has no staff table: a staff result uses the reference values, and no minima warning.
    const es = calculateGrant(staff('ES', 'DE', 5), { rateSheet: getRateSheet('ES01', 2024) });
    expect(codes(es)).toContain('reference-values');
    expect(codes(es)).not.toContain('rate-sheet-minima');
    // A sheet of another call year is not applied, and none of its warnings appear.
    const other = calculateGrant(student('ES', 'DE', 2023), {
      rateSheet: getRateSheet('ES01', 2024),
    });
    expect(codes(other)).not.toContain('rate-sheet-minima');
  });
});

describe('issue 19: the flags reach grant statements and project budgets', () => {
  it('a grant statement lists the national-money warning', () => {
    const grant = calculateGrant(student('AT', 'IT', 2024), {
      rateSheet: getRateSheet('AT01', 2024),
    });
    const text = renderGrantStatement(grant, { format: 'markdown', locale: 'en' });
    expect(text).toContain('its amounts include national money');
  });

  it('a project budget repeats the minima warning of its mobilities', () => {
    const { action: _a, callYear: _c, ...mobility } = student('ES', 'IT', 2023);
    const budget = estimateProjectBudget(
      { action: 'KA131-HED', callYear: 2023, mobilities: [mobility] },
      { rateSheet: getRateSheet('ES01', 2023) },
    );
    expect(budget.warnings.map((w) => w.code)).toContain('rate-sheet-minima');
  });
});
