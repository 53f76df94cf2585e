/**
 * Private: the Beneficiary Module's activity types — codes and labels, as the EC wiki lists them
 * for KA131 (https://wikis.ec.europa.eu/display/NAITDOC/Activity+Types+in+KA131+projects) and
 * KA121 (https://wikis.ec.europa.eu/display/NAITDOC/Activity+Types+in+projects) — and the
 * erasmus-kit activity each stands for.
 *
 * @module
 */
import type { Activity, MobilityAction } from '../../rules/vocabulary.js';
import { normalizeHeader } from './columns.js';

interface ActivityType {
  readonly code: string;
  readonly label: string;
  readonly activity: Activity;
  /** The fields (last part of the action code) whose projects have it. */
  readonly fields: readonly string[];
}

const HE = ['HED'];
const KA12X = ['VET', 'SCH', 'ADU'];

const TYPES: readonly ActivityType[] = [
  {
    code: 'HE-SMS',
    label: 'Student mobility for studies',
    activity: 'student-studies',
    fields: HE,
  },
  {
    code: 'HE-SMT',
    label: 'Student mobility for traineeships',
    activity: 'student-traineeship',
    fields: HE,
  },
  { code: 'HE-STA', label: 'Staff mobility for teaching', activity: 'staff-teaching', fields: HE },
  { code: 'HE-STT', label: 'Staff mobility for training', activity: 'staff-training', fields: HE },
  {
    code: 'LM-SKILL-VET',
    label: 'Participation in VET skills competitions',
    activity: 'vet-skills-competition',
    fields: ['VET'],
  },
  {
    code: 'LM-SHORT-VET',
    label: 'Short-term learning mobility of VET learners',
    activity: 'learner-short-term',
    fields: ['VET'],
  },
  {
    code: 'LM-LONG-VET',
    label: 'Long-term learning mobility of VET learners (ErasmusPro)',
    activity: 'learner-long-term',
    fields: ['VET'],
  },
  { code: 'SM-JOB-SHDW', label: 'Job-shadowing', activity: 'staff-job-shadowing', fields: KA12X },
  {
    code: 'SM-TTA',
    label: 'Teaching or training assignments',
    activity: 'staff-teaching',
    fields: KA12X,
  },
  { code: 'SM-COUR-TRAIN', label: 'Courses and training', activity: 'staff-course', fields: KA12X },
  { code: 'OA-INV-EXP', label: 'Invited experts', activity: 'invited-expert', fields: KA12X },
  {
    code: 'OA-HOS-TTT',
    label: 'Hosting teachers and educators in training',
    activity: 'hosting-teacher',
    fields: KA12X,
  },
  {
    code: 'LM-GRP-PUPIL',
    label: 'Group mobility of school pupils',
    activity: 'group-mobility',
    fields: ['SCH'],
  },
  {
    code: 'LM-SHORT-PUPIL',
    label: 'Short-term learning mobility of pupils',
    activity: 'learner-short-term',
    fields: ['SCH'],
  },
  {
    code: 'LM-LONG-PUPILS',
    label: 'Long-term learning mobility of pupils',
    activity: 'learner-long-term',
    fields: ['SCH'],
  },
];

/** The activity of a code or label in a project of `action`, or why there is none. */
export function activityOf(
  text: string,
  action: MobilityAction,
): { readonly activity: Activity } | { readonly error: string } {
  const key = normalizeHeader(text);
  const type = TYPES.find(
    (t) => normalizeHeader(t.code) === key || normalizeHeader(t.label) === key,
  );
  if (type === undefined) {
    return key === normalizeHeader('HE-BIP')
      ? {
          error:
            'HE-BIP (blended intensive programme) is not a mobility: its participants are student or staff mobilities with the BIP flag',
        }
      : {
          error:
            'not an activity type erasmus-kit knows (a Beneficiary Module code such as HE-SMS, or its label)',
        };
  }
  const field = action.slice(action.indexOf('-') + 1);
  return type.fields.includes(field)
    ? { activity: type.activity }
    : { error: `${type.code} is not an activity of ${action} projects` };
}
