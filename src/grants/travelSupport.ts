/**
 * Private: who receives travel support, and the travel line — the distance band (standard or
 * green), or exceptional costs for expensive travel (80 % of the real cost when the band covers
 * less than 70 % of it), never both.
 *
 * @module
 */
import { Decimal } from '../_lib/decimal.js';
import { bandOf, describeBand, usedFigure } from '../distance/distanceBand.js';
import { greatCircleDistanceKm } from '../distance/greatCircleDistanceKm.js';
import { isStudentActivity } from '../mobility/activityKinds.js';
import { fundingRules } from '../rules/citations.js';
import { EXCEPTIONAL_TRAVEL_WIKI } from '../rules/sources.js';
import { euros, type GrantContext, leaveOut, percent, remember, warn } from './grantContext.js';
import { oneOffLine } from './lineBuilders.js';
import { placeOf } from './placeOf.js';

const ZERO = new Decimal(0);
const decimalOf = new Map<string, Decimal>();

/** A Decimal of a pack value (band amounts, shares), cached: packs and Decimals are immutable. */
function cachedDecimal(value: string): Decimal {
  let d = decimalOf.get(value);
  if (d === undefined) {
    d = remember(decimalOf, value, new Decimal(value));
  }
  return d;
}
const bandAmount = cachedDecimal;
const ratio = cachedDecimal;

/** Countries whose students always had travel support in calls 2021–2023. */
const ISLAND_STATES: ReadonlySet<string> = new Set(['CY', 'IS', 'MT']);

/**
 * Whether the mobility's participant receives travel support, and why (the Programme Guide's
 * higher-education funding rules of the call year): staff, KA171 and VET/school/adult
 * participants always; KA131 students from call 2024 always; in calls 2021–2023 only the listed
 * cases.
 */
export function travelEntitlement(ctx: GrantContext): {
  readonly entitled: boolean;
  readonly why: string;
} {
  const { m, pack } = ctx;
  if (!isStudentActivity(m.action, m.activity)) {
    return {
      entitled: true,
      why: 'Participants other than KA131 students always receive travel support.',
    };
  }
  if (m.action === 'KA171-HED') {
    return {
      entitled: true,
      why: 'KA171 students receive travel support.',
    };
  }
  const support = pack.ka131.studentTravelSupport.value;
  if (support === 'all') {
    return {
      entitled: true,
      why: `From call 2024 every KA131 student receives travel support (ka131.studentTravelSupport).`,
    };
  }
  const receiving = placeOf(m.receivingCountry, pack);
  const sending = placeOf(m.sendingCountry, pack);
  const grouped = pack.countryGroups.he.groups[receiving.groupCode] !== undefined;
  if (!grouped) {
    return {
      entitled: true,
      why: 'Calls 2021–2023: students going to a third country not associated (other than region 14 and AD/MC/SM/VA) receive travel support.',
    };
  }
  if (ISLAND_STATES.has(sending.info.code) || sending.info.territory !== undefined) {
    return {
      entitled: true,
      why: 'Calls 2021–2023: students from Cyprus, Iceland, Malta, outermost regions and OCTs receive travel support.',
    };
  }
  if (m.format === 'short-term' && m.participant?.fewerOpportunities === true) {
    return {
      entitled: true,
      why: 'Calls 2021–2023: short-term students with fewer opportunities receive travel support.',
    };
  }
  return {
    entitled: false,
    why: 'Calls 2021–2023: this student is not in a case that receives travel support.',
  };
}

const DISTANCE_MISSING =
  'Travel support is missing: no travel distance or coordinates were given (travel.distanceKm from the European Commission distance calculator at https://erasmus-plus.ec.europa.eu/resources-and-tools/distance-calculator, or travel.from and travel.to), so it is not computed and the total leaves it out.';

/** The one-way distance of the mobility, or `undefined` when none was given. */
function distanceOf(ctx: GrantContext): number | undefined {
  const travel = ctx.m.travel;
  if (travel?.distanceKm !== undefined) return travel.distanceKm;
  if (travel?.from && travel.to) {
    const km = greatCircleDistanceKm(travel.from, travel.to);
    warn(
      ctx,
      'distance-estimated',
      `The distance (${km.toFixed(1)} km) was computed from coordinates by the haversine formula; the European Commission's distance calculator is authoritative and may differ near a band limit.`,
    );
    return km;
  }
  return undefined;
}

