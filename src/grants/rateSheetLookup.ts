/**
 * Private: reads a National Agency's rate sheet (from `defineRateSheet`) by rule-pack path, so a
 * sheet value replaces exactly the range figure of the same path (`ka131.studentMonthly.1`).
 *
 * @module
 */
import type { MoneyString } from '../_lib/money.js';
import type { RateSheet } from '../rules/defineRateSheet.js';
import type { RateLookup } from './grantContext.js';

/** The lookup of a validated sheet: `'ka131.studentMonthly.1'` → `'550.00'` or `undefined`. */
export function lookupOf(sheet: RateSheet): RateLookup {
  const cache = new Map<string, MoneyString | undefined>();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const [section, table, group] = path.split('.');
    const tables = (
      sheet as unknown as Record<string, Record<string, Record<string, MoneyString>>>
    )[section ?? ''];
    const value = tables?.[table ?? '']?.[group ?? ''];
    cache.set(path, value);
    return value;
  };
}
