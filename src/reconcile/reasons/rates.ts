/**
 * Private: the rate reasons — the stored value uses the Programme Guide reference values instead
 * of the rate sheet given, or the rates of the call year before or after the project's.
 *
 * @module
 */
import { CALL_YEARS } from '../../_lib/callYear.js';
import type { ReconcileField } from '../types.js';
import type { Candidate, Variant } from './types.js';

const FIELDS: readonly ReconcileField[] = ['individualSupport', 'topUps', 'travel', 'total'];

/** Reference values instead of the sheet, and the neighbouring call years' rates. */
export const rates: Candidate = ({ mobility: m, grant, rateSheet }) => {
  const variants: Variant[] = [];
  if (rateSheet !== undefined && grant.rules.rates === 'rate-sheet') {
    variants.push({
      kind: 'variant',
      code: 'rates',
      fields: FIELDS,
      mobility: m,
      options: { rateSheet: undefined },
      what: `with the Programme Guide reference rates of call ${m.callYear}`,
      instead: `the rate sheet given${rateSheet.agency ? ` (${rateSheet.agency})` : ''} sets this mobility's rates`,
    });
  }
  for (const callYear of CALL_YEARS) {
    if (Math.abs(callYear - m.callYear) !== 1) continue;
    variants.push({
      kind: 'variant',
      code: 'rates',
      fields: FIELDS,
      mobility: { ...m, callYear },
      what: `with the rates of call ${callYear}`,
      instead: `the project is of call ${m.callYear}, whose rules apply to all its mobilities`,
    });
  }
  return variants;
};
