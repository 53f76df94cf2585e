/**
 * Issue 17, Acceptance: one planted difference of each kind in the list of reasons
 * (day-count convention; interruptions, non-funded days, travel-day cap; rates; top-ups; travel
 * band; zero grant, force majeure; a stale stored value; rounding), each recognised with its
 * reason — and a difference no single change reproduces is reported as unexplained.
 */
import { describe, expect, it } from 'vitest';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { reconcileGrants } from '../../src/reconcile/reconcileGrants.js';
import type {
  FieldDifference,
  ReconciledRecord,
  ReconcileOptions,
  ReportedValues,
} from '../../src/reconcile/types.js';
import { defineRateSheet } from '../../src/rules/defineRateSheet.js';
import { staff, student, supportOf, travelOf } from './fixtures.js';

/** Reconciles one record and returns it (reconciled, not invalid). */
function one(
  mobility: MobilityInput,
  reported: ReportedValues,
  options?: ReconcileOptions,
): ReconciledRecord {
  const record = reconcileGrants([{ id: 'R1', mobility, reported }], options).records[0];
  if (record === undefined || record.status === 'invalid') throw new Error('not reconciled');
  return record;
}

/** The difference of a field. */
function field(record: ReconciledRecord, name: FieldDifference['field']): FieldDifference {
  const found = record.differences.find((d) => d.field === name);
  if (found === undefined) throw new Error(`no difference in ${name}`);
  return found;
}

const codes = (d: FieldDifference) => d.reasons.map((r) => r.code);

