/**
 * The vocabulary of mobility actions and activities that rule packs are keyed by. Mobility input
 * schemas build on these lists, so an activity name means the same thing everywhere.
 *
 * @module
 */

/**
 * The mobility actions covered by the rule packs, in catalogue order: higher education (KA131
 * within Europe plus its "international" strand, KA171 with third countries not associated) and
 * the accredited (KA121) and short-term (KA122) projects of VET, school and adult education.
 *
 * @example
 * ```ts
 * import { MOBILITY_ACTIONS } from 'erasmus-kit';
 * MOBILITY_ACTIONS.includes('KA131-HED'); // true
 * ```
 */
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

/**
 * A mobility action code (`'KA131-HED'`, `'KA122-SCH'`, ...).
 *
 * @example
 * ```ts
 * import type { MobilityAction } from 'erasmus-kit';
 * const action: MobilityAction = 'KA122-VET';
 * ```
 */
export type MobilityAction = (typeof MOBILITY_ACTIONS)[number];

/**
 * Higher-education activities (KA131, KA171). Students have a format (`long-term` 2–12 months, or
 * `short-term`: blended short-term, BIP and doctoral short-term mobility); staff mobility is
 * counted in days. `invited-staff` is staff invited from an enterprise to teach at an HEI.
 *
 * @example
 * ```ts
 * import { HE_ACTIVITIES } from 'erasmus-kit';
 * HE_ACTIVITIES[0]; // 'student-studies'
 * ```
 */
export const HE_ACTIVITIES = [
  'student-studies',
  'student-traineeship',
  'staff-teaching',
  'staff-training',
  'invited-staff',
] as const;

/**
 * A higher-education activity.
 *
 * @example
 * ```ts
 * import type { HeActivity } from 'erasmus-kit';
 * const activity: HeActivity = 'staff-training';
 * ```
 */
export type HeActivity = (typeof HE_ACTIVITIES)[number];

/**
 * Staff activities shared by VET, school and adult education (KA121/KA122): job shadowing,
 * teaching or training assignments (`staff-teaching`), courses and training (`staff-course`),
 * invited experts, and hosting teachers and educators in training.
 *
 * @example
 * ```ts
 * import { KA12X_STAFF_ACTIVITIES } from 'erasmus-kit';
 * KA12X_STAFF_ACTIVITIES.includes('staff-course'); // true
 * ```
 */
export const KA12X_STAFF_ACTIVITIES = [
  'staff-job-shadowing',
  'staff-teaching',
  'staff-course',
  'invited-expert',
  'hosting-teacher',
] as const;

/**
 * VET activities (KA121-VET, KA122-VET): skills competitions, short-term learner mobility
 * (10–89 days), long-term learner mobility (ErasmusPro, 90–365 days), group mobility of VET
 * learners (only in later calls; its limits were not found) and the staff activities.
 *
 * @example
 * ```ts
 * import { VET_ACTIVITIES } from 'erasmus-kit';
 * VET_ACTIVITIES.includes('learner-long-term'); // true
 * ```
 */
export const VET_ACTIVITIES = [
  'vet-skills-competition',
  'learner-short-term',
  'learner-long-term',
  'group-mobility',
  ...KA12X_STAFF_ACTIVITIES,
] as const;

/**
 * School-education activities (KA121-SCH, KA122-SCH): group mobility of pupils, short-term and
 * long-term individual pupil mobility, and the staff activities.
 *
 * @example
 * ```ts
 * import { SCH_ACTIVITIES } from 'erasmus-kit';
 * SCH_ACTIVITIES.includes('group-mobility'); // true
 * ```
 */
export const SCH_ACTIVITIES = [
  'group-mobility',
  'learner-short-term',
  'learner-long-term',
  ...KA12X_STAFF_ACTIVITIES,
] as const;

/**
 * Adult-education activities (KA121-ADU, KA122-ADU): group mobility of adult learners,
 * short-term and long-term learning mobility of adult learners (long-term only in later calls;
 * its limits were not found), and the staff activities.
 *
 * @example
 * ```ts
 * import { ADU_ACTIVITIES } from 'erasmus-kit';
 * ADU_ACTIVITIES.includes('learner-short-term'); // true
 * ```
 */
export const ADU_ACTIVITIES = [
  'group-mobility',
  'learner-short-term',
  'learner-long-term',
  ...KA12X_STAFF_ACTIVITIES,
] as const;

/**
 * A VET activity.
 *
 * @example
 * ```ts
 * import type { VetActivity } from 'erasmus-kit';
 * const activity: VetActivity = 'vet-skills-competition';
 * ```
 */
