import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { calculateGrant, safeCalculateGrant } from '../../src/grants/calculateGrant.js';
import { GrantOptionsSchema } from '../../src/grants/GrantOptionsSchema.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { defineRateSheet } from '../../src/rules/defineRateSheet.js';

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

describe('calculateGrant', () => {
  it('the TSDoc example: 5 days × 170 + 395 travel', () => {
    const result = calculateGrant(staff);
    expect(result.total).toBe('1245.00');
    expect(result.currency).toBe('EUR');
    expect(result.rules).toEqual({
      callYear: 2024,
      provisional: true,
      rates: 'reference',
      rounding: 'per-line',
    });
    const travel = result.lines.find((l) => l.kind === 'travel');
    expect(travel).toMatchObject({
      quantity: 1,
      unit: 'trip',
      unitAmount: '395.00',
      amount: '395.00',
    });
    expect(travel?.basis).toBe('2750 km one way: standard band 2000–2999 km, return trip');
    expect(travel?.figures.map((f) => f.path)).toEqual(['travelBands.KA131-HED.3.standard']);
  });

  it('names every figure used with its status, and warns about the ones not confirmed', () => {
    const result = calculateGrant(staff);
    const support = result.lines[0];
    expect(support?.figures.map((f) => [f.path, f.status])).toEqual([
      ['countryGroups.he.groups.PT', 'confirmed'],
      ['ka131.staffDaily.2', 'single-source'],
      ['ka131.staffFullRateDays', 'confirmed'],
      ['ka131.staffReductionFromDay15', 'confirmed'],
    ]);
    const provisional = result.warnings.find((w) => w.code === 'provisional-figure');
    expect(provisional?.paths).toEqual(['ka131.staffDaily.2']);
    expect(provisional?.message).toContain('ka131.staffDaily.2 (single-source)');
    const reference = result.warnings.find((w) => w.code === 'reference-values');
    expect(reference?.message).toContain('Programme Guide reference values');
    expect(reference?.paths).toEqual(['ka131.staffDaily.2']);
  });

  it('uses a rate sheet of the same call year, and not one of another year', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      ka131: { staffDaily: { 1: 150, 2: 130, 3: 110 } },
    });
    const withSheet = calculateGrant(staff, { rateSheet: sheet });
    expect(withSheet.total).toBe((5 * 130 + 395).toFixed(2));
    expect(withSheet.rules.rates).toBe('rate-sheet');
    expect(withSheet.warnings.map((w) => w.code)).not.toContain('reference-values');
    expect(withSheet.lines[0]?.figures.find((f) => f.path.startsWith('rateSheet.'))).toMatchObject({
      path: 'rateSheet.ka131.staffDaily.2',
      value: '130.00',
    });

    const other = defineRateSheet({
      callYear: 2022,
      ka131: { staffDaily: { 1: 150, 2: 130, 3: 110 } },
    });
    const mismatch = calculateGrant(staff, { rateSheet: other });
    expect(mismatch.total).toBe('1245.00');
    expect(mismatch.rules.rates).toBe('reference');
    expect(mismatch.warnings.find((w) => w.code === 'reference-values')?.message).toBe(
      'The rate sheet is for call 2022 and was not applied to this call-2024 mobility: the Programme Guide reference values were used for the rates a National Agency chooses. Pass a rate sheet of call 2024 for your National Agency’s rates.',
    );
  });

  it('a sheet table without the needed value falls back to the reference', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      ka131: { studentMonthly: { 1: 600, 2: 600, 3: 540 } },
    });
    const result = calculateGrant(staff, { rateSheet: sheet });
    expect(result.total).toBe('1245.00');
    expect(result.warnings.map((w) => w.code)).toContain('reference-values');
  });

  it('re-validates a rate sheet written by hand: its warnings are written anew (issue 19, above the ranges)', () => {
    // 999 is above the single-source call-2024 maxima: accepted, and the result warns, whatever
    // warnings the hand-written sheet claims.
    const forged = {
      callYear: 2024,
      ka131: { staffDaily: { 1: '999.00', 2: '999.00', 3: '999.00' } },
      warnings: [],
    };
    const result = calculateGrant(staff, { rateSheet: forged as never });
    expect(result.warnings.find((w) => w.code === 'rate-outside-range')?.paths).toEqual([
      'rateSheet.ka131.staffDaily.2',
    ]);
    const incomplete = { callYear: 2024, ka131: { staffDaily: { 1: '150.00' } } };
    expect(() => calculateGrant(staff, { rateSheet: incomplete as never })).toThrow(
      /Missing value/,
    );
  });

  it('accepts a pre-parsed mobility and returns the same result', () => {
    const parsed = parseMobility(staff);
    expect(calculateGrant(parsed)).toEqual(calculateGrant(staff));
  });

  it('throws InputError for bad input and bad options; the safe twin returns it', () => {
    expect(() => calculateGrant({ ...staff, endDate: '2024-05-01' })).toThrow(InputError);
    expect(() => calculateGrant(staff, { rounding: 'banker' } as never)).toThrow(InputError);
    expect(() => calculateGrant(staff, { rateSheet: 'DE01' } as never)).toThrow(InputError);
    expect(() => calculateGrant(staff, { currency: 'USD' } as never)).toThrow(InputError);
    const bad = safeCalculateGrant({ action: 'KA131-HED', callYear: 2019 } as never);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.length).toBeGreaterThan(0);
    const ok = safeCalculateGrant(staff);
    expect(ok.success && ok.data.total).toBe('1245.00');
  });

  it('GrantOptionsSchema accepts the documented options only', () => {
    expect(GrantOptionsSchema.safeParse(undefined).success).toBe(true);
    expect(GrantOptionsSchema.safeParse({ rounding: 'per-line' }).success).toBe(true);
    expect(GrantOptionsSchema.safeParse({ rounding: 'banker' }).success).toBe(false);
  });

  it('shows non-terminating reduced rates exactly in the basis', () => {
    const sheet = defineRateSheet({
      callYear: 2024,
      ka131: { staffDaily: { 1: '123.45', 2: 130, 3: 110 } },
    });
    const result = calculateGrant(
      { ...staff, receivingCountry: 'FR', startDate: '2024-05-01', endDate: '2024-05-15' },
      { rateSheet: sheet },
    );
    // 123.45 × 0.7 = 86.415 per day from day 15.
    expect(result.lines[0]?.basis).toBe('14 days × €123.45 + 1 day × €86.415 (70 % from day 15)');
    // 1728.30 + 86.415 = 1814.715, rounded half up (binary floats would give 1814.71).
    expect(result.lines[0]?.amount).toBe('1814.72');
  });

  it('long-term rates that are not divisible by 30 show rate/30 in the basis', () => {
    const result = calculateGrant({
      action: 'KA131-HED',
      callYear: 2021,
      activity: 'student-studies',
      format: 'long-term',
      sendingCountry: 'DE',
      receivingCountry: 'PL',
      startDate: '2021-10-01',
      endDate: '2021-12-10',
    });
    expect(result.lines[0]?.basis).toBe('2 months × €490.00 + 10 days × €490.00/30');
    expect(result.lines[0]?.amount).toBe((2 * 490 + (10 * 490) / 30).toFixed(2));
  });

  it('a learner stay beyond day 365 (with travel days) leaves the extra days unfunded', () => {
    const result = calculateGrant({
      action: 'KA122-VET',
      callYear: 2022,
      activity: 'learner-long-term',
      sendingCountry: 'FI',
      receivingCountry: 'LV',
      startDate: '2022-09-01',
      endDate: '2023-08-31',
      travelDays: 2,
    });
    expect(result.duration.fundedDays).toBe(367);
    const line = result.lines[0];
    expect(line?.quantity).toBe(365);
    expect(line?.basis).toContain('2 days unfunded');
    expect(line?.amount).toBe((14 * 48 + 351 * 48 * 0.7).toFixed(2));
  });

  it('outermost regions as destination use their Member State group, with an assumption', () => {
    const result = calculateGrant({
      action: 'KA131-HED',
      callYear: 2022,
      activity: 'student-studies',
      format: 'long-term',
      sendingCountry: 'DE',
      receivingCountry: 'RE',
      startDate: '2022-09-01',
      endDate: '2022-11-30',
    });
    expect(result.eligibility.eligible).toBe(true);
    expect(result.lines[0]?.amount).toBe((3 * 540).toFixed(2));
    expect(
      result.warnings.some((w) => w.code === 'assumption' && w.message.includes('Réunion')),
    ).toBe(true);
  });

  it('VET learners going outside the EU and associated countries: no rate, incomplete', () => {
    const result = calculateGrant({
      action: 'KA121-VET',
      callYear: 2024,
      activity: 'learner-short-term',
      sendingCountry: 'FI',
      receivingCountry: 'JP',
      startDate: '2024-03-01',
      endDate: '2024-03-20',
    });
    if (result.eligibility.eligible) {
      expect(result.lines).toEqual([]);
      expect(result.complete).toBe(false);
      expect(result.missing.map((p) => p.kind)).toEqual(['individual-support', 'travel']);
    } else {
      expect(result.total).toBe('0.00');
    }
  });
});

describe('KA171 short-term students', () => {
  it('use the KA131 short-term daily rates, with an assumption warning', () => {
    const result = calculateGrant({
      action: 'KA171-HED',
      callYear: 2024,
      activity: 'student-studies',
      format: 'short-term',
      blended: true,
      virtualDays: 2,
      sendingCountry: 'DE',
      receivingCountry: 'BA',
      startDate: '2024-05-01',
      endDate: '2024-05-10',
    });
    expect(result.lines[0]?.amount).toBe((10 * 79).toFixed(2));
    expect(
      result.warnings.some((w) => w.code === 'assumption' && w.message.includes('KA171')),
    ).toBe(true);
  });
});
