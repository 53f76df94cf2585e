import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { safeDefineRateSheet } from '../../src/rules/defineRateSheet.js';
import { diffRules } from '../../src/rules/diffRules.js';
import { getRules } from '../../src/rules/getRules.js';

/** Cents as an integer, to pick amounts around the range bounds without floating point. */
const cents = (money: string) => Math.round(Number(money) * 100);
const money = (c: number) => (c / 100).toFixed(2);

describe('defineRateSheet properties', () => {
  // Issue 19: beyond a confirmed bound a rate is refused; beyond a bound that is not confirmed it
  // is accepted, with a warning on exactly that value.
  it('accepts the staff daily rates inside each range; outside, refuses or warns by the status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALL_YEARS),
        fc.constantFrom(1, 2, 3),
        fc.integer({ min: 0, max: 40_000 }),
        (callYear, group, amountCents) => {
          const table = getRules(callYear).vetSchAdu.staffDaily;
          const figure = table[group as 1 | 2 | 3];
          const range = figure.value;
          const inside =
            (range.min === undefined || amountCents >= cents(range.min)) &&
            (range.max === undefined || amountCents <= cents(range.max));
          const rates = {
            1: table[1].value.reference,
            2: table[2].value.reference,
            3: table[3].value.reference,
            [group]: money(amountCents),
          };
          const result = safeDefineRateSheet({ callYear, vetSchAdu: { staffDaily: rates } });
          expect(result.success).toBe(inside || figure.status !== 'confirmed');
          if (result.success) {
            expect(result.data.vetSchAdu?.staffDaily?.[group as 1 | 2 | 3]).toBe(
              money(amountCents),
            );
            const warned = (result.data.warnings ?? []).flatMap((w) => w.paths);
            expect(warned).toEqual(inside ? [] : [`vetSchAdu.staffDaily.${group}`]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('always accepts the reference values of every range (the pack is consistent)', () => {
    for (const callYear of CALL_YEARS) {
      const pack = getRules(callYear);
      const refs = (t: typeof pack.ka131.staffDaily) => ({
        1: t[1].value.reference,
        2: t[2].value.reference,
        3: t[3].value.reference,
      });
      const result = safeDefineRateSheet({
        callYear,
        ka131: {
          studentMonthly: refs(pack.ka131.studentMonthly),
          staffDaily: refs(pack.ka131.staffDaily),
        },
        vetSchAdu: {
          staffDaily: refs(pack.vetSchAdu.staffDaily),
          learnerDaily: refs(pack.vetSchAdu.learnerDaily),
        },
      });
      expect(result.success, String(callYear)).toBe(true);
    }
  });
});

describe('diffRules properties', () => {
  it('is antisymmetric: a→b additions are b→a removals, changes swap before and after', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CALL_YEARS), fc.constantFrom(...CALL_YEARS), (x, y) => {
        const forward = diffRules(getRules(x), getRules(y));
        const backward = diffRules(getRules(y), getRules(x));
        const added = forward.filter((c) => c.kind === 'added').map((c) => c.path);
        const removed = backward.filter((c) => c.kind === 'removed').map((c) => c.path);
        expect([...added].sort()).toEqual([...removed].sort());
        const changed = new Map(
          backward.filter((c) => c.kind === 'changed').map((c) => [c.path, c]),
        );
        for (const change of forward.filter((c) => c.kind === 'changed')) {
          expect(changed.get(change.path)?.before).toEqual(change.after);
        }
        if (x === y) expect(forward).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
