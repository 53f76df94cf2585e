/**
 * Conformance tests for the grant engine. Expected amounts are worked out by hand from the
 * Programme Guide funding rules of each call year (Part B, "Mobility projects for higher
 * education students and staff" — HE below — and the VET, school and adult education sections)
 * and the figures of the rule packs (docs/rules/<year>.md, each with its sources), written as
 * plain arithmetic so a reader can check them — never copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import type { GrantOptions } from '../../src/grants/GrantOptionsSchema.js';
import type { GrantLineKind, GrantResult } from '../../src/grants/types.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { defineRateSheet } from '../../src/rules/defineRateSheet.js';

/** Two-place string of a number computed by hand (all expectations are exact to the cent). */
const eur = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

type Expected = Partial<Record<GrantLineKind, number>>;

interface Case {
  readonly name: string;
  readonly input: MobilityInput;
  readonly options?: GrantOptions;
  /** Amount of each line kind expected (kinds not listed must be absent). */
  readonly lines: Expected;
  /** Warning codes that must be present. */
  readonly warnings?: readonly string[];
  /** Kinds of line the result must report missing (issue 14: it is then not complete). */
  readonly missing?: readonly GrantLineKind[];
}

const sheet2022 = defineRateSheet({
  callYear: 2022,
  ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } },
});
const sheet2023 = defineRateSheet({
  callYear: 2023,
  ka131: { studentMonthly: { 1: 600, 2: 550, 3: 500 } },
});
const sheet2024 = defineRateSheet({
  callYear: 2024,
  ka131: { studentMonthly: { 1: 600, 2: 600, 3: 540 }, staffDaily: { 1: 180, 2: 160, 3: 140 } },
});

function run(c: Case): GrantResult {
  return calculateGrant(c.input, c.options);
}

function check(c: Case): void {
  const result = run(c);
  expect(result.eligibility.eligible, JSON.stringify(result.eligibility.issues)).toBe(true);
  const byKind: Record<string, string> = {};
  for (const line of result.lines) byKind[line.kind] = line.amount;
  const expected: Record<string, string> = {};
  for (const [kind, amount] of Object.entries(c.lines)) expected[kind] = eur(amount as number);
  expect(byKind).toEqual(expected);
  const total = Object.values(c.lines).reduce((s: number, n) => s + (n as number), 0);
  expect(result.total).toBe(eur(total));
  const codes = result.warnings.map((w) => w.code);
  for (const w of c.warnings ?? []) expect(codes).toContain(w);
  // issue 14, results that must not mislead: complete unless a line is missing, and it says which.
  expect(result.missing.map((part) => part.kind)).toEqual(c.missing ?? []);
  expect(result.complete).toBe((c.missing ?? []).length === 0);
}

const ka131 = { action: 'KA131-HED' } as const;
const longTerm = { ...ka131, activity: 'student-studies', format: 'long-term' } as const;
const traineeship = { ...ka131, activity: 'student-traineeship', format: 'long-term' } as const;
const blendedShort = {
  ...ka131,
  activity: 'student-studies',
  format: 'short-term',
  blended: true,
  virtualDays: 3,
} as const;
const staff = { ...ka131, activity: 'staff-teaching' } as const;

// ---------------------------------------------------------------------------------------------
// Worked examples (docs/grants.md)
// ---------------------------------------------------------------------------------------------

