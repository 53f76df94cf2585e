/**
 * Issue 19, "National money included": amounts that include national top-ups are not what the
 * Beneficiary Module stores, which reconciliation must know. A record reconciled with such a
 * sheet carries the flag in its grant's warnings; with a sheet of EU amounts it does not.
 */
import { describe, expect, it } from 'vitest';
import { reconcileGrants } from '../../src/reconcile/reconcileGrants.js';
import { getRateSheet } from '../../src/rules/nationalSheets/getRateSheet.js';

const mobility = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'AT',
  receivingCountry: 'IT',
  startDate: '2024-09-01',
  endDate: '2025-01-30',
  travel: { distanceKm: 900 },
} as const;

describe('issue 19: reconciliation with a sheet that includes national money', () => {
  it('flags every record reconciled with it, matched or not', () => {
    const result = reconcileGrants(
      [
        { id: 'A', mobility, reported: { individualSupport: '2600.00' } },
        // What the Beneficiary Module would store if the EU amount were lower.
        { id: 'B', mobility, reported: { individualSupport: '2350.00' } },
      ],
      { rateSheet: getRateSheet('AT01', 2024) },
    );
    expect(result.records.map((r) => r.status)).toEqual(['match', 'differs']);
    for (const record of result.records) {
      const grant = 'grant' in record ? record.grant : undefined;
      expect(
        grant?.warnings.find((w) => w.code === 'rate-sheet-national-money')?.message,
      ).toContain('not the EU unit costs the Beneficiary Module stores');
    }
  });

  it('does not flag a record reconciled with a sheet of EU amounts', () => {
    const de = { ...mobility, sendingCountry: 'DE' } as const;
    const result = reconcileGrants([{ id: 'A', mobility: de, reported: {} }], {
      rateSheet: getRateSheet('DE01', 2024),
    });
    const record = result.records[0];
    const grant = record !== undefined && 'grant' in record ? record.grant : undefined;
    expect(grant?.warnings.map((w) => w.code)).not.toContain('rate-sheet-national-money');
  });
});
