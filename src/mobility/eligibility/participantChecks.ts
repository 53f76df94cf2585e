import { addMonths } from '../../_lib/calendar.js';
import { Decimal } from '../../_lib/decimal.js';
import type { Figure } from '../../_lib/provenance.js';
import { PG_HE, PG_VET } from '../../rules/citations.js';
import { figureRecord } from '../../rules/packIndex.js';
import { isHigherEducation, isLearnerActivity, isStudentActivity } from '../activityKinds.js';
import { describeMonthsAndDays } from '../countDays.js';
import { activityLabel, frozenIssues, makeIssue, NO_ISSUES } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

const HE_RECENT_GRADUATES = `${PG_HE}, eligibility criteria for student mobility (recent graduates)`;
const VET_RECENT_GRADUATES = `${PG_VET}, eligible participants (recent graduates)`;

/** "13.5 months": a month count with at most two decimals. */
function months(value: Decimal): string {
  const text = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/** Recent graduates (traineeships, within 12 months of graduation) and the cap per study cycle. */
export function participantChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  if (ctx.m.participant === undefined) return NO_ISSUES;
  return frozenIssues([...recentGraduateChecks(ctx), ...cycleCapCheck(ctx)]);
}

function recentGraduateChecks(ctx: CheckContext): EligibilityIssue[] {
  const { m } = ctx;
  const participant = m.participant;
  if (participant?.recentGraduate !== true) return [];
  const path = ['participant', 'recentGraduate'];
  if (isHigherEducation(m.action)) {
    if (m.activity !== 'student-traineeship') {
      return [
        makeIssue(
          m,
          'recent-graduate-activity',
          `Recent graduates may take part in traineeships only; this is a ${activityLabel(m)}. Change the activity to 'student-traineeship' or drop recentGraduate.`,
          { path: ['activity'], section: HE_RECENT_GRADUATES },
        ),
      ];
    }
    const window = ctx.pack.studentCycle.recentGraduateMonths;
    const graduation = participant.graduationDate;
    if (graduation === undefined) return [];
    const figure = ctx.use(figureRecord(ctx.pack, 'studentCycle.recentGraduateMonths'));
    const deadline = addMonths(graduation, window.value);
    if (m.endDate <= deadline) return [];
    return [
      makeIssue(
        m,
        'recent-graduate-too-late',
        `A recent graduate's traineeship must be completed within ${window.value} months of graduation (${graduation}), that is by ${deadline}; this one ends on ${m.endDate}. Move the end date or drop recentGraduate.`,
        { path: ['endDate'], figure, section: HE_RECENT_GRADUATES },
      ),
    ];
  }
  if (m.action.endsWith('-VET')) {
    if (isLearnerActivity(m.action, m.activity)) {
      return recentGraduateWindow(
        ctx,
        ctx.pack.vetSchAdu.recentGraduateMonths,
        'vetSchAdu.recentGraduateMonths',
        'mobility',
        VET_RECENT_GRADUATES,
      );
    }
    return [
      makeIssue(
        m,
        'recent-graduate-activity',
        `Recent VET graduates take part as learners; this is a ${activityLabel(m)} (a staff activity). Change the activity or drop recentGraduate.`,
        { path: ['activity'], section: VET_RECENT_GRADUATES },
      ),
    ];
  }
  return [
    makeIssue(
      m,
      'recent-graduate-unsourced',
      `No recent-graduate rule was found for ${m.action}; recentGraduate was not checked. Check the Programme Guide of call ${m.callYear}.`,
      { path },
    ),
  ];
}

/** The mobility must be completed within the window after graduation (when the date is given). */
function recentGraduateWindow(
  ctx: CheckContext,
  window: Figure<number>,
  path: string,
  what: string,
  section: string,
): EligibilityIssue[] {
  const { m } = ctx;
  const graduation = m.participant?.graduationDate;
  if (graduation === undefined) return [];
  const figure = ctx.use(figureRecord(ctx.pack, path));
  const deadline = addMonths(graduation, window.value);
  if (m.endDate <= deadline) return [];
  return [
    makeIssue(
      m,
      'recent-graduate-too-late',
      `A recent graduate's ${what} must be completed within ${window.value} months of graduation (${graduation}), that is by ${deadline}; this one ends on ${m.endDate}. Move the end date or drop recentGraduate.`,
      { path: ['endDate'], figure, section },
    ),
  ];
}

function cycleCapCheck(ctx: CheckContext): EligibilityIssue[] {
  const { m, duration } = ctx;
  const participant = m.participant;
  if (!isStudentActivity(m.action, m.activity) || participant === undefined) return [];
  const { previousMonthsInCycle, previousShortTermDaysInCycle } = participant;
  if (previousMonthsInCycle === undefined && previousShortTermDaysInCycle === undefined) return [];
  const cycle = ctx.pack.studentCycle;
  const single = participant.singleCycleProgramme === true;
  const cap = single ? cycle.monthsPerSingleCycleProgramme : cycle.monthsPerCycle;
  const capPath = single
    ? 'studentCycle.monthsPerSingleCycleProgramme'
    : 'studentCycle.monthsPerCycle';
  const figure = ctx.use(figureRecord(ctx.pack, capPath));
  if (previousShortTermDaysInCycle !== undefined) {
    ctx.use(figureRecord(ctx.pack, 'studentCycle.daysPerMonthForEarlierMobility'));
  }
  const daysPerMonth = cycle.daysPerMonthForEarlierMobility.value;
  const previous = new Decimal(previousMonthsInCycle ?? 0).plus(
    new Decimal(previousShortTermDaysInCycle ?? 0).dividedBy(daysPerMonth),
  );
  const now = new Decimal(duration.mobilityDays).dividedBy(30);
  const total = previous.plus(now);
  if (total.lte(cap.value)) return [];
  const left = Decimal.max(0, new Decimal(cap.value).minus(previous));
  const leftDays = left.times(30).floor().toNumber();
  return [
    makeIssue(
      m,
      'cycle-cap-exceeded',
      `A student may spend at most ${cap.value} months abroad with Erasmus+ per study cycle${single ? ' (single-cycle programme)' : ''}; ${months(previous)} already used plus ${describeMonthsAndDays(duration.mobilityDays)} for this ${activityLabel(m)} make ${months(total)}. At most ${describeMonthsAndDays(leftDays)} remain: shorten the mobility.`,
      {
        path: [
          'participant',
          previousMonthsInCycle === undefined
            ? 'previousShortTermDaysInCycle'
            : 'previousMonthsInCycle',
        ],
        figure,
      },
    ),
  ];
}
