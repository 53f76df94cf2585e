/**
 * Issue 17, "Reasons": each family of reasons as its own small function — the variants it
 * proposes for a record (the mobility with one factor changed), and when it proposes none.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { computeDuration } from '../../src/mobility/computeDuration.js';
import { countDays } from '../../src/mobility/countDays.js';
import { type MobilityInput, parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { alternativeCounts, dayCount } from '../../src/reconcile/reasons/dayCount.js';
import { rates } from '../../src/reconcile/reasons/rates.js';
import { rounding } from '../../src/reconcile/reasons/rounding.js';
import { withCalculatedDays } from '../../src/reconcile/reasons/shiftDays.js';
import { staleValue } from '../../src/reconcile/reasons/staleValue.js';
import { interruptions, nonFundedDays, travelDays } from '../../src/reconcile/reasons/stayDays.js';
import { topUps } from '../../src/reconcile/reasons/topUps.js';
import { travelBand } from '../../src/reconcile/reasons/travelBand.js';
import type { ExplainContext, Note, Variant } from '../../src/reconcile/reasons/types.js';
import { forceMajeure, zeroGrant } from '../../src/reconcile/reasons/zeroGrant.js';
import type { ParsedReported } from '../../src/reconcile/schemas.js';
import { defineRateSheet, type RateSheet } from '../../src/rules/defineRateSheet.js';
import { staff, student } from './fixtures.js';

function ctx(
  input: MobilityInput,
  reported: ParsedReported = {},
  rateSheet?: RateSheet,
): ExplainContext {
  const mobility = parseMobility(input);
  return {
    mobility,
    grant: calculateGrant(mobility, rateSheet ? { rateSheet } : {}),
    reported,
    rateSheet,
    rounding: undefined,
    separateTopUps: false,
    tolerance: new Decimal(0),
  };
}

const variants = (items: readonly (Variant | Note)[]) =>
  items.filter((item): item is Variant => item.kind === 'variant');
/** The changed mobilities of the variants. */
const mobilities = (items: readonly (Variant | Note)[]) =>
  variants(items).map((v) => v.mobility as MobilityInput);
const calculated = (m: MobilityInput) => computeDuration(m).calculatedDays;

describe('day count (issue 17, reasons: day-count convention)', () => {
  it('offers the calendar count of a 30/360 period, once when the other reading agrees', () => {
    const found = variants(dayCount(ctx(student)));
    expect(found.map((v) => calculated(v.mobility as MobilityInput))).toEqual([136]);
  });

  it('offers both other counts of a period ending on 28 February', () => {
    const m = parseMobility({
      ...student,
      startDate: '2023-01-01',
      endDate: '2023-02-28',
      callYear: 2023,
    });
    const d = computeDuration(m);
    expect(d.calculatedDays).toBe(58);
    expect(alternativeCounts(m, d).map((a) => a.count)).toEqual([59, 60]);
    const found = variants(dayCount(ctx(m)));
    expect(found.map((v) => calculated(v.mobility as MobilityInput))).toEqual([59, 60]);
  });

  it('offers the 30/360 count of calendar days, and nothing when both counts agree', () => {
    expect(variants(dayCount(ctx(staff)))).toEqual([]);
    const across = { ...staff, startDate: '2024-10-28', endDate: '2024-11-01' } as const;
    expect(
      variants(dayCount(ctx(across))).map((v) => calculated(v.mobility as MobilityInput)),
    ).toEqual([4]);
  });

  it('moves the start when the 30/360 count skips the number at the end of February', () => {
    const m = parseMobility({
      ...student,
      startDate: '2022-11-15',
      endDate: '2023-02-28',
      callYear: 2022,
    });
    const shifted = withCalculatedDays(m, '30/360', 106);
    expect(shifted?.endDate).toBe('2023-02-28');
    expect(countDays('30/360', shifted?.startDate ?? m.startDate, m.endDate)).toBe(106);
    expect(withCalculatedDays(m, '30/360', 0)).toBeUndefined();
  });
});

describe('days of the stay (issue 17, reasons: interruptions, non-funded days, travel-day cap)', () => {
  it('proposes nothing without interruptions, non-funded or travel days', () => {
    const plain = ctx({ ...staff, travelDays: 0 });
    expect([...interruptions(plain), ...nonFundedDays(plain), ...travelDays(plain)]).toEqual([]);
  });

  it('leaves out the interruptions and the non-funded days', () => {
    const c = ctx({ ...student, interruptionDays: 5, nonFundedDays: 3 });
    expect(variants(interruptions(c))[0]?.mobility).toMatchObject({
      interruptionDays: 0,
      nonFundedDays: 3,
    });
    expect(variants(nonFundedDays(c))[0]?.mobility).toMatchObject({
      interruptionDays: 5,
      nonFundedDays: 0,
    });
  });

  it('funds no travel days, or caps them as the other kind of travel', () => {
    const found = variants(travelDays(ctx(staff)));
    expect(found.map((v) => (v.mobility as MobilityInput).travelDays)).toEqual([0, 2]);
    expect((found[1]?.mobility as MobilityInput | undefined)?.travel?.green).toBe(true);
    expect(found[1]?.fields).not.toContain('total');
  });
});

