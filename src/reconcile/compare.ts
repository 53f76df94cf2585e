/**
 * Private: compares the stored values of one record with the library's grant, field by field.
 *
 * @module
 */
import { type Decimal, dec } from '../_lib/decimal.js';
import type { GrantResult } from '../grants/types.js';
import { daysOf, dependsOnMissing, FIELDS, isMoneyField, moneyOf } from './fields.js';
import type { PendingDifference } from './reasons/types.js';
import type { ParsedReported } from './schemas.js';
import type { ReconcileField } from './types.js';

/** The outcome of comparing one record. */
export interface Comparison {
  /** The stored fields compared. */
  readonly compared: ReconcileField[];
  /** The stored fields that depend on a part the grant lacks. */
  readonly notCompared: ReconcileField[];
  /** The compared fields that differ. */
  readonly pending: PendingDifference[];
}

/** Compares every stored field with the grant (amounts within `tolerance`, days exactly). */
export function compareFields(
  grant: GrantResult,
  reported: ParsedReported,
  tolerance: Decimal,
): Comparison {
  const separateTopUps = reported.topUps !== undefined;
  const compared: ReconcileField[] = [];
  const notCompared: ReconcileField[] = [];
  const pending: PendingDifference[] = [];
  for (const field of FIELDS) {
    const stored = reported[field];
    if (stored === undefined) continue;
    if (dependsOnMissing(grant, field, separateTopUps)) {
      notCompared.push(field);
      continue;
    }
    compared.push(field);
    if (isMoneyField(field)) {
      const ours = moneyOf(grant, field, separateTopUps);
      if (dec(stored).minus(ours).abs().greaterThan(tolerance)) {
        pending.push({ field, unit: 'EUR', reported: stored as PendingMoney, recomputed: ours });
      }
    } else {
      const ours = daysOf(grant, field);
      if (stored !== ours)
        pending.push({ field, unit: 'day', reported: stored as number, recomputed: ours });
    }
  }
  return { compared, notCompared, pending };
}

type PendingMoney = Extract<PendingDifference, { field: 'total' }>['reported'];
