/**
 * Private: the zero-grant reason (the flag set or not) and the force-majeure note (the
 * Beneficiary Module lets amounts be typed by hand under force majeure).
 *
 * @module
 */
import type { ReconcileField } from '../types.js';
import type { Candidate, Note, Variant } from './types.js';

const FIELDS: readonly ReconcileField[] = ['individualSupport', 'topUps', 'travel', 'total'];

/** The source of the force-majeure rule: amounts become editable. */
const FORCE_MAJEURE_SOURCE =
  'https://wikis.ec.europa.eu/plugins/viewsource/viewpagesrc.action?pageId=86967103';

/** The zero-grant flag turned over. */
export const zeroGrant: Candidate = ({ mobility: m }) => {
  const zero = m.zeroGrant === true;
  const variant: Variant = {
    kind: 'variant',
    code: 'zero-grant',
    fields: FIELDS,
    mobility: { ...m, zeroGrant: !zero },
    what: zero ? 'without zero grant' : 'for a zero-grant mobility',
    instead: zero
      ? 'the record sets zero grant, which pays nothing'
      : 'the record does not set zero grant',
  };
  return [variant];
};

/** Under force majeure, amounts typed by hand need not follow the rates. */
export const forceMajeure: Candidate = ({ mobility: m }) => {
  if (m.forceMajeure !== true) return [];
  const note: Note = {
    kind: 'note',
    code: 'force-majeure',
    fields: FIELDS,
    message: () =>
      `The mobility declares force majeure: the Beneficiary Module then lets travel support and individual support be typed by hand, so the stored amount need not follow the rates (${FORCE_MAJEURE_SOURCE}).`,
  };
  return [note];
};
