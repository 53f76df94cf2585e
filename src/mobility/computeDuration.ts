import type { CallYear } from '../_lib/callYear.js';
import type { FigureUsed } from '../_lib/provenance.js';
import { type SafeResult, toSafe } from '../_lib/zod.js';
import { getRules } from '../rules/getRules.js';
import type { RulePack } from '../rules/types.js';
import { dayCountMethodOf } from './activityKinds.js';
import { countDays, type DayCountMethod, toMonthsAndDays } from './countDays.js';
import { type Mobility, type MobilityInput, parseMobility } from './MobilityInputSchema.js';
import { type ActivityFigures, activityFigures, travelDayAllowanceFor } from './mobilityRules.js';

/**
 * The duration of a mobility as the Beneficiary Module counts it, field by field in the BM's
 * reporting order (the fields of the Erasmus Without Paper BM reporting schema,
 * https://github.com/erasmus-without-paper/ewp-specs-api-bm-mobilities/blob/7af912686d0572e5b51097ecd280e9ce30f8bf2d/endpoints/report-request.xsd).
 * All counts are whole days ≥ 0.
 *
 * `calculatedDays` → minus `interruptionDays` → `mobilityDays` (the min/max checks run on it) →
 * minus `nonFundedDays` → `fundedStayDays` → plus funded `travelDays` → `fundedDays` =
 * `fullMonths` × 30 + `extraDays`.
 *
 * @example
 * ```ts
 * import { type Duration, computeDuration } from 'erasmus-kit';
 * const duration: Duration = computeDuration({
 *   action: 'KA131-HED',
 *   callYear: 2023,
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   sendingCountry: 'DE',
 *   receivingCountry: 'ES',
 *   startDate: '2023-01-01',
 *   endDate: '2023-04-15',
 * });
 * duration.calculatedDays; // 105
 * [duration.fullMonths, duration.extraDays]; // [3, 15]
 * ```
 */
export interface Duration {
  /** The call year whose rules were applied. */
  readonly callYear: CallYear;
  /**
   * How days were counted: `'30/360'` (every month 30 days; a 31st counts as the 30th) for
   * long-term student mobility, `'calendar'` for everything else.
   */
  readonly method: DayCountMethod;
  /** BM `duration-calculated`: days from `startDate` to `endDate`, both included, travel excluded. */
  readonly calculatedDays: number;
  /** BM `interruption-duration`: the interruptions given in the input (0 if none). */
  readonly interruptionDays: number;
  /**
   * BM `mobility-duration`: `calculatedDays − interruptionDays`. The minimum and maximum duration
   * of the activity are checked against this.
   */
  readonly mobilityDays: number;
  /** BM `nonfunded-duration`: days of the stay that receive no grant (0 if none). */
  readonly nonFundedDays: number;
  /** `mobilityDays − nonFundedDays`: the funded part of the stay, travel excluded. */
  readonly fundedStayDays: number;
  /** Travel days declared in the input (`travelDays`, 0 if not given). */
  readonly declaredTravelDays: number;
  /**
   * The most travel days the call year funds for this activity and means of travel (standard or
   * green), 0 when it funds none.
   */
  readonly travelDayAllowance: number;
  /** BM `funded-travel-days`: `min(declaredTravelDays, travelDayAllowance)`. */
  readonly travelDays: number;
  /**
   * BM `funded-duration` / `total-days`: `fundedStayDays + travelDays`, the days individual
   * support is paid for (a zero-grant mobility is still counted here; its grant is 0).
   */
  readonly fundedDays: number;
  /** BM `full-months`: whole 30-day months in `fundedDays`. */
  readonly fullMonths: number;
  /** BM `extra-days`: the days left over after `fullMonths` (0–29). */
  readonly extraDays: number;
  /** BM `virtual-days`: days of the virtual component of a blended mobility (0 if not given). */
  readonly virtualDays: number;
  /** The rule-pack figures used (the travel-day allowance), with their status. */
  readonly figures: readonly FigureUsed[];
}

/**
 * Computes the duration of an already validated mobility with the given pack (`figures`: the
 * pack's figures for its activity, when the caller has them already).
 */
