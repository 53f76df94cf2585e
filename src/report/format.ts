/**
 * Locale-aware formatting for the reports, through `Intl` only (no hand-made separators).
 * Private to the report module.
 */
import type { MoneyString } from '../_lib/money.js';
import type { PluralForms } from './labels/types.js';

const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules>();

function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions) {
  const id = `${locale}|${key}`;
  let format = cache.get(id) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(id, format);
  }
  return format;
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

/** A share in [0, 1] as a percentage with at most one decimal: `0.8348` → `83,5 %` in hr. */
export function formatShare(locale: string, share: number): string {
  return numberFormat(locale, 'pct', { style: 'percent', maximumFractionDigits: 1 }).format(share);
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
