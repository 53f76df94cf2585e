import { Decimal, type DecimalInput, dec } from './decimal.js';

/**
 * An amount of euros as it leaves the library: a decimal string with exactly two places,
 * such as `"1925.00"` or `"-0.50"`.
 *
 * @example
 * ```ts
 * import type { MoneyString } from 'erasmus-kit';
 * const total: MoneyString = '1925.00';
 * ```
 */
export type MoneyString = `${number}.${number}`;

/**
 * How amounts are rounded to cents:
 * - `'per-line'` (default): each grant line is rounded to cents (half up) and the total is the
 *   exact sum of the rounded lines — what a participant sees on a grant agreement.
 * - `'total-only'`: lines keep full precision internally and only the total is rounded; lines are
 *   still shown rounded to cents, so they may not add up to the total by a cent.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING, type RoundingPolicy } from 'erasmus-kit';
 * const policy: RoundingPolicy = DEFAULT_ROUNDING; // 'per-line'
 * ```
 */
export type RoundingPolicy = 'per-line' | 'total-only';

/**
 * The default rounding policy: `'per-line'`.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING } from 'erasmus-kit';
 * DEFAULT_ROUNDING; // 'per-line'
 * ```
 */
export const DEFAULT_ROUNDING: RoundingPolicy = 'per-line';

/** Rounds to cents, half up (away from zero on .5). */
export function roundCents(value: DecimalInput): Decimal {
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Formats an amount as a two-place decimal string, rounding half up. Never `"-0.00"`. */
export function formatMoney(value: DecimalInput): MoneyString {
  const d = dec(value);
  return centsText(d.decimalPlaces() <= 2 ? d : roundCents(d));
}

/**
 * The two-place text of an amount that has at most two decimals (`1925` → `"1925.00"`,
 * `-0.5` → `"-0.50"`, zero → `"0.00"`, never `"-0.00"`). Below 10^40 `toString` writes no
 * exponent (the clone's `toExpPos` is 40; two decimals are far from `toExpNeg`), so padding it is
 * `toFixed(2)` without the rounding pass and its extra Decimal.
 */
export function centsText(value: Decimal): MoneyString {
  if (value.isZero()) return '0.00';
  if (value.e >= 40) return value.toFixed(2) as MoneyString;
  const text = value.toString();
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.00` as MoneyString;
  return (text.length - dot === 2 ? `${text}0` : text) as MoneyString;
}

/** Sums amounts exactly. The sum of nothing is zero. */
export function sumMoney(values: Iterable<DecimalInput>): Decimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(dec(v));
  return total;
}

/** Multiplies exactly. */
export function mulMoney(a: DecimalInput, b: DecimalInput): Decimal {
  return dec(a).times(dec(b));
}

/** Divides with the clone's 40-digit precision; dividing by zero is an internal error. */
export function divMoney(a: DecimalInput, b: DecimalInput): Decimal {
  const divisor = dec(b);
  if (divisor.isZero()) throw new RangeError('Division by zero');
  return dec(a).dividedBy(divisor);
}

/** Applies a rounding policy to one line amount. */
export function roundLine(value: DecimalInput, policy: RoundingPolicy): Decimal {
  return policy === 'per-line' ? roundCents(value) : dec(value);
}
