/**
 * Private: finds the reasons of each difference of a record. Every family of reasons proposes
 * variants of the mobility, in order; each variant is recomputed once, and it becomes a reason
 * for every difference whose stored value it gives.
 *
 * @module
 */
import { dec } from '../_lib/decimal.js';
import { formatMoney } from '../_lib/money.js';
import { safeCalculateGrant } from '../grants/calculateGrant.js';
import type { GrantOptions } from '../grants/GrantOptionsSchema.js';
import type { GrantResult } from '../grants/types.js';
import { daysOf, dependsOnMissing, moneyOf } from './fields.js';
import { CANDIDATES } from './reasons/candidates.js';
import type { ExplainContext, PendingDifference, Variant } from './reasons/types.js';
import type { DifferenceReason, FieldDifference, ReconcileField } from './types.js';

const LABELS: Readonly<Record<ReconcileField, string>> = {
  calculatedDays: 'The calculated duration',
  fundedDays: 'The funded duration',
  individualSupport: 'Individual support',
  topUps: 'The top-ups',
  travel: 'Travel support',
  total: 'The total',
};

/** A reason found, and the day field it needs unexplained (stale values). */
interface Found extends DifferenceReason {
  readonly onlyIfUnexplained: 'calculatedDays' | 'fundedDays' | undefined;
}

/** The grant options of a variant: the record's own, with what the variant changes. */
function optionsOf(ctx: ExplainContext, variant: Variant): GrantOptions {
  const sheet =
    variant.options !== undefined && 'rateSheet' in variant.options
      ? variant.options.rateSheet
      : ctx.rateSheet;
  const rounding = variant.options?.rounding ?? ctx.rounding;
  return {
    ...(sheet === undefined ? {} : { rateSheet: sheet }),
    ...(rounding === undefined ? {} : { rounding }),
  };
}

/** Whether a grant gives the stored value of a difference (money within the tolerance). */
function gives(ctx: ExplainContext, grant: GrantResult, difference: PendingDifference): boolean {
  if (dependsOnMissing(grant, difference.field, ctx.separateTopUps)) return false;
  if (difference.unit === 'day') return daysOf(grant, difference.field) === difference.reported;
  const value = moneyOf(grant, difference.field, ctx.separateTopUps);
  return dec(value).minus(difference.reported).abs().lessThanOrEqualTo(ctx.tolerance);
}

/** "Individual support as stored (€2720.00) is what … gives; …." */
function sentence(difference: PendingDifference, variant: Variant): string {
  const shown =
    difference.unit === 'day' ? `${difference.reported} days` : `€${difference.reported}`;
  return `${LABELS[difference.field]} as stored (${shown}) is what the library computes ${variant.what}; ${variant.instead}.`;
}

/** The reasons of each difference, in the families' order. */
function reasonsOf(ctx: ExplainContext, pending: readonly PendingDifference[]): Found[][] {
  const found: Found[][] = pending.map(() => []);
  for (const candidate of CANDIDATES) {
    for (const item of candidate(ctx)) {
      const targets = pending.flatMap((difference, i) =>
        item.fields.includes(difference.field) ? [i] : [],
      );
      if (targets.length === 0) continue;
      if (item.kind === 'note') {
        for (const i of targets) {
          const message = item.message(pending[i] as PendingDifference);
          if (message !== undefined) {
            found[i]?.push({ code: item.code, message, onlyIfUnexplained: undefined });
          }
        }
        continue;
      }
      const result = safeCalculateGrant(item.mobility, optionsOf(ctx, item));
      // A variant that is invalid or not eligible explains nothing (its grant is 0 by rule).
      if (!result.success || !result.data.eligibility.eligible) continue;
      for (const i of targets) {
        const difference = pending[i] as PendingDifference;
        if (gives(ctx, result.data, difference)) {
          found[i]?.push({
            code: item.code,
            message: sentence(difference, item),
            onlyIfUnexplained: item.onlyIfUnexplained,
          });
        }
      }
    }
  }
  return found;
}

/** The differences of a record with their reasons; unexplained ones have none. */
export function explainDifferences(
  ctx: ExplainContext,
  pending: readonly PendingDifference[],
): FieldDifference[] {
  const found = reasonsOf(ctx, pending);
  const explained = (field: ReconcileField) =>
    pending.some(
      (difference, i) =>
        difference.field === field &&
        (found[i] ?? []).some((r) => r.onlyIfUnexplained === undefined),
    );
  return pending.map((difference, i) => {
    const reasons: DifferenceReason[] = (found[i] ?? [])
      .filter((r) => r.onlyIfUnexplained === undefined || !explained(r.onlyIfUnexplained))
      .map(({ code, message }) => ({ code, message }));
    const explainedBy = { explained: reasons.length > 0, reasons };
    return difference.unit === 'day'
      ? { ...difference, difference: difference.reported - difference.recomputed, ...explainedBy }
      : {
          ...difference,
          difference: formatMoney(dec(difference.reported).minus(difference.recomputed)),
          ...explainedBy,
        };
  });
}
