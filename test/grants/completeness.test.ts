/**
 * Issue 14, results that must not mislead (grants part): a total that is only part of the grant
 * says so in `complete` / `missing`; a budget that contains such a grant, or an invalid entry, is
 * incomplete; a rate sheet of another call year gives one clear warning.
 */
import { describe, expect, it } from 'vitest';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { estimateProjectBudget } from '../../src/grants/estimateProjectBudget.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { defineRateSheet } from '../../src/rules/defineRateSheet.js';

/** A student of a Bosnian university studying in Denmark under KA171 (call 2024). */
const baToDk = {
  action: 'KA171-HED',
  callYear: 2024,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'BA',
  receivingCountry: 'DK',
  startDate: '2025-02-03',
  endDate: '2025-06-27',
  travel: { distanceKm: 1500 },
} as const satisfies MobilityInput;

/** A German student studying in Spain under KA131 (call 2024), without a travel distance. */
const deToEs = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2024-09-02',
  endDate: '2024-12-20',
} as const satisfies MobilityInput;

describe('issue 14, results that must not mislead: incomplete grants', () => {
  it('BA → DK (KA171, call 2024): individual support is missing, so the grant is incomplete', () => {
    const grant = calculateGrant(baToDk);
    expect(grant.eligibility.eligible).toBe(true);
    // Only travel could be computed: 1500 km → band 500–1999 km, 309 (call 2024).
    expect(grant.total).toBe('309.00');
    expect(grant.lines.map((l) => l.kind)).toEqual(['travel']);
    expect(grant.complete).toBe(false);
    expect(grant.missing).toHaveLength(1);
    expect(grant.missing[0]).toMatchObject({
      kind: 'individual-support',
      reason: 'figure-missing',
      paths: ['ka171.studentMonthlyIncoming.1'],
    });
    expect(grant.missing[0]?.message).toMatch(/^Individual support is missing: /);
    // The missing part is not repeated as a warning.
    expect(grant.warnings.map((w) => w.message)).not.toContain(grant.missing[0]?.message);
  });

  it('DE → ES study mobility (call 2024): incomplete without a distance, complete with one', () => {
    const without = calculateGrant(deToEs);
    expect(without.complete).toBe(false);
    expect(without.missing.map((p) => [p.kind, p.reason, p.paths])).toEqual([
      ['travel', 'distance-missing', []],
    ]);
    expect(without.lines.map((l) => l.kind)).toEqual(['individual-support']);

    const withDistance = calculateGrant({ ...deToEs, travel: { distanceKm: 1870 } });
    expect(withDistance.complete).toBe(true);
    expect(withDistance.missing).toEqual([]);
    expect(withDistance.lines.map((l) => l.kind)).toEqual(['individual-support', 'travel']);
    // The travel line is exactly what the incomplete total left out: band 500–1999 km, 309.
    expect(Number(withDistance.total) - Number(without.total)).toBeCloseTo(309, 2);
  });

  it('coordinates instead of a distance make the grant complete too', () => {
    const grant = calculateGrant({
      ...deToEs,
      travel: { from: { lat: 52.52, lon: 13.405 }, to: { lat: 40.4168, lon: -3.7038 } },
    });
    expect(grant.complete).toBe(true);
  });

  it('an ineligible or zero-grant mobility is complete: 0.00 is the real answer', () => {
    const tooShort = calculateGrant({ ...deToEs, endDate: '2024-10-10' });
    expect(tooShort.eligibility.eligible).toBe(false);
    expect(tooShort).toMatchObject({ total: '0.00', complete: true, missing: [], lines: [] });
    // Even when the paid grant would lack a figure.
    const ineligibleBaToDk = calculateGrant({ ...baToDk, endDate: '2025-02-20' });
    expect(ineligibleBaToDk.eligibility.eligible).toBe(false);
    expect(ineligibleBaToDk.complete).toBe(true);
    const zeroGrant = calculateGrant({ ...baToDk, zeroGrant: true });
    expect(zeroGrant).toMatchObject({ total: '0.00', complete: true, missing: [] });
  });

  it('complete results share one frozen empty missing list', () => {
    const a = calculateGrant({ ...deToEs, travel: { distanceKm: 1870 } });
    const b = calculateGrant({ ...deToEs, endDate: '2024-10-10' });
    expect(a.missing).toBe(b.missing);
    expect(Object.isFrozen(a.missing)).toBe(true);
  });
});

describe('issue 14, results that must not mislead: incomplete budgets', () => {
  const { action: _action, callYear: _callYear, ...template } = baToDk;

  it('a budget containing the BA → DK grant is incomplete and names the entry', () => {
    const budget = estimateProjectBudget({
      action: 'KA171-HED',
      callYear: 2024,
      counts: [{ participants: 3, mobility: template }],
    });
    expect(budget.complete).toBe(false);
    expect(budget.incomplete).toEqual([
      { source: 'count', index: 0, missing: calculateGrant(baToDk).missing, error: null },
    ]);
    expect(budget.groups[0]?.grant.complete).toBe(false);
    // What could be computed is still there: 3 × 309 travel.
    expect(budget.lines.find((l) => l.kind === 'travel')?.amount).toBe((3 * 309).toFixed(2));
  });

  it('a budget of complete grants is complete', () => {
    const { action: _a, callYear: _c, ...complete } = deToEs;
    const budget = estimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [{ ...complete, travel: { distanceKm: 1870 } }],
    });
    expect(budget).toMatchObject({ complete: true, incomplete: [], missing: [] });
  });
});

describe('issue 14, results that must not mislead: a rate sheet of another call year', () => {
  it('gives one non-contradictory reference-values warning', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      ka131: { studentMonthly: { 1: 600, 2: 600, 3: 540 } },
    });
    const grant = calculateGrant(
      { ...deToEs, callYear: 2021, startDate: '2021-09-01', endDate: '2021-12-31' },
      { rateSheet: sheet },
    );
    expect(grant.rules.rates).toBe('reference');
    const reference = grant.warnings.filter((w) => w.code === 'reference-values');
    expect(reference.map((w) => w.message)).toEqual([
      'The rate sheet is for call 2024 and was not applied to this call-2021 mobility: the Programme Guide reference values were used for the rates a National Agency chooses. Pass a rate sheet of call 2021 for your National Agency’s rates.',
    ]);
  });

  it('says plainly when no rate sheet was given, or when the sheet lacks the value', () => {
    const none = calculateGrant({ ...deToEs, travel: { distanceKm: 1870 } });
    expect(none.warnings.find((w) => w.code === 'reference-values')?.message).toBe(
      'No rate sheet was given: the Programme Guide reference values were used for the rates a National Agency chooses. Pass options.rateSheet for your National Agency’s rates.',
    );
    const staffOnly = defineRateSheet({
      callYear: 2024,
      ka131: { staffDaily: { 1: 150, 2: 130, 3: 110 } },
    });
    const lacking = calculateGrant(deToEs, { rateSheet: staffOnly });
    expect(lacking.warnings.find((w) => w.code === 'reference-values')?.message).toMatch(
      /^The rate sheet gives no value for these rates: /,
    );
  });
});
