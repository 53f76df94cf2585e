/**
 * A grant line's calculation in the report's locale, rebuilt from the line's own figures.
 * Private to the report module.
 */
import { dec } from '../_lib/decimal.js';
import { type MoneyString, roundCents, formatMoney as twoPlaces } from '../_lib/money.js';
import type { GrantLine } from '../grants/types.js';
import { counted, fill, formatMoney, formatNumber } from './format.js';
import type { ReportLabels } from './labels/types.js';

const TERM = /(\d+) (months?|days?) × €(\d+\.\d{2})(\/30)?/g;
const TRAVEL = /^(\d+) km one way: (standard|green) band (\d+[–-]\d+ km|\d+ km or more|\d+\+? km)/;

/**
 * The terms of a basis such as `4 months × €800.00 + 14 days × €800.00/30`, rebuilt in words of
 * the locale, when they add up to the line's amount; `null` otherwise.
 */
function terms(locale: string, labels: ReportLabels, line: GrantLine): string | null {
  const found = [...line.basis.matchAll(TERM)];
  if (found.length === 0) return null;
  let sum = dec(0);
  const parts: string[] = [];
  for (const [, qty = '0', unit = '', rate = '0', perThirty] of found) {
    const quantity = Number(qty);
    const forms = unit.startsWith('month') ? labels.units.month : labels.units.day;
    const value = dec(rate).times(quantity);
    sum = sum.plus(perThirty ? value.dividedBy(30) : value);
    parts.push(
      `${counted(locale, quantity, forms)} × ${formatMoney(locale, rate as MoneyString)}${perThirty ?? ''}`,
    );
  }
  return twoPlaces(roundCents(sum)) === line.amount ? parts.join(' + ') : null;
}

/** The calculation of a grant line in words of the locale. */
export function calculationText(
  locale: string,
  labels: ReportLabels,
  line: GrantLine,
  travelDays: number,
): string {
  const t = labels.text;
  const travel = TRAVEL.exec(line.basis);
  if (travel && (line.kind === 'travel' || line.kind === 'green-travel-top-up')) {
    const [, km = '0', band, range = ''] = travel;
    return fill(band === 'green' ? t.greenTravelBasis : t.travelBasis, {
      km: formatNumber(locale, Number(km)),
      band: range,
    });
  }
  let text = terms(locale, labels, line);
  if (text === null) {
    const product = twoPlaces(dec(line.unitAmount).times(line.quantity));
    if (product !== line.amount) return line.basis;
    const quantity =
      line.unit === 'one-off' ? t.oneOff : counted(locale, line.quantity, labels.units[line.unit]);
    text = `${quantity} × ${formatMoney(locale, line.unitAmount)}`;
  }
  if (line.kind === 'individual-support' && travelDays > 0) {
    text += ` (${fill(t.travelIncluded, { days: counted(locale, travelDays, labels.units.day) })})`;
  }
  return text;
}
