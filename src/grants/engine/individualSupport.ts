/**
 * Private: the individual-support line of a mobility — long-term students (months + extra days),
 * short-term students (two daily rates), HE staff and VET/school/adult participants (daily rate,
 * 70 % from day 15) — with the rate chosen by action, activity and destination.
 *
 * @module
 */
import { mulMoney } from '../../_lib/money.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import { isLearnerActivity, isStudentActivity } from '../../mobility/activityKinds.js';
import { DURATION_WIKI } from '../../rules/sources.js';
import { type GrantContext, groupRate, leaveOut, warn } from './context.js';
import { monthlyLine, tieredDailyLine } from './lines.js';
import { figureAt, type GroupUse, groupRateIn, type Rate, rateAt } from './packIndex.js';
import { groupOf, placeOf } from './places.js';
import { count, euros, percent } from './texts.js';

/** What the top-ups need to know about the individual support just computed. */
export interface SupportInfo {
  /** Student mobility to a non-associated third country (or KA171): no traineeship top-up. */
  readonly international: boolean;
}

const INTERNATIONAL: SupportInfo = Object.freeze({ international: true });
const EUROPEAN: SupportInfo = Object.freeze({ international: false });

const TRAVEL_DAYS_POSITION =
  'Funded travel days are added to the physical days and the whole sequence is tiered (days 1–14 first): no source says where travel days fall in the 14-day window (see docs/grants.md, Assumptions).';

const NO_FIGURES: readonly FigureUsed[] = Object.freeze([]);

/** The line's figures: the destination group's (if any), the others, then the travel-day allowance's. */
function lineFigures(
  ctx: GrantContext,
  group: GroupUse | undefined,
  ...used: FigureUsed[]
): FigureUsed[] {
  const travelDays = ctx.duration.travelDays > 0 ? ctx.duration.figures : NO_FIGURES;
  // `concat` makes a list of the exact size (results keep it).
  return group === undefined ? used.concat(travelDays) : [group.used].concat(used, travelDays);
}

/** `' (2 funded travel days included)'`, or nothing. */
function travelSuffix(ctx: GrantContext): string {
  const n = ctx.duration.travelDays;
  return n > 0 ? ` (${count(n, 'funded travel day')} included)` : '';
}

/** Individual support is left out: the pack has no rate for this mobility. */
function missing(ctx: GrantContext, what: string, path: string): SupportInfo {
  leaveOut(
    ctx,
    'individual-support',
    'figure-missing',
    `Individual support is missing: no ${what} was found in the published sources for call ${ctx.index.pack.callYear} (${path}), so it is not computed and the total leaves it out.`,
    [path],
  );
  return INTERNATIONAL;
}

function longTermStudent(ctx: GrantContext): SupportInfo {
  const { m, index } = ctx;
  const { pack } = index;
  const receiving = placeOf(m.receivingCountry, index);
  let group: GroupUse | undefined;
  let rate: Rate | undefined;
  let international: boolean;
  let rule: string;
  if (m.action === 'KA171-HED') {
    international = true;
    if (receiving.nonAssociated) {
      rate = rateAt(index, 'ka171.studentMonthlyOutgoing');
      rule = 'KA171 student going to a third country not associated to the Programme';
    } else {
      group = groupOf(index, 'he', receiving.groupCode);
      rate = group && groupRate(ctx, 'ka171.studentMonthlyIncoming', group.group);
      if (!group || !rate) {
        const path = `ka171.studentMonthlyIncoming.${group?.group ?? m.receivingCountry}`;
        return missing(ctx, 'KA171 monthly rate for incoming students', path);
      }
      rule = `KA171 student coming to a group ${group.group} country`;
    }
  } else {
    const g = groupOf(index, 'he', receiving.groupCode);
    international = g === undefined;
    if (
      g &&
      placeOf(m.sendingCountry, index).info.territory !== undefined &&
      pack.ka131.studentMonthlyOutermost
    ) {
      rate = rateAt(index, 'ka131.studentMonthlyOutermost');
      rule = 'KA131 student from an outermost region or OCT: flat monthly rate';
    } else if (g) {
      group = g;
      rate = groupRate(ctx, 'ka131.studentMonthly', g.group) as Rate;
      rule = `KA131 student going to a group ${g.group} country`;
    } else {
      rate = rateAt(index, 'ka131.studentMonthlyNonAssociated');
      rule =
        'KA131 international strand: student going to a third country not associated to the Programme';
    }
    if (receiving.info.territory !== undefined) {
      warn(
        ctx,
        'assumption',
        `${receiving.info.name} is an outermost region or OCT: the living-cost group of ${receiving.groupCode} was used (the sources give no group for it).`,
      );
    }
  }
  ctx.lines.push(
    monthlyLine(
      'individual-support',
      rate,
      ctx.duration.fullMonths,
      ctx.duration.extraDays,
      `${rule}: full 30-day months × monthly rate + extra days × monthly rate / 30 (${index.fundingRules[m.action]}; months and days as the Beneficiary Module counts them: ${DURATION_WIKI}).`,
      lineFigures(ctx, group, rate.used),
      travelSuffix(ctx),
    ),
  );
  return international ? INTERNATIONAL : EUROPEAN;
}

