import DecimalJs from 'decimal.js';

/**
 * The library's own Decimal constructor: a private clone of decimal.js with a fixed configuration,
 * so a host that reconfigures the global `Decimal` cannot change our results.
 * 40 significant digits, ROUND_HALF_UP, no exponential notation in `toString()` for money-sized values.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
  modulo: DecimalJs.ROUND_DOWN,
});

/** An instance of the library's private Decimal. */
export type Decimal = InstanceType<typeof Decimal>;

/** What may be turned into a Decimal: a Decimal, a finite number or a decimal string. */
export type DecimalInput = Decimal | number | string;

/** Makes a Decimal, rejecting `NaN` and infinities (an internal guard, not input validation). */
export function dec(value: DecimalInput): Decimal {
  const d = value instanceof Decimal ? value : new Decimal(value);
  if (!d.isFinite()) throw new RangeError(`Not a finite decimal: ${String(value)}`);
  return d;
}
