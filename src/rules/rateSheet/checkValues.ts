/**
 * Every value of a rate sheet's input against the ranges it must respect (internal): the call
 * year's range in the rule pack and, when the sheet's agency lets each university choose within
 * its own ranges, that range too. The schema turns what is refused into issues, `defineRateSheet`
 * what is only passed beyond an unconfirmed bound into warnings.
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import { type Decimal, dec } from '../../_lib/decimal.js';
import { universityRange } from '../nationalSheets/universityRanges.js';
import type { RulePack } from '../types.js';
import { type Breach, breachOf, rangeText, type StatusRange } from './rangeRule.js';
import { AMOUNT, type SheetTables, sheetValues } from './tables.js';
import type { RateSheetPath } from './types.js';

/** One range a value must respect, and the bound it passes, if any. */
export interface RangeCheck {
  /** The range. */
  readonly range: StatusRange;
  /** The table, group and range in words (`'KA131 staff daily rate, group 1: call-2021 …'`). */
  readonly where: string;
  /** The bound the value passes, if any. */
  readonly breach: Breach | undefined;
}

/** What the checks of one value found. */
export interface ValueCheck {
  /** The value's path. */
  readonly path: RateSheetPath;
  /** The value as given. */
  readonly raw: unknown;
  /** The value, when it is a well-formed amount; `undefined` when missing or malformed. */
  readonly amount: Decimal | undefined;
  /** The call year's range, then the agency's range for universities (if any). */
  readonly ranges: readonly [RangeCheck, ...RangeCheck[]];
}

/** The sheet input the checks read. */
export interface CheckedInput extends SheetTables {
  /** The call year. */
  readonly callYear: CallYear;
  /** The agency's code, if given. */
  readonly agency?: string | undefined;
}

/** Whether a raw value is an amount (zod runs the checks even when the shape check failed). */
function amountOf(raw: unknown): Decimal | undefined {
  const ok =
    (typeof raw === 'string' || (typeof raw === 'number' && raw >= 0)) && AMOUNT.test(String(raw));
  return ok ? dec(raw as string | number) : undefined;
}

/** The checks of every value given, against the pack's range, then the agency's (if any). */
export function checkValues(input: CheckedInput, pack: RulePack): ValueCheck[] {
  const agencyRanges = universityRange(input.agency, input.callYear);
  const out: ValueCheck[] = [];
  for (const value of sheetValues(input, pack)) {
    const amount = amountOf(value.raw);
    const at = `${value.label}, group ${value.group}`;
    const check = (range: StatusRange, where: string): RangeCheck => ({
      range,
      where: `${at}: ${where} ${rangeText(range)} (${range.status})`,
      breach: amount === undefined ? undefined : breachOf(amount, range),
    });
    const ranges: [RangeCheck, ...RangeCheck[]] = [
      check(value.range, `call-${input.callYear} range`),
    ];
    const [section, table] = value.table.split('.') as ['ka131' | 'vetSchAdu', string];
    const own =
      section === 'ka131'
        ? agencyRanges?.ka131[table as 'studentMonthly' | 'staffDaily']
        : undefined;
    if (agencyRanges !== undefined && own !== undefined) {
      const range = { value: own[value.group], status: agencyRanges.provenance.status };
      ranges.push(
        check(range, `${agencyRanges.agency}'s call-${input.callYear} range for universities`),
      );
    }
    out.push({ path: value.path, raw: value.raw, amount, ranges });
  }
  return out;
}
