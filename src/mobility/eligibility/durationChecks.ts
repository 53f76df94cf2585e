import type { FigureUsed } from '../../_lib/provenance.js';
import { PG_KA171, pgSection } from '../../rules/citations.js';
import type { DurationLimits } from '../../rules/types.js';
import { isHigherEducation, isStudentActivity } from '../activityKinds.js';
import { describeDays, describeMonthsAndDays } from '../countDays.js';
import { durationLimitsFor, minFundedDaysFor, unavailableFigure } from '../mobilityRules.js';
import { februaryEndCheck } from './februaryEndCheck.js';
import { activityLabel, frozenIssues, makeIssue, NO_ISSUES, withArticle } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

/** Where the activity's duration limits are written down: its Programme Guide section. */
function durationSection(ctx: CheckContext): string {
  const { m } = ctx;
  const section = m.action === 'KA171-HED' ? PG_KA171 : pgSection(m.action);
  if (!isHigherEducation(m.action)) return `${section}, eligible activities (duration)`;
  if (!isStudentActivity(m.action, m.activity)) {
    return `${section}, eligibility criteria for staff mobility (duration)`;
  }
  return m.format === 'short-term'
    ? `${section}, eligibility criteria for student mobility (short-term and blended mobility)`
    : `${section}, eligibility criteria for student mobility (duration)`;
}

/** The limit in days (months are 30-day months of the 30/360 count). */
const inDays = (value: number, unit: DurationLimits['unit']): number =>
  unit === 'months' ? value * 30 : value;

/** "2 months", "5 days". */
function describeLimit(value: number, unit: DurationLimits['unit']): string {
  if (unit === 'days') return describeDays(value);
  return value === 1 ? '1 month' : `${value} months`;
}

/** A duration in the unit of the limit: months and days for month limits, days otherwise. */
function describeActual(days: number, unit: DurationLimits['unit']): string {
  return unit === 'months' ? describeMonthsAndDays(days) : describeDays(days);
}

/**
 * Minimum and maximum physical duration (on the mobility duration: dates minus interruptions,
 * travel excluded), force majeure lifting the minimum, and the funded part of a partly funded
 * stay.
 */
export function durationChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  const { m, duration } = ctx;
  const nonAssociated =
    ctx.sending.status === 'non-associated' || ctx.receiving.status === 'non-associated';
  const unavailable = unavailableFigure(ctx.figures);
  if (unavailable) {
    const figure = ctx.use(unavailable.used);
    return Object.freeze([
      makeIssue(
        m,
        'activity-not-available',
        `'${m.activity}' (${activityLabel(m)}) is not available under ${m.action} in call ${m.callYear}. Choose another activity, or check the call year of the project.`,
        { path: ['activity'], figure },
      ),
    ]);
  }
  const located = durationLimitsFor(ctx.figures, m, nonAssociated);
  if (!located) {
    return Object.freeze([
      makeIssue(
        m,
        'duration-limits-unknown',
        `The call ${m.callYear} rule pack has no duration limits for '${m.activity}' (${activityLabel(m)}) under ${m.action}: its limits were not found in the sources. The duration was not checked; check the Programme Guide.`,
        { path: ['activity'] },
      ),
    ]);
  }
  const figure = ctx.use(located.used);
  const { min, max, unit } = located.figure.value;
  const minDays = inDays(min, unit);
  const maxDays = inDays(max, unit);
  const tooShort = duration.mobilityDays < minDays;
  const tooLong = duration.mobilityDays > maxDays;
  // Texts are built only when an issue is raised.
  const issues =
    tooShort || tooLong ? limitChecks(ctx, figure, min, max, unit, tooShort, tooLong) : [];
  issues.push(
    ...februaryEndCheck(ctx, minDays, maxDays),
    ...fundedPartCheck(ctx, minDays, unit, figure),
  );
  return frozenIssues(issues);
}

/** The too-short / too-long findings. */
function limitChecks(
  ctx: CheckContext,
  figure: FigureUsed,
  min: number,
  max: number,
  unit: DurationLimits['unit'],
  tooShort: boolean,
  tooLong: boolean,
): EligibilityIssue[] {
  const { m, duration } = ctx;
  const what = activityLabel(m);
  const section = durationSection(ctx);
  const issues: EligibilityIssue[] = [];
  const lasts = describeActual(duration.mobilityDays, unit);
  const afterInterruptions =
    duration.interruptionDays > 0
      ? ` (${describeActual(duration.calculatedDays, unit)} from the dates minus ${describeDays(duration.interruptionDays)} of interruption)`
      : '';
  const path = duration.interruptionDays > 0 ? ['interruptionDays'] : ['endDate'];

  if (tooShort) {
    if (m.forceMajeure === true) {
      issues.push(
        makeIssue(
          m,
          'force-majeure-minimum-lifted',
          `${withArticle(what)} must normally last at least ${describeLimit(min, unit)}; this one lasts ${lasts}${afterInterruptions}. Force majeure is declared, so the minimum does not apply: keep the evidence, the National Agency decides.`,
          { path: ['forceMajeure'], figure, section },
        ),
      );
    } else {
      issues.push(
        makeIssue(
          m,
          'duration-too-short',
          `${withArticle(what)} must last at least ${describeLimit(min, unit)}; this one lasts ${lasts}${afterInterruptions}.`,
          { path, figure, section },
        ),
      );
    }
  }
  if (tooLong) {
    issues.push(
      makeIssue(
        m,
        'duration-too-long',
        `${withArticle(what)} may last at most ${describeLimit(max, unit)}; this one lasts ${lasts}${afterInterruptions}. Move the end date or split the stay.`,
        { path, figure, section },
      ),
    );
  }
  return issues;
}

/** When part of the stay is not funded, the funded part may not be shorter than the minimum. */
function fundedPartCheck(
  ctx: CheckContext,
  minimumDays: number,
  unit: DurationLimits['unit'],
  durationFigure: FigureUsed,
): readonly EligibilityIssue[] {
  const { m, duration } = ctx;
  if (duration.nonFundedDays === 0 || m.zeroGrant === true) return NO_ISSUES;
  const specific = minFundedDaysFor(ctx.figures);
  const minFunded = specific ? specific.figure.value : minimumDays;
  const figure = specific ? ctx.use(specific.used) : durationFigure;
  if (duration.fundedStayDays >= minFunded) return NO_ISSUES;
  const limit = specific ? describeDays(minFunded) : describeActual(minFunded, unit);
  const funded = describeActual(duration.fundedStayDays, unit);
  if (m.forceMajeure === true) {
    return Object.freeze([
      makeIssue(
        m,
        'force-majeure-minimum-lifted',
        `Only ${funded} of this ${activityLabel(m)} are funded, below the minimum funded period of ${limit}; force majeure is declared, so the minimum does not apply.`,
        { path: ['forceMajeure'], figure },
      ),
    ]);
  }
  return Object.freeze([
    makeIssue(
      m,
      'funded-period-too-short',
      `Only ${funded} of this ${activityLabel(m)} are funded (${describeDays(duration.mobilityDays)} minus ${describeDays(duration.nonFundedDays)} not funded); the funded part must last at least ${limit}. Fund more days or make the whole mobility zero-grant.`,
      { path: ['nonFundedDays'], figure },
    ),
  ]);
}
