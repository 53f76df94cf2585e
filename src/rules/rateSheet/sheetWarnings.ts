/**
 * The warnings a validated rate sheet carries (internal): its amounts are national minima, they
 * include national money, a value passes a range bound that is not confirmed.
 *
 * @module
 */
import { getRules } from '../getRules.js';
import { type CheckedInput, checkValues } from './checkValues.js';
import { breachWarning } from './rangeRule.js';
import type { RateSheetPath, RateSheetWarning } from './types.js';

/** A validated input, with its flags. */
export interface FlaggedInput extends CheckedInput {
  /** The amounts are national minima. */
  readonly minima?: boolean | undefined;
  /** The amounts include national money. */
  readonly nationalMoney?: boolean | undefined;
}

/** The warnings of a validated sheet input, in order: its flags, then each value out of range. */
export function sheetWarnings(input: FlaggedInput): RateSheetWarning[] {
  const checks = checkValues(input, getRules(input.callYear));
  const label = `${input.agency === undefined ? 'The rate sheet' : `Rate sheet ${input.agency}`} of call ${input.callYear}`;
  const all: readonly RateSheetPath[] = Object.freeze(checks.map((check) => check.path));
  const warnings: RateSheetWarning[] = [];
  if (input.minima === true) {
    warnings.push({
      code: 'rate-sheet-minima',
      message: `${label}: its amounts are national minima and a university may pay more, so a grant computed with them is the least the participant receives, not necessarily what the university pays.`,
      paths: all,
    });
  }
  if (input.nationalMoney === true) {
    warnings.push({
      code: 'rate-sheet-national-money',
      message: `${label}: its amounts include national money (national top-ups), so they are what participants are paid, not the EU unit costs the Beneficiary Module stores; the EU share is not known.`,
      paths: all,
    });
  }
  for (const { path, amount, ranges } of checks) {
    for (const { breach, range, where } of ranges) {
      if (amount === undefined || breach === undefined || breach.refused) continue;
      warnings.push({
        code: 'rate-outside-range',
        message: `${label}, ${path}: ${breachWarning(amount, breach, range, where)}`,
        paths: Object.freeze([path]),
      });
    }
  }
  return warnings;
}
