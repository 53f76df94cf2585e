/**
 * A grant line's calculation in the report's locale, written from the line's `calculation` (its
 * figures as data), never from its English `basis`. Private to the report module.
 */
import { dec } from '../_lib/decimal.js';
import { formatMoney as twoPlaces } from '../_lib/money.js';
import type {
  DailyLineCalculation,
  GrantLine,
  MonthlyLineCalculation,
  OneOffLineCalculation,
  TravelLineCalculation,
} from '../grants/types.js';
import {
  counted,
  fill,
  formatExactMoney,
  formatMoney,
  formatNumber,
  formatShare,
} from './format.js';
import type { ReportLabels } from './labels/types.js';

/** `4 months × €800.00 + 14 days × €800.00/30`. */
function monthly(locale: string, labels: ReportLabels, c: MonthlyLineCalculation): string {
  const rate = formatMoney(locale, c.monthlyRate);
  const parts: string[] = [];
  if (c.fullMonths > 0)
    parts.push(`${counted(locale, c.fullMonths, labels.units.month)} × ${rate}`);
  if (c.extraDays > 0 || parts.length === 0) {
    parts.push(`${counted(locale, c.extraDays, labels.units.day)} × ${rate}/30`);
  }
  return parts.join(' + ');
}

/** `14 days × €64.00 + 105 days × €44.80 (70% from day 15)`, with unfunded days and a cap. */
function daily(locale: string, labels: ReportLabels, c: DailyLineCalculation): string {
  const t = labels.text;
  const days = (n: number) => counted(locale, n, labels.units.day);
  const parts = [`${days(c.days)} × ${formatMoney(locale, c.dailyRate)}`];
  if (c.reduced !== null) {
    const { share, fromDay: day } = c.reduced;
    const tier =
      share === null
        ? fill(t.fromDay, { day })
        : fill(t.reducedFrom, { share: formatShare(locale, share), day });
    parts.push(`${days(c.reduced.days)} × ${formatExactMoney(locale, c.reduced.rate)} (${tier})`);
  }
  if (c.unfundedDays > 0) parts.push(fill(t.unfunded, { days: days(c.unfundedDays) }));
  const text = parts.join(' + ');
  return c.cap === null
    ? text
    : `${text}, ${fill(t.capped, { amount: formatMoney(locale, c.cap) })}`;
}

/** `290 km one way: distance band 100–499 km, return trip`, or exceptional costs. */
function travel(
  locale: string,
  labels: ReportLabels,
  line: GrantLine,
  c: TravelLineCalculation,
): string {
  const t = labels.text;
  const km = formatNumber(locale, c.distanceKm, 1);
  if (c.band === null) return fill(t.travelNoBand, { km });
  const from = formatNumber(locale, c.band.fromKm, 0);
  const band =
    c.band.belowKm === null
      ? fill(t.bandFrom, { from })
      : fill(t.bandRange, { from, to: formatNumber(locale, c.band.belowKm - 1, 0) });
  const real = c.realCost;
  const coveredShare = real?.coveredShare ?? null;
  const covered = coveredShare === null ? null : formatShare(locale, coveredShare, 2);
  if (line.kind === 'exceptional-travel' && real !== null && covered !== null) {
    return fill(t.exceptionalTravel, {
      share: formatShare(locale, real.reimbursedShare),
      cost: formatMoney(locale, real.amount),
      km,
      band,
      amount: formatMoney(locale, real.bandAmount),
      covered,
      threshold: formatShare(locale, real.threshold),
    });
  }
  const text = fill(c.green ? t.greenTravelBasis : t.travelBasis, { km, band });
  if (real === null || covered === null) return text;
  const cost = formatMoney(locale, real.amount);
  const amount = formatMoney(locale, real.bandAmount);
  return `${text} (${fill(t.bandCovers, { amount, covered, cost })})`;
}

/** A one-off amount, by the days of the physical activity or for green travel. */
function oneOff(
  locale: string,
  labels: ReportLabels,
  line: GrantLine,
  c: OneOffLineCalculation,
): string | null {
  const amount = formatMoney(locale, c.amount);
  if (c.physicalDays !== null) {
    const days = counted(locale, c.physicalDays, labels.units.day);
    return fill(labels.text.oneOffDays, { days, amount });
  }
  return line.kind === 'green-travel-top-up' ? fill(labels.text.oneOffGreen, { amount }) : null;
}

/** `quantity × unit amount` when that is the line's amount; otherwise the English basis. */
function plain(locale: string, labels: ReportLabels, line: GrantLine): string {
  if (twoPlaces(dec(line.unitAmount).times(line.quantity)) !== line.amount) return line.basis;
  const quantity =
    line.unit === 'one-off'
      ? labels.text.oneOff
      : counted(locale, line.quantity, labels.units[line.unit]);
  return `${quantity} × ${formatMoney(locale, line.unitAmount)}`;
}

/**
 * The calculation of a grant line in words of the locale, from its `calculation`. A line without
 * one (a result stored before the field existed) is written as quantity × unit amount when that
 * is its amount, or else as the library's English basis.
 */
export function calculationText(
  locale: string,
  labels: ReportLabels,
  line: GrantLine,
  travelDays: number,
): string {
  const c = line.calculation;
  let text: string | null;
  switch (c?.form) {
    case 'monthly':
      text = monthly(locale, labels, c);
      break;
    case 'daily':
      text = daily(locale, labels, c);
      break;
    case 'travel':
      text = travel(locale, labels, line, c);
      break;
    case 'one-off':
      text = oneOff(locale, labels, line, c);
      break;
    default:
      text = null;
  }
  text ??= plain(locale, labels, line);
  if (line.kind === 'individual-support' && travelDays > 0 && text !== line.basis) {
    text += ` (${fill(labels.text.travelIncluded, { days: counted(locale, travelDays, labels.units.day) })})`;
  }
  return text;
}
