/**
 * A fast path for validating mobilities (internal). It accepts only plain mobilities that are
 * valid as they stand — plain objects, known keys, no key set to `undefined` — and returns the
 * very object `MobilityInputSchema` would return (same keys in the same order, country codes
 * canonical, `realCostEur` as a two-place string). Anything else, valid or not, gets `undefined`
 * and goes to the zod schema, which also writes the error messages. A property test
 * (test/mobility/fastMobility.prop.test.ts) checks that whatever the fast path accepts, the schema
 * accepts with an equal result, and that it accepts nothing the schema rejects.
 *
 * @module
 */
import { isCallYear } from '../_lib/callYear.js';
import { type IsoDate, packedDate } from '../_lib/dates.js';
import { Decimal } from '../_lib/decimal.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { canonicalCountryCode } from '../programme/CountryCodeSchema.js';
import { ACTIVITIES_BY_ACTION } from '../rules/vocabulary.js';
import { dayCountMethodOf, isHigherEducation, isStudentActivity } from './activityKinds.js';
import { countDays } from './countDays.js';

type Plain = Record<string, unknown>;
/** Named optional fields of unknown type (input being checked, or output being built). */
type Fields<K extends string> = { [P in K]?: unknown };
type TravelKey = 'distanceKm' | 'from' | 'to' | 'green' | 'realCostEur';
type ParticipantKey =
  | 'fewerOpportunities'
  | 'recentGraduate'
  | 'graduationDate'
  | 'residenceCountry'
  | 'previousMonthsInCycle'
  | 'previousShortTermDaysInCycle'
  | 'singleCycleProgramme';
type MobilityKey =
  | 'action'
  | 'activity'
  | 'callYear'
  | 'format'
  | 'blended'
  | 'sendingCountry'
  | 'receivingCountry'
  | 'startDate'
  | 'endDate'
  | 'travelDays'
  | 'interruptionDays'
  | 'nonFundedDays'
  | 'virtualDays'
  | 'travel'
  | 'participant'
  | 'zeroGrant'
  | 'forceMajeure'
  | 'bip'
  | 'doctoral'
  | 'ects';

/** Activities allowed per action, as sets. */
const ACTIVITIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ACTIVITIES_BY_ACTION).map(([action, list]) => [action, new Set<string>(list)]),
);

/** An object literal (or a null-prototype object), not an array, a class instance or a proxy of one. */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

const isDayCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

const MONEY_STRING = /^\d{1,12}(\.\d{1,2})?$/;

/** Euros as the schema stores them (`"120.50"`), or `undefined` when the schema might object. */
function fastEuros(value: unknown): MoneyString | undefined {
  if (typeof value === 'string') {
    return MONEY_STRING.test(value) ? formatMoney(new Decimal(value)) : undefined;
  }
  if (!isNumberIn(value, 0, 1e12)) return undefined;
  const decimal = new Decimal(value);
  return decimal.decimalPlaces() <= 2 ? formatMoney(decimal) : undefined;
}

/** `{ lat, lon }` as the schema returns it, or `undefined`. */
function fastPoint(value: unknown): { lat: number; lon: number } | undefined {
  if (!isPlain(value)) return undefined;
  let keys = 0;
  for (const key in value) {
    if ((key !== 'lat' && key !== 'lon') || !Object.hasOwn(value, key)) return undefined;
    keys += 1;
  }
  const { lat, lon } = value;
  if (keys !== 2 || !isNumberIn(lat, -90, 90) || !isNumberIn(lon, -180, 180)) return undefined;
  return { lat, lon };
}

const TRAVEL_KEYS: ReadonlySet<string> = new Set([
  'distanceKm',
  'from',
  'to',
  'green',
  'realCostEur',
]);

