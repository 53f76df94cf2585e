/**
 * Rounds a finite number half up (away from zero on a tie) to `places` decimal places, working on
 * the number's shortest decimal form (`String(value)`), after shifting its decimal point `shift`
 * places to the right (`shift` 2 turns a share into a percentage). Exact, like decimal.js's
 * `new Decimal(value).times(10 ** shift).toDecimalPlaces(places, ROUND_HALF_UP).toFixed(places)`,
 * but with plain string arithmetic on the digits, so statistics need not load decimal.js.
 */
export function roundHalfUp(value: number, places: number, shift = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = String(value < 0 ? -value : value);
  // The digits without a point, and where the point goes (digits before it).
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1))) + shift;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const end = point + places;
  if (digits.length <= end) digits += '0'.repeat(end + 1 - digits.length);
  let kept = digits.slice(0, end);
  if (digits.charCodeAt(end) >= 53 /* '5' */) kept = increment(kept);
  // At most one leading zero before the point (a carry may have added a digit in front).
  const whole = kept.length - places;
  let start = 0;
  while (start < whole - 1 && kept.charCodeAt(start) === 48 /* '0' */) start++;
  const rounded =
    places === 0 ? kept.slice(start) : `${kept.slice(start, whole)}.${kept.slice(whole)}`;
  return value < 0 && /[1-9]/.test(kept) ? `-${rounded}` : rounded;
}

/** Adds one to a string of decimal digits (`"0999"` → `"1000"`, `"99"` → `"100"`). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* '9' */) i--;
  const zeros = '0'.repeat(digits.length - 1 - i);
  return i < 0
    ? `1${zeros}`
    : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${zeros}`;
}
