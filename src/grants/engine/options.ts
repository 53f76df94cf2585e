/**
 * Private: grant options after validation — the rate sheet's rates, ready for the engine, and the
 * rounding policy — made once per call (and once for all calls without options).
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import { dec } from '../../_lib/decimal.js';
import { DEFAULT_ROUNDING, type MoneyString, type RoundingPolicy } from '../../_lib/money.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import type { RateSheet } from '../../rules/defineRateSheet.js';
import { parseGrantOptions } from '../GrantOptionsSchema.js';
import { type GroupRates, makeRate, type Rate } from './packIndex.js';

/** A National Agency's rate sheet, ready for the engine. */
export interface SheetRates {
  /** The call year the sheet is for (it applies to mobilities of that call year only). */
  readonly callYear: CallYear;
  /** Its rates by pack table and group (`'ka131.studentMonthly'` → `[, g1, g2, g3]`). */
  readonly rates: GroupRates;
}

/** Options after validation. */
export interface ResolvedGrantOptions {
  /** The rate sheet, when one was given. */
  readonly sheet: SheetRates | undefined;
  /** The rounding policy. */
  readonly rounding: RoundingPolicy;
}

/** The options of every call that gives none. */
const NO_OPTIONS: ResolvedGrantOptions = Object.freeze({
  sheet: undefined,
  rounding: DEFAULT_ROUNDING,
});

const SHEET_SOURCES: readonly string[] = Object.freeze(['rate sheet given in options.rateSheet']);

/** The rates of a validated sheet (`ka131.studentMonthly.1` → `rateSheet.ka131.studentMonthly.1`). */
function sheetRates(sheet: RateSheet): SheetRates {
  const rates = new Map<string, Rate[]>();
  for (const [section, tables] of Object.entries(sheet)) {
    if (typeof tables !== 'object' || tables === null) continue;
    for (const [table, values] of Object.entries(tables as Record<string, object>)) {
      const path = `${section}.${table}`;
      const byGroup: Rate[] = [];
      for (const [group, value] of Object.entries(values as Record<string, MoneyString>)) {
        const used: FigureUsed = Object.freeze({
          path: `rateSheet.${path}.${group}`,
          value,
          status: 'confirmed',
          sources: SHEET_SOURCES,
        });
        byGroup[Number(group)] = makeRate(dec(value), used, true);
      }
      rates.set(path, byGroup);
    }
  }
  return { callYear: sheet.callYear, rates };
}

/** Validates the options of `calculateGrant`, `calculateGrants` or `estimateProjectBudget`. */
export function resolveGrantOptions(options: unknown): ResolvedGrantOptions {
  if (options === undefined) return NO_OPTIONS;
  const { rateSheet, rounding } = parseGrantOptions(options);
  return {
    sheet: rateSheet === undefined ? undefined : sheetRates(rateSheet),
    rounding: rounding ?? DEFAULT_ROUNDING,
  };
}
