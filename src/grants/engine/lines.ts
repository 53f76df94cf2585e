/**
 * Private: the shapes of a grant line — months + extra days (long-term students), days in two
 * tiers (staff, short-term students, VET/school/adult), one unit (a trip, a one-off amount) —
 * built exactly, and the finished lines of a result, rounded under its policy.
 *
 * @module
 */
import type { Decimal } from '../../_lib/decimal.js';
import {
  centsText,
  type MoneyString,
  monthsAndDays,
  type RoundingPolicy,
  roundLines,
  twoTiers,
} from '../../_lib/money.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import type { GrantLine, GrantLineKind, LineCalculation } from '../types.js';
import type { LineDraft } from './context.js';
import type { Amount, Rate } from './packIndex.js';
import { count, euros, exactAmount, percent } from './texts.js';

/**
 * `fullMonths × rate + extraDays × rate / 30`: the Beneficiary Module splits the funded days into
 * 30-day months and extra days; an extra day is 1/30 of the monthly rate. Computed exactly;
 * rounding happens once, on the line.
 */
export function monthlyLine(
  kind: GrantLineKind,
  rate: Rate,
  fullMonths: number,
  extraDays: number,
  rule: string,
  figures: readonly FigureUsed[],
  suffix = '',
): LineDraft {
  // The parts joined: `join` writes one flat string (results keep it).
  const parts: string[] = [];
  if (fullMonths > 0) parts.push(`${count(fullMonths, 'month')} × €${rate.text}`);
  if (extraDays > 0) parts.push(`${count(extraDays, 'day')} × ${rate.thirtieth}`);
  if (parts.length === 0) parts.push(`0 days × €${rate.text}/30`);
  return {
    kind,
    // A count of months for display (not money): 4 decimals are plenty (15 days = 0.5).
    quantity: Math.round(((fullMonths * 30 + extraDays) / 30) * 10_000) / 10_000,
    unit: 'month',
    unitAmount: rate.text,
    amount: monthsAndDays(rate.value, fullMonths, extraDays),
    basis: parts.join(' + ') + suffix,
    rule,
    figures,
    calculation: { form: 'monthly', fullMonths, extraDays, monthlyRate: rate.text },
  };
}

/** The reduced tier of {@link tieredDailyLine}: from day `fromDay`, at `rate`. */
export interface LaterTier {
  /** Its daily rate. */
  readonly rate: Decimal;
  /** Its first day. */
  readonly fromDay: number;
  /** The share of the first tier's rate it pays, when it is one (shown as `70 %`). */
  readonly share: Decimal | undefined;
  /** The most days it pays, when it has a limit. */
  readonly maxDays: number | undefined;
}

/**
 * Individual support by the day in two tiers: the days before `later.fromDay` at `rate`, the
 * following ones (at most `later.maxDays`, when given) at `later.rate`.
 */
export function tieredDailyLine(
  days: number,
  rate: Rate,
  later: LaterTier,
  rule: string,
  figures: readonly FigureUsed[],
  suffix = '',
): LineDraft {
  const first = Math.min(days, later.fromDay - 1);
  const beyond = days - first;
  const paid = later.maxDays === undefined ? beyond : Math.min(beyond, later.maxDays);
  const parts = [`${count(first, 'day')} × €${rate.text}`];
  if (paid > 0) {
    const label = `${later.share === undefined ? '' : `${percent(later.share)} `}from day ${later.fromDay}`;
    parts.push(`${count(paid, 'day')} × ${euros(later.rate)} (${label})`);
  }
  if (beyond > paid) parts.push(`${count(beyond - paid, 'day')} unfunded`);
  return {
    kind: 'individual-support',
    quantity: first + paid,
    unit: 'day',
    unitAmount: rate.text,
    amount: twoTiers(rate.value, first, later.rate, paid),
    basis: parts.join(' + ') + suffix,
    rule,
    figures,
    calculation: {
      form: 'daily',
      days: first,
      dailyRate: rate.text,
      reduced:
        paid > 0
          ? {
              days: paid,
              rate: exactAmount(later.rate),
              fromDay: later.fromDay,
              share: later.share === undefined ? null : later.share.toNumber(),
            }
          : null,
      unfundedDays: beyond - paid,
      cap: null,
    },
  };
}

/** A line of one unit: a one-off amount or one return trip. */
export function oneOffLine(
  kind: GrantLineKind,
  unit: 'one-off' | 'trip',
  amount: Amount,
  basis: string,
  rule: string,
  figures: readonly FigureUsed[],
  calculation: LineCalculation,
): LineDraft {
  return {
    kind,
    quantity: 1,
    unit,
    unitAmount: amount.text,
    amount: amount.value,
    basis,
    rule,
    figures,
    calculation,
  };
}

/**
 * The lines of a result, each amount rounded to cents, and the total under the rounding policy
 * (see `RoundingPolicy`).
 */
export function finishLines(
  drafts: readonly LineDraft[],
  policy: RoundingPolicy,
): { readonly lines: GrantLine[]; readonly total: MoneyString } {
  const amounts = new Array<Decimal>(drafts.length);
  for (let i = 0; i < drafts.length; i++) amounts[i] = (drafts[i] as LineDraft).amount;
  const rounded = roundLines(amounts, policy);
  const lines = new Array<GrantLine>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as LineDraft;
    lines[i] = {
      kind: d.kind,
      quantity: d.quantity,
      unit: d.unit,
      unitAmount: d.unitAmount,
      amount: centsText(rounded.lines[i] as Decimal),
      basis: d.basis,
      rule: d.rule,
      figures: d.figures,
      calculation: d.calculation,
    };
  }
  return { lines, total: centsText(rounded.total) };
}
