/**
 * Private: the individual-support line of a mobility — long-term students (months + extra days),
 * short-term students (two daily rates), HE staff and VET/school/adult participants (daily rate,
 * 70 % from day 15) — with the rate chosen by action, activity and destination.
 *
 * @module
 */
import { childMap, newMap } from '../_lib/childMap.js';
import { Decimal } from '../_lib/decimal.js';
import type { Figure } from '../_lib/provenance.js';
import { usedFigure } from '../distance/distanceBand.js';
import { isLearnerActivity, isStudentActivity } from '../mobility/activityKinds.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import { fundingRules } from '../rules/citations.js';
import { DURATION_WIKI } from '../rules/sources.js';
import type { AmountFigure, PerGroup, RangeFigure, RatioFigure } from '../rules/types.js';
import {
  count,
  euros,
  type GrantContext,
  leaveOut,
  money,
  percent,
  resolveRange,
  warn,
} from './grantContext.js';
import { monthlyLine, tieredDailyLine } from './lineBuilders.js';
import { groupOf, placeOf } from './placeOf.js';

/** What the top-ups need to know about the individual support just computed. */
export interface SupportInfo {
  /** Student mobility to a non-associated third country (or KA171): no traineeship top-up. */
  readonly international: boolean;
}

const INTERNATIONAL: SupportInfo = Object.freeze({ international: true });
const EUROPEAN: SupportInfo = Object.freeze({ international: false });

const TRAVEL_DAYS_POSITION =
  'Funded travel days are added to the physical days and the whole sequence is tiered (days 1–14 first): no source says where travel days fall in the 14-day window (see docs/grants.md, Assumptions).';

/** The travel-day allowance figure, when funded travel days are part of the line. */
function travelDayFigures(ctx: GrantContext): readonly FigureUsed[] {
  return ctx.duration.travelDays > 0 ? ctx.duration.figures : [];
}

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
    `Individual support is missing: no ${what} was found in the published sources for call ${ctx.pack.callYear} (${path}), so it is not computed and the total leaves it out.`,
    [path],
  );
  return INTERNATIONAL;
}

/** A range or fixed amount figure resolved to a rate. */
function rateOf(
  ctx: GrantContext,
  path: string,
  figure: RangeFigure | AmountFigure,
): { readonly value: Decimal; readonly used: FigureUsed } {
  if (typeof figure.value === 'string') {
    return { value: money(figure as AmountFigure), used: usedFigure(path, figure) };
  }
  return resolveRange(ctx, path, figure as RangeFigure);
}

