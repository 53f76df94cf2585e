/**
 * Satisfaction targets ("not less than 85% satisfied") judged from survey counts with a confidence interval.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'erasmus-kit/satisfaction';
 * ```
 *
 * @module satisfaction
 */

export {
  evaluateSatisfaction,
  safeEvaluateSatisfaction,
} from '../satisfaction/evaluateSatisfaction.js';
export {
  evaluateSatisfactionSchedule,
  type SatisfactionScheduleResult,
  type SatisfactionYear,
  safeEvaluateSatisfactionSchedule,
} from '../satisfaction/evaluateSatisfactionSchedule.js';
export type {
  EvaluateSatisfactionOptions,
  InsufficientDataReason,
  SatisfactionAnswers,
  SatisfactionCounts,
  SatisfactionInput,
  SatisfactionLikert,
  SatisfactionResult,
  SatisfactionTarget,
  SatisfactionThreshold,
  SatisfactionVerdict,
  ShareInput,
  WilsonInterval,
  WilsonIntervalOptions,
} from '../satisfaction/types.js';
export { safeWilsonInterval, wilsonInterval } from '../satisfaction/wilsonInterval.js';
