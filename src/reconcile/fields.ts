/**
 * Private: the compared fields — their order, the grant lines each one adds up, whether a grant
 * lacks a part a field depends on, and the field's value in a grant result.
 *
 * @module
 */
import { dec } from '../_lib/decimal.js';
import { formatMoney, type MoneyString, sumMoney } from '../_lib/money.js';
import type { GrantLineKind, GrantResult } from '../grants/types.js';
import type { ReconcileField } from './types.js';

/** The fields in the order they are compared and reported. */
export const FIELDS: readonly ReconcileField[] = [
  'calculatedDays',
  'fundedDays',
  'individualSupport',
  'topUps',
  'travel',
  'total',
];

/** A money field. */
export type MoneyField = 'individualSupport' | 'travel' | 'topUps' | 'total';

/** Whether a field is an amount (the others are day counts). */
export function isMoneyField(field: ReconcileField): field is MoneyField {
  return field !== 'calculatedDays' && field !== 'fundedDays';
}

/** All money fields. */
export const MONEY_FIELDS: readonly MoneyField[] = [
  'individualSupport',
  'topUps',
  'travel',
  'total',
];

const TOP_UPS: readonly GrantLineKind[] = ['fewer-opportunities-top-up', 'traineeship-top-up'];
const BASE: readonly GrantLineKind[] = ['individual-support'];
const WITH_TOP_UPS: readonly GrantLineKind[] = [...BASE, ...TOP_UPS];
const TRAVEL: readonly GrantLineKind[] = ['travel', 'exceptional-travel', 'green-travel-top-up'];

/**
 * The grant lines a money field adds up; `undefined` for the total (every line). Individual
 * support includes its top-ups, as the Beneficiary Module stores it, unless the top-ups are
 * stored apart (`separateTopUps`).
 */
export function kindsOf(
  field: MoneyField,
  separateTopUps: boolean,
): readonly GrantLineKind[] | undefined {
  switch (field) {
    case 'individualSupport':
      return separateTopUps ? BASE : WITH_TOP_UPS;
    case 'topUps':
      return TOP_UPS;
    case 'travel':
      return TRAVEL;
    default:
      return undefined;
  }
}

/** Whether the grant lacks a part the field depends on (day counts never do). */
export function dependsOnMissing(
  grant: GrantResult,
  field: ReconcileField,
  separateTopUps: boolean,
): boolean {
  if (!isMoneyField(field) || grant.complete) return false;
  const kinds = kindsOf(field, separateTopUps);
  return kinds === undefined || grant.missing.some((part) => kinds.includes(part.kind));
}

/** How many grant lines make up the field's amount. */
export function linesOf(grant: GrantResult, field: MoneyField, separateTopUps: boolean): number {
  const kinds = kindsOf(field, separateTopUps);
  return kinds === undefined
    ? grant.lines.length
    : grant.lines.filter((line) => kinds.includes(line.kind)).length;
}

/** The field's amount in a grant result. */
export function moneyOf(
  grant: GrantResult,
  field: MoneyField,
  separateTopUps: boolean,
): MoneyString {
  const kinds = kindsOf(field, separateTopUps);
  if (kinds === undefined) return grant.total;
  return formatMoney(
    sumMoney(
      grant.lines.filter((line) => kinds.includes(line.kind)).map((line) => dec(line.amount)),
    ),
  );
}

/** The field's day count in a grant result. */
export function daysOf(grant: GrantResult, field: 'calculatedDays' | 'fundedDays'): number {
  return field === 'calculatedDays' ? grant.duration.calculatedDays : grant.duration.fundedDays;
}