describe('worked examples (docs/grants.md)', () => {
  it('D1: monthly rate 550, 2023-01-01 → 2023-04-15 (105 days) gives 3 × 550 + 15 × 550/30 = 1925.00', () => {
    const result = calculateGrant(
      {
        ...longTerm,
        callYear: 2023,
        sendingCountry: 'DE',
        receivingCountry: 'ES',
        startDate: '2023-01-01',
        endDate: '2023-04-15',
      },
      { rateSheet: sheet2023 },
    );
    expect(result.duration.fundedDays).toBe(105);
    expect(result.lines).toHaveLength(1);
    const line = result.lines[0];
    expect(line?.kind).toBe('individual-support');
    expect(line?.amount).toBe(eur(3 * 550 + (15 * 550) / 30));
    expect(line?.amount).toBe('1925.00');
    expect(line?.basis).toBe('3 months × €550.00 + 15 days × €550.00/30');
    expect(line?.quantity).toBe(3.5);
    expect(line?.figures.map((f) => f.path)).toContain('rateSheet.ka131.studentMonthly.2');
    expect(result.total).toBe('1925.00');
    expect(result.rules).toMatchObject({
      callYear: 2023,
      rates: 'rate-sheet',
      rounding: 'per-line',
    });
    // A rate sheet was used: no reference-values warning.
    expect(result.warnings.map((w) => w.code)).not.toContain('reference-values');
  });

  it('P1: the same period counts 105 days (30/360) → 3 months 15 days', () => {
    const result = calculateGrant({
      ...longTerm,
      callYear: 2023,
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2023-01-01',
      endDate: '2023-04-15',
    });
    expect([result.duration.fullMonths, result.duration.extraDays]).toEqual([3, 15]);
  });

  it('P2: a traineeship 15 Sep → 14 Oct is one full month', () => {
    const result = calculateGrant(
      {
        ...traineeship,
        callYear: 2022,
        sendingCountry: 'PL',
        receivingCountry: 'FI',
        startDate: '2022-09-15',
        endDate: '2022-10-14',
        forceMajeure: true,
      },
      { rateSheet: sheet2022 },
    );
    expect([result.duration.fullMonths, result.duration.extraDays]).toEqual([1, 0]);
    expect(result.lines.find((l) => l.kind === 'individual-support')?.amount).toBe(eur(600));
    expect(result.lines.find((l) => l.kind === 'traineeship-top-up')?.amount).toBe(eur(150));
  });

  it.each([
    [1, 'DE', 190, 133],
    [2, 'ES', 170, 119],
    [3, 'PL', 148, 103.6],
  ] as const)(
    'P6: staff, call 2024, group %i: days 15+ at 70 %% of %i',
    (group, country, rate, reduced) => {
      expect(Math.round(rate * 0.7 * 100) / 100).toBe(reduced);
      const result = calculateGrant({
        ...staff,
        callYear: 2024,
        sendingCountry: country === 'DE' ? 'AT' : 'DE',
        receivingCountry: country,
        startDate: '2024-03-01',
        endDate: '2024-03-20',
      });
      const line = result.lines.find((l) => l.kind === 'individual-support');
      expect(line?.quantity).toBe(20);
      expect(line?.amount).toBe(eur(14 * rate + 6 * reduced));
      expect(line?.basis).toBe(
        `14 days × €${rate}.00 + 6 days × €${eur(reduced)} (70 % from day 15)`,
      );
      const codes = result.warnings.map((w) => w.code);
      // 148 × 0.7 = 103.60, published truncated as 103: the result says so (and keeps 103.60).
      expect(codes.includes('published-rate-differs')).toBe(group === 3);
      expect(codes).toContain('reference-values');
    },
  );

  it('P9: green travel, student, call 2022: 50 one-off + up to 4 days at 450/30 = 15 → at most 110 more', () => {
    const sheet = defineRateSheet({
      callYear: 2022,
      ka131: { studentMonthly: { 1: 450, 2: 450, 3: 450 } },
    });
    const base = {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'NL',
      receivingCountry: 'DE',
      startDate: '2022-09-01',
      endDate: '2022-12-31',
    } as const;
    const plain = calculateGrant(base, { rateSheet: sheet });
    const green = calculateGrant(
      { ...base, travelDays: 6, travel: { distanceKm: 600, green: true } },
      { rateSheet: sheet },
    );
    // 6 declared, 4 funded (the 2021–2023 cap for green-travelling students without travel support).
    expect(green.duration.travelDays).toBe(4);
    expect(Number(green.total) - Number(plain.total)).toBe(50 + 4 * 15);
    expect(Number(green.total) - Number(plain.total)).toBe(110);
    expect(green.lines.find((l) => l.kind === 'green-travel-top-up')?.amount).toBe('50.00');
    // No travel band: students within Europe had no travel support in 2021–2023 (HE funding rules, travel support for students).
    expect(green.lines.some((l) => l.kind === 'travel')).toBe(false);
  });

  it('staff 70 % rule: day 14 pays the full rate, day 15 the reduced one', () => {
    const base = {
      ...staff,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'SE',
    } as const;
    const d14 = calculateGrant({ ...base, startDate: '2022-03-01', endDate: '2022-03-14' });
    const d15 = calculateGrant({ ...base, startDate: '2022-03-01', endDate: '2022-03-15' });
    expect(d14.total).toBe(eur(14 * 180));
    expect(eur(Number(d15.total) - Number(d14.total))).toBe('126.00'); // 70 % of 180
  });

  it('P15: a study stay of 1 month 25 days is rejected (total 0.00, not a throw)', () => {
    const result = calculateGrant({
      ...longTerm,
      callYear: 2023,
      sendingCountry: 'TR',
      receivingCountry: 'PL',
      startDate: '2023-02-01',
      endDate: '2023-03-25',
      travel: { distanceKm: 1400 },
    });
    expect(result.eligibility.eligible).toBe(false);
    expect(result.eligibility.issues.map((i) => i.code)).toContain('duration-too-short');
    expect(result.total).toBe('0.00');
    expect(result.lines).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('ineligible');
  });
});

// ---------------------------------------------------------------------------------------------
// Further cases
// ---------------------------------------------------------------------------------------------

