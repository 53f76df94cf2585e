/**
 * Private: the reasons in the days of the stay — the stored value leaves out the interruptions
 * or the non-funded days, funds no travel days, or applies the other travel-day cap (2 with
 * standard travel, up to 6 with green travel).
 *
 * @module
 */
import type { ReconcileField } from '../types.js';
import type { Candidate, Variant } from './types.js';

const DAY_FIELDS: readonly ReconcileField[] = [
  'fundedDays',
  'individualSupport',
  'topUps',
  'total',
];
/** A changed travel-day cap changes the travel band too (green or not): the total is left out. */
const CAP_FIELDS: readonly ReconcileField[] = ['fundedDays', 'individualSupport', 'topUps'];

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** The interruptions left out. */
export const interruptions: Candidate = ({ mobility: m }) => {
  const n = m.interruptionDays ?? 0;
  if (n === 0) return [];
  return [
    {
      kind: 'variant',
      code: 'interruptions',
      fields: DAY_FIELDS,
      mobility: { ...m, interruptionDays: 0 },
      what: `with the ${days(n)} of interruption left out`,
      instead: 'the interruptions are deducted from the calculated duration',
    },
  ];
};

/** The non-funded days left out. */
export const nonFundedDays: Candidate = ({ mobility: m }) => {
  const n = m.nonFundedDays ?? 0;
  if (n === 0) return [];
  return [
    {
      kind: 'variant',
      code: 'non-funded-days',
      fields: DAY_FIELDS,
      mobility: { ...m, nonFundedDays: 0 },
      what: `with the ${days(n)} of non-funded stay funded`,
      instead: 'non-funded days receive no grant',
    },
  ];
};

/** No funded travel days, or the other cap on them. */
export const travelDays: Candidate = ({ mobility: m, grant }) => {
  const d = grant.duration;
  if (d.declaredTravelDays === 0) return [];
  const variants: Variant[] = [];
  if (d.travelDays > 0) {
    variants.push({
      kind: 'variant',
      code: 'travel-days',
      fields: DAY_FIELDS,
      mobility: { ...m, travelDays: 0 },
      what: 'with no funded travel days',
      instead: `${days(d.travelDays)} of travel are funded (${d.declaredTravelDays} declared, at most ${d.travelDayAllowance})`,
    });
  }
  const green = m.travel?.green === true;
  variants.push({
    kind: 'variant',
    code: 'travel-days',
    fields: CAP_FIELDS,
    mobility: { ...m, travel: { ...m.travel, green: !green } },
    what: `with the travel-day cap of ${green ? 'standard' : 'green'} travel`,
    instead: `with ${green ? 'green' : 'standard'} travel at most ${days(d.travelDayAllowance)} of travel are funded (${d.declaredTravelDays} declared)`,
  });
  return variants;
};
