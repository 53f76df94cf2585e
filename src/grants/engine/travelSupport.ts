/**
 * Private: who receives travel support, and the travel line — the distance band (standard or
 * green), or exceptional costs for expensive travel (80 % of the real cost when the band covers
 * less than 70 % of it), never both.
 *
 * @module
 */
import { type Decimal, dec } from '../../_lib/decimal.js';
import { divMoney, formatMoney, mulMoney, ZERO } from '../../_lib/money.js';
import { bandOf, describeBand } from '../../distance/distanceBand.js';
import { greatCircleDistanceKm } from '../../distance/greatCircleDistanceKm.js';
import { isStudentActivity } from '../../mobility/activityKinds.js';
import { EXCEPTIONAL_TRAVEL_WIKI } from '../../rules/sources.js';
import type { TravelLineCalculation } from '../types.js';
import { type GrantContext, leaveOut, warn } from './context.js';
import { oneOffLine } from './lines.js';
import { type Amount, type BandRates, type Rate, rateAt } from './packIndex.js';
import { placeOf } from './places.js';
import { euros, percent } from './texts.js';

/** A travel line's calculation as data: one literal, so every travel line has one shape. */
function travelCalculation(
  distanceKm: number,
  band: { readonly fromKm: number; readonly belowKm: number | null } | null,
  green: boolean,
  realCost: TravelLineCalculation['realCost'],
): TravelLineCalculation {
  return {
    form: 'travel',
    distanceKm,
    band: band === null ? null : { fromKm: band.fromKm, belowKm: band.belowKm },
    green,
    realCost,
  };
}

const NO_AMOUNT: Amount = Object.freeze({ value: ZERO, text: '0.00' });

/** An exact amount with its two-place text. */
function amountOf(value: Decimal): Amount {
  return { value, text: formatMoney(value) };
}

/** Countries whose students always had travel support in calls 2021–2023. */
const ISLAND_STATES: ReadonlySet<string> = new Set(['CY', 'IS', 'MT']);

/** Whether a participant receives travel support, and why. */
export interface TravelEntitlement {
  /** Whether travel support is due. */
  readonly entitled: boolean;
  /** Why (or why not), in words. */
  readonly why: string;
}

const entitled = (why: string): TravelEntitlement => Object.freeze({ entitled: true, why });

const NOT_STUDENT = entitled(
  'Participants other than KA131 students always receive travel support.',
);
const KA171_STUDENT = entitled('KA171 students receive travel support.');
const FROM_2024 = entitled(
  'From call 2024 every KA131 student receives travel support (ka131.studentTravelSupport).',
);
const NOT_GROUPED = entitled(
  'Calls 2021–2023: students going to a third country not associated (other than region 14 and AD/MC/SM/VA) receive travel support.',
);
const ISLANDS = entitled(
  'Calls 2021–2023: students from Cyprus, Iceland, Malta, outermost regions and OCTs receive travel support.',
);
const FEWER_OPPORTUNITIES = entitled(
  'Calls 2021–2023: short-term students with fewer opportunities receive travel support.',
);
const NOT_ENTITLED: TravelEntitlement = Object.freeze({
  entitled: false,
  why: 'Calls 2021–2023: this student is not in a case that receives travel support.',
});

/**
 * Whether the mobility's participant receives travel support, and why (the Programme Guide's
 * higher-education funding rules of the call year): staff, KA171 and VET/school/adult
 * participants always; KA131 students from call 2024 always; in calls 2021–2023 only the listed
 * cases.
 */