/** The `travel` object as the schema returns it, or `undefined`. */
function fastTravel(input: unknown): Fields<TravelKey> | undefined {
  if (!isPlain(input)) return undefined;
  for (const key in input) {
    if (!TRAVEL_KEYS.has(key) || !Object.hasOwn(input, key) || input[key] === undefined) {
      return undefined;
    }
  }
  const value: Fields<TravelKey> = input;
  const out: Fields<TravelKey> = {};
  const { distanceKm, green } = value;
  if (distanceKm !== undefined) {
    if (!isNumberIn(distanceKm, 0, 40_100)) return undefined;
    out.distanceKm = distanceKm;
  }
  const hasFrom = value.from !== undefined;
  const hasTo = value.to !== undefined;
  // Both ends or none, and never together with distanceKm: the schema's cross-field rules.
  if (hasFrom !== hasTo || (hasFrom && distanceKm !== undefined)) return undefined;
  if (hasFrom) {
    const from = fastPoint(value.from);
    const to = fastPoint(value.to);
    if (from === undefined || to === undefined) return undefined;
    out.from = from;
    out.to = to;
  }
  if (green !== undefined) {
    if (typeof green !== 'boolean') return undefined;
    out.green = green;
  }
  if (value.realCostEur !== undefined) {
    const euros = fastEuros(value.realCostEur);
    if (euros === undefined) return undefined;
    out.realCostEur = euros;
  }
  return out;
}

const PARTICIPANT_KEYS: ReadonlySet<string> = new Set([
  'fewerOpportunities',
  'recentGraduate',
  'graduationDate',
  'residenceCountry',
  'previousMonthsInCycle',
  'previousShortTermDaysInCycle',
  'singleCycleProgramme',
]);

/** The `participant` object as the schema returns it, or `undefined`. */
function fastParticipant(input: unknown): Fields<ParticipantKey> | undefined {
  if (!isPlain(input)) return undefined;
  for (const key in input) {
    if (!PARTICIPANT_KEYS.has(key) || !Object.hasOwn(input, key) || input[key] === undefined) {
      return undefined;
    }
  }
  const value: Fields<ParticipantKey> = input;
  const out: Fields<ParticipantKey> = {};
  const { fewerOpportunities, recentGraduate, graduationDate, residenceCountry } = value;
  if (fewerOpportunities !== undefined) {
    if (typeof fewerOpportunities !== 'boolean') return undefined;
    out.fewerOpportunities = fewerOpportunities;
  }
  if (recentGraduate !== undefined) {
    if (typeof recentGraduate !== 'boolean') return undefined;
    out.recentGraduate = recentGraduate;
  }
  if (graduationDate !== undefined) {
    if (typeof graduationDate !== 'string' || packedDate(graduationDate) < 0) return undefined;
    out.graduationDate = graduationDate;
  }
  if (residenceCountry !== undefined) {
    const code =
      typeof residenceCountry === 'string' ? canonicalCountryCode(residenceCountry) : undefined;
    if (code === undefined) return undefined;
    out.residenceCountry = code;
  }
  const { previousMonthsInCycle, previousShortTermDaysInCycle, singleCycleProgramme } = value;
  if (previousMonthsInCycle !== undefined) {
    if (!isNumberIn(previousMonthsInCycle, 0, 100)) return undefined;
    out.previousMonthsInCycle = previousMonthsInCycle;
  }
  if (previousShortTermDaysInCycle !== undefined) {
    if (!isDayCount(previousShortTermDaysInCycle)) return undefined;
    out.previousShortTermDaysInCycle = previousShortTermDaysInCycle;
  }
  if (singleCycleProgramme !== undefined) {
    if (typeof singleCycleProgramme !== 'boolean') return undefined;
    out.singleCycleProgramme = singleCycleProgramme;
  }
  return out;
}

/** Keys of every action, and the keys of KA131-HED / KA171-HED only. */
const COMMON_KEYS: ReadonlySet<string> = new Set([
  'action',
  'activity',
  'callYear',
  'format',
  'blended',
  'sendingCountry',
  'receivingCountry',
  'startDate',
  'endDate',
  'travelDays',
  'interruptionDays',
  'nonFundedDays',
  'virtualDays',
  'travel',
  'participant',
  'zeroGrant',
  'forceMajeure',
]);
const HE_KEYS: ReadonlySet<string> = new Set(['bip', 'doctoral', 'ects']);

const optionalBoolean = (value: unknown): boolean =>
  value === undefined || typeof value === 'boolean';
const optionalDayCount = (value: unknown): boolean => value === undefined || isDayCount(value);

/**
 * The mobility exactly as `MobilityInputSchema` would return it (a new, unfrozen object), when
 * `input` is a plain, valid mobility; `undefined` when it is not, or when the fast path does not
 * handle its shape — then use the schema.
 */
