/**
 * Private: reads a National Agency's rate sheet by rule-pack path. Placeholder until the rules
 * module's `defineRateSheet` lands: it recognises no sheet yet.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import type { MoneyString } from '../_lib/money.js';
import type { RateLookup } from './grantContext.js';

/**
 * A National Agency's rates for one call year (from `defineRateSheet`).
 *
 * @example
 * ```ts
 * import type { RateSheet } from 'erasmus-kit';
 * ```
 */
export interface RateSheet {
  /** The call year of the sheet. */
  readonly callYear: CallYear;
  /** Values by rule-pack path. */
  readonly rates: Readonly<Record<string, MoneyString>>;
}

/** Whether a value is a rate sheet. */
export function isRateSheet(value: unknown): value is RateSheet {
  return typeof value === 'object' && value !== null && 'callYear' in value && 'rates' in value;
}

/** The lookup of a sheet. */
export function lookupOf(sheet: RateSheet): RateLookup {
  return (path) => sheet.rates[path];
}
