/**
 * Private: the words of a line's `basis` — amounts in euros, shares in per cent, counted units.
 *
 * @module
 */
import type { Decimal } from '../../_lib/decimal.js';
import { formatMoney, mulMoney } from '../../_lib/money.js';

/** `1925.00`; an amount with more than two decimals is written exactly (`103.615`). */
export function exactAmount(value: Decimal): string {
  return value.decimalPlaces() > 2 ? value.toFixed() : formatMoney(value);
}

/** `€1925.00`; an amount with more than two decimals is shown exactly (`€103.615`). */
export function euros(value: Decimal): string {
  return `€${exactAmount(value)}`;
}

/** `70 %` for `0.70`; with `places`, the percentage rounded half up (`34.33 %`). */
export function percent(share: Decimal, places?: number): string {
  const value = mulMoney(share, 100);
  return `${(places === undefined ? value : value.toDecimalPlaces(places)).toFixed()} %`;
}

/** `1 month`, `3 months`; `1 day`, `15 days`. */
export function count(n: number, singular: string): string {
  return `${n} ${singular}${n === 1 ? '' : 's'}`;
}
