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
import { GROUPS, TABLES } from '../../rules/rateSheet/tables.js';
import type { RateSheetPath } from '../../rules/rateSheet/types.js';
import type { PerGroup } from '../../rules/types.js';
import { parseGrantOptions } from '../GrantOptionsSchema.js';
import { type GroupRates, makeRate, type Rate } from './packIndex.js';

/** A National Agency's rate sheet, ready for the engine. */
export interface SheetRates {
  /** The call year the sheet is for (it applies to mobilities of that call year only). */
  readonly callYear: CallYear;
  /** Its rates by pack table and group (`'ka131.studentMonthly'` → `[, g1, g2, g3]`). */
  readonly rates: GroupRates;
  /** The sheet itself: its provenance and its warnings. */
  readonly sheet: RateSheet;
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

/**
 * The rates of a validated sheet (`ka131.studentMonthly.1` → `rateSheet.ka131.studentMonthly.1`),
 * each with its provenance's status and sources (a value without provenance counts as confirmed).
 */
function sheetRates(sheet: RateSheet): SheetRates {
  const rates = new Map<string, Rate[]>();
  for (const [section, table] of TABLES) {
    const tables: Readonly<Record<string, PerGroup<MoneyString> | undefined>> | undefined =
      sheet[section];
    const values = tables?.[table];
    if (values === undefined) continue;
    const byGroup: Rate[] = [];
    for (const group of GROUPS) {
      const path = `${section}.${table}.${group}` as RateSheetPath;
      const provenance = sheet.provenance?.[path];
      const used: FigureUsed = Object.freeze({
        path: `rateSheet.${path}`,
        value: values[group],
        status: provenance?.status ?? 'confirmed',
        sources: provenance?.sources ?? SHEET_SOURCES,
      });
      byGroup[group] = makeRate(dec(values[group]), used, true);
    }
    rates.set(`${section}.${table}`, byGroup);
  }
  return { callYear: sheet.callYear, rates, sheet };
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
