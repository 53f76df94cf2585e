import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { computeDuration, safeComputeDuration } from '../../src/mobility/computeDuration.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { getRules } from '../../src/rules/getRules.js';
import { blendedShortTerm, longTermStudy, staffTeaching } from './fixtures.js';

describe('computeDuration', () => {
  it('follows the BM field order: calculated → interruptions → non-funded → travel', () => {
    const d = computeDuration({
      ...staffTeaching,
      startDate: '2024-05-01',
      endDate: '2024-05-20', // 20 calendar days
      callYear: 2024,
      interruptionDays: 3,
      nonFundedDays: 2,
      travelDays: 2,
    });
    expect(d).toMatchObject({
      method: 'calendar',
      calculatedDays: 20,
      interruptionDays: 3,
      mobilityDays: 17,
      nonFundedDays: 2,
      fundedStayDays: 15,
      declaredTravelDays: 2,
      travelDayAllowance: 2,
      travelDays: 2,
      fundedDays: 17,
      fullMonths: 0,
      extraDays: 17,
      virtualDays: 0,
      callYear: 2024,
    });
  });

  it('caps travel days at the call year allowance, standard or green', () => {
    const pack = getRules(2024);
    const rule = pack.travelDays['KA131-HED']['staff-teaching']?.standard;
    const standard = rule?.standard.value ?? Number.NaN;
    const green = rule?.green.value ?? Number.NaN;
    expect(green).toBeGreaterThan(standard);
    const base = { ...staffTeaching, callYear: 2024, travelDays: 10 } as const;
    const s = computeDuration(base);
    expect([s.travelDayAllowance, s.travelDays]).toEqual([standard, standard]);
    const g = computeDuration({ ...base, travel: { green: true } });
    expect([g.travelDayAllowance, g.travelDays]).toEqual([green, green]);
    expect(g.figures[0]?.path).toBe('travelDays.KA131-HED.staff-teaching.standard.green');
    expect(g.fundedDays).toBe(5 + green);
  });

  it('uses the short-term travel-day rule for short-term students', () => {
    const d = computeDuration({ ...blendedShortTerm, travelDays: 2 });
    expect(d.figures[0]?.path).toBe('travelDays.KA131-HED.student-studies.shortTerm.standard');
    expect(d.method).toBe('calendar');
  });

  it('adds funded travel days before splitting into months (long-term)', () => {
    const d = computeDuration({
      ...longTermStudy,
      callYear: 2024,
      travelDays: 6,
      travel: { green: true },
    });
    expect(d.calculatedDays).toBe(105);
    expect(d.fundedDays).toBe(105 + d.travelDays);
    expect(d.fullMonths * 30 + d.extraDays).toBe(d.fundedDays);
  });

  it('reports the virtual days of a blended mobility', () => {
    expect(computeDuration({ ...blendedShortTerm, virtualDays: 4 }).virtualDays).toBe(4);
  });

  it('returns a frozen result and accepts an already parsed mobility', () => {
    const mobility = parseMobility(longTermStudy);
    const d = computeDuration(mobility);
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.figures)).toBe(true);
    expect(d).toEqual(computeDuration(longTermStudy));
  });

  it('throws InputError for bad input, and the safe twin returns it', () => {
    const bad = { ...longTermStudy, endDate: '2022-12-31' };
    expect(() => computeDuration(bad)).toThrow(InputError);
    const result = safeComputeDuration(bad);
    expect(result.success).toBe(false);
    // issue 15, item 7: the path starts at the argument, `mobility`
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['mobility', 'endDate']);
    expect(safeComputeDuration(longTermStudy)).toMatchObject({ success: true });
  });
});