describe('issue 17: planted differences, each recognised with its reason', () => {
  it('day-count convention: stored with calendar days (136) instead of 30/360 (134)', () => {
    // 4 months × €674.00 + 16 days × €674.00/30 = 2696.00 + 359.47
    const record = one(student, {
      calculatedDays: 136,
      fundedDays: 136,
      individualSupport: '3055.47',
    });
    expect(record.status).toBe('differs');
    for (const name of ['calculatedDays', 'fundedDays', 'individualSupport'] as const) {
      expect(codes(field(record, name))[0], name).toBe('day-count');
    }
    const message = field(record, 'individualSupport').reasons[0]?.message;
    expect(message).toContain('a 136-day count of these dates (calendar days)');
    expect(message).toContain('30/360: 134 days');
    expect(field(record, 'calculatedDays')).toMatchObject({
      reported: 136,
      recomputed: 134,
      difference: 2,
    });
  });

  it('day-count convention: a staff period counted 30/360 across the 31st', () => {
    // 28 October – 1 November: 5 calendar days, 4 days counted 30/360.
    const mobility = { ...staff, startDate: '2024-10-28', endDate: '2024-11-01' } as const;
    const record = one(mobility, { calculatedDays: 4 });
    expect(field(record, 'calculatedDays').reasons[0]?.message).toContain(
      'a 4-day count of these dates (30/360)',
    );
  });

  it('interruptions left out (and no stale-value reason, as the stored days are explained)', () => {
    const record = one(
      { ...student, interruptionDays: 10 },
      { fundedDays: 134, individualSupport: '3010.53' },
    );
    expect(codes(field(record, 'fundedDays'))).toEqual(['interruptions']);
    expect(codes(field(record, 'individualSupport'))).toEqual(['interruptions']);
    expect(field(record, 'individualSupport').reasons[0]?.message).toContain(
      'with the 10 days of interruption left out',
    );
  });

  it('non-funded days paid', () => {
    const record = one({ ...student, nonFundedDays: 10 }, { individualSupport: '3010.53' });
    expect(codes(field(record, 'individualSupport'))).toEqual(['non-funded-days']);
  });

  it('travel days: none funded', () => {
    // 5 days × €148.00 instead of 7 days × €148.00
    const record = one(staff, { fundedDays: 5, individualSupport: '740.00' });
    expect(codes(field(record, 'fundedDays'))).toEqual(['travel-days']);
    expect(codes(field(record, 'individualSupport'))).toEqual(['travel-days']);
  });

  it('travel-day cap: 4 travel days funded (the green cap) on standard travel (cap 2)', () => {
    const record = one({ ...staff, travelDays: 4 }, { fundedDays: 9 });
    expect(codes(field(record, 'fundedDays'))).toEqual(['travel-days']);
    expect(field(record, 'fundedDays').reasons[0]?.message).toContain(
      'travel-day cap of green travel',
    );
  });

  it('rates: the Programme Guide reference values instead of the rate sheet', () => {
    const rateSheet = defineRateSheet({
      callYear: 2024,
      agency: 'RS01',
      ka131: { studentMonthly: { 1: 600, 2: 550, 3: 500 } },
    });
    const record = one(student, { individualSupport: '3010.53' }, { rateSheet });
    const difference = field(record, 'individualSupport');
    expect(difference.recomputed).toBe(supportOf(student, { rateSheet }));
    expect(codes(difference)[0]).toBe('rates');
    expect(difference.reasons[0]?.message).toContain('reference rates of call 2024');
    expect(difference.reasons[0]?.message).toContain('(RS01)');
  });

  it("rates: another call year's (travel bands of call 2023 on a call 2024 project)", () => {
    const stored = travelOf({ ...staff, callYear: 2023 });
    expect(stored).not.toBe(travelOf(staff));
    const record = one(staff, { travel: stored });
    expect(codes(field(record, 'travel'))).toEqual(['rates']);
    expect(field(record, 'travel').reasons[0]?.message).toContain('the rates of call 2023');
  });

  it('top-ups: the fewer-opportunities top-up paid without the flag', () => {
    // + 4 months × €250.00 + 14 days × €250.00/30 = 1116.67
    const record = one(student, { individualSupport: '4127.20' });
    expect(codes(field(record, 'individualSupport'))).toEqual(['top-ups']);
    expect(field(record, 'individualSupport').reasons[0]?.message).toContain(
      'with the fewer-opportunities top-up',
    );
  });

  it('top-ups: a study mobility paid as a traineeship', () => {
    // + 4 months × €150.00 + 14 days × €150.00/30 = 670.00
    const record = one(student, { individualSupport: '3680.53' });
    expect(codes(field(record, 'individualSupport'))).toEqual(['top-ups']);
    expect(field(record, 'individualSupport').reasons[0]?.message).toContain('for a traineeship');
  });

  it('travel band: the next band up (500–1999 km) for 370 km', () => {
    const record = one(staff, { travel: '309.00' });
    expect(codes(field(record, 'travel'))).toEqual(['travel-band']);
    expect(field(record, 'travel').reasons[0]?.message).toContain(
      'with the 500–1999 km band; the one-way distance of 370 km falls in the 100–499 km band',
    );
  });

  it('travel band: the green amount on standard travel', () => {
    const record = one(staff, { travel: '285.00' });
    expect(codes(field(record, 'travel'))).toEqual(['travel-band']);
    expect(field(record, 'travel').reasons[0]?.message).toContain('with green travel');
  });

  it('zero grant: stored 0.00 without the flag, and a grant stored with the flag', () => {
    expect(codes(field(one(staff, { total: '0.00' }), 'total'))).toEqual(['zero-grant']);
    const total = calculateGrant(staff).total;
    const flagged = one({ ...staff, zeroGrant: true }, { total });
    expect(codes(field(flagged, 'total'))).toEqual(['zero-grant']);
  });

  it('force majeure: amounts typed by hand', () => {
    const record = one({ ...staff, forceMajeure: true }, { total: '500.00' });
    expect(codes(field(record, 'total'))).toEqual(['force-majeure']);
    // without force majeure the same amount is unexplained
    expect(field(one(staff, { total: '500.00' }), 'total').explained).toBe(false);
  });

  it('a stale stored value: the amount follows stored days that nothing else explains', () => {
    // 120 funded days = 4 months × €674.00
    const record = one(student, { fundedDays: 120, individualSupport: '2696.00' });
    expect(field(record, 'fundedDays').explained).toBe(false);
    expect(codes(field(record, 'individualSupport'))).toEqual(['stale-value']);
    expect(field(record, 'individualSupport').reasons[0]?.message).toContain(
      'https://wikis.ec.europa.eu/display/NAITDOC/Beneficiary+module+FAQs',
    );
  });

  it('rounding: only the total rounded, with rates that leave thirds of a cent', () => {
    const rateSheet = defineRateSheet({
      callYear: 2024,
      ka131: { studentMonthly: { 1: 601, 2: 601, 3: 601 } },
    });
    // 4 months and 1 day: 601/30 = 20.0333… and 250/30 = 8.3333… a day
    const mobility = {
      ...student,
      endDate: '2025-01-01',
      participant: { fewerOpportunities: true },
    } as const;
    const perLine = calculateGrant(mobility, { rateSheet }).total;
    const totalOnly = calculateGrant(mobility, { rateSheet, rounding: 'total-only' }).total;
    expect(totalOnly).not.toBe(perLine);
    const record = one(mobility, { total: totalOnly }, { rateSheet });
    expect(codes(field(record, 'total'))).toEqual(['rounding', 'rounding']);
    expect(field(record, 'total').reasons[0]?.message).toContain('rounds only the total');
  });

  it('rounding: a cent per line at most', () => {
    const total = calculateGrant(staff).total; // 2 lines
    const record = one(staff, { total: (Number(total) + 0.02).toFixed(2) });
    expect(codes(field(record, 'total'))).toEqual(['rounding']);
    const three = one(staff, { total: (Number(total) + 0.03).toFixed(2) });
    expect(field(three, 'total').explained).toBe(false);
  });

  it('unexplained: no single change reproduces the stored value', () => {
    const difference = field(one(staff, { total: '1234.56' }), 'total');
    expect(difference).toMatchObject({ explained: false, reasons: [] });
    expect(difference.difference).toBe((1234.56 - Number(calculateGrant(staff).total)).toFixed(2));
  });

  it('reports several reasons in the order of the list (reference rates before call years)', () => {
    const rateSheet = defineRateSheet({
      callYear: 2024,
      ka131: { studentMonthly: { 1: 600, 2: 550, 3: 500 } },
    });
    const reasons = field(
      one(student, { individualSupport: '3010.53' }, { rateSheet }),
      'individualSupport',
    ).reasons;
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons[0]?.message).toContain('reference rates');
    expect(reasons.slice(1).every((r) => r.message.includes('the rates of call'))).toBe(true);
  });
});
