/**
 * A fast path for validating mobilities (internal). It accepts only plain mobilities that are
 * valid as they stand — plain objects, known keys, no key set to `undefined` — and returns the
 * very object `MobilityInputSchema` would return (same keys in the same order, country codes
 * canonical, `realCostEur` as a two-place string). Anything else, valid or not, gets `undefined`
 * and goes to the zod schema, which also writes the error messages. A property test
 * (test/mobility/fastMobility.prop.test.ts) checks that whatever the fast path accepts, the schema
 * accepts with an equal result, and that it accepts nothing the schema rejects.
 *
 * Keys are read as the schema reads unknown keys, with `for…in` (own and inherited enumerable
 * keys), each present key once: probing every optional field by name costs several times more
 * on objects of many shapes.
 *
 * @module
 */
import { isCallYear } from '../_lib/callYear.js';
import { type IsoDate, packedDate } from '../_lib/dates.js';
import { Decimal } from '../_lib/decimal.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { canonicalCountryCode } from '../programme/CountryCodeSchema.js';
import type { CountryCode } from '../programme/countryCodes.js';
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
    if (!MONEY_STRING.test(value)) return undefined;
    // Whole euros (at most 12 digits, so exact as a number): no Decimal needed.
    if (value.indexOf('.') < 0) return `${Number(value)}.00` as MoneyString;
    return formatMoney(new Decimal(value));
  }
  if (!isNumberIn(value, 0, 1e12)) return undefined;
  if (Number.isInteger(value)) return `${value === 0 ? 0 : value}.00` as MoneyString;
  const decimal = new Decimal(value);
  return decimal.decimalPlaces() <= 2 ? formatMoney(decimal) : undefined;
}

/** Canonical codes of the country codes seen (only valid two-letter codes are kept). */
const canonicalCodes = new Map<string, CountryCode>();

/** {@link canonicalCountryCode}, remembered: at most 52 × 52 two-letter strings can be valid. */
function countryCode(value: unknown): CountryCode | undefined {
  if (typeof value !== 'string') return undefined;
  let code = canonicalCodes.get(value);
  if (code === undefined) {
    code = canonicalCountryCode(value);
    if (code !== undefined) canonicalCodes.set(value, code);
  }
  return code;
}

/** `{ lat, lon }` as the schema returns it, or `undefined`. */
function fastPoint(value: unknown): { lat: number; lon: number } | undefined {
  if (!isPlain(value)) return undefined;
  let lat: unknown;
  let lon: unknown;
  for (const key in value) {
    if (key === 'lat') lat = value[key];
    else if (key === 'lon') lon = value[key];
    else return undefined;
  }
  if (!isNumberIn(lat, -90, 90) || !isNumberIn(lon, -180, 180)) return undefined;
  return { lat, lon };
}

/** The `travel` object as the schema returns it, or `undefined`. */
function fastTravel(input: unknown): Fields<TravelKey> | undefined {
  if (!isPlain(input)) return undefined;
  let distanceKm: unknown;
  let fromIn: unknown;
  let toIn: unknown;
  let green: unknown;
  let realCostEur: unknown;
  for (const key in input) {
    const field = input[key];
    if (field === undefined) return undefined;
    switch (key) {
      case 'distanceKm':
        distanceKm = field;
        break;
      case 'from':
        fromIn = field;
        break;
      case 'to':
        toIn = field;
        break;
      case 'green':
        green = field;
        break;
      case 'realCostEur':
        realCostEur = field;
        break;
      default:
        return undefined;
    }
  }
  const out: Fields<TravelKey> = {};
  if (distanceKm !== undefined) {
    if (!isNumberIn(distanceKm, 0, 40_100)) return undefined;
    out.distanceKm = distanceKm;
  }
  const hasFrom = fromIn !== undefined;
  // Both ends or none, and never together with distanceKm: the schema's cross-field rules.
  if (hasFrom !== (toIn !== undefined) || (hasFrom && distanceKm !== undefined)) return undefined;
  if (hasFrom) {
    const from = fastPoint(fromIn);
    const to = fastPoint(toIn);
    if (from === undefined || to === undefined) return undefined;
    out.from = from;
    out.to = to;
  }
  if (green !== undefined) {
    if (typeof green !== 'boolean') return undefined;
    out.green = green;
  }
  if (realCostEur !== undefined) {
    const euros = fastEuros(realCostEur);
    if (euros === undefined) return undefined;
    out.realCostEur = euros;
  }
  return out;
}

