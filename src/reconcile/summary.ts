/**
 * Private: the summary of a reconciliation — counts by status, the stored and recomputed totals,
 * and the records that differ most.
 *
 * @module
 */
import { type Decimal, dec } from '../_lib/decimal.js';
import { formatMoney, ZERO } from '../_lib/money.js';
import type {
  LargestDifference,
  ReconcileStatus,
  ReconciliationSummary,
  RecordReconciliation,
} from './types.js';

/** The largest money difference of a record, if it has one. */
function largestOf(
  record: RecordReconciliation,
): (LargestDifference & { size: Decimal }) | undefined {
  if (record.status === 'invalid') return undefined;
  let best: (LargestDifference & { size: Decimal }) | undefined;
  for (const difference of record.differences) {
    if (difference.unit !== 'EUR') continue;
    const size = dec(difference.difference).abs();
    if (best === undefined || size.greaterThan(best.size)) {
      best = {
        index: record.index,
        id: record.id,
        field: difference.field,
        difference: difference.difference,
        size,
      };
    }
  }
  return best;
}

/** Summarises the records; `largest` is how many of the records that differ most to list. */
export function summarize(
  records: readonly RecordReconciliation[],
  largest: number,
): ReconciliationSummary {
  const byStatus: Record<ReconcileStatus, number> = {
    match: 0,
    differs: 0,
    ineligible: 0,
    incomplete: 0,
    invalid: 0,
  };
  let stored = ZERO;
  let recomputed = ZERO;
  let totalsCompared = 0;
  const ranked: (LargestDifference & { size: Decimal })[] = [];
  for (const record of records) {
    byStatus[record.status] += 1;
    if (record.status === 'invalid') continue;
    if (record.status !== 'incomplete' && record.reported.total !== undefined) {
      stored = stored.plus(record.reported.total);
      recomputed = recomputed.plus(record.grant.total);
      totalsCompared += 1;
    }
    const top = largestOf(record);
    if (top !== undefined) ranked.push(top);
  }
  ranked.sort((a, b) => b.size.comparedTo(a.size) || a.index - b.index);
  return {
    records: records.length,
    byStatus,
    totalsCompared,
    stored: formatMoney(stored),
    recomputed: formatMoney(recomputed),
    net: formatMoney(stored.minus(recomputed)),
    largest: ranked.slice(0, largest).map(({ size: _size, ...rest }) => rest),
  };
}