export function durationOf(
  pack: RulePack,
  m: Mobility,
  figures: ActivityFigures = activityFigures(pack, m),
): Duration {
  // dayCountMethodOf is undefined only for a student mobility without format, which the schema
  // rejects; fall back to calendar days to stay total.
  const method = dayCountMethodOf(m) ?? 'calendar';
  const calculatedDays = countDays(method, m.startDate, m.endDate);
  const interruptionDays = m.interruptionDays ?? 0;
  const mobilityDays = calculatedDays - interruptionDays;
  const nonFundedDays = m.nonFundedDays ?? 0;
  const fundedStayDays = mobilityDays - nonFundedDays;
  const declaredTravelDays = m.travelDays ?? 0;
  const allowance = travelDayAllowanceFor(figures, m);
  const travelDayAllowance = allowance?.figure.value ?? 0;
  const travelDays = Math.min(declaredTravelDays, travelDayAllowance);
  const fundedDays = fundedStayDays + travelDays;
  const { months, days } = toMonthsAndDays(fundedDays);
  // Frozen all the way down without a deep freeze: the figures list is a frozen array of a frozen
  // record (whose sources are the frozen pack's), or the shared empty list.
  return Object.freeze({
    callYear: m.callYear,
    method,
    calculatedDays,
    interruptionDays,
    mobilityDays,
    nonFundedDays,
    fundedStayDays,
    declaredTravelDays,
    travelDayAllowance,
    travelDays,
    fundedDays,
    fullMonths: months,
    extraDays: days,
    virtualDays: m.virtualDays ?? 0,
    figures: allowance ? Object.freeze([allowance.used]) : NO_FIGURES,
  });
}

const NO_FIGURES: readonly FigureUsed[] = Object.freeze([]);

/**
 * Computes the duration of a mobility as the Beneficiary Module does (the counts of
 * https://wikis.ec.europa.eu/display/NAITDOC/Duration+Calculated+%28days%29+field+in+KA131+mobility+activities;
 * see docs/eligibility.md):
 *
 * 1. days from the dates, travel excluded — for long-term student mobility the 30/360 count
 *    `(Y2−Y1)·360 + (M2−M1)·30 + (min(D2,30) − min(D1,30)) + 1` (a 31st counts as the 30th; a
 *    period ending on 28 or 29 February counts that day as it is, so "February has 30 days" only
 *    when the period runs past it, and `checkEligibility` warns when that edge matters); calendar
 *    days `end − start + 1` for short-term student mobility and every staff, VET, school and
 *    adult mobility;
 * 2. minus interruptions → the mobility duration (the min/max checks use it);
 * 3. minus non-funded days, plus the funded travel days (declared `travelDays`, capped at the call
 *    year's allowance: typically 2 with standard travel, up to 6 with green travel);
 * 4. funded days split into 30-day months and extra days.
 *
 * Input is validated first: a bad mobility throws {@link InputError} (see {@link parseMobility}).
 *
 * @param mobility - the mobility (validated here)
 * @returns the {@link Duration}, deeply frozen
 *
 * @example
 * ```ts
 * import { computeDuration } from 'erasmus-kit';
 * const common = {
 *   action: 'KA131-HED',
 *   callYear: 2023,
 *   sendingCountry: 'DE',
 *   receivingCountry: 'FR',
 *   startDate: '2023-02-01',
 *   endDate: '2023-03-31',
 * } as const;
 * const student = computeDuration({ ...common, activity: 'student-studies', format: 'long-term' });
 * student.calculatedDays; // 60
 * student.method; // '30/360'
 * const staff = computeDuration({ ...common, activity: 'staff-training', travelDays: 2 });
 * staff.calculatedDays; // 59
 * staff.fundedDays; // 61
 * ```
 */
export function computeDuration(mobility: MobilityInput): Duration {
  const m = parseMobility(mobility);
  return durationOf(getRules(m.callYear), m);
}

const safeDuration = toSafe(computeDuration);

/**
 * The non-throwing twin of {@link computeDuration}.
 *
 * @param mobility - the mobility (validated here)
 * @returns `{ success: true, data }` with the {@link Duration}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeComputeDuration } from 'erasmus-kit';
 * const result = safeComputeDuration({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-training',
 *   sendingCountry: 'DE',
 *   receivingCountry: 'FR',
 *   startDate: '2024-05-10',
 *   endDate: '2024-05-01',
 * });
 * result.success; // false: endDate is before startDate
 * ```
 */
export function safeComputeDuration(mobility: MobilityInput): SafeResult<Duration> {
  return safeDuration(mobility);
}
