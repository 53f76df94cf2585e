// TEMPORARY: replaced by the rules helper's vocabulary (src/rules/) when it lands.
export const MOBILITY_ACTIONS = [
  'KA131-HED',
  'KA171-HED',
  'KA121-VET',
  'KA122-VET',
  'KA121-SCH',
  'KA122-SCH',
  'KA121-ADU',
  'KA122-ADU',
] as const;
export type MobilityAction = (typeof MOBILITY_ACTIONS)[number];

const HE = [
  'student-studies',
  'student-traineeship',
  'staff-teaching',
  'staff-training',
  'invited-staff',
] as const;
const STAFF = [
  'staff-job-shadowing',
  'staff-teaching',
  'staff-course',
  'invited-expert',
  'hosting-teacher',
] as const;
const VET = [
  'vet-skills-competition',
  'group-mobility',
  'learner-short-term',
  'learner-long-term',
  ...STAFF,
] as const;
const SCH = ['group-mobility', 'learner-short-term', 'learner-long-term', ...STAFF] as const;
const ADU = ['group-mobility', 'learner-short-term', 'learner-long-term', ...STAFF] as const;

export const ACTIVITIES_BY_ACTION = {
  'KA131-HED': HE,
  'KA171-HED': HE,
  'KA121-VET': VET,
  'KA122-VET': VET,
  'KA121-SCH': SCH,
  'KA122-SCH': SCH,
  'KA121-ADU': ADU,
  'KA122-ADU': ADU,
} as const;
