import { figureRecord } from '../../rules/packIndex.js';
import { isStudentActivity } from '../activityKinds.js';
import { activityLabel, frozenIssues, makeIssue, withArticle } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

const BIP_ACTIVITIES: readonly string[] = ['student-studies', 'staff-teaching', 'staff-training'];

/** Blended mobility and BIP requirements: virtual component, BIP activities, minimum ECTS. */
export function formatChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  const { m } = ctx;
  const issues: EligibilityIssue[] = [];
  const student = isStudentActivity(m.action, m.activity);
  const bip = 'bip' in m && m.bip === true;
  const doctoral = 'doctoral' in m && m.doctoral === true;

  // BIPs are organised under KA131, and KA131 or KA171 participants may attend them; `bip`
  // exists in KA131-HED and KA171-HED only (in KA121/KA122 it is an input error).
  if (bip && !BIP_ACTIVITIES.includes(m.activity)) {
    issues.push(
      makeIssue(
        m,
        'bip-activity-not-allowed',
        `A BIP takes student mobility for studies and staff mobility for teaching or training; '${m.activity}' cannot be part of one. Remove bip or change the activity.`,
        { path: ['bip'] },
      ),
    );
  }
  if (bip && student && m.format === 'long-term') {
    issues.push(
      makeIssue(
        m,
        'bip-requires-short-term',
        "Student mobility in a BIP is short-term (5–30 physical days): set format to 'short-term'.",
        { path: ['format'] },
      ),
    );
  }
  if (student && m.format === 'short-term' && !doctoral && !bip && m.blended !== true) {
    issues.push(
      makeIssue(
        m,
        'short-term-requires-blended',
        `${withArticle(activityLabel(m))} must be blended (with a compulsory virtual component) or part of a BIP, unless the student is a doctoral candidate: set blended, bip or doctoral.`,
        { path: ['blended'] },
      ),
    );
  }
  if (bip && m.blended === false) {
    issues.push(
      makeIssue(
        m,
        'virtual-component-missing',
        'A BIP is blended by definition (a compulsory virtual component); blended is false.',
        { path: ['blended'] },
      ),
    );
  } else if ((bip || m.blended === true) && m.virtualDays === 0) {
    issues.push(
      makeIssue(
        m,
        'virtual-component-missing',
        `${bip ? 'A BIP' : 'A blended mobility'} needs a virtual component (no minimum length, before, during or after the physical part); virtualDays is 0.`,
        { path: ['virtualDays'] },
      ),
    );
  }
  const blendedShortTermStudies =
    m.activity === 'student-studies' && m.format === 'short-term' && (bip || m.blended === true);
  const ects = 'ects' in m ? m.ects : undefined;
  if (blendedShortTermStudies && ects !== undefined) {
    const minEcts = ctx.pack.bip.minEcts;
    const figure = ctx.use(figureRecord(ctx.pack, 'bip.minEcts'));
    if (ects < minEcts.value) {
      issues.push(
        makeIssue(
          m,
          'ects-too-low',
          `A blended short-term study mobility must award at least ${minEcts.value} ECTS credits; this one awards ${ects}.`,
          { path: ['ects'], figure },
        ),
      );
    }
  }
  return frozenIssues(issues);
}
