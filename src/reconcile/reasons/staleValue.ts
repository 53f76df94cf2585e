/**
 * Private: the stale-value reason — the stored amount is what the stored day count gives, while
 * the dates give another count that nothing else explains: the amount (and the days) were not
 * recomputed after a change, as the Beneficiary Module FAQ reports for individual support, or
 * a revalidation after a release changed them.
 *
 * @module
 */
import type { ReconcileField } from '../types.js';
import { withCalculatedDays } from './shiftDays.js';
import type { Candidate } from './types.js';

const FIELDS: readonly ReconcileField[] = ['individualSupport', 'topUps', 'total'];

const FAQ = 'https://wikis.ec.europa.eu/display/NAITDOC/Beneficiary+module+FAQs';
const REVALIDATION =
  'https://wikis.ec.europa.eu/display/NAITDOC/Revalidate+Mobilities+in+Beneficiary+module';

/** The amount recomputed for the stored days (funded days, else calculated days). */
export const staleValue: Candidate = ({ mobility: m, grant, reported }) => {
  const d = grant.duration;
  const stored =
    reported.fundedDays !== undefined && reported.fundedDays !== d.fundedDays
      ? { field: 'fundedDays' as const, days: reported.fundedDays, ours: d.fundedDays }
      : reported.calculatedDays !== undefined && reported.calculatedDays !== d.calculatedDays
        ? {
            field: 'calculatedDays' as const,
            days: reported.calculatedDays,
            ours: d.calculatedDays,
          }
        : undefined;
  if (stored === undefined) return [];
  const mobility = withCalculatedDays(m, d.method, d.calculatedDays + stored.days - stored.ours);
  if (mobility === undefined) return [];
  const words = stored.field === 'fundedDays' ? 'funded days' : 'calculated days';
  return [
    {
      kind: 'variant',
      code: 'stale-value',
      fields: FIELDS,
      onlyIfUnexplained: stored.field,
      mobility,
      what: `for the stored ${stored.days} ${words}`,
      instead: `the dates give ${stored.ours} ${words}, and no other reason explains the stored days: the stored values were not recomputed after a change (the Beneficiary Module FAQ reports individual support saved with wrong values: ${FAQ}; a revalidation after a release can also change budgets: ${REVALIDATION})`,
    },
  ];
};