export type VetActivity = (typeof VET_ACTIVITIES)[number];

/**
 * A school-education activity.
 *
 * @example
 * ```ts
 * import type { SchActivity } from 'erasmus-kit';
 * const activity: SchActivity = 'group-mobility';
 * ```
 */
export type SchActivity = (typeof SCH_ACTIVITIES)[number];

/**
 * An adult-education activity.
 *
 * @example
 * ```ts
 * import type { AduActivity } from 'erasmus-kit';
 * const activity: AduActivity = 'staff-course';
 * ```
 */
export type AduActivity = (typeof ADU_ACTIVITIES)[number];

/**
 * Any activity of a VET, school or adult-education action.
 *
 * @example
 * ```ts
 * import type { Ka12xActivity } from 'erasmus-kit';
 * const activity: Ka12xActivity = 'learner-short-term';
 * ```
 */
export type Ka12xActivity = VetActivity | SchActivity | AduActivity;

/**
 * The activities allowed under each action, as a table.
 *
 * @example
 * ```ts
 * import { ACTIVITIES_BY_ACTION } from 'erasmus-kit';
 * ACTIVITIES_BY_ACTION['KA171-HED'];
 * // ['student-studies', 'student-traineeship', 'staff-teaching', 'staff-training']
 * ```
 */
export const ACTIVITIES_BY_ACTION = {
  /** KA131 (HE, within Europe + international strand): every HE activity. */
  'KA131-HED': HE_ACTIVITIES,
  /** KA171 (HE with third countries not associated): invited enterprise staff not sourced. */
  'KA171-HED': ['student-studies', 'student-traineeship', 'staff-teaching', 'staff-training'],
  /** KA121-VET: VET activities. */
  'KA121-VET': VET_ACTIVITIES,
  /** KA122-VET: VET activities. */
  'KA122-VET': VET_ACTIVITIES,
  /** KA121-SCH: school activities. */
  'KA121-SCH': SCH_ACTIVITIES,
  /** KA122-SCH: school activities. */
  'KA122-SCH': SCH_ACTIVITIES,
  /** KA121-ADU: adult-education activities. */
  'KA121-ADU': ADU_ACTIVITIES,
  /** KA122-ADU: adult-education activities. */
  'KA122-ADU': ADU_ACTIVITIES,
} as const satisfies { readonly [A in MobilityAction]: readonly string[] };

/**
 * The activities allowed under action `A` (`ActivityOf<'KA171-HED'>` excludes `invited-staff`).
 *
 * @example
 * ```ts
 * import type { ActivityOf } from 'erasmus-kit';
 * const activity: ActivityOf<'KA122-SCH'> = 'group-mobility';
 * ```
 */
export type ActivityOf<A extends MobilityAction> = (typeof ACTIVITIES_BY_ACTION)[A][number];

/**
 * Any activity of any mobility action.
 *
 * @example
 * ```ts
 * import type { Activity } from 'erasmus-kit';
 * const activity: Activity = 'student-traineeship';
 * ```
 */
export type Activity = HeActivity | Ka12xActivity;

/**
 * The format of a higher-education student mobility: `long-term` (2–12 months, 30/360 day
 * count) or `short-term` (5–30 physical days: blended short-term, BIP, doctoral short-term).
 *
 * @example
 * ```ts
 * import type { MobilityFormat } from 'erasmus-kit';
 * const format: MobilityFormat = 'short-term';
 * ```
 */
export type MobilityFormat = 'long-term' | 'short-term';

/**
 * Whether an activity is allowed under an action (a type guard).
 *
 * @param action - a mobility action
 * @param activity - any string
 * @returns `true` when `activity` is one of `ACTIVITIES_BY_ACTION[action]`; `false` otherwise,
 *   also when `action` is not a mobility action (any value is accepted, nothing throws)
 *
 * @example
 * ```ts
 * import { isActivityOf } from 'erasmus-kit';
 * isActivityOf('KA131-HED', 'invited-staff'); // true
 * isActivityOf('KA171-HED', 'invited-staff'); // false
 * ```
 */
export function isActivityOf<A extends MobilityAction>(
  action: A,
  activity: unknown,
): activity is ActivityOf<A> {
  if (typeof action !== 'string' || !Object.hasOwn(ACTIVITIES_BY_ACTION, action)) return false;
  return (ACTIVITIES_BY_ACTION[action] as readonly unknown[]).includes(activity);
}
