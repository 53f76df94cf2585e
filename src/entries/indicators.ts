/**
 * Indicators of an internationalisation action plan: yearly targets against actuals, forecasts, and a whole plan evaluated.
 *
 * @example
 * ```ts
 * import { parseIndicator } from 'erasmus-kit/indicators';
 * ```
 *
 * @module indicators
 */

export {
  ActualSchema,
  ActualsSchema,
  parseActuals,
  safeParseActuals,
} from '../indicators/actualSchema.js';
export type {
  Actual,
  ActualBase,
  EventCounts,
  MilestoneStatus,
  PerUnitCounts,
} from '../indicators/actualTypes.js';
export {
  type CountedMobility,
  type CountMobilitiesOptions,
  countMobilities,
  safeCountMobilities,
} from '../indicators/countMobilities.js';
export { evaluateIndicator, safeEvaluateIndicator } from '../indicators/evaluateIndicator.js';
export { evaluatePlan, safeEvaluatePlan } from '../indicators/evaluatePlan.js';
export type {
  EvaluateIndicatorOptions,
  EvaluationWarning,
  Forecast,
  IndicatorEvaluation,
  OverallStatus,
  PartialYear,
  PlanEvaluation,
  RagThresholds,
  RollUp,
  YearEvaluation,
  YearStatus,
} from '../indicators/evaluationTypes.js';
export {
  IndicatorSchema,
  parseIndicator,
  safeParseIndicator,
} from '../indicators/indicatorSchema.js';
export type {
  Aggregation,
  Baseline,
  Direction,
  EventDrivenIndicator,
  FrequencyIndicator,
  Indicator,
  IndicatorBase,
  IndicatorKind,
  LimitIndicator,
  MilestoneIndicator,
  NumericIndicator,
  PercentageIndicator,
  PerUnitIndicator,
  TargetRange,
  YearTargets,
} from '../indicators/indicatorTypes.js';
export { parseStrategy, StrategySchema, safeParseStrategy } from '../indicators/strategySchema.js';
export type {
  PlanAction,
  PlanGoal,
  PlanObjective,
  Strategy,
  StrategyInstitution,
  StrategyPhase,
  Swot,
} from '../indicators/strategyTypes.js';
