/**
 * Unit tests of the grant engine's parts (issue 15, "Grants as engine + thin public files"):
 * texts, line shapes, the pack index, resolved options and a pack without a group.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal.js';
import type { GrantContext } from '../../src/grants/engine/context.js';
import { addIndividualSupport } from '../../src/grants/engine/individualSupport.js';
import { monthlyLine, tieredDailyLine } from '../../src/grants/engine/lines.js';
import { resolveGrantOptions } from '../../src/grants/engine/options.js';
import {
  figureAt,
  groupRateIn,
  makeRate,
  packIndex,
  rateAt,
} from '../../src/grants/engine/packIndex.js';
import { euros, percent } from '../../src/grants/engine/texts.js';
import {
  provisionalWarning,
  referenceWarning,
  withoutRepeats,
} from '../../src/grants/engine/warnings.js';
import { durationOf } from '../../src/mobility/computeDuration.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { defineRateSheet } from '../../src/rules/defineRateSheet.js';
import { getRules } from '../../src/rules/getRules.js';
import type { RulePack } from '../../src/rules/types.js';

/** A rate of `amount` euros, for line shapes. */
const rate = (amount: string) =>
  makeRate(
    new Decimal(amount),
    { path: 'x', value: amount, status: 'confirmed', sources: [] },
    false,
  );

describe('texts', () => {
  it('euros shows two places, or every decimal of a finer amount', () => {
    expect(euros(new Decimal('550'))).toBe('€550.00');
    expect(euros(new Decimal('103.6'))).toBe('€103.60');
    expect(euros(new Decimal('86.415'))).toBe('€86.415');
  });
  it('percent of a share, exact or rounded to places', () => {
    expect(percent(new Decimal('0.70'))).toBe('70 %');
    expect(percent(new Decimal('0.34333'))).toBe('34.333 %');
    expect(percent(new Decimal('0.343349'), 2)).toBe('34.33 %');
    expect(percent(new Decimal('0.343350'), 2)).toBe('34.34 %');
  });
});

describe('line shapes', () => {
  it('a monthly line with no funded day still explains itself', () => {
    const line = monthlyLine('individual-support', rate('550'), 0, 0, 'r', []);
    expect(line.amount.toFixed(2)).toBe('0.00');
    expect(line.basis).toBe('0 days × €550.00/30');
    expect(line.quantity).toBe(0);
    expect(line.unitAmount).toBe('550.00');
  });
  it('a monthly line shows a daily rate in cents when a thirtieth of the rate has no more decimals', () => {
    expect(monthlyLine('individual-support', rate('600'), 3, 15, 'r', []).basis).toBe(
      '3 months × €600.00 + 15 days × €20.00',
    );
    const odd = monthlyLine('individual-support', rate('674'), 3, 10, 'r', []);
    expect(odd.basis).toBe('3 months × €674.00 + 10 days × €674.00/30');
    // 3 × 674 + 10 × 674 / 30 = 2022 + 224.666…, rounded once, on the line
    expect(odd.amount.toDecimalPlaces(2).toFixed(2)).toBe('2246.67');
  });
  it('a tiered line caps the second tier and says how many days are unfunded', () => {
    const line = tieredDailyLine(
      20,
      rate('10'),
      { rate: new Decimal(7), fromDay: 15, share: new Decimal('0.70'), maxDays: 4 },
      'r',
      [],
    );
    expect(line.amount.toFixed(2)).toBe((14 * 10 + 4 * 7).toFixed(2));
    expect(line.basis).toBe(
      '14 days × €10.00 + 4 days × €7.00 (70 % from day 15) + 2 days unfunded',
    );
    expect(line.quantity).toBe(18);
  });
  it('a tiered line within the first tier names no second one', () => {
    const line = tieredDailyLine(
      5,
      rate('79'),
      { rate: new Decimal(56), fromDay: 15, share: undefined, maxDays: undefined },
      'r',
      [],
    );
    expect(line.basis).toBe('5 days × €79.00');
    expect(line.amount.toFixed(2)).toBe('395.00');
  });
});

describe('pack index', () => {
  const index = packIndex(getRules(2024));

  it('is made once per pack', () => {
    expect(packIndex(getRules(2024))).toBe(index);
    expect(packIndex(getRules(2023))).not.toBe(index);
  });
  it('writes an amount with two places, and a thirtieth of it in cents or as "/30"', () => {
    expect(rate('600')).toMatchObject({ text: '600.00', thirtieth: '€20.00' });
    expect(rate('674')).toMatchObject({ text: '674.00', thirtieth: '€674.00/30' });
    expect(rate('0.70').text).toBe('0.70');
  });
  it('reads a range figure at its reference value, and a fixed amount as it is', () => {
    const monthly = groupRateIn(index.groupRates, 'ka131.studentMonthly', 1);
    expect(monthly?.range).toBe(true);
    expect(monthly?.text).toBe(getRules(2024).ka131.studentMonthly[1].value.reference);
    expect(monthly?.used).toMatchObject({ path: 'ka131.studentMonthly.1', value: monthly?.text });
    const topUp = rateAt(index, 'ka131.fewerOpportunitiesTopUpMonthly');
    expect(topUp.range).toBe(false);
    expect(topUp.text).toBe('250.00');
    expect(Object.isFrozen(topUp.used)).toBe(true);
  });
  it('has no rate for a group a table lacks, and fails loudly for a path it does not have', () => {
    const pack2022 = packIndex(getRules(2022));
    expect(groupRateIn(pack2022.groupRates, 'ka171.studentMonthlyIncoming', 1)).toBeUndefined();
    expect(groupRateIn(pack2022.groupRates, 'ka171.studentMonthlyIncoming', 3)?.text).toBe(
      '800.00',
    );
    expect(() => rateAt(index, 'ka131.nothing')).toThrow(/No rate at ka131.nothing/);
    expect(() => figureAt(index, 'ka131.nothing')).toThrow(/No figure at ka131.nothing/);
    expect(figureAt(index, 'ka131.staffFullRateDays').value).toBe(14);
  });
  it("holds each country's living-cost group with its record", () => {
    expect(index.groups.he.get('DE')).toMatchObject({
      group: 1,
      used: { path: 'countryGroups.he.groups.DE', value: 1 },
    });
    expect(index.groups.he.get('US')).toBeUndefined();
  });
});

