import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal.js';
import { InputError } from '../../src/errors.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { mobilityArb, mobilityOf, partsArb } from './arbitraries.js';

const RUNS = { numRuns: 300 };

/** Names a user cannot open: the project's research notes and design file. */
const RESEARCH_NOTES =
  /(he-mobility-rules|programme-catalogue|vet-sch-adu-rates|rates-2025-2026[\w-]*|practice-notes|corrections-2026-12|na-rate-sheets|bm-export-fields)\.md|DESIGN|domain notes/;

describe('calculateGrant properties', () => {
  it('total ≥ 0, and the total is exactly the sum of the lines (per-line rounding)', () => {
    fc.assert(
      fc.property(mobilityArb, (m) => {
        const r = calculateGrant(m);
        const total = new Decimal(r.total);
        expect(total.isNegative()).toBe(false);
        const sum = r.lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));
        expect(total.equals(sum)).toBe(true);
        for (const line of r.lines) {
          expect(line.amount).toMatch(/^\d+\.\d{2}$/);
          expect(new Decimal(line.amount).isNegative()).toBe(false);
          expect(Number.isFinite(line.quantity)).toBe(true);
        }
        if (!r.eligibility.eligible || m.zeroGrant) expect(r.total).toBe('0.00');
      }),
      RUNS,
    );
  });

  it("'total-only' differs from 'per-line' by less than half a cent per line", () => {
    fc.assert(
      fc.property(mobilityArb, (m) => {
        const perLine = calculateGrant(m);
        const totalOnly = calculateGrant(m, { rounding: 'total-only' });
        const diff = new Decimal(perLine.total).minus(totalOnly.total).abs();
        expect(diff.lte(new Decimal('0.005').times(perLine.lines.length))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a longer stay never pays less (when both are eligible)', () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 1, max: 40 }), (parts, extra) => {
        const shorter = calculateGrant(mobilityOf(parts));
        const longer = calculateGrant(mobilityOf({ ...parts, days: parts.days + extra }));
        fc.pre(shorter.eligibility.eligible && longer.eligibility.eligible);
        expect(new Decimal(longer.total).gte(shorter.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('switching on fewer opportunities never pays less', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const without = calculateGrant(mobilityOf({ ...parts, fewerOpportunities: false }));
        const withFo = calculateGrant(mobilityOf({ ...parts, fewerOpportunities: true }));
        expect(new Decimal(withFo.total).gte(without.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('equal inputs give identical results, and the input is not mutated', () => {
    fc.assert(
      fc.property(mobilityArb, (m) => {
        const copy = structuredClone(m);
        const a = calculateGrant(m);
        const b = calculateGrant(structuredClone(m));
        expect(a).toEqual(b);
        expect(m).toEqual(copy);
      }),
      { numRuns: 150 },
    );
  });
});

// issue 14, results that must not mislead: completeness, in both directions
describe('completeness properties', () => {
  it('complete === (missing.length === 0); a complete eligible result has the lines it should', () => {
    let complete = 0;
    let incomplete = 0;
    fc.assert(
      fc.property(partsArb, (parts) => {
        const r = calculateGrant(mobilityOf(parts));
        expect(r.complete).toBe(r.missing.length === 0);
        const kinds = r.lines.map((l) => l.kind);
        // A missing line is left out, never paid as well.
        for (const part of r.missing) expect(kinds).not.toContain(part.kind);
        if (!r.eligibility.eligible || parts.zeroGrant) {
          // 0.00 is the real answer: complete.
          expect(r.complete).toBe(true);
          expect(r.missing).toEqual([]);
          return;
        }
        // Travel support is always due except to KA131 students of calls 2021–2023.
        const travelDue =
          (parts.kind !== 'he-long' && parts.kind !== 'he-short') || parts.callYear >= 2024;
        const hasTravel = kinds.includes('travel') || kinds.includes('exceptional-travel');
        const distanceGiven = parts.distanceKm !== undefined || parts.coordinates !== undefined;
        if (r.complete) {
          complete += 1;
          expect(kinds).toContain('individual-support');
          if (travelDue) expect(hasTravel).toBe(true);
        } else incomplete += 1;
        if (travelDue && !distanceGiven) {
          expect(r.complete).toBe(false);
          expect(r.missing.map((p) => [p.kind, p.reason])).toContainEqual([
            'travel',
            'distance-missing',
          ]);
        }
        if (distanceGiven) expect(r.missing.map((p) => p.kind)).not.toContain('travel');
      }),
      // Most generated mobilities are ineligible: more runs give enough paid ones.
      { numRuns: 1000 },
    );
    // Both directions were exercised.
    expect(complete).toBeGreaterThan(0);
    expect(incomplete).toBeGreaterThan(0);
  });

  it('rules, warnings and missing parts cite only what a user can open', () => {
    fc.assert(
      fc.property(mobilityArb, (m) => {
        const r = calculateGrant(m);
        const texts = [
          ...r.lines.map((l) => l.rule),
          ...r.warnings.map((w) => w.message),
          ...r.missing.map((p) => p.message),
        ];
        for (const text of texts) expect(text).not.toMatch(RESEARCH_NOTES);
      }),
      RUNS,
    );
  });
});

describe('bad input', () => {
  it('anything that is not a valid mobility throws InputError, never another error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          mobilityArb.chain((m) =>
            fc
              .record({
                key: fc.constantFrom(...Object.keys(m)),
                value: fc.oneof(fc.anything(), fc.constant(Number.NaN), fc.constant(-1)),
              })
              .map(({ key, value }) => ({ ...m, [key]: value })),
          ),
        ),
        (input) => {
          try {
            const r = calculateGrant(input as never);
            expect(r.total).toMatch(/^\d+\.\d{2}$/);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      RUNS,
    );
  });
});