const cases: Case[] = [
  // --- Long-term students, KA131, 2021–2023 (HE funding rules: individual support, top-ups, travel; months as the Beneficiary Module counts them) ---
  {
    name: '2021 studies, group 1 (SE), 5 months, reference 600, no travel support',
    input: {
      ...longTerm,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'SE',
      startDate: '2021-09-01',
      endDate: '2022-01-31',
      travel: { distanceKm: 800 },
    },
    lines: { 'individual-support': 5 * 600 },
    warnings: ['reference-values', 'provisional-figure'],
  },
  {
    name: '2021 studies, group 3 (PL), 2 months 15 days at 490',
    input: {
      ...longTerm,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'PL',
      startDate: '2021-10-01',
      endDate: '2021-12-15',
    },
    lines: { 'individual-support': 2 * 490 + (15 * 490) / 30 },
  },
  {
    name: '2022 studies, group 2 (FR) with fewer opportunities: +250 a month',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'FR',
      startDate: '2022-09-01',
      endDate: '2022-12-31',
      participant: { fewerOpportunities: true },
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 4 * 540, 'fewer-opportunities-top-up': 4 * 250 },
  },
  {
    name: '2022 traineeship, group 1 (DK): +150 a month',
    input: {
      ...traineeship,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'DK',
      startDate: '2022-06-01',
      endDate: '2022-08-31',
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 3 * 600, 'traineeship-top-up': 3 * 150 },
  },
  {
    name: '2022 traineeship with fewer opportunities: both top-ups add up',
    input: {
      ...traineeship,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'DK',
      startDate: '2022-06-01',
      endDate: '2022-08-31',
      participant: { fewerOpportunities: true },
    },
    options: { rateSheet: sheet2022 },
    lines: {
      'individual-support': 1800,
      'traineeship-top-up': 450,
      'fewer-opportunities-top-up': 750,
    },
  },
  {
    name: '2022 traineeship, 3 months 10 days: top-up pro rata too',
    input: {
      ...traineeship,
      callYear: 2022,
      sendingCountry: 'ES',
      receivingCountry: 'PL',
      startDate: '2022-03-01',
      endDate: '2022-06-10',
    },
    options: { rateSheet: sheet2022 },
    lines: {
      'individual-support': 3 * 490 + (10 * 490) / 30,
      'traineeship-top-up': 3 * 150 + 10 * 5,
    },
  },
  {
    name: '2023 studies with reference values (674, the top of the 225–674 span)',
    input: {
      ...longTerm,
      callYear: 2023,
      sendingCountry: 'DE',
      receivingCountry: 'IT',
      startDate: '2023-02-01',
      endDate: '2023-05-31',
    },
    lines: { 'individual-support': 4 * 674 },
    warnings: ['reference-values', 'provisional-figure'],
  },
  {
    name: '2023 studies, group 3 (CZ still group 3 in 2023), rate sheet 500',
    input: {
      ...longTerm,
      callYear: 2023,
      sendingCountry: 'DE',
      receivingCountry: 'CZ',
      startDate: '2023-03-01',
      endDate: '2023-06-30',
    },
    options: { rateSheet: sheet2023 },
    lines: { 'individual-support': 4 * 500 },
  },
  {
    name: '2022 interruption of 15 days: 150 − 15 = 135 days = 4 months 15 days',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2022-09-01',
      endDate: '2023-01-31',
      interruptionDays: 15,
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 4 * 540 + (15 * 540) / 30 },
  },
  {
    name: '2022 non-funded days: 150 − 30 = 120 funded days',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2022-09-01',
      endDate: '2023-01-31',
      nonFundedDays: 30,
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 4 * 540 },
  },
  {
    name: '2022 force majeure below the minimum: the 55 days are paid',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2022-02-01',
      endDate: '2022-03-25',
      forceMajeure: true,
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 540 + (25 * 540) / 30 },
  },
  {
    name: '2022 student from Cyprus: travel support by band (HE funding rules: students from Cyprus)',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'CY',
      receivingCountry: 'DE',
      startDate: '2022-09-01',
      endDate: '2022-11-30',
      travel: { distanceKm: 2500 },
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 3 * 540, travel: 360 },
  },
  {
    name: '2022 student from Malta, green travel: green band, no green top-up',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'MT',
      receivingCountry: 'IT',
      startDate: '2022-09-01',
      endDate: '2022-11-30',
      travel: { distanceKm: 700, green: true },
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 3 * 540, travel: 320 },
  },
  {
    name: '2021 region 14 (CH) is paid as group 1, no travel support',
    input: {
      ...longTerm,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'CH',
      startDate: '2021-09-01',
      endDate: '2021-12-31',
      travel: { distanceKm: 400 },
    },
    lines: { 'individual-support': 4 * 600 },
  },
  {
    name: '2021 KA131 international (JP): 700 a month and travel (HE funding rules: international strand)',
    input: {
      ...longTerm,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'JP',
      startDate: '2021-10-01',
      endDate: '2022-01-31',
      travel: { distanceKm: 9000 },
    },
    lines: { 'individual-support': 4 * 700, travel: 1500 },
  },
  {
    name: '2022 KA131 international traineeship (US): no traineeship top-up, FO top-up still paid',
    input: {
      ...traineeship,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'US',
      startDate: '2022-06-01',
      endDate: '2022-08-31',
      participant: { fewerOpportunities: true },
      travel: { distanceKm: 6500 },
    },
    lines: { 'individual-support': 3 * 700, 'fewer-opportunities-top-up': 3 * 250, travel: 820 },
  },
  {
    name: '2022 green travel without travel support, no travel days declared: 50 only',
    input: {
      ...longTerm,
      callYear: 2022,
      sendingCountry: 'BE',
      receivingCountry: 'FR',
      startDate: '2022-09-01',
      endDate: '2022-11-30',
      travel: { distanceKm: 260, green: true },
    },
    options: { rateSheet: sheet2022 },
    lines: { 'individual-support': 3 * 540, 'green-travel-top-up': 50 },
  },
  {
    name: '2021 zero-grant: nothing paid',
    input: {
      ...longTerm,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'SE',
      startDate: '2021-09-01',
      endDate: '2022-01-31',
      zeroGrant: true,
      travel: { distanceKm: 800 },
    },
    lines: {},
    warnings: ['zero-grant'],
  },
  // --- Long-term students from call 2024: everybody gets travel support (HE funding rules) ---
  {
    name: '2024 studies PL → DE (group 1 from 2024), standard travel 500–1999 km',
    input: {
      ...longTerm,
      callYear: 2024,
      sendingCountry: 'PL',
      receivingCountry: 'DE',
      startDate: '2024-03-01',
      endDate: '2024-06-30',
      travel: { distanceKm: 520 },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 4 * 600, travel: 309 },
  },
  {
    name: '2024 studies, green travel with 4 travel days: 124 funded days, green band',
    input: {
      ...longTerm,
      callYear: 2024,
      sendingCountry: 'PL',
      receivingCountry: 'DE',
      startDate: '2024-03-01',
      endDate: '2024-06-30',
      travelDays: 4,
      travel: { distanceKm: 520, green: true },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 4 * 600 + 4 * 20, travel: 417 },
  },
  {
    name: '2024 studies, 8 travel days declared with green travel: 6 funded',
    input: {
      ...longTerm,
      callYear: 2024,
      sendingCountry: 'PL',
      receivingCountry: 'DE',
      startDate: '2024-03-01',
      endDate: '2024-06-30',
      travelDays: 8,
      travel: { distanceKm: 520, green: true },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 4 * 600 + 6 * 20, travel: 417 },
  },
  {
    name: '2024 traineeship RS → AT (group 1), 100–499 km',
    input: {
      ...traineeship,
      callYear: 2024,
      sendingCountry: 'RS',
      receivingCountry: 'AT',
      startDate: '2024-07-01',
      endDate: '2024-09-30',
      travel: { distanceKm: 490 },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 3 * 600, 'traineeship-top-up': 3 * 150, travel: 211 },
  },
  {
    name: '2024 studies to CZ (group 2 from 2024) with FO, 10–99 km band',
    input: {
      ...longTerm,
      callYear: 2024,
      sendingCountry: 'SK',
      receivingCountry: 'CZ',
      startDate: '2024-02-01',
      endDate: '2024-06-30',
      participant: { fewerOpportunities: true },
      travel: { distanceKm: 60 },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 5 * 600, 'fewer-opportunities-top-up': 5 * 250, travel: 28 },
  },
  {
    name: '2024 studies to HU (group 3), exceptional travel: 80 % of 1500 replaces 309',
    input: {
      ...longTerm,
      callYear: 2024,
      sendingCountry: 'PT',
      receivingCountry: 'HU',
      startDate: '2024-09-01',
      endDate: '2024-12-31',
      travel: { distanceKm: 1999, realCostEur: 1500 },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 4 * 540, 'exceptional-travel': 0.8 * 1500 },
  },
  {
    name: '2024 outermost region (RE → FR): flat 786 a month',
    input: {
      ...longTerm,
      callYear: 2024,
      sendingCountry: 'RE',
      receivingCountry: 'PT',
      startDate: '2024-09-01',
      endDate: '2024-11-30',
      travel: { distanceKm: 9300 },
    },
    lines: { 'individual-support': 3 * 786, travel: 1735 },
  },
  // --- KA171 students (HE funding rules, KA171) ---
  {
    name: 'KA171 2022 outgoing DE → BA: 700 a month + travel',
    input: {
      action: 'KA171-HED',
      activity: 'student-studies',
      format: 'long-term',
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'BA',
      startDate: '2022-09-01',
      endDate: '2023-01-31',
      travel: { distanceKm: 900 },
    },
    lines: { 'individual-support': 5 * 700, travel: 275 },
  },
  {
    name: 'KA171 2022 incoming BA → PL (group 3): 800 a month',
    input: {
      action: 'KA171-HED',
      activity: 'student-studies',
      format: 'long-term',
      callYear: 2022,
      sendingCountry: 'BA',
      receivingCountry: 'PL',
      startDate: '2022-09-01',
      endDate: '2023-01-31',
      travel: { distanceKm: 600 },
    },
    lines: { 'individual-support': 5 * 800, travel: 275 },
  },
  {
    name: 'KA171 2021 incoming to group 1 (SE): no rate in the sources, travel only',
    input: {
      action: 'KA171-HED',
      activity: 'student-studies',
      format: 'long-term',
      callYear: 2021,
      sendingCountry: 'UA',
      receivingCountry: 'SE',
      startDate: '2021-09-01',
      endDate: '2022-01-31',
      travel: { distanceKm: 1200 },
    },
    lines: { travel: 275 },
    missing: ['individual-support'],
  },
  {
    name: 'KA171 2023 outgoing traineeship: no traineeship top-up (international)',
    input: {
      action: 'KA171-HED',
      activity: 'student-traineeship',
      format: 'long-term',
      callYear: 2023,
      sendingCountry: 'IT',
      receivingCountry: 'MA',
      startDate: '2023-04-01',
      endDate: '2023-06-30',
      travel: { distanceKm: 1700 },
    },
    lines: { 'individual-support': 3 * 700, travel: 275 },
  },
  {
    name: 'KA171 2022 student 10–99 km: the KA171 band pays 20',
    input: {
      action: 'KA171-HED',
      activity: 'student-studies',
      format: 'long-term',
      callYear: 2022,
      sendingCountry: 'BA',
      receivingCountry: 'HR',
      startDate: '2022-09-01',
      endDate: '2022-11-30',
      travel: { distanceKm: 80 },
    },
    lines: { 'individual-support': 3 * 800, travel: 20 },
  },
  // --- Short-term students (HE funding rules, short-term mobility) ---
  {
    name: '2021 blended short-term, 7 days + 2 travel days, no FO: 9 × 70, no travel support',
    input: {
      ...blendedShort,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'NL',
      startDate: '2021-11-08',
      endDate: '2021-11-14',
      travelDays: 2,
      travel: { distanceKm: 300 },
    },
    lines: { 'individual-support': 9 * 70 },
  },
  {
    name: '2021 blended short-term with FO, 10 days: FO 100 and travel (HE funding rules: short-term with fewer opportunities)',
    input: {
      ...blendedShort,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'IT',
      startDate: '2021-11-08',
      endDate: '2021-11-17',
      participant: { fewerOpportunities: true },
      travel: { distanceKm: 600 },
    },
    lines: { 'individual-support': 10 * 70, 'fewer-opportunities-top-up': 100, travel: 275 },
  },
  {
    name: '2022 BIP, 20 days: 14 × 70 + 6 × 50',
    input: {
      ...blendedShort,
      bip: true,
      callYear: 2022,
      sendingCountry: 'ES',
      receivingCountry: 'PT',
      startDate: '2022-06-01',
      endDate: '2022-06-20',
      ects: 3,
    },
    lines: { 'individual-support': 14 * 70 + 6 * 50 },
  },
  {
    name: '2022 BIP with FO, 20 days: FO 150 (15–30 days) and travel',
    input: {
      ...blendedShort,
      bip: true,
      callYear: 2022,
      sendingCountry: 'ES',
      receivingCountry: 'PT',
      startDate: '2022-06-01',
      endDate: '2022-06-20',
      participant: { fewerOpportunities: true },
      travel: { distanceKm: 500 },
    },
    lines: {
      'individual-support': 14 * 70 + 6 * 50,
      'fewer-opportunities-top-up': 150,
      travel: 275,
    },
  },
  {
    name: '2024 blended short-term, 5 days + 2 travel days: 7 × 79 + travel',
    input: {
      ...blendedShort,
      callYear: 2024,
      sendingCountry: 'HR',
      receivingCountry: 'BE',
      startDate: '2024-05-13',
      endDate: '2024-05-17',
      travelDays: 2,
      travel: { distanceKm: 1200 },
    },
    lines: { 'individual-support': 7 * 79, travel: 309 },
  },
  {
    name: '2024 blended short-term, 30 days + 2 travel days: 14 × 79 + 18 × 56',
    input: {
      ...blendedShort,
      callYear: 2024,
      sendingCountry: 'HR',
      receivingCountry: 'BE',
      startDate: '2024-04-01',
      endDate: '2024-04-30',
      travelDays: 2,
      travel: { distanceKm: 1200, green: true },
    },
    lines: { 'individual-support': 14 * 79 + 18 * 56, travel: 417 },
    warnings: ['assumption'],
  },
  {
    name: '2024 doctoral short-term (not blended), 10 days, FO 100',
    input: {
      ...ka131,
      activity: 'student-studies',
      format: 'short-term',
      doctoral: true,
      callYear: 2024,
      sendingCountry: 'LT',
      receivingCountry: 'FI',
      startDate: '2024-10-01',
      endDate: '2024-10-10',
      participant: { fewerOpportunities: true },
      travel: { distanceKm: 610 },
    },
    lines: { 'individual-support': 10 * 79, 'fewer-opportunities-top-up': 100, travel: 309 },
  },
  {
    name: '2022 blended short-term with green travel, no travel support: green top-up 50',
    input: {
      ...blendedShort,
      callYear: 2022,
      sendingCountry: 'AT',
      receivingCountry: 'SI',
      startDate: '2022-05-02',
      endDate: '2022-05-08',
      travel: { distanceKm: 280, green: true },
    },
    lines: { 'individual-support': 7 * 70, 'green-travel-top-up': 50 },
  },
  // --- HE staff (HE funding rules, staff mobility) ---
  {
    name: '2021 staff, group 2 (FR), 5 days + 2 travel days, 500–1999 km',
    input: {
      ...staff,
      callYear: 2021,
      sendingCountry: 'PL',
      receivingCountry: 'FR',
      startDate: '2021-10-04',
      endDate: '2021-10-08',
      travelDays: 2,
      travel: { distanceKm: 800 },
    },
    lines: { 'individual-support': 7 * 160, travel: 275 },
  },
  {
    name: '2022 staff, group 3 (PL), 30 days: 14 × 140 + 16 × 98',
    input: {
      ...staff,
      activity: 'staff-training',
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'PL',
      startDate: '2022-04-01',
      endDate: '2022-04-30',
      travel: { distanceKm: 500 },
    },
    lines: { 'individual-support': 14 * 140 + 16 * 98, travel: 275 },
  },
  {
    name: '2022 staff to a non-associated country (US) under KA131: 180 a day',
    input: {
      ...staff,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'US',
      startDate: '2022-04-04',
      endDate: '2022-04-13',
      travel: { distanceKm: 6500 },
    },
    lines: { 'individual-support': 10 * 180, travel: 820 },
  },
  {
    name: '2023 staff, group 1 (NO), green travel at 5000 km: no green amount, standard 820',
    input: {
      ...staff,
      callYear: 2023,
      sendingCountry: 'TR',
      receivingCountry: 'NO',
      startDate: '2023-05-08',
      endDate: '2023-05-12',
      travel: { distanceKm: 5000, green: true },
    },
    lines: { 'individual-support': 5 * 180, travel: 820 },
    warnings: ['green-not-available'],
  },
  {
    name: '2021 staff, green travel at 1500 km: green 320 and 6 funded travel days',
    input: {
      ...staff,
      callYear: 2021,
      sendingCountry: 'DE',
      receivingCountry: 'IT',
      startDate: '2021-10-04',
      endDate: '2021-10-08',
      travelDays: 6,
      travel: { distanceKm: 1500, green: true },
    },
    lines: { 'individual-support': 11 * 160, travel: 320 },
  },
  {
    name: '2024 staff with a rate sheet (group 2: 160), green travel, 6 travel days',
    input: {
      ...staff,
      callYear: 2024,
      sendingCountry: 'PL',
      receivingCountry: 'PT',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
      travelDays: 6,
      travel: { distanceKm: 1999, green: true },
    },
    options: { rateSheet: sheet2024 },
    lines: { 'individual-support': 11 * 160, travel: 417 },
  },
  {
    name: '2024 staff, exceptional travel: band 1735 covers 57.8 % of 3000 → 2400',
    input: {
      ...staff,
      callYear: 2024,
      sendingCountry: 'ES',
      receivingCountry: 'FI',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
      travel: { distanceKm: 9000, realCostEur: '3000' },
    },
    lines: { 'individual-support': 5 * 190, 'exceptional-travel': 0.8 * 3000 },
  },
  {
    name: '2024 staff, real cost 2000: band 1735 covers 86.75 %, so the band is paid',
    input: {
      ...staff,
      callYear: 2024,
      sendingCountry: 'ES',
      receivingCountry: 'FI',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
      travel: { distanceKm: 9000, realCostEur: 2000 },
    },
    lines: { 'individual-support': 5 * 190, travel: 1735 },
  },
  {
    name: '2024 staff, real cost 441.42: the band covers 70.001 % (not below 70 %), so the band is paid',
    input: {
      ...staff,
      callYear: 2024,
      sendingCountry: 'ES',
      receivingCountry: 'FR',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
      travel: { distanceKm: 1000, realCostEur: '441.42' },
    },
    lines: { 'individual-support': 5 * 190, travel: 309 },
  },
  {
    name: '2024 staff, under 10 km: a travel line of 0.00',
    input: {
      ...staff,
      callYear: 2024,
      sendingCountry: 'SK',
      receivingCountry: 'AT',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
      travel: { distanceKm: 8 },
    },
    lines: { 'individual-support': 5 * 190, travel: 0 },
  },
  {
    name: '2024 invited enterprise staff, 3 days in group 1',
    input: {
      ...ka131,
      activity: 'invited-staff',
      callYear: 2024,
      sendingCountry: 'DE',
      receivingCountry: 'NL',
      startDate: '2024-05-06',
      endDate: '2024-05-08',
      travel: { distanceKm: 230 },
    },
    lines: { 'individual-support': 3 * 190, travel: 211 },
    warnings: ['assumption'],
  },
  {
    name: '2024 staff without distance: no travel line, incomplete',
    input: {
      ...staff,
      callYear: 2024,
      sendingCountry: 'SK',
      receivingCountry: 'AT',
      startDate: '2024-05-06',
      endDate: '2024-05-10',
    },
    lines: { 'individual-support': 5 * 190 },
    missing: ['travel'],
  },
  {
    name: '2023 staff, Warsaw → Oslo from coordinates (≈1063 km): 500–1999 km band',
    input: {
      ...staff,
      callYear: 2023,
      sendingCountry: 'PL',
      receivingCountry: 'NO',
      startDate: '2023-05-08',
      endDate: '2023-05-12',
      travel: { from: { lat: 52.2297, lon: 21.0122 }, to: { lat: 59.9139, lon: 10.7522 } },
    },
    lines: { 'individual-support': 5 * 180, travel: 275 },
    warnings: ['distance-estimated'],
  },
  {
    name: '2021 staff, 10–99 km in KA131: 23',
    input: {
      ...staff,
      callYear: 2021,
      sendingCountry: 'SK',
      receivingCountry: 'AT',
      startDate: '2021-05-03',
      endDate: '2021-05-07',
      travel: { distanceKm: 65 },
    },
    lines: { 'individual-support': 5 * 160, travel: 23 },
  },
  {
    name: 'KA171 2022 staff outgoing DE → EG: 180 a day',
    input: {
      action: 'KA171-HED',
      activity: 'staff-teaching',
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'EG',
      startDate: '2022-05-02',
      endDate: '2022-05-08',
      travel: { distanceKm: 2900 },
    },
    lines: { 'individual-support': 7 * 180, travel: 360 },
  },
  {
    name: 'KA171 2022 staff incoming UA → PL (group 3), 20 days: 14 × 140 + 6 × 98',
    input: {
      action: 'KA171-HED',
      activity: 'staff-training',
      callYear: 2022,
      sendingCountry: 'UA',
      receivingCountry: 'PL',
      startDate: '2022-05-02',
      endDate: '2022-05-21',
      travel: { distanceKm: 800 },
    },
    lines: { 'individual-support': 14 * 140 + 6 * 98, travel: 275 },
  },
  {
    name: 'KA131 2022 staff zero-grant: nothing paid',
    input: {
      ...staff,
      callYear: 2022,
      sendingCountry: 'DE',
      receivingCountry: 'PL',
      startDate: '2022-04-01',
      endDate: '2022-04-05',
      zeroGrant: true,
      travel: { distanceKm: 500 },
    },
    lines: {},
    warnings: ['zero-grant'],
  },
  // --- VET, school, adult education (Programme Guide VET, school and adult education funding rules) ---
  {
    name: 'KA122-SCH 2022 job shadowing HR → FI (group 1), 5 days + 2 travel days',
    input: {
      action: 'KA122-SCH',
      activity: 'staff-job-shadowing',
      callYear: 2022,
      sendingCountry: 'HR',
      receivingCountry: 'FI',
      startDate: '2022-10-03',
      endDate: '2022-10-07',
      travelDays: 2,
      travel: { distanceKm: 1900 },
    },
    lines: { 'individual-support': 7 * 117, travel: 275 },
  },
  {
    name: 'KA122-SCH 2022 course in IE, 5 days: course fees 5 × 80',
    input: {
      action: 'KA122-SCH',
      activity: 'staff-course',
      callYear: 2022,
      sendingCountry: 'HR',
      receivingCountry: 'IE',
      startDate: '2022-07-04',
      endDate: '2022-07-08',
      travelDays: 2,
      travel: { distanceKm: 1900 },
    },
    lines: { 'individual-support': 7 * 117, 'course-fees': 5 * 80, travel: 275 },
  },
  {
    name: 'KA121-ADU 2023 course of 12 days: fees for 10 days (800), 70 % from day 15',
    input: {
      action: 'KA121-ADU',
      activity: 'staff-course',
      callYear: 2023,
      sendingCountry: 'LT',
      receivingCountry: 'ES',
      startDate: '2023-07-03',
      endDate: '2023-07-14',
      travelDays: 2,
      travel: { distanceKm: 2900 },
    },
    lines: { 'individual-support': 14 * 104, 'course-fees': 800, travel: 360 },
  },
  {
    name: 'KA121-VET 2021 learner short-term to ES (group 2), 30 days + 2 travel days',
    input: {
      action: 'KA121-VET',
      activity: 'learner-short-term',
      callYear: 2021,
      sendingCountry: 'PL',
      receivingCountry: 'ES',
      startDate: '2021-10-01',
      endDate: '2021-10-30',
      travelDays: 2,
      travel: { distanceKm: 2300 },
    },
    lines: { 'individual-support': 14 * 56 + 18 * 56 * 0.7, travel: 360 },
    warnings: ['published-rate-differs'],
  },
  {
    name: 'KA122-VET 2022 ErasmusPro 100 days to LV (group 3): 14 × 48 + 86 × 33.60',
    input: {
      action: 'KA122-VET',
      activity: 'learner-long-term',
      callYear: 2022,
      sendingCountry: 'FI',
      receivingCountry: 'LV',
      startDate: '2022-09-01',
      endDate: '2022-12-09',
      travel: { distanceKm: 280 },
    },
    lines: { 'individual-support': 14 * 48 + 86 * 48 * 0.7, travel: 180 },
  },
  {
    name: 'KA122-SCH 2022 group mobility of pupils to IT (group 2), 5 days, green',
    input: {
      action: 'KA122-SCH',
      activity: 'group-mobility',
      callYear: 2022,
      sendingCountry: 'SI',
      receivingCountry: 'IT',
      startDate: '2022-04-04',
      endDate: '2022-04-08',
      travelDays: 4,
      travel: { distanceKm: 450, green: true },
    },
    lines: { 'individual-support': 9 * 56, travel: 210 },
  },
  {
    name: 'KA121-ADU 2023 staff teaching in CZ (group 3 until 2023), 10 days',
    input: {
      action: 'KA121-ADU',
      activity: 'staff-teaching',
      callYear: 2023,
      sendingCountry: 'LT',
      receivingCountry: 'CZ',
      startDate: '2023-03-06',
      endDate: '2023-03-15',
      travel: { distanceKm: 800 },
    },
    lines: { 'individual-support': 10 * 91, travel: 275 },
  },
  {
    name: 'KA122-SCH 2024 staff in CZ (group 2 from 2024): 170 a day, 2024 band',
    input: {
      action: 'KA122-SCH',
      activity: 'staff-job-shadowing',
      callYear: 2024,
      sendingCountry: 'PL',
      receivingCountry: 'CZ',
      startDate: '2024-03-04',
      endDate: '2024-03-08',
      travel: { distanceKm: 350 },
    },
    lines: { 'individual-support': 5 * 170, travel: 211 },
  },
  {
    name: 'KA121-VET 2022 staff, exceptional travel: 80 % of 1000 when 275 covers 27.5 %',
    input: {
      action: 'KA121-VET',
      activity: 'staff-teaching',
      callYear: 2022,
      sendingCountry: 'PT',
      receivingCountry: 'FI',
      startDate: '2022-03-07',
      endDate: '2022-03-11',
      travel: { distanceKm: 1999, realCostEur: 1000 },
    },
    lines: { 'individual-support': 5 * 117, 'exceptional-travel': 800 },
  },
  {
    name: 'KA121-SCH 2023 pupil short-term to DE (group 2), 20 days + 2 travel days',
    input: {
      action: 'KA121-SCH',
      activity: 'learner-short-term',
      callYear: 2023,
      sendingCountry: 'HU',
      receivingCountry: 'DE',
      startDate: '2023-04-03',
      endDate: '2023-04-22',
      travelDays: 2,
      travel: { distanceKm: 700 },
    },
    lines: { 'individual-support': 14 * 56 + 8 * 56 * 0.7, travel: 275 },
  },
  {
    name: 'KA122-ADU 2021 zero-grant staff course: nothing paid',
    input: {
      action: 'KA122-ADU',
      activity: 'staff-course',
      callYear: 2021,
      sendingCountry: 'EE',
      receivingCountry: 'MT',
      startDate: '2021-07-05',
      endDate: '2021-07-09',
      zeroGrant: true,
    },
    lines: {},
    warnings: ['zero-grant'],
  },
];

