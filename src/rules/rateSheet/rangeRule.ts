/**
 * The one rule of a rate-sheet value against a range (internal): inside the bounds it is fine;
 * beyond a `confirmed` bound it is refused; beyond a bound that is not confirmed (single-source,
 * carried-forward, conflicting, derived) it is accepted with a warning naming the bound and its
 * status — National Agencies are known to pay above the maxima quoted for the Programme Guide.
 * `RateSheetInputSchema` refuses, `defineRateSheet` warns, both through this rule.
 *
 * @module
 */
import { type Decimal, dec } from '../../_lib/decimal.js';
import { formatMoney, type MoneyString } from '../../_lib/money.js';
import type { FigureStatus } from '../../_lib/provenance.js';
import type { MoneyRange } from '../types.js';

/** A range with its status: a pack's range figure (or a National Agency's range). */
export interface StatusRange {
  /** The bounds (either may be unknown). */
  readonly value: Pick<MoneyRange, 'min' | 'max'>;
  /** How far the range can be trusted. */
  readonly status: FigureStatus;
}

/** A value beyond one bound of its range. */
export interface Breach {
  /** Which bound it passes. */
  readonly side: 'min' | 'max';
  /** The bound. */
  readonly bound: MoneyString;
  /** `true` when the range is `confirmed`: the value is refused; otherwise it is only warned of. */
  readonly refused: boolean;
}

/** The bound a value passes, if any. */
export function breachOf(amount: Decimal, range: StatusRange): Breach | undefined {
  const { min, max } = range.value;
  const refused = range.status === 'confirmed';
  if (min !== undefined && amount.lt(dec(min))) return { side: 'min', bound: min, refused };
  if (max !== undefined && amount.gt(dec(max))) return { side: 'max', bound: max, refused };
  return undefined;
}

/** `'310.00–600.00'`, `'at most 180.00'`, `'at least 60.00'` or `'no bounds known'`. */
export function rangeText(range: StatusRange): string {
  const { min, max } = range.value;
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (max !== undefined) return `at most ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return 'no bounds known';
}

/** The warning text of a value beyond a bound that is not confirmed. */
export function breachWarning(
  amount: Decimal,
  breach: Breach,
  range: StatusRange,
  where: string,
): string {
  const side = breach.side === 'max' ? 'above the maximum' : 'below the minimum';
  return `${formatMoney(amount)} is ${side} ${breach.bound}, a bound that is ${range.status}, not confirmed: the value is used. ${where}`;
}
