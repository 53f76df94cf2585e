import { type FigureUsed, isProvisional } from '../_lib/provenance.js';
import { type SafeResult, toSafe } from '../_lib/zod.js';
import { countryInfo } from '../programme/countries.js';
import { getRules } from '../rules/getRules.js';
import { figureRecords, packTable } from '../rules/packIndex.js';
import type { RulePack } from '../rules/types.js';
import { durationOf } from './computeDuration.js';
import { countryChecks } from './eligibility/countryChecks.js';
import { durationChecks } from './eligibility/durationChecks.js';
import { formatChecks } from './eligibility/formatChecks.js';
import { fundingChecks } from './eligibility/fundingChecks.js';
import { makeIssue, NO_ISSUES } from './eligibility/makeIssue.js';
import { participantChecks } from './eligibility/participantChecks.js';
import type { CheckContext, EligibilityIssue, EligibilityResult } from './eligibility/types.js';
import { type Mobility, type MobilityInput, parseMobility } from './MobilityInputSchema.js';
import { activityFigures } from './mobilityRules.js';
import { addIfProvisional } from './provisionalFigures.js';

/**
 * Checks an already validated mobility against a rule pack (used by the grants engine too).
 *
 * The result is frozen all the way down without a deep freeze: issues are frozen as they are
 * made (`makeIssue`), figures are frozen records, the duration is frozen by `durationOf`.
 */
export function eligibilityOf(pack: RulePack, m: Mobility): EligibilityResult {
  const figures = activityFigures(pack, m);
  const duration = durationOf(pack, m, figures);
  // The not-confirmed figures among those consulted, one per path in order of first use.
  let provisional: FigureUsed[] | undefined;
  const use = (figure: FigureUsed): FigureUsed => {
    provisional = addIfProvisional(provisional, figure);
    return figure;
  };
  // The travel-day allowance matters only when travel days are declared.
  if (duration.declaredTravelDays > 0) for (const figure of duration.figures) use(figure);
  const ctx: CheckContext = {
    m,
    pack,
    duration,
    figures,
    sending: countryInfo(m.sendingCountry, m.callYear),
    receiving: countryInfo(m.receivingCountry, m.callYear),
    use,
  };
  // One call per family (each call site sees one function); each list is frozen, and a family
  // that finds nothing returns the shared empty list.
  const lists = [
    durationChecks(ctx),
    countryChecks(ctx),
    formatChecks(ctx),
    participantChecks(ctx),
    fundingChecks(ctx),
  ];
  // After the checks: they record the figures they use.
  const issues = joinIssues(pack, lists, provisional);
  return Object.freeze({
    eligible: !hasError(issues),
    issues,
    duration,
    provisional: provisional !== undefined,
  });
}

/** Whether a list holds an issue of severity `error`. */
function hasError(issues: readonly EligibilityIssue[]): boolean {
  for (let i = 0; i < issues.length; i++) {
    if ((issues[i] as EligibilityIssue).severity === 'error') return true;
  }
  return false;
}

/**
 * The findings of all families in order, then a `provisional-rule` warning per figure that is not
 * confirmed (a warning never makes the mobility ineligible). When only one family found anything
 * its frozen list is used as it is; otherwise one list of the exact length is made (results are
 * kept, and an array grown by `push` keeps spare room). Indexed loops: the lists are frozen
 * arrays of several kinds, and `for…of` over them is slower.
 */
function joinIssues(
  pack: RulePack,
  lists: readonly (readonly EligibilityIssue[])[],
  provisional: readonly FigureUsed[] | undefined,
): readonly EligibilityIssue[] {
  let total = provisional === undefined ? 0 : provisional.length;
  let only: readonly EligibilityIssue[] = NO_ISSUES;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as readonly EligibilityIssue[];
    if (list.length === 0) continue;
    total += list.length;
    only = list;
  }
  if (total === only.length) return only;
  const issues = new Array<EligibilityIssue>(total);
  let next = 0;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as readonly EligibilityIssue[];
    for (let j = 0; j < list.length; j++) issues[next++] = list[j] as EligibilityIssue;
  }
  if (provisional !== undefined) {
    const warnings = packTable(pack, provisionalIssues);
    for (let i = 0; i < provisional.length; i++) {
      const figure = provisional[i] as FigureUsed;
      issues[next++] = warnings.get(figure.path) ?? provisionalIssue(pack, figure);
    }
  }
  return Object.freeze(issues);
}