/** Adds the travel line (band or exceptional costs) of an entitled participant. */
export function addTravel(ctx: GrantContext, why: string): void {
  const { m, pack } = ctx;
  const km = distanceOf(ctx);
  if (km === undefined) {
    leaveOut(ctx, 'travel', 'distance-missing', DISTANCE_MISSING);
    return;
  }
  const cite = fundingRules(pack.callYear, m.action);
  const green = m.travel?.green === true;
  const band = bandOf(pack, km, m.action, green);
  const kmText = `${Number.isInteger(km) ? km : Number(km.toFixed(1))} km one way`;
  if (band.band === null || band.figure === undefined) {
    ctx.lines.push(
      oneOffLine({
        kind: 'travel',
        unit: 'trip',
        amount: ZERO,
        basis: `${kmText}: under ${pack.travelBands[m.action][0]?.fromKm ?? 10} km, no travel grant`,
        rule: `${why} Below the first distance band there is no travel grant (${cite}).`,
        figures: [],
      }),
    );
    return;
  }
  if (band.greenUnavailable) {
    warn(
      ctx,
      'green-not-available',
      `Green travel was declared, but the ${describeBand(band.band)} band of call ${pack.callYear} has no green amount: the standard amount was paid.`,
      [band.figure.path],
    );
  }
  const amount = bandAmount(band.amount);
  const bandText = `${band.green ? 'green' : 'standard'} band ${describeBand(band.band)}`;
  const real = m.travel?.realCostEur;
  if (real !== undefined) {
    const he = m.action === 'KA131-HED' || m.action === 'KA171-HED';
    const rule = he ? pack.exceptionalTravel.he : pack.exceptionalTravel.vetSchAdu;
    const prefix = he ? 'exceptionalTravel.he' : 'exceptionalTravel.vetSchAdu';
    const realCost = new Decimal(real);
    const threshold = ratio(rule.coverageThreshold.value);
    const share = ratio(rule.reimbursedShare.value);
    const covered = realCost.isZero() ? undefined : amount.dividedBy(realCost);
    const ruleFigures = [
      usedFigure(`${prefix}.coverageThreshold`, rule.coverageThreshold),
      usedFigure(`${prefix}.reimbursedShare`, rule.reimbursedShare),
    ];
    const coverText = covered
      ? `the ${euros(amount)} ${bandText} covers ${percent(covered.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))} of the real cost ${euros(realCost)}`
      : `the real cost is ${euros(realCost)}`;
    if (covered?.lessThan(threshold)) {
      const paid = realCost.times(share);
      ctx.lines.push(
        oneOffLine({
          kind: 'exceptional-travel',
          unit: 'trip',
          amount: paid,
          basis: `${percent(share)} × real cost ${euros(realCost)} (${kmText}; ${coverText}, less than ${percent(threshold)})`,
          rule: `${why} Exceptional costs for expensive travel replace the band amount when it covers less than ${percent(threshold)} of the real cost (${cite}; ${EXCEPTIONAL_TRAVEL_WIKI}); the real cost must be justified.`,
          figures: [band.figure, ...ruleFigures],
        }),
      );
      return;
    }
    ctx.lines.push(
      oneOffLine({
        kind: 'travel',
        unit: 'trip',
        amount,
        basis: `${kmText}: ${bandText}, return trip (${coverText}: no exceptional costs)`,
        rule: `${why} One-way distance chooses the band; the band pays the return trip (${cite}; ${EXCEPTIONAL_TRAVEL_WIKI}).`,
        figures: [band.figure, ...ruleFigures],
      }),
    );
    return;
  }
  ctx.lines.push(
    oneOffLine({
      kind: 'travel',
      unit: 'trip',
      amount,
      basis: `${kmText}: ${bandText}, return trip`,
      rule: `${why} One-way distance chooses the band; the band pays the return trip; standard and green amounts are alternatives (${cite}).`,
      figures: [band.figure],
    }),
  );
}