function longTermStudent(ctx: GrantContext): SupportInfo {
  const { m, pack, duration } = ctx;
  const receiving = placeOf(m.receivingCountry, pack);
  const figures: FigureUsed[] = [];
  let rate: { readonly value: Decimal; readonly used: FigureUsed };
  let international: boolean;
  let rule: string;
  if (m.action === 'KA171-HED') {
    international = true;
    if (receiving.nonAssociated) {
      rate = rateOf(ctx, 'ka171.studentMonthlyOutgoing', pack.ka171.studentMonthlyOutgoing);
      rule = 'KA171 student going to a third country not associated to the Programme';
    } else {
      const g = groupOf(pack, 'he', receiving.groupCode);
      const figure = g && pack.ka171.studentMonthlyIncoming[g.group];
      const path = `ka171.studentMonthlyIncoming.${g?.group ?? m.receivingCountry}`;
      if (!g || !figure) return missing(ctx, 'KA171 monthly rate for incoming students', path);
      figures.push(g.used);
      rate = rateOf(ctx, path, figure);
      rule = `KA171 student coming to a group ${g.group} country`;
    }
  } else {
    const g = groupOf(pack, 'he', receiving.groupCode);
    const sending = placeOf(m.sendingCountry, pack);
    const outermost = pack.ka131.studentMonthlyOutermost;
    if (g && sending.info.territory !== undefined && outermost) {
      international = false;
      rate = rateOf(ctx, 'ka131.studentMonthlyOutermost', outermost);
      rule = 'KA131 student from an outermost region or OCT: flat monthly rate';
    } else if (g) {
      international = false;
      figures.push(g.used);
      rate = rateOf(ctx, `ka131.studentMonthly.${g.group}`, pack.ka131.studentMonthly[g.group]);
      rule = `KA131 student going to a group ${g.group} country`;
    } else {
      international = true;
      rate = rateOf(
        ctx,
        'ka131.studentMonthlyNonAssociated',
        pack.ka131.studentMonthlyNonAssociated,
      );
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
  figures.push(rate.used, ...travelDayFigures(ctx));
  ctx.lines.push(
    monthlyLine({
      kind: 'individual-support',
      fullMonths: duration.fullMonths,
      extraDays: duration.extraDays,
      rate: rate.value,
      rule: `${rule}: full 30-day months × monthly rate + extra days × monthly rate / 30 (${fundingRules(pack.callYear, m.action)}; months and days as the Beneficiary Module counts them: ${DURATION_WIKI}).`,
      figures,
      suffix: travelSuffix(ctx),
    }),
  );
  return international ? INTERNATIONAL : EUROPEAN;
}

function shortTermStudent(ctx: GrantContext): SupportInfo {
  const { pack, duration } = ctx;
  const d1 = pack.ka131.shortTermDaily.days1to14;
  const d2 = pack.ka131.shortTermDaily.days15to30;
  if (ctx.m.action === 'KA171-HED') {
    warn(
      ctx,
      'assumption',
      'KA171 short-term student mobility: no KA171 rates were found, so the KA131 short-term daily rates were applied (they are the same for every destination).',
      ['ka131.shortTermDaily.days1to14', 'ka131.shortTermDaily.days15to30'],
    );
  }
  if (duration.fundedDays > 14 && duration.travelDays > 0)
    warn(ctx, 'assumption', TRAVEL_DAYS_POSITION);
  ctx.lines.push(
    tieredDailyLine({
      kind: 'individual-support',
      days: duration.fundedDays,
      firstTierDays: 14,
      rate: money(d1),
      secondRate: money(d2),
      secondRateLabel: 'from day 15',
      rule: `Short-term student mobility (blended, BIP, doctoral): a daily rate for days 1–14 and a lower one from day 15, the same for every destination (${fundingRules(pack.callYear, ctx.m.action)}).`,
      figures: [
        usedFigure('ka131.shortTermDaily.days1to14', d1),
        usedFigure('ka131.shortTermDaily.days15to30', d2),
        ...travelDayFigures(ctx),
      ],
      suffix: travelSuffix(ctx),
    }),
  );
  return ctx.m.action === 'KA171-HED' ? INTERNATIONAL : EUROPEAN;
}

const shares = new Map<string, Decimal>();

/** The Decimal of a share figure's value, cached (`'0.70'`). */
function shareOf(value: string): Decimal {
  let d = shares.get(value);
  if (d === undefined) {
    d = new Decimal(value);
    shares.set(value, d);
  }
  return d;
}

const reducedCache = new WeakMap<Decimal, Map<Decimal, Decimal>>();

/** `rate × share`, cached per (rate, share) Decimal pair (both are shared, immutable values). */
function reducedRate(rate: Decimal, share: Decimal): Decimal {
  const byShare = childMap(reducedCache, rate, newMap);
  let reduced = byShare.get(share);
  if (reduced === undefined) {
    reduced = rate.times(share);
    byShare.set(share, reduced);
  }
  return reduced;
}

/** Daily support with a reduction from day 15 (HE staff, VET/school/adult). */
function reducedDaily(
  ctx: GrantContext,
  args: {
    readonly rate: { readonly value: Decimal; readonly used: FigureUsed };
    readonly fullDays: Figure<number>;
    readonly fullDaysPath: string;
    readonly share: RatioFigure;
    readonly sharePath: string;
    readonly published?: { readonly path: string; readonly figure: AmountFigure };
    readonly until?: { readonly path: string; readonly figure: Figure<number> };
    readonly groupUsed?: FigureUsed;
    readonly rule: string;
  },
): SupportInfo {
  const { duration } = ctx;
  const share = shareOf(args.share.value);
  const reduced = reducedRate(args.rate.value, share);
  const figures: FigureUsed[] = [];
  if (args.groupUsed) figures.push(args.groupUsed);
  figures.push(
    args.rate.used,
    usedFigure(args.fullDaysPath, args.fullDays),
    usedFigure(args.sharePath, args.share),
  );
  if (args.until) figures.push(usedFigure(args.until.path, args.until.figure));
  figures.push(...travelDayFigures(ctx));
  const fullDays = args.fullDays.value;
  if (duration.fundedDays > fullDays && duration.travelDays > 0) {
    warn(ctx, 'assumption', TRAVEL_DAYS_POSITION);
  }
  if (
    args.published &&
    duration.fundedDays > fullDays &&
    !args.rate.used.path.startsWith('rateSheet.') &&
    !money(args.published.figure).equals(reduced)
  ) {
    warn(
      ctx,
      'published-rate-differs',
      `From day 15 the exact ${percent(share)} of ${euros(args.rate.value)} (${euros(reduced)}) was used; the published table shows ${euros(args.published.figure.value)} (the rounding of the reduced rate is not documented).`,
      [args.published.path],
    );
  }
  ctx.lines.push(
    tieredDailyLine({
      kind: 'individual-support',
      days: duration.fundedDays,
      firstTierDays: fullDays,
      rate: args.rate.value,
      secondRate: reduced,
      secondRateLabel: `${percent(share)} from day ${fullDays + 1}`,
      ...(args.until ? { maxSecondTierDays: args.until.figure.value - fullDays } : {}),
      rule: args.rule,
      figures,
      suffix: travelSuffix(ctx),
    }),
  );
  return EUROPEAN;
}

function heStaff(ctx: GrantContext): SupportInfo {
  const { m, pack } = ctx;
  const receiving = placeOf(m.receivingCountry, pack);
  const g = groupOf(pack, 'he', receiving.groupCode);
  const invited =
    m.activity === 'invited-staff'
      ? ' Invited enterprise staff are paid like other staff (assumption: no separate rate found).'
      : '';
  if (invited !== '') warn(ctx, 'assumption', invited.trim());
  if (m.action === 'KA171-HED') {
    const fullDays = { path: 'ka131.staffFullRateDays', figure: pack.ka131.staffFullRateDays };
    if (receiving.nonAssociated) {
      return reducedDaily(ctx, {
        rate: rateOf(ctx, 'ka171.staffDailyOutgoing', pack.ka171.staffDailyOutgoing),
        fullDays: fullDays.figure,
        fullDaysPath: fullDays.path,
        share: pack.ka171.staffReductionFromDay15,
        sharePath: 'ka171.staffReductionFromDay15',
        rule: `KA171 staff going to a third country not associated to the Programme: daily rate for days 1–14, 70 % from day 15 (${fundingRules(pack.callYear, m.action)}).`,
      });
    }
    const figure = g && pack.ka171.staffDailyIncoming[g.group];
    const path = `ka171.staffDailyIncoming.${g?.group ?? m.receivingCountry}`;
    if (!g || !figure) return missing(ctx, 'KA171 daily rate for incoming staff', path);
    return reducedDaily(ctx, {
      rate: rateOf(ctx, path, figure),
      groupUsed: g.used,
      fullDays: fullDays.figure,
      fullDaysPath: fullDays.path,
      share: pack.ka171.staffReductionFromDay15,
      sharePath: 'ka171.staffReductionFromDay15',
      rule: `KA171 staff coming to a group ${g.group} country: daily rate for days 1–14, 70 % from day 15 (${fundingRules(pack.callYear, m.action)}).`,
    });
  }
  const common = {
    fullDays: pack.ka131.staffFullRateDays,
    fullDaysPath: 'ka131.staffFullRateDays',
    share: pack.ka131.staffReductionFromDay15,
    sharePath: 'ka131.staffReductionFromDay15',
  };
  if (!g) {
    return reducedDaily(ctx, {
      ...common,
      rate: rateOf(ctx, 'ka131.staffDailyNonAssociated', pack.ka131.staffDailyNonAssociated),
      rule: `KA131 staff going to a third country not associated to the Programme: daily rate for days 1–14, 70 % from day 15 (${fundingRules(pack.callYear, m.action)}).${invited}`,
    });
  }
  const published = pack.ka131.staffReducedDailyPublished?.[g.group];
  return reducedDaily(ctx, {
    ...common,
    rate: rateOf(ctx, `ka131.staffDaily.${g.group}`, pack.ka131.staffDaily[g.group]),
    groupUsed: g.used,
    ...(published
      ? { published: { path: `ka131.staffReducedDailyPublished.${g.group}`, figure: published } }
      : {}),
    rule: `KA131 staff going to a group ${g.group} country: daily rate for days 1–14, 70 % from day 15 (${fundingRules(pack.callYear, m.action)}).${invited}`,
  });
}

function ka12x(ctx: GrantContext): SupportInfo {
  const { m, pack } = ctx;
  const receiving = placeOf(m.receivingCountry, pack);
  const g = groupOf(pack, 'vetSchAdu', receiving.groupCode);
  const learner = isLearnerActivity(m.action, m.activity);
  const key = learner ? 'learnerDaily' : 'staffDaily';
  if (!g) {
    return missing(
      ctx,
      `VET/school/adult ${learner ? 'learner' : 'staff'} daily rate for ${m.receivingCountry}`,
      `vetSchAdu.${key}`,
    );
  }
  const rates: PerGroup<RangeFigure> = pack.vetSchAdu[key];
  const published = pack.vetSchAdu.reducedDailyPublished?.[learner ? 'learners' : 'staff'][g.group];
  const who = learner ? 'Learners' : 'Staff';
  return reducedDaily(ctx, {
    rate: rateOf(ctx, `vetSchAdu.${key}.${g.group}`, rates[g.group]),
    groupUsed: g.used,
    fullDays: pack.vetSchAdu.fullRateDays,
    fullDaysPath: 'vetSchAdu.fullRateDays',
    share: pack.vetSchAdu.reductionFromDay15,
    sharePath: 'vetSchAdu.reductionFromDay15',
    ...(learner
      ? {
          until: {
            path: 'vetSchAdu.learnerReducedRateUntilDay',
            figure: pack.vetSchAdu.learnerReducedRateUntilDay,
          },
        }
      : {}),
    ...(published
      ? {
          published: {
            path: `vetSchAdu.reducedDailyPublished.${learner ? 'learners' : 'staff'}.${g.group}`,
            figure: published,
          },
        }
      : {}),
    rule: `${who} in ${m.action} going to a group ${g.group} country: daily rate for days 1–14, 70 % from day 15${learner ? ' (to day 365)' : ''} (${fundingRules(pack.callYear, m.action)}).`,
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
