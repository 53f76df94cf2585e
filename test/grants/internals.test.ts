/** Unit tests of the engine's private helpers: texts, caches, line shapes, sheet lookup. */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal.js';
import {
  CACHE_LIMIT,
  euros,
  type GrantContext,
  percent,
  remember,
} from '../../src/grants/grantContext.js';
import { addIndividualSupport } from '../../src/grants/individualSupport.js';
import { monthlyLine, tieredDailyLine } from '../../src/grants/lineBuilders.js';
import { lookupOf } from '../../src/grants/rateSheetLookup.js';
import { durationOf } from '../../src/mobility/computeDuration.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { defineRateSheet } from '../../src/rules/defineRateSheet.js';
import { getRules } from '../../src/rules/getRules.js';
import type { RulePack } from '../../src/rules/types.js';

describe('texts', () => {
  it('euros shows two places, or every decimal of a finer amount', () => {
    expect(euros('550.0')).toBe('€550.00');
    expect(euros('550.0')).toBe('€550.00'); // cached
    expect(euros(new Decimal('103.6'))).toBe('€103.60');
    expect(euros(new Decimal('86.415'))).toBe('€86.415');
  });
  it('percent of a share given as text or Decimal', () => {
    expect(percent('0.70')).toBe('70 %');
    expect(percent(new Decimal('0.3433'))).toBe('34.33 %');
  });
  it('remember keeps a cache bounded', () => {
    const map = new Map<number, number>();
    for (let i = 0; i < CACHE_LIMIT; i++) map.set(i, i);
    expect(remember(map, -1, 7)).toBe(7);
    expect(map.size).toBe(1);
    expect(map.get(-1)).toBe(7);
  });
});

describe('line shapes', () => {
  it('a monthly line with no funded day still explains itself', () => {
    const line = monthlyLine({
      kind: 'individual-support',
      fullMonths: 0,
      extraDays: 0,
      rate: new Decimal(550),
      rule: 'r',
      figures: [],
    });
    expect(line.amount.toFixed(2)).toBe('0.00');
    expect(line.basis).toBe('0 days × €550.00/30');
    expect(line.quantity).toBe(0);
  });
  it('a tiered line caps the second tier and says how many days are unfunded', () => {
    const line = tieredDailyLine({
      kind: 'individual-support',
      days: 20,
      firstTierDays: 14,
      rate: new Decimal(10),
      secondRate: new Decimal(7),
      secondRateLabel: '70 %',
      maxSecondTierDays: 4,
      rule: 'r',
      figures: [],
    });
    expect(line.amount.toFixed(2)).toBe((14 * 10 + 4 * 7).toFixed(2));
    expect(line.basis).toBe('14 days × €10.00 + 4 days × €7.00 (70 %) + 2 days unfunded');
    expect(line.quantity).toBe(18);
  });
});

describe('rate-sheet lookup', () => {
  it('reads a value by pack path, and nothing for other paths', () => {
    const sheet = defineRateSheet({
      callYear: 2022,
      ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } },
    });
    const lookup = lookupOf(sheet);
    expect(lookup('ka131.studentMonthly.2')).toBe('540.00');
    expect(lookup('ka131.studentMonthly.2')).toBe('540.00'); // cached
    expect(lookup('ka131.staffDaily.1')).toBeUndefined();
    expect(lookup('vetSchAdu')).toBeUndefined();
    expect(lookup('')).toBeUndefined();
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
        pack: stripped,
        duration: durationOf(stripped, m),
        rates: undefined,
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