describe('resolved options', () => {
  it('are one constant object when no options are given', () => {
    const none = resolveGrantOptions(undefined);
    expect(resolveGrantOptions(undefined)).toBe(none);
    expect(none).toEqual({ sheet: undefined, rounding: 'per-line' });
  });
  it("read a rate sheet's values by pack table and group", () => {
    const rateSheet = defineRateSheet({
      callYear: 2022,
      ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } },
    });
    const { sheet, rounding } = resolveGrantOptions({ rateSheet, rounding: 'total-only' });
    expect(rounding).toBe('total-only');
    expect(sheet?.callYear).toBe(2022);
    const second = sheet && groupRateIn(sheet.rates, 'ka131.studentMonthly', 2);
    expect(second?.text).toBe('540.00');
    expect(second?.used).toEqual({
      path: 'rateSheet.ka131.studentMonthly.2',
      value: '540.00',
      status: 'confirmed',
      sources: ['rate sheet given in options.rateSheet'],
    });
    expect(sheet && groupRateIn(sheet.rates, 'ka131.staffDaily', 1)).toBeUndefined();
  });
});

describe('KA171 incoming without a group', () => {
  it('reports the missing figure instead of failing', () => {
    const pack = getRules(2022);
    // A pack whose HE group table lacks Poland: the engine must say so, not throw.
    const groups = Object.fromEntries(
      Object.entries(pack.countryGroups.he.groups).filter(([code]) => code !== 'PL'),
    );
    const stripped: RulePack = {
      ...pack,
      countryGroups: { ...pack.countryGroups, he: { ...pack.countryGroups.he, groups } },
    };
    for (const activity of ['student-studies', 'staff-teaching'] as const) {
      const m = parseMobility({
        action: 'KA171-HED',
        callYear: 2022,
        activity,
        ...(activity === 'student-studies' ? { format: 'long-term' } : {}),
        sendingCountry: 'UA',
        receivingCountry: 'PL',
        startDate: '2022-03-01',
        endDate: '2022-06-30',
      } as never);
      const ctx: GrantContext = {
        m,
        index: packIndex(stripped),
        duration: durationOf(stripped, m),
        sheet: undefined,
        lines: [],
        warnings: [],
        missing: [],
        referencePaths: [],
      };
      addIndividualSupport(ctx);
      expect(ctx.lines).toEqual([]);
      // issue 14, results that must not mislead: the left-out line is a missing part, not a warning
      expect(ctx.missing.map((p) => [p.kind, p.reason])).toEqual([
        ['individual-support', 'figure-missing'],
      ]);
      expect(ctx.missing[0]?.paths[0]).toMatch(/PL$/);
      expect(ctx.warnings).toEqual([]);
    }
  });
});

describe('warnings about figures', () => {
  const paths = ['ka131.studentMonthly.1', 'ka131.studentMonthly.1'];

  it('say why reference values were used: no sheet, a sheet without the value, a sheet of another year', () => {
    expect(referenceWarning(paths, 2024, undefined)).toEqual({
      code: 'reference-values',
      message:
        'No rate sheet was given: the Programme Guide reference values were used for the rates a National Agency chooses. Pass options.rateSheet for your National Agency’s rates.',
      paths: ['ka131.studentMonthly.1'],
    });
    expect(referenceWarning(paths, 2024, 2024).message).toMatch(/^The rate sheet gives no value/);
    expect(referenceWarning(paths, 2024, 2023).message).toMatch(
      /^The rate sheet is for call 2023 and was not applied to this call-2024 mobility/,
    );
  });

  it('name each figure that is not confirmed, with its status', () => {
    const figure = (path: string, status: 'single-source' | 'conflicting') => ({
      path,
      value: 1,
      status,
      sources: [],
    });
    expect(
      provisionalWarning([figure('a.b', 'single-source'), figure('c.d', 'conflicting')]),
    ).toEqual({
      code: 'provisional-figure',
      message:
        'This result used figures that are not confirmed: a.b (single-source), c.d (conflicting). The amount may change when they are.',
      paths: ['a.b', 'c.d'],
    });
  });

  it('are listed once each (same code and message)', () => {
    const a = { code: 'assumption' as const, message: 'A' };
    const b = { code: 'assumption' as const, message: 'B' };
    expect(withoutRepeats([a, b, { ...a }, b])).toEqual([a, b]);
    const once = [a, b];
    expect(withoutRepeats(once)).toEqual(once);
  });
});
