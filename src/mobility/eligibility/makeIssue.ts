import type { CallYear } from '../../_lib/callYear.js';
import { childMap, newMap } from '../../_lib/childMap.js';
import type { Figure } from '../../_lib/provenance.js';
import { PROGRAMME_GUIDE } from '../../rules/citations.js';
import { isHigherEducation, isStudentActivity } from '../activityKinds.js';
import type { FigureUsed } from '../computeDuration.js';
import { ELIGIBILITY_ISSUE_CODES, type EligibilityIssueCode } from '../issueCodes.js';
import type { Mobility } from '../MobilityInputSchema.js';
import type { LocatedFigure } from '../mobilityRules.js';
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

const usedByFigure = new WeakMap<object, Map<string, FigureUsed>>();

/**
 * A located pack figure as reported in results: frozen, and shared between results (one object
 * per figure and path; packs are frozen, so it cannot go stale).
 */
export function figureUsed<T>(located: LocatedFigure<T>): FigureUsed {
  const figure: Figure<T> = located.figure;
  const byPath = childMap(usedByFigure, figure, newMap);
  let used = byPath.get(located.path);
  if (used === undefined) {
    used = Object.freeze({
      path: located.path,
      value: figure.value,
      status: figure.status,
      sources: figure.sources,
    });
    byPath.set(located.path, used);
  }
  return used;
}

/**
 * Builds an issue; its severity and default section come from {@link ELIGIBILITY_ISSUE_CODES}.
 * In the issue's rule, the Programme Guide is named with its edition, the call year
 * ("Erasmus+ Programme Guide 2024, Part B, …").
 * The issue is frozen all the way down (its path and rule are frozen here, the figure is a frozen
 * shared record), so results need no deep freeze.
 */
export function makeIssue(
  m: Mobility,
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
      ? { code, severity: info.severity, message, path: pathOf(options.path), rule }
      : { code, severity: info.severity, message, rule },
  );
}

/**
 * Rules and paths are shared between issues (frozen): results keep their issues, so fewer
 * objects per issue means less garbage-collection work when many mobilities are checked.
 */
const rulesByFigure = new WeakMap<FigureUsed, Map<string, Map<number, EligibilityRule>>>();
const rulesWithoutFigure = new Map<string, Map<number, EligibilityRule>>();
const paths = new Map<string | number, readonly (string | number)[]>();

function ruleOf(
  callYear: CallYear,
  section: string,
  figure: FigureUsed | undefined,
): EligibilityRule {
  const bySection =
    figure === undefined ? rulesWithoutFigure : childMap(rulesByFigure, figure, newMap);
  const byYear = childMap(bySection, section, newMap);
  let rule = byYear.get(callYear);
  if (rule === undefined) {
    const cited = section.replaceAll(PROGRAMME_GUIDE, `${PROGRAMME_GUIDE} ${callYear}`);
    rule = Object.freeze(
      figure
        ? { callYear, section: cited, figure: Object.freeze(figure) }
        : { callYear, section: cited },
    );
    byYear.set(callYear, rule);
  }
  return rule;
}

/** The path, frozen; one-key paths (most of them) are shared. */
function pathOf(path: readonly (string | number)[]): readonly (string | number)[] {
  if (path.length !== 1) return Object.freeze(path);
  const key = path[0] as string | number;
  let shared = paths.get(key);
  if (shared === undefined) {
    shared = Object.freeze(path);
    paths.set(key, shared);
  }
  return shared;
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