function shortTermStudent(ctx: GrantContext): SupportInfo {
  const { m, index, duration } = ctx;
  const first = rateAt(index, 'ka131.shortTermDaily.days1to14');
  const later = rateAt(index, 'ka131.shortTermDaily.days15to30');
  if (m.action === 'KA171-HED') {
    warn(
      ctx,
      'assumption',
      'KA171 short-term student mobility: no KA171 rates were found, so the KA131 short-term daily rates were applied (they are the same for every destination).',
      ['ka131.shortTermDaily.days1to14', 'ka131.shortTermDaily.days15to30'],
    );
  }
  if (duration.fundedDays > 14 && duration.travelDays > 0) {
    warn(ctx, 'assumption', TRAVEL_DAYS_POSITION);
  }
  ctx.lines.push(
    tieredDailyLine(
      duration.fundedDays,
      first,
      { rate: later.value, fromDay: 15, share: undefined, maxDays: undefined },
      `Short-term student mobility (blended, BIP, doctoral): a daily rate for days 1–14 and a lower one from day 15, the same for every destination (${index.fundingRules[m.action]}).`,
      lineFigures(ctx, undefined, first.used, later.used),
      travelSuffix(ctx),
    ),
  );
  return m.action === 'KA171-HED' ? INTERNATIONAL : EUROPEAN;
}

/** A daily rate with a reduction from day 15: where its parts are in the pack. */
interface Reduction {
  /** The daily rate of days 1–14. */
  readonly rate: Rate;
  /** The destination's group, when the rate depends on it. */
  readonly group: GroupUse | undefined;
  /** Path of the number of days at the full rate. */
  readonly fullDaysPath: string;
  /** Path of the share paid after them. */
  readonly sharePath: string;
  /** The published reduced rate and its path, where a table publishes one. */
  readonly published: Rate | undefined;
  /** Path of the last day paid at the reduced rate, where there is one. */
  readonly untilPath: string | undefined;
  /** The rule applied. */
  readonly rule: string;
}

/** Daily support with a reduction from day 15 (HE staff, VET/school/adult). */
function reducedDaily(ctx: GrantContext, r: Reduction): SupportInfo {
  const { duration, index } = ctx;
  const fullDaysUsed = figureAt(index, r.fullDaysPath);
  const fullDays = fullDaysUsed.value as number;
  const share = rateAt(index, r.sharePath);
  const reduced = mulMoney(r.rate.value, share.value);
  const until = r.untilPath === undefined ? undefined : figureAt(index, r.untilPath);
  const figures =
    until === undefined
      ? lineFigures(ctx, r.group, r.rate.used, fullDaysUsed, share.used)
      : lineFigures(ctx, r.group, r.rate.used, fullDaysUsed, share.used, until);
  if (duration.fundedDays > fullDays && duration.travelDays > 0) {
    warn(ctx, 'assumption', TRAVEL_DAYS_POSITION);
  }
  if (
    r.published !== undefined &&
    duration.fundedDays > fullDays &&
    !r.rate.used.path.startsWith('rateSheet.') &&
    !r.published.value.equals(reduced)
  ) {
    warn(
      ctx,
      'published-rate-differs',
      `From day 15 the exact ${percent(share.value)} of ${euros(r.rate.value)} (${euros(reduced)}) was used; the published table shows ${euros(r.published.value)} (the rounding of the reduced rate is not documented).`,
      [r.published.used.path],
    );
  }
  ctx.lines.push(
    tieredDailyLine(
      duration.fundedDays,
      r.rate,
      {
        rate: reduced,
        fromDay: fullDays + 1,
        share: share.value,
        maxDays: until === undefined ? undefined : (until.value as number) - fullDays,
      },
      r.rule,
      figures,
      travelSuffix(ctx),
    ),
  );
  return EUROPEAN;
}