describe('further conformance cases', () => {
  it('has at least 60 further cases (with the worked examples above)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});

describe('rounding policies', () => {
  // Group 3 at 490: one extra day is 490/30 = 16.333…, FO 250/30 = 8.333…, traineeship 150/30 = 5.
  const input = {
    ...traineeship,
    callYear: 2022,
    sendingCountry: 'DE',
    receivingCountry: 'PL',
    startDate: '2022-03-01',
    endDate: '2022-05-01',
    participant: { fewerOpportunities: true },
  } as const;
  it("'per-line' rounds each line, the total is their exact sum", () => {
    const r = calculateGrant(input, { rateSheet: sheet2022 });
    expect(r.duration.fundedDays).toBe(61);
    // 2 × 490 + 490/30, 2 × 250 + 250/30, 2 × 150 + 150/30
    expect(r.lines.map((l) => l.amount)).toEqual(['996.33', '508.33', '305.00']);
    expect(r.total).toBe('1809.66');
    expect(r.rules.rounding).toBe('per-line');
  });
  it("'total-only' rounds the exact total once", () => {
    const r = calculateGrant(input, { rateSheet: sheet2022, rounding: 'total-only' });
    // exact: 2 × (490 + 150 + 250) + (490 + 150 + 250)/30 = 1780 + 29.666… = 1809.666…
    expect(r.total).toBe('1809.67');
    expect(r.rules.rounding).toBe('total-only');
  });
});