/**
 * The `provisional-rule` warning of a figure of `pack` that is not confirmed. A pack figure's
 * value is plain JSON (a number, a text or a small record: the rule-pack schema allows nothing
 * else), so `JSON.stringify` shows it.
 */
function provisionalIssue(pack: RulePack, figure: FigureUsed): EligibilityIssue {
  return makeIssue(
    pack,
    'provisional-rule',
    `This check used ${figure.path} = ${JSON.stringify(figure.value)}, a figure that is ${figure.status} (not confirmed by the Programme Guide or two independent sources); the verdict may change when it is confirmed.`,
    { figure },
  );
}

/**
 * The `provisional-rule` warning of every figure of a pack that is not confirmed, by path: a
 * property of the pack (its text names the figure and the pack's call year), made once per pack
 * in the pack's index and shared by every result that used the figure.
 */
function provisionalIssues(pack: RulePack): ReadonlyMap<string, EligibilityIssue> {
  const issues = new Map<string, EligibilityIssue>();
  for (const figure of figureRecords(pack).values()) {
    if (isProvisional(figure.status)) issues.set(figure.path, provisionalIssue(pack, figure));
  }
  return issues;
}

/**
 * Checks whether a mobility is eligible under its call year's rules and explains every finding.
 *
 * Rules checked (each issue names the rule's call year and where the rule is written down: the
 * Programme Guide of the call year, Regulation (EU) 2021/817, or a public URL): minimum and
 * maximum physical duration per action and activity (on the mobility duration: dates minus
 * interruptions, travel excluded; force majeure lifts the minimum with a warning; a long-term
 * period ending on the last day of February near a limit or a full month gets a warning naming
 * both readings of the 30/360 count), the funded part of a partly funded stay, sending and
 * receiving countries allowed for the action (KA131 from the EU and associated countries, within
 * them or to other countries through its international strand; KA171 between them and
 * non-associated countries, with a warning for CH, GB, FO, AD, MC, SM and VA; KA121/KA122 from
 * EU/associated countries), a mobility to another country than the sending country and the
 * participant's country of residence (Regulation (EU) 2021/817, Art. 2(2); a territory and its
 * Member State is a warning), blended and BIP requirements (virtual component, BIP activities,
 * minimum ECTS), recent graduates (traineeships, within 12 months of graduation), the 12-month
 * cap per study cycle (24 for single-cycle programmes, earlier short-term days counted as
 * days / 30 months), zero-grant and travel days beyond the allowance. A rule no source was found
 * for is a warning, and says so; a figure that is not confirmed adds a `provisional-rule`
 * warning. See docs/eligibility.md.
 *
 * Bad input throws {@link InputError} (see {@link parseMobility}); a valid but ineligible
 * mobility returns `eligible: false`, never throws.
 *
 * @param mobility - the mobility (validated here)
 * @returns `{ eligible, issues, duration, provisional }`, deeply frozen
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'erasmus-kit';
 * const result = checkEligibility({
 *   action: 'KA131-HED',
 *   callYear: 2023,
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   sendingCountry: 'TR',
 *   receivingCountry: 'PL',
 *   startDate: '2023-02-01',
 *   endDate: '2023-03-25',
 * });
 * result.eligible; // false
 * result.issues[0]?.code; // 'duration-too-short'
 * result.issues[0]?.message; // 'A study mobility must last at least 2 months; this one lasts 1 month and 25 days.'
 * ```
 */
export function checkEligibility(mobility: MobilityInput): EligibilityResult {
  const m = parseMobility(mobility);
  return eligibilityOf(getRules(m.callYear), m);
}

const safeEligibility = toSafe(checkEligibility);

/**
 * The non-throwing twin of {@link checkEligibility}: invalid input gives
 * `{ success: false, error }` instead of throwing.
 *
 * @param mobility - the mobility (validated here)
 * @returns `{ success: true, data }` with the {@link EligibilityResult}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCheckEligibility } from 'erasmus-kit';
 * const result = safeCheckEligibility({
 *   action: 'KA122-SCH',
 *   callYear: 2024,
 *   activity: 'group-mobility',
 *   sendingCountry: 'HR',
 *   receivingCountry: 'IT',
 *   startDate: '2024-03-04',
 *   endDate: '2024-03-08',
 * });
 * if (result.success) console.log(result.data.eligible); // true
 * ```
 */
export function safeCheckEligibility(mobility: MobilityInput): SafeResult<EligibilityResult> {
  return safeEligibility(mobility);
}