/** The rule of a daily rate with 70 % from day 15. */
function dailyRule(ctx: GrantContext, who: string, extra = ''): string {
  const { m, index } = ctx;
  return `${who}: daily rate for days 1–14, 70 % from day 15${extra} (${index.fundingRules[m.action]}).`;
}

function heStaff(ctx: GrantContext): SupportInfo {
  const { m, index } = ctx;
  const receiving = placeOf(m.receivingCountry, index);
  const g = groupOf(index, 'he', receiving.groupCode);
  const invited =
    m.activity === 'invited-staff'
      ? 'Invited enterprise staff are paid like other staff (assumption: no separate rate found).'
      : undefined;
  if (invited !== undefined) warn(ctx, 'assumption', invited);
  if (m.action === 'KA171-HED') {
    let rate: Rate | undefined;
    let rule: string;
    if (receiving.nonAssociated) {
      rate = rateAt(index, 'ka171.staffDailyOutgoing');
      rule = dailyRule(ctx, 'KA171 staff going to a third country not associated to the Programme');
    } else {
      rate = g && groupRate(ctx, 'ka171.staffDailyIncoming', g.group);
      if (!g || !rate) {
        const path = `ka171.staffDailyIncoming.${g?.group ?? m.receivingCountry}`;
        return missing(ctx, 'KA171 daily rate for incoming staff', path);
      }
      rule = dailyRule(ctx, `KA171 staff coming to a group ${g.group} country`);
    }
    return reducedDaily(ctx, {
      rate,
      group: receiving.nonAssociated ? undefined : g,
      fullDaysPath: 'ka131.staffFullRateDays',
      sharePath: 'ka171.staffReductionFromDay15',
      published: undefined,
      untilPath: undefined,
      rule,
    });
  }
  const after = invited === undefined ? '' : ` ${invited}`;
  if (!g) {
    return reducedDaily(ctx, {
      rate: rateAt(index, 'ka131.staffDailyNonAssociated'),
      group: undefined,
      fullDaysPath: 'ka131.staffFullRateDays',
      sharePath: 'ka131.staffReductionFromDay15',
      published: undefined,
      untilPath: undefined,
      rule:
        dailyRule(ctx, 'KA131 staff going to a third country not associated to the Programme') +
        after,
    });
  }
  return reducedDaily(ctx, {
    rate: groupRate(ctx, 'ka131.staffDaily', g.group) as Rate,
    group: g,
    fullDaysPath: 'ka131.staffFullRateDays',
    sharePath: 'ka131.staffReductionFromDay15',
    published: groupRateIn(index.groupRates, 'ka131.staffReducedDailyPublished', g.group),
    untilPath: undefined,
    rule: dailyRule(ctx, `KA131 staff going to a group ${g.group} country`) + after,
  });
}

function ka12x(ctx: GrantContext): SupportInfo {
  const { m, index } = ctx;
  const receiving = placeOf(m.receivingCountry, index);
  const g = groupOf(index, 'vetSchAdu', receiving.groupCode);
  const learner = isLearnerActivity(m.action, m.activity);
  const table = learner ? 'vetSchAdu.learnerDaily' : 'vetSchAdu.staffDaily';
  const rate = g && groupRate(ctx, table, g.group);
  if (!g || !rate) {
    return missing(
      ctx,
      `VET/school/adult ${learner ? 'learner' : 'staff'} daily rate for ${m.receivingCountry}`,
      table,
    );
  }
  const published = learner
    ? 'vetSchAdu.reducedDailyPublished.learners'
    : 'vetSchAdu.reducedDailyPublished.staff';
  return reducedDaily(ctx, {
    rate,
    group: g,
    fullDaysPath: 'vetSchAdu.fullRateDays',
    sharePath: 'vetSchAdu.reductionFromDay15',
    published: groupRateIn(index.groupRates, published, g.group),
    untilPath: learner ? 'vetSchAdu.learnerReducedRateUntilDay' : undefined,
    rule: dailyRule(
      ctx,
      `${learner ? 'Learners' : 'Staff'} in ${m.action} going to a group ${g.group} country`,
      learner ? ' (to day 365)' : '',
    ),
  });
}

/** Adds the individual-support line of a (funded, eligible) mobility. */
export function addIndividualSupport(ctx: GrantContext): SupportInfo {
  const { m } = ctx;
  if (isStudentActivity(m.action, m.activity)) {
    return m.format === 'short-term' ? shortTermStudent(ctx) : longTermStudent(ctx);
  }
  if (m.action === 'KA131-HED' || m.action === 'KA171-HED') return heStaff(ctx);
  return ka12x(ctx);
}