export function fastParseMobility(value: unknown): Fields<MobilityKey> | undefined {
  if (!isPlain(value)) return undefined;
  const input: Fields<MobilityKey> = value;
  const { action, activity } = input;
  const activities = typeof action === 'string' ? ACTIVITIES.get(action) : undefined;
  if (activities === undefined || typeof activity !== 'string' || !activities.has(activity)) {
    return undefined;
  }
  const he = isHigherEducation(action as string);
  for (const key in value) {
    if (
      !(COMMON_KEYS.has(key) || (he && HE_KEYS.has(key))) ||
      !Object.hasOwn(value, key) ||
      value[key] === undefined
    ) {
      return undefined;
    }
  }

  const { callYear, format, blended, startDate, endDate } = input;
  if (!isCallYear(callYear)) return undefined;
  if (format !== undefined && format !== 'long-term' && format !== 'short-term') return undefined;
  if (!optionalBoolean(blended)) return undefined;
  const sendingCountry =
    typeof input.sendingCountry === 'string'
      ? canonicalCountryCode(input.sendingCountry)
      : undefined;
  const receivingCountry =
    typeof input.receivingCountry === 'string'
      ? canonicalCountryCode(input.receivingCountry)
      : undefined;
  if (sendingCountry === undefined || receivingCountry === undefined) return undefined;
  if (typeof startDate !== 'string' || typeof endDate !== 'string') return undefined;
  const start = packedDate(startDate);
  const end = packedDate(endDate);
  if (start < 0 || end < 0 || end < start) return undefined;
  const { travelDays, interruptionDays, nonFundedDays, virtualDays } = input;
  if (
    !optionalDayCount(travelDays) ||
    !optionalDayCount(interruptionDays) ||
    !optionalDayCount(nonFundedDays) ||
    !optionalDayCount(virtualDays)
  ) {
    return undefined;
  }
  let travel: Fields<TravelKey> | undefined;
  if (input.travel !== undefined) {
    travel = fastTravel(input.travel);
    if (travel === undefined) return undefined;
  }
  let participant: Fields<ParticipantKey> | undefined;
  if (input.participant !== undefined) {
    participant = fastParticipant(input.participant);
    if (participant === undefined) return undefined;
  }
  const { zeroGrant, forceMajeure, bip, doctoral, ects } = input;
  if (!optionalBoolean(zeroGrant) || !optionalBoolean(forceMajeure)) return undefined;
  if (!optionalBoolean(bip) || !optionalBoolean(doctoral)) return undefined;
  if (ects !== undefined && !isNumberIn(ects, 0, 120)) return undefined;

  // The schema's cross-field rules (checkConsistency in MobilityInputSchema.ts).
  const student = isStudentActivity(action as string, activity);
  if (student ? format === undefined : format !== undefined && format !== impliedFormat(activity)) {
    return undefined;
  }
  if (doctoral === true && !student) return undefined;
  const method = dayCountMethodOf({
    action: action as string,
    activity,
    format: format as 'long-term' | 'short-term' | undefined,
  });
  if (method !== undefined) {
    const calculated = countDays(method, startDate as IsoDate, endDate as IsoDate);
    const interruptions = (interruptionDays as number | undefined) ?? 0;
    if (interruptions + ((nonFundedDays as number | undefined) ?? 0) > calculated) return undefined;
  }

  // The schema's key order: action, activity, the common keys, then the HE-only keys.
  const out: Fields<MobilityKey> = { action, activity, callYear };
  if (format !== undefined) out.format = format;
  if (blended !== undefined) out.blended = blended;
  out.sendingCountry = sendingCountry;
  out.receivingCountry = receivingCountry;
  out.startDate = startDate;
  out.endDate = endDate;
  if (travelDays !== undefined) out.travelDays = travelDays;
  if (interruptionDays !== undefined) out.interruptionDays = interruptionDays;
  if (nonFundedDays !== undefined) out.nonFundedDays = nonFundedDays;
  if (virtualDays !== undefined) out.virtualDays = virtualDays;
  if (travel !== undefined) out.travel = travel;
  if (participant !== undefined) out.participant = participant;
  if (zeroGrant !== undefined) out.zeroGrant = zeroGrant;
  if (forceMajeure !== undefined) out.forceMajeure = forceMajeure;
  if (bip !== undefined) out.bip = bip;
  if (doctoral !== undefined) out.doctoral = doctoral;
  if (ects !== undefined) out.ects = ects;
  return out;
}

/** The format a non-student activity implies. */
function impliedFormat(activity: string): 'long-term' | 'short-term' {
  return activity === 'learner-long-term' ? 'long-term' : 'short-term';
}
