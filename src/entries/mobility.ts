/**
 * A mobility as input, its eligibility and its duration, and the distance between two places with its travel band.
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'erasmus-kit/mobility';
 *
 * const check = checkEligibility({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   sendingCountry: 'DE',
 *   receivingCountry: 'ES',
 *   startDate: '2024-09-01',
 *   endDate: '2025-01-31',
 * });
 * check.eligible; // true
 * ```
 *
 * @module mobility
 */

export { type IsoDate, IsoDateSchema, parseIsoDate, safeParseIsoDate } from '../_lib/dates.js';
export type { DeepReadonly } from '../_lib/freeze.js';
export {
  type DistanceBandOptions,
  type DistanceBandResult,
  distanceBand,
  safeDistanceBand,
} from '../distance/distanceBand.js';
export {
  EARTH_MEAN_RADIUS_KM,
  type GeoPoint,
  GeoPointSchema,
  greatCircleDistanceKm,
  safeGreatCircleDistanceKm,
} from '../distance/greatCircleDistanceKm.js';
export { checkEligibility, safeCheckEligibility } from '../mobility/checkEligibility.js';
export {
  computeDuration,
  type Duration,
  safeComputeDuration,
} from '../mobility/computeDuration.js';
export type { DayCountMethod } from '../mobility/countDays.js';
export type {
  EligibilityIssue,
  EligibilityResult,
  EligibilityRule,
} from '../mobility/eligibility/types.js';
export {
  ELIGIBILITY_ISSUE_CODES,
  type EligibilityIssueCode,
  type EligibilityIssueCodeInfo,
} from '../mobility/issueCodes.js';
export {
  type Mobility,
  type MobilityInput,
  MobilityInputSchema,
  parseMobility,
  safeParseMobility,
} from '../mobility/MobilityInputSchema.js';
