/**
 * Private: the two shapes of a unit-cost line — months + extra days (long-term students) and
 * days in two tiers (staff, short-term students, VET/school/adult) — built exactly.
 *
 * @module
 */
import { childMap, newMap, newWeakMap } from '../_lib/childMap.js';
import type { Decimal } from '../_lib/decimal.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import { count, euros, type LineDraft, remember } from './grantContext.js';
import type { GrantLineKind } from './types.js';

/**
 * `fullMonths × rate + extraDays × rate / 30`: the Beneficiary Module splits the funded days into
 * 30-day months and extra days (see `BM_DURATION` in citations.ts); an extra day is 1/30 of the
 * monthly rate. Computed exactly; rounding happens once, on the line.
 */
export function monthlyLine(args: {
  readonly kind: GrantLineKind;
  readonly fullMonths: number;
  readonly extraDays: number;
  readonly rate: Decimal;
  readonly rule: string;
  readonly figures: readonly FigureUsed[];
  readonly suffix?: string;
}): LineDraft {
  const { fullMonths, extraDays, rate } = args;
  const { amount, basis } = monthlyAmount(rate, fullMonths, extraDays);
  return {
    kind: args.kind,
    // A count of months for display (not money): 4 decimals are plenty (15 days = 0.5).
    quantity: Math.round(((fullMonths * 30 + extraDays) / 30) * 10_000) / 10_000,
    unit: 'month',
    unitAmount: rate,
    amount,
    basis: args.suffix ? basis + args.suffix : basis,
    rule: args.rule,
    figures: args.figures,
  };
}

/** An exact amount and its computation in words (without the line's suffix). */
interface Computed {
  readonly amount: Decimal;
  readonly basis: string;
}

/**
 * Amounts and texts already computed, per rate: Decimals are immutable and rates are shared
 * (cached per pack figure or rate-sheet value), so equal inputs give the very same line parts.
 */
const monthlyCache = new WeakMap<Decimal, Map<number, Computed>>();

function monthlyAmount(rate: Decimal, fullMonths: number, extraDays: number): Computed {
  const byCount = childMap(monthlyCache, rate, newMap);
  // extraDays is 0–29, so the key is unique.
  const key = fullMonths * 30 + extraDays;
  let computed = byCount.get(key);
  if (computed === undefined) {
    const months = rate.times(fullMonths);
    const amount = extraDays === 0 ? months : months.plus(rate.times(extraDays).dividedBy(30));
    const parts: string[] = [];
    if (fullMonths > 0) parts.push(`${count(fullMonths, 'month')} × ${euros(rate)}`);
    if (extraDays > 0) {
      const daily = rate.dividedBy(30);
      const dailyText = daily.decimalPlaces() <= 2 ? euros(daily) : `${euros(rate)}/30`;
      parts.push(`${count(extraDays, 'day')} × ${dailyText}`);
    }
    if (parts.length === 0) parts.push(`0 days × ${euros(rate)}/30`);
    computed = remember(byCount, key, { amount, basis: parts.join(' + ') });
  }
  return computed;
}

/**
 * Days in two tiers: the first `firstTierDays` days at `rate`, the following ones (at most
 * `maxSecondTierDays`, when given) at `secondRate`.
 */
export function tieredDailyLine(args: {
  readonly kind: GrantLineKind;
  readonly days: number;
  readonly firstTierDays: number;
  readonly rate: Decimal;
  readonly secondRate: Decimal;
  readonly secondRateLabel: string;
  readonly maxSecondTierDays?: number;
  readonly rule: string;
  readonly figures: readonly FigureUsed[];
  readonly suffix?: string;
}): LineDraft {
  const first = Math.min(args.days, args.firstTierDays);
  const beyond = Math.max(args.days - args.firstTierDays, 0);
  const second =
    args.maxSecondTierDays === undefined ? beyond : Math.min(beyond, args.maxSecondTierDays);
  const { amount, basis } = tieredAmount(args, first, second, beyond);
  return {
    kind: args.kind,
    quantity: first + second,
    unit: 'day',
    unitAmount: args.rate,
    amount,
    basis: args.suffix ? basis + args.suffix : basis,
    rule: args.rule,
    figures: args.figures,
  };
}

const tieredCache = new WeakMap<Decimal, WeakMap<Decimal, Map<string, Computed>>>();

function tieredAmount(
  args: { readonly rate: Decimal; readonly secondRate: Decimal; readonly secondRateLabel: string },
  first: number,
  second: number,
  beyond: number,
): Computed {
  const bySecond = childMap(tieredCache, args.rate, newWeakMap);
  const byKey = childMap(bySecond, args.secondRate, newMap);
  const key = `${first}|${second}|${beyond}|${args.secondRateLabel}`;
  let computed = byKey.get(key);
  if (computed === undefined) {
    const firstAmount = args.rate.times(first);
    const amount = second === 0 ? firstAmount : firstAmount.plus(args.secondRate.times(second));
    const parts = [`${count(first, 'day')} × ${euros(args.rate)}`];
    if (second > 0) {
      parts.push(`${count(second, 'day')} × ${euros(args.secondRate)} (${args.secondRateLabel})`);
    }
    if (beyond > second) parts.push(`${count(beyond - second, 'day')} unfunded`);
    computed = remember(byKey, key, { amount, basis: parts.join(' + ') });
  }
  return computed;
}

/** A line of one unit: a one-off amount or one return trip. */
export function oneOffLine(args: {
  readonly kind: GrantLineKind;
  readonly unit: 'one-off' | 'trip';
  readonly amount: Decimal;
  readonly basis: string;
  readonly rule: string;
  readonly figures: readonly FigureUsed[];
}): LineDraft {
  return {
    kind: args.kind,
    quantity: 1,
    unit: args.unit,
    unitAmount: args.amount,
    amount: args.amount,
    basis: args.basis,
    rule: args.rule,
    figures: args.figures,
  };
}
