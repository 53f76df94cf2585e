/**
 * Issue 17 Acceptance, property: reconciling the library's own results as `reported` gives
 * `match` for every eligible mobility (its whole grant computed), and no difference for any
 * mobility; a stored total one euro off is always found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/_lib/decimal.js';
import { formatMoney } from '../../src/_lib/money.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { reconcileGrants } from '../../src/reconcile/reconcileGrants.js';
import { mobilityArb } from '../grants/arbitraries.js';
import { ownValues } from './fixtures.js';

const runs = process.env['CI'] ? 300 : 100;

describe('reconcileGrants property (issue 17 Acceptance)', () => {
  it('gives match for the library’s own values of every eligible, whole grant', () => {
    fc.assert(
      fc.property(fc.array(mobilityArb, { minLength: 1, maxLength: 8 }), (mobilities) => {
        const records = mobilities.map((mobility, i) => ({
          id: `M${i}`,
          mobility,
          reported: ownValues(mobility),
        }));
        const result = reconcileGrants(records);
        result.records.forEach((record, i) => {
          const grant = calculateGrant(mobilities[i] as (typeof mobilities)[number]);
          const expected = !grant.eligibility.eligible
            ? 'ineligible'
            : grant.complete
              ? 'match'
              : 'incomplete';
          expect(record.status).toBe(expected);
          if (record.status !== 'invalid') expect(record.differences).toEqual([]);
        });
        expect(result.summary.net).toBe('0.00');
      }),
      { numRuns: runs },
    );
  });

  it('finds a stored total one euro off in every eligible, whole grant', () => {
    fc.assert(
      fc.property(mobilityArb, (mobility) => {
        const grant = calculateGrant(mobility);
        fc.pre(grant.eligibility.eligible && grant.complete);
        const total = formatMoney(dec(grant.total).plus(1));
        const [record] = reconcileGrants([{ id: 'M', mobility, reported: { total } }]).records;
        expect(record?.status).toBe('differs');
        if (record?.status === 'differs') expect(record.differences[0]?.difference).toBe('1.00');
      }),
      { numRuns: runs },
    );
  });
});