/** The `participant` object as the schema returns it, or `undefined`. */
function fastParticipant(input: unknown): Fields<ParticipantKey> | undefined {
  if (!isPlain(input)) return undefined;
  let fewerOpportunities: unknown;
  let recentGraduate: unknown;
  let graduationDate: unknown;
  let residenceCountry: unknown;
  let previousMonthsInCycle: unknown;
  let previousShortTermDaysInCycle: unknown;
  let singleCycleProgramme: unknown;
  for (const key in input) {
    const field = input[key];
    if (field === undefined) return undefined;
    switch (key) {
      case 'fewerOpportunities':
        fewerOpportunities = field;
        break;
      case 'recentGraduate':
        recentGraduate = field;
        break;
      case 'graduationDate':
        graduationDate = field;
        break;
      case 'residenceCountry':
        residenceCountry = field;
        break;
      case 'previousMonthsInCycle':
        previousMonthsInCycle = field;
        break;
      case 'previousShortTermDaysInCycle':
        previousShortTermDaysInCycle = field;
        break;
      case 'singleCycleProgramme':
        singleCycleProgramme = field;
        break;
      default:
        return undefined;
    }
  }
  const out: Fields<ParticipantKey> = {};
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
    const code = countryCode(residenceCountry);
    if (code === undefined) return undefined;
    out.residenceCountry = code;
  }
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
  // One pass over the keys, as the schema sees them (`for…in`: own and inherited enumerable
  // keys): a known key is read once, an unknown key or an explicit `undefined` is left to the
  // schema. Reading only the keys present is much faster than probing every field by name.
  let action: unknown;
  let activity: unknown;
  let callYear: unknown;
  let format: unknown;
  let blended: unknown;
  let sending: unknown;
  let receiving: unknown;
  let startDate: unknown;
  let endDate: unknown;
  let travelDays: unknown;
  let interruptionDays: unknown;
  let nonFundedDays: unknown;
  let virtualDays: unknown;
  let travelIn: unknown;
  let participantIn: unknown;
  let zeroGrant: unknown;
  let forceMajeure: unknown;
  let bip: unknown;
  let doctoral: unknown;
  let ects: unknown;
  for (const key in value) {
    const field = value[key];
    if (field === undefined) return undefined;
    switch (key) {
      case 'action':
        action = field;
        break;
      case 'activity':
        activity = field;
        break;
      case 'callYear':
        callYear = field;
        break;
      case 'format':
        format = field;
        break;
      case 'blended':
        blended = field;
        break;
      case 'sendingCountry':
        sending = field;
        break;
      case 'receivingCountry':
        receiving = field;
        break;
      case 'startDate':
        startDate = field;
        break;
      case 'endDate':
        endDate = field;
        break;
      case 'travelDays':
        travelDays = field;
        break;
      case 'interruptionDays':
        interruptionDays = field;
        break;
      case 'nonFundedDays':
        nonFundedDays = field;
        break;
      case 'virtualDays':
        virtualDays = field;
        break;
      case 'travel':
        travelIn = field;
        break;
      case 'participant':
        participantIn = field;
        break;
      case 'zeroGrant':
        zeroGrant = field;
        break;
      case 'forceMajeure':
        forceMajeure = field;
        break;
      case 'bip':
        bip = field;
        break;
      case 'doctoral':
        doctoral = field;
        break;
      case 'ects':
        ects = field;
        break;
      default:
        return undefined;
    }
  }
  const activities = typeof action === 'string' ? ACTIVITIES.get(action) : undefined;
  if (activities === undefined || typeof activity !== 'string' || !activities.has(activity)) {
    return undefined;
  }
  // bip, doctoral and ects exist in KA131-HED and KA171-HED only.
  if (
    !isHigherEducation(action as string) &&
    (bip !== undefined || doctoral !== undefined || ects !== undefined)
  ) {
    return undefined;
  }
  if (!isCallYear(callYear)) return undefined;
  if (format !== undefined && format !== 'long-term' && format !== 'short-term') return undefined;
  if (!optionalBoolean(blended)) return undefined;
  const sendingCountry = countryCode(sending);
  const receivingCountry = countryCode(receiving);
  if (sendingCountry === undefined || receivingCountry === undefined) return undefined;
  if (typeof startDate !== 'string' || typeof endDate !== 'string') return undefined;
  const start = packedDate(startDate);
  const end = packedDate(endDate);
  if (start < 0 || end < 0 || end < start) return undefined;
  if (
    !optionalDayCount(travelDays) ||
    !optionalDayCount(interruptionDays) ||
    !optionalDayCount(nonFundedDays) ||
    !optionalDayCount(virtualDays)
  ) {
    return undefined;
  }
  let travel: Fields<TravelKey> | undefined;
  if (travelIn !== undefined) {
    travel = fastTravel(travelIn);
    if (travel === undefined) return undefined;
  }
  let participant: Fields<ParticipantKey> | undefined;
  if (participantIn !== undefined) {
    participant = fastParticipant(participantIn);
    if (participant === undefined) return undefined;
  }
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