describe('rates (issue 17, reasons: rates applied)', () => {
  const sheet = defineRateSheet({
    callYear: 2024,
    ka131: { studentMonthly: { 1: 600, 2: 550, 3: 500 } },
  });

  it('tries the neighbouring call years, and the reference values only when a sheet applied', () => {
    expect(
      variants(rates(ctx(student))).map((v) => (v.mobility as MobilityInput).callYear),
    ).toEqual([2023, 2025]);
    const withSheet = variants(rates(ctx(student, {}, sheet)));
    expect(withSheet).toHaveLength(3);
    expect(withSheet[0]?.options).toEqual({ rateSheet: undefined });
    expect(
      variants(rates(ctx({ ...staff, callYear: 2021 }))).map(
        (v) => (v.mobility as MobilityInput).callYear,
      ),
    ).toEqual([2022]);
  });
});

describe('top-ups (issue 17, reasons: top-ups)', () => {
  it('turns the fewer-opportunities flag over, and studies into traineeship for students', () => {
    expect(
      variants(topUps(ctx(staff))).map((v) => (v.mobility as MobilityInput).participant),
    ).toEqual([{ fewerOpportunities: true }]);
    const found = variants(topUps(ctx({ ...student, participant: { fewerOpportunities: true } })));
    expect(found.map((v) => (v.mobility as MobilityInput).participant?.fewerOpportunities)).toEqual(
      [false, true],
    );
    expect((found[1]?.mobility as MobilityInput | undefined)?.activity).toBe('student-traineeship');
  });
});

describe('travel band (issue 17, reasons: travel band)', () => {
  it('turns green travel over and tries the neighbouring bands', () => {
    const found = variants(travelBand(ctx(staff)));
    expect(found.map((v) => (v.mobility as MobilityInput).travel)).toEqual([
      { distanceKm: 370, green: true },
      { distanceKm: 10 },
      { distanceKm: 500 },
    ]);
  });

  it('uses the distance of coordinates, and the first band below it', () => {
    const near = {
      ...staff,
      travel: { from: { lat: 45.8, lon: 16 }, to: { lat: 45.81, lon: 16 } },
    };
    const found = variants(travelBand(ctx(near)));
    expect(found.map((v) => (v.mobility as MobilityInput).travel)).toEqual([
      { from: { lat: 45.8, lon: 16 }, to: { lat: 45.81, lon: 16 }, green: true },
      { distanceKm: 10 },
    ]);
  });

  it('only turns green travel over without a distance', () => {
    expect(variants(travelBand(ctx({ ...staff, travel: undefined })))).toHaveLength(1);
  });
});

describe('zero grant and force majeure (issue 17, reasons: zero grant, hand-typed amounts)', () => {
  it('turns zero grant over', () => {
    expect(mobilities(zeroGrant(ctx(staff)))[0]?.zeroGrant).toBe(true);
    expect(mobilities(zeroGrant(ctx({ ...staff, zeroGrant: true })))[0]?.zeroGrant).toBe(false);
  });

  it('notes force majeure only when declared', () => {
    expect(forceMajeure(ctx(staff))).toEqual([]);
    const [note] = forceMajeure(ctx({ ...staff, forceMajeure: true }));
    expect(note?.kind).toBe('note');
  });
});

describe('stale value (issue 17, reasons: a stale stored value)', () => {
  it('recomputes for the stored funded days, else the stored calculated days', () => {
    expect(staleValue(ctx(student))).toEqual([]);
    expect(staleValue(ctx(student, { fundedDays: 134 }))).toEqual([]);
    const [byFunded] = variants(staleValue(ctx(student, { fundedDays: 120, calculatedDays: 100 })));
    expect(computeDuration(byFunded?.mobility as MobilityInput).fundedDays).toBe(120);
    expect(byFunded?.onlyIfUnexplained).toBe('fundedDays');
    const [byCalculated] = variants(staleValue(ctx(student, { calculatedDays: 100 })));
    expect(calculated(byCalculated?.mobility as MobilityInput)).toBe(100);
  });
});

describe('rounding (issue 17, reasons: rounding)', () => {
  it('tries the other policy and notes a cent per line at most', () => {
    const c = ctx(staff);
    const [variant, note] = rounding(c);
    expect(variant?.kind === 'variant' && variant.options).toEqual({ rounding: 'total-only' });
    const message = note?.kind === 'note' ? note.message : () => undefined;
    const total = c.grant.total;
    expect(
      message({ field: 'total', unit: 'EUR', reported: '1.00', recomputed: total }),
    ).toBeUndefined();
    expect(
      message({ field: 'calculatedDays', unit: 'day', reported: 1, recomputed: 2 }),
    ).toBeUndefined();
    expect(
      message({
        field: 'total',
        unit: 'EUR',
        reported: (Number(total) - 0.02).toFixed(2) as '1.00',
        recomputed: total,
      }),
    ).toContain('€0.02 is at most one cent for each of the 2 lines');
  });
});
