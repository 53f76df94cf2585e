import type { DayCountMethod } from './countDays.js';

/** Whether the action is a higher-education action (KA131-HED or KA171-HED). */
export function isHigherEducation(action: string): action is 'KA131-HED' | 'KA171-HED' {
  return action === 'KA131-HED' || action === 'KA171-HED';
}

/** Student mobility in higher education: studies or traineeship. */
export function isStudentActivity(action: string, activity: string): boolean {
  return (
    isHigherEducation(action) &&
    (activity === 'student-studies' || activity === 'student-traineeship')
  );
}

/**
 * The format an activity other than HE student mobility implies: `'long-term'` for long-term
 * learner mobility, `'short-term'` for every other one (HE students choose theirs).
 */
export function impliedFormat(activity: string): 'long-term' | 'short-term' {
  return activity === 'learner-long-term' ? 'long-term' : 'short-term';
}

/** Learner mobility (HE students, VET learners, pupils, adult learners), as opposed to staff. */
export function isLearnerActivity(action: string, activity: string): boolean {
  return (
    isStudentActivity(action, activity) ||
    activity === 'learner-short-term' ||
    activity === 'learner-long-term' ||
    activity === 'group-mobility' ||
    activity === 'vet-skills-competition'
  );
}

/**
 * How the days of a mobility are counted: 30/360 for long-term student mobility, calendar days
 * otherwise. `undefined` when a student mobility has no format (an input error reported elsewhere).
 */
export function dayCountMethodOf(m: {
  readonly action: string;
  readonly activity: string;
  readonly format?: 'long-term' | 'short-term' | undefined;
}): DayCountMethod | undefined {
  if (!isStudentActivity(m.action, m.activity)) return 'calendar';
  if (m.format === undefined) return undefined;
  return m.format === 'long-term' ? '30/360' : 'calendar';
}