export function travelEntitlement(ctx: GrantContext): TravelEntitlement {
  const { m, index } = ctx;
  const { pack } = index;
  if (!isStudentActivity(m.action, m.activity)) return NOT_STUDENT;
  if (m.action === 'KA171-HED') return KA171_STUDENT;
  if (pack.ka131.studentTravelSupport.value === 'all') return FROM_2024;
  const receiving = placeOf(m.receivingCountry, index);
  if (pack.countryGroups.he.groups[receiving.groupCode] === undefined) return NOT_GROUPED;
  const sending = placeOf(m.sendingCountry, index).info;
  if (ISLAND_STATES.has(sending.code) || sending.territory !== undefined) return ISLANDS;
  if (m.format === 'short-term' && m.participant?.fewerOpportunities === true) {
    return FEWER_OPPORTUNITIES;
  }
  return NOT_ENTITLED;
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
  const { m, index } = ctx;
  const { pack } = index;
  const km = distanceOf(ctx);
  if (km === undefined) {
    leaveOut(ctx, 'travel', 'distance-missing', DISTANCE_MISSING);
    return;
  }
  const cite = index.fundingRules[m.action];
  const band = bandOf(pack, km, m.action, m.travel?.green === true);
  const distanceKm = Number.isInteger(km) ? km : Number(km.toFixed(1));
  const kmText = `${distanceKm} km one way`;
  if (band.band === null || band.figure === undefined) {
    ctx.lines.push(
      oneOffLine(
        'travel',
        'trip',
        NO_AMOUNT,
        `${kmText}: under ${pack.travelBands[m.action][0]?.fromKm ?? 10} km, no travel grant`,
        `${why} Below the first distance band there is no travel grant (${cite}).`,
        [],
        travelCalculation(distanceKm, null, false, null),
      ),
    );
    return;
  }
  const rates = index.bands[m.action][band.band.index] as BandRates;
  const amount = band.green ? (rates.green as Rate) : rates.standard;
  if (band.greenUnavailable) {
    warn(
      ctx,
      'green-not-available',
      `Green travel was declared, but the ${describeBand(band.band)} band of call ${pack.callYear} has no green amount: the standard amount was paid.`,
      [amount.used.path],
    );
  }
  const bandText = `${band.green ? 'green' : 'standard'} band ${describeBand(band.band)}`;
  const chosen = band.band;
  const travel = (realCost: TravelLineCalculation['realCost']) =>
    travelCalculation(distanceKm, chosen, band.green, realCost);
  const real = m.travel?.realCostEur;
  if (real === undefined) {
    ctx.lines.push(
      oneOffLine(
        'travel',
        'trip',
        amount,
        `${kmText}: ${bandText}, return trip`,
        `${why} One-way distance chooses the band; the band pays the return trip; standard and green amounts are alternatives (${cite}).`,
        [amount.used],
        travel(null),
      ),
    );
    return;
  }
  const prefix =
    m.action === 'KA131-HED' || m.action === 'KA171-HED'
      ? 'exceptionalTravel.he'
      : 'exceptionalTravel.vetSchAdu';
  const threshold = rateAt(index, `${prefix}.coverageThreshold`);
  const share = rateAt(index, `${prefix}.reimbursedShare`);
  const realCost = dec(real);
  const covered = realCost.isZero() ? undefined : divMoney(amount.value, realCost);
  const figures = [amount.used, threshold.used, share.used];
  const calculation = travel({
    amount: real,
    bandAmount: amount.text,
    coveredShare: covered ? covered.toDecimalPlaces(4).toNumber() : null,
    threshold: threshold.value.toNumber(),
    reimbursedShare: share.value.toNumber(),
  });
  const coverText = covered
    ? `the €${amount.text} ${bandText} covers ${percent(covered, 2)} of the real cost ${euros(realCost)}`
    : `the real cost is ${euros(realCost)}`;
  if (covered?.lessThan(threshold.value)) {
    ctx.lines.push(
      oneOffLine(
        'exceptional-travel',
        'trip',
        amountOf(mulMoney(realCost, share.value)),
        `${percent(share.value)} × real cost ${euros(realCost)} (${kmText}; ${coverText}, less than ${percent(threshold.value)})`,
        `${why} Exceptional costs for expensive travel replace the band amount when it covers less than ${percent(threshold.value)} of the real cost (${cite}; ${EXCEPTIONAL_TRAVEL_WIKI}); the real cost must be justified.`,
        figures,
        calculation,
      ),
    );
    return;
  }
  ctx.lines.push(
    oneOffLine(
      'travel',
      'trip',
      amount,
      `${kmText}: ${bandText}, return trip (${coverText}: no exceptional costs)`,
      `${why} One-way distance chooses the band; the band pays the return trip (${cite}; ${EXCEPTIONAL_TRAVEL_WIKI}).`,
      figures,
      calculation,
    ),
  );
}
