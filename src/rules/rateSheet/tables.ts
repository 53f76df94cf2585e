/**
 * What a rate sheet may hold: its amounts' shape, the three country groups, and the four tables
 * with where the call year's ranges of each live in a rule pack (internal).
 *
 * @module
 */
import type { PerGroup, RangeFigure, RulePack } from '../types.js';
import type { RateSheetPath, RateSheetTable } from './types.js';

/** An amount a rate sheet accepts: up to seven digits and at most two decimals. */
export const AMOUNT = /^\d{1,7}(\.\d{1,2})?$/;

/** The country groups of a table. */
export const GROUPS = [1, 2, 3] as const;

/** The tables a rate sheet may hold: section, table, where its ranges live in a pack, a label. */
export const TABLES = [
  [
    'ka131',
    'studentMonthly',
    (p: RulePack) => p.ka131.studentMonthly,
    'KA131 student monthly rate',
  ],
  ['ka131', 'staffDaily', (p: RulePack) => p.ka131.staffDaily, 'KA131 staff daily rate'],
  [
    'vetSchAdu',
    'staffDaily',
    (p: RulePack) => p.vetSchAdu.staffDaily,
    'VET/school/adult staff daily rate',
  ],
  [
    'vetSchAdu',
    'learnerDaily',
    (p: RulePack) => p.vetSchAdu.learnerDaily,
    'VET/school/adult learner daily rate',
  ],
] as const satisfies readonly (readonly [
  string,
  string,
  (p: RulePack) => PerGroup<RangeFigure>,
  string,
])[];

/** The tables of one section of an input, by table name, with the values of each group. */
export type Tables = {
  readonly [table: string]: { readonly [G in 1 | 2 | 3]?: string | number | undefined } | undefined;
};

/** One value a sheet gives, with where it is and the call year's range it must respect. */
export interface SheetValue {
  /** Its path (`'ka131.studentMonthly.1'`). */
  readonly path: RateSheetPath;
  /** Its table (`'ka131.studentMonthly'`). */
  readonly table: RateSheetTable;
  /** Its group. */
  readonly group: 1 | 2 | 3;
  /** The value as given (`undefined` when missing). */
  readonly raw: unknown;
  /** The call year's range of the value. */
  readonly range: RangeFigure;
  /** The table's label (`'KA131 student monthly rate'`). */
  readonly label: string;
}

/** A sheet input's tables, sections by name. */
export interface SheetTables {
  /** KA131 tables. */
  readonly ka131?: Tables | undefined;
  /** KA121/KA122 tables. */
  readonly vetSchAdu?: Tables | undefined;
}

/** Every group of every table a sheet gives, in table order, with its range in `pack`. */
export function sheetValues(sheet: SheetTables, pack: RulePack): SheetValue[] {
  const out: SheetValue[] = [];
  for (const [section, table, ranges, label] of TABLES) {
    const values = sheet[section]?.[table];
    if (values === undefined) continue;
    for (const group of GROUPS) {
      out.push({
        path: `${section}.${table}.${group}` as RateSheetPath,
        table: `${section}.${table}` as RateSheetTable,
        group,
        raw: values[group],
        range: ranges(pack)[group],
        label,
      });
    }
  }
  return out;
}
