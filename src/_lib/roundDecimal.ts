/**
 * Rounds a finite number half up (away from zero on a tie) to `places` decimal places, working on
 * the number's shortest decimal form (`String(value)`), after shifting its decimal point `shift`
 * places to the right (`shift` 2 turns a share into a percentage). Exact, like decimal.js's
 * `new Decimal(value).times(10 ** shift).toDecimalPlaces(places, ROUND_HALF_UP).toFixed(places)`,
 * but with plain string and BigInt arithmetic, so statistics need not load decimal.js.
 */
export function roundHalfUp(value: number, places: number, shift = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const negative = value < 0;
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent) + shift;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const tail = `${digits.slice(point)}${'0'.repeat(places + 1)}`;
  let scaled = BigInt(digits.slice(0, point) + tail.slice(0, places));
  if (tail.charCodeAt(places) >= 53 /* '5' */) scaled += 1n;
  const text = scaled.toString().padStart(places + 1, '0');
  const rounded = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
  return negative && scaled !== 0n ? `-${rounded}` : rounded;
}
