/**
 * What a rate sheet may hold: its amounts' shape, the three country groups, and the four tables
 * with where the call year's ranges of each live in a rule pack (internal).
 *
 * @module
 */
import type { PerGroup, RangeFigure, RulePack } from '../types.js';

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
export type Tables = Partial<Record<string, Partial<Record<1 | 2 | 3, string | number>>>>;
