/**
 * Private: the rounding reasons — the stored total is what the other rounding policy gives, or
 * the difference is at most a cent for each line of the amount (the lines rounded another way,
 * such as cut off instead of rounded half up).
 *
 * @module
 */
import { dec } from '../../_lib/decimal.js';
import { isMoneyField, linesOf } from '../fields.js';
import type { ReconcileField } from '../types.js';
import type { Candidate, Note, Variant } from './types.js';

const FIELDS: readonly ReconcileField[] = ['individualSupport', 'topUps', 'travel', 'total'];

/** The other rounding policy, and a difference of at most a cent per line. */
export const rounding: Candidate = ({ mobility, grant, rounding: policy, separateTopUps }) => {
  const totalOnly = (policy ?? grant.rules.rounding) === 'total-only';
  const variant: Variant = {
    kind: 'variant',
    code: 'rounding',
    fields: ['total'],
    mobility,
    options: { rounding: totalOnly ? 'per-line' : 'total-only' },
    what: totalOnly
      ? 'when it rounds each line to the cent'
      : 'when it rounds only the total to the cent',
    instead: totalOnly
      ? 'the lines were kept exact and only the total rounded'
      : 'each line is rounded to the cent (half up) before the lines are added',
  };
  const cents: Note = {
    kind: 'note',
    code: 'rounding',
    fields: FIELDS,
    message: (difference) => {
      if (!isMoneyField(difference.field)) return undefined;
      const lines = linesOf(grant, difference.field, separateTopUps);
      const gap = dec(difference.reported).minus(difference.recomputed).abs();
      if (lines === 0 || gap.greaterThan(dec(lines).times('0.01'))) return undefined;
      return `The difference of €${gap.toFixed(2)} is at most one cent for each of the ${lines} line${lines === 1 ? '' : 's'} of the amount: the stored value rounds the lines another way (the library rounds each line half up to the cent).`;
    },
  };
  return [variant, cents];
};
