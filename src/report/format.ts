/**
 * Locale-aware formatting for the reports, through `Intl` only (no hand-made separators).
 * Private to the report module.
 */
import { packedDate } from '../_lib/dates.js';
import type { MoneyString } from '../_lib/money.js';
import type { PluralForms } from './labels/types.js';

const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions) {
  const id = `${locale}|${key}`;
  let format = cache.get(id) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(id, format);
  }
  return format;
}

/** How many decimals `value` needs, at most `max` (`2.5` → 1, `3` → 0, `0.125` with 2 → 2). */
function decimalsOf(value: number, max: number): number {
  for (let digits = 0; digits < max; digits++) {
    const scaled = value * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) {
      return digits;
    }
  }
  return max;
}

/**
 * Numbers that belong together (the two ends of a range, the ticks of an axis) written with the
 * same number of decimals, the most any of them needs up to `digits`: `4,0–6,5`, never `4–6,5`.
 */
export function formatNumbers(locale: string, values: readonly number[], digits = 2): string[] {
  const fixed = Math.max(0, ...values.map((v) => decimalsOf(v, digits)));
  const format = numberFormat(locale, `f${fixed}`, {
    minimumFractionDigits: fixed,
    maximumFractionDigits: fixed,
  });
  return values.map((v) => format.format(v));
}

/**
 * Shares that belong together written as percentages with the same number of decimals, the most
 * any of them needs up to `digits`: `56,5%–98,0%`, never `56,5%–98%`.
 */
export function formatShares(locale: string, shares: readonly number[], digits = 1): string[] {
  const fixed = Math.max(0, ...shares.map((v) => decimalsOf(v * 100, digits)));
  const format = numberFormat(locale, `p${fixed}`, {
    style: 'percent',
    minimumFractionDigits: fixed,
    maximumFractionDigits: fixed,
  });
  return shares.map((v) => format.format(v));
}

/** Fills `{name}` placeholders of a label template. Unknown placeholders are left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A number with at most `digits` decimals (default 2), grouped as the locale groups. */
export function formatNumber(locale: string, value: number, digits = 2): string {
  return numberFormat(locale, `n${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A share in [0, 1] as a percentage with at most `digits` decimals (default 1): `0.8348` → `83,5 %` in hr. */
export function formatShare(locale: string, share: number, digits = 1): string {
  return numberFormat(locale, `pct${digits}`, {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(share);
}

/**
 * An amount of euros in the locale's currency format (`1.925,00 €` in hr, `€1,925.00` in en).
 * The two-place decimal string is handed to `Intl.NumberFormat` as a string, which current
 * engines (ES2023 Intl.NumberFormat v3) format exactly, without going through a float; an older
 * engine converts it to a double first, which is still exact to the cent below 2^53 cents.
 */
export function formatMoney(locale: string, amount: MoneyString): string {
  const format = numberFormat(locale, 'eur', { style: 'currency', currency: 'EUR' });
  return (format.format as unknown as (value: string) => string)(amount);
}

/**
 * An amount of euros written exactly, with at least two decimals and as many more as it has
 * (`103,615 €` in hr): a reduced daily rate is not rounded before it is multiplied.
 */
export function formatExactMoney(locale: string, amount: string): string {
  const format = numberFormat(locale, 'eur-exact', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 20,
  });
  return (format.format as unknown as (value: string) => string)(amount);
}

/**
 * An ISO date (`2020-01-15`) in the locale's long form (`15. siječnja 2020.` in hr, `January 15,
 * 2020` in en). The date is built in UTC and formatted in UTC, so the host's time zone cannot
 * move it to another day. Text that is not a real ISO date (`2021-02-30`) is returned as it is.
 */
export function formatDate(locale: string, iso: string): string {
  const packed = packedDate(iso);
  if (packed < 0) return iso;
  const id = `${locale}|date`;
  let format = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    cache.set(id, format);
  }
  const year = Math.floor(packed / 10000);
  return format.format(
    new Date(Date.UTC(year, (Math.floor(packed / 100) % 100) - 1, packed % 100)),
  );
}

/** The plural category of `count` in `locale`. */
export function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  const id = `${locale}|plural`;
  let rules = cache.get(id) as Intl.PluralRules | undefined;
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    cache.set(id, rules);
  }
  return rules.select(count);
}

/** A count with its word in the right plural form: `5 dana`, `21 diena`, `2 months`. */
export function counted(locale: string, count: number, forms: PluralForms): string {
  return `${formatNumber(locale, count)} ${forms[pluralOf(locale, count)]}`;
}
