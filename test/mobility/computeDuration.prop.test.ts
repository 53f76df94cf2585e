import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/_lib/calendar.js';
import { computeDuration } from '../../src/mobility/computeDuration.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { mobilityArb } from './arbitraries.js';

describe('computeDuration (properties)', () => {
  it('never gives a negative or fractional count, and the fields add up', () => {
    fc.assert(
      fc.property(mobilityArb, (input) => {
        const d = computeDuration(input);
        for (const key of [
          'calculatedDays',
          'interruptionDays',
          'mobilityDays',
          'nonFundedDays',
          'fundedStayDays',
          'travelDays',
          'fundedDays',
          'fullMonths',
          'extraDays',
        ] as const) {
          expect(Number.isInteger(d[key]), key).toBe(true);
          expect(d[key], key).toBeGreaterThanOrEqual(0);
        }
        expect(d.calculatedDays).toBeGreaterThanOrEqual(1);
        expect(d.mobilityDays).toBe(d.calculatedDays - d.interruptionDays);
        expect(d.fundedStayDays).toBe(d.mobilityDays - d.nonFundedDays);
        expect(d.fundedDays).toBe(d.fundedStayDays + d.travelDays);
        expect(d.fullMonths * 30 + d.extraDays).toBe(d.fundedDays);
        expect(d.extraDays).toBeLessThan(30);
        expect(d.travelDays).toBeLessThanOrEqual(d.travelDayAllowance);
      }),
      { numRuns: 300 },
    );
  });

  it('never shortens when the end date moves later', () => {
    fc.assert(
      fc.property(mobilityArb, fc.integer({ min: 1, max: 400 }), (input, extra) => {
        const later = {
          ...input,
          endDate: addDays(input.endDate as never, extra),
        } as MobilityInput;
        const a = computeDuration(input);
        const b = computeDuration(later);
        expect(b.calculatedDays).toBeGreaterThanOrEqual(a.calculatedDays);
        expect(b.mobilityDays).toBeGreaterThanOrEqual(a.mobilityDays);
        expect(b.fundedDays).toBeGreaterThanOrEqual(a.fundedDays);
      }),
      { numRuns: 300 },
    );
  });
});
