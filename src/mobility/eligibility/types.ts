import type { CallYear } from '../../_lib/callYear.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import type { CountryInfo } from '../../programme/countries.js';
import type { RulePack } from '../../rules/types.js';
import type { Duration } from '../computeDuration.js';
import type { EligibilityIssueCode } from '../issueCodes.js';
import type { Mobility } from '../MobilityInputSchema.js';
import type { ActivityFigures } from '../mobilityRules.js';

/**
 * The rule an eligibility issue applies: the call year, where the rule is written down, and —
 * when the rule reads a figure of the rule pack — that figure with its status.
 *
 * @example
 * ```ts
 * import type { EligibilityRule } from 'erasmus-kit';
 * const rule: EligibilityRule = {
 *   callYear: 2023,
 *   section:
 *     'Erasmus+ Programme Guide 2023, Part B, "Mobility projects for higher education students and staff", eligibility criteria for student mobility (duration)',
 * };
 * ```
 */
export interface EligibilityRule {
  /** The call year whose rules were applied. */
  readonly callYear: CallYear;
  /**
   * Where the rule is written down: a section of the Programme Guide of the call year
   * (`Erasmus+ Programme Guide 2023, Part B, "…", eligibility criteria …`), a legal act
   * (`Regulation (EU) 2021/817, Art. 2(2)`), a public URL, or a page of these docs.
   */
  readonly section: string;
  /** The rule-pack figure the check used, if any. */
  readonly figure?: FigureUsed;
}

/**
 * One finding of {@link checkEligibility}.
 *
 * @example
 * ```ts
 * import type { EligibilityIssue } from 'erasmus-kit';
 * const issue: EligibilityIssue = {
 *   code: 'duration-too-short',
 *   severity: 'error',
 *   message: 'A study mobility must last at least 2 months; this one lasts 1 month and 25 days.',
 *   path: ['endDate'],
 *   rule: { callYear: 2023, section: 'Erasmus+ Programme Guide 2023, Part B, …' },
 * };
 * ```
 */
export interface EligibilityIssue {
  /** A stable code from {@link ELIGIBILITY_ISSUE_CODES}. */
  readonly code: EligibilityIssueCode;
  /** `error` makes the mobility ineligible; `warning` does not. */
  readonly severity: 'error' | 'warning';
  /** What is wrong and what to do about it, in English. */
  readonly message: string;
  /** The input field the issue concerns (`['endDate']`, `['participant', 'recentGraduate']`). */
  readonly path?: readonly (string | number)[];
  /** The rule applied. */
  readonly rule?: EligibilityRule;
}

/**
 * The verdict of {@link checkEligibility}.
 *
 * @example
 * ```ts
 * import { type EligibilityResult, checkEligibility } from 'erasmus-kit';
 * const result: EligibilityResult = checkEligibility({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-training',
 *   sendingCountry: 'HR',
 *   receivingCountry: 'SI',
 *   startDate: '2024-04-08',
 *   endDate: '2024-04-12',
 * });
 * result.eligible; // true
 * ```
 */
export interface EligibilityResult {
  /** `true` when no issue has severity `error`. */
  readonly eligible: boolean;
  /** Every finding, errors and warnings, in a fixed order (by rule family). */
  readonly issues: readonly EligibilityIssue[];
  /** The duration the checks used (see `computeDuration`). */
  readonly duration: Duration;
  /** `true` when a rule-pack figure used by the checks is not confirmed. */
  readonly provisional: boolean;
}

/** What each rule family reads. */
export interface CheckContext {
  /** The validated mobility. */
  readonly m: Mobility;
  /** Its call year's rule pack. */
  readonly pack: RulePack;
  /** Its duration. */
  readonly duration: Duration;
  /** What the pack says about its action and activity (duration limits, travel days). */
  readonly figures: ActivityFigures;
  /** The sending country. */
  readonly sending: CountryInfo;
  /** The receiving country. */
  readonly receiving: CountryInfo;
  /** Records a rule-pack figure a check consulted (whether or not it raised an issue). */
  readonly use: (figure: FigureUsed) => FigureUsed;
}
