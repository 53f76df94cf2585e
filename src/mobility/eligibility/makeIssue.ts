import type { CallYear } from '../../_lib/callYear.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import { PROGRAMME_GUIDE } from '../../rules/citations.js';
import { isHigherEducation, isStudentActivity } from '../activityKinds.js';
import { ELIGIBILITY_ISSUE_CODES, type EligibilityIssueCode } from '../issueCodes.js';
import type { Mobility } from '../MobilityInputSchema.js';
import type { EligibilityIssue, EligibilityRule } from './types.js';

/** The shared empty list of findings (frozen): what a family returns when it finds nothing. */
export const NO_ISSUES: readonly EligibilityIssue[] = Object.freeze([]);

/**
 * A family's findings as returned: frozen, and the shared {@link NO_ISSUES} when there are none
 * (so the list can be a result's `issues` as it is).
 */
export function frozenIssues(issues: EligibilityIssue[]): readonly EligibilityIssue[] {
  return issues.length === 0 ? NO_ISSUES : Object.freeze(issues);
}

/**
 * Builds an issue of a mobility (or of a pack's call year: `m` is read for its call year only);
 * its severity and default section come from {@link ELIGIBILITY_ISSUE_CODES}.
 * In the issue's rule, the Programme Guide is named with its edition, the call year
 * ("Erasmus+ Programme Guide 2024, Part B, …").
 * The issue is frozen all the way down (its path and rule are frozen here, the figure is a frozen
 * record), so results need no deep freeze.
 */
export function makeIssue(
  m: { readonly callYear: CallYear },
  code: EligibilityIssueCode,
  message: string,
  options: {
    readonly path?: readonly (string | number)[];
    readonly figure?: FigureUsed;
    readonly section?: string;
  } = {},
): EligibilityIssue {
  const info = ELIGIBILITY_ISSUE_CODES[code];
  const rule = ruleOf(m.callYear, options.section ?? info.section, options.figure);
  return Object.freeze(
    options.path
      ? { code, severity: info.severity, message, path: Object.freeze(options.path), rule }
      : { code, severity: info.severity, message, rule },
  );
}

/** The rule of an issue, its Programme Guide named with the call year's edition. */
function ruleOf(
  callYear: CallYear,
  section: string,
  figure: FigureUsed | undefined,
): EligibilityRule {
  const cited = section.replaceAll(PROGRAMME_GUIDE, `${PROGRAMME_GUIDE} ${callYear}`);
  return Object.freeze(
    figure === undefined ? { callYear, section: cited } : { callYear, section: cited, figure },
  );
}

const HE_LABELS: Readonly<Record<string, string>> = {
  'student-studies': 'study mobility',
  'student-traineeship': 'traineeship',
  'staff-teaching': 'staff mobility for teaching',
  'staff-training': 'staff mobility for training',
  'invited-staff': 'mobility of staff invited from an enterprise',
};

const KA12X_LABELS: Readonly<Record<string, string>> = {
  'vet-skills-competition': 'participation in a VET skills competition',
  'group-mobility': 'group mobility',
  'learner-short-term': 'short-term learning mobility',
  'learner-long-term': 'long-term learning mobility',
  'staff-job-shadowing': 'job-shadowing mobility',
  'staff-teaching': 'teaching or training assignment',
  'staff-course': 'course or training',
  'invited-expert': 'visit of an invited expert',
  'hosting-teacher': 'hosting of a teacher or educator in training',
};

/** The activity in words, for messages: "study mobility", "short-term traineeship", ... */
export function activityLabel(m: Mobility): string {
  if (isHigherEducation(m.action)) {
    const label = HE_LABELS[m.activity] ?? m.activity;
    if (!isStudentActivity(m.action, m.activity)) return label;
    if ('bip' in m && m.bip === true) return `BIP ${label}`;
    return m.format === 'short-term' ? `short-term ${label}` : label;
  }
  return KA12X_LABELS[m.activity] ?? m.activity;
}

/** "A study mobility", "An invited …": the label with its indefinite article, capitalised. */
export function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'An' : 'A'} ${label}`;
}
