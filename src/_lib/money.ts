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

/** Rounds to cents, half up (away from zero on .5); an amount in cents already is kept as it is. */
export function roundCents(value: DecimalInput): Decimal {
  const d = dec(value);
  return d.decimalPlaces() <= 2 ? d : d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Formats an amount as a two-place decimal string, rounding half up. Never `"-0.00"`. */
export function formatMoney(value: DecimalInput): MoneyString {
  return centsText(roundCents(value));
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

/** Zero euros. */
export const ZERO: Decimal = new Decimal(0);

/** Adds amounts exactly; the sum of nothing is zero. */
export function sumMoney(values: readonly Decimal[]): Decimal {
  let total = values[0] ?? ZERO;
  for (let i = 1; i < values.length; i++) total = total.plus(values[i] as Decimal);
  return total;
}

/** Multiplies an amount exactly: by a count (`4 days × €79`) or a share (`0.80 × real cost`). */
export function mulMoney(amount: Decimal, factor: Decimal | number): Decimal {
  return amount.times(factor);
}

/**
 * `part / whole` with the clone's 40 significant digits (how much of a real cost a band covers,
 * a thirtieth of a monthly rate); a zero `whole` is an internal error.
 */
export function divMoney(part: Decimal, whole: Decimal | number): Decimal {
  if (typeof whole === 'number' ? whole === 0 : whole.isZero()) {
    throw new RangeError('Division by zero');
  }
  return part.dividedBy(whole);
}

/** The smaller of an amount and its cap. */
export function capMoney(amount: Decimal, cap: Decimal): Decimal {
  return amount.greaterThan(cap) ? cap : amount;
}

/**
 * `months × monthly + days × monthly / 30`: the Beneficiary Module's 30-day months and extra
 * days (an extra day is one thirtieth of the monthly amount), computed as
 * `monthly × (30 × months + days) / 30` with one division (exact whenever the result has at most
 * 40 digits; otherwise within 10^-38 of it, which never moves a cent).
 */
export function monthsAndDays(monthly: Decimal, months: number, days: number): Decimal {
  return days === 0 ? monthly.times(months) : monthly.times(months * 30 + days).dividedBy(30);
}

/**
 * `count × rate + laterCount × laterRate`, exactly: units paid in two tiers (days 1–14 and from
 * day 15; participants up to the 100th and beyond).
 */
export function twoTiers(
  rate: Decimal,
  count: number,
  laterRate: Decimal,
  laterCount: number,
): Decimal {
  const first = rate.times(count);
  return laterCount === 0 ? first : first.plus(laterRate.times(laterCount));
}

/**
 * Lines rounded to cents (half up) and their total under a rounding policy: `'per-line'` adds
 * the rounded lines, `'total-only'` rounds the exact sum.
 */
export function roundLines(
  amounts: readonly Decimal[],
  policy: RoundingPolicy,
): { readonly lines: Decimal[]; readonly total: Decimal } {
  const lines = new Array<Decimal>(amounts.length);
  for (let i = 0; i < amounts.length; i++) lines[i] = roundCents(amounts[i] as Decimal);
  return { lines, total: policy === 'per-line' ? sumMoney(lines) : roundCents(sumMoney(amounts)) };
}
