/**
 * Private: the top-up reasons — the stored value pays the fewer-opportunities top-up when the
 * record does not ask for it, or the other way round; or it treats a study mobility as a
 * traineeship (with its top-up), or the other way round.
 *
 * @module
 */
import type { ReconcileField } from '../types.js';
import type { Candidate, Variant } from './types.js';

const FIELDS: readonly ReconcileField[] = ['individualSupport', 'topUps', 'total'];

/** The fewer-opportunities flag turned over, and studies ↔ traineeship for students. */
export const topUps: Candidate = ({ mobility: m }) => {
  const fewer = m.participant?.fewerOpportunities === true;
  const variants: Variant[] = [
    {
      kind: 'variant',
      code: 'top-ups',
      fields: FIELDS,
      mobility: { ...m, participant: { ...m.participant, fewerOpportunities: !fewer } },
      what: fewer
        ? 'without the fewer-opportunities top-up'
        : 'with the fewer-opportunities top-up',
      instead: fewer
        ? 'the participant has fewer opportunities, which pays the top-up'
        : 'the record does not say the participant has fewer opportunities',
    },
  ];
  if (m.activity === 'student-studies' || m.activity === 'student-traineeship') {
    const traineeship = m.activity === 'student-traineeship';
    variants.push({
      kind: 'variant',
      code: 'top-ups',
      fields: FIELDS,
      mobility: { ...m, activity: traineeship ? 'student-studies' : 'student-traineeship' },
      what: traineeship
        ? 'for a study mobility (no traineeship top-up)'
        : 'for a traineeship (with its top-up)',
      instead: `the record is a ${traineeship ? 'traineeship' : 'study mobility'}`,
    });
  }
  return variants;
};
