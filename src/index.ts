/**
 * erasmus-kit: the rules of the Erasmus+ programme 2021–2027 as a typed, pure library.
 *
 * @packageDocumentation
 */

export { CALL_YEARS, type CallYear } from './_lib/callYear.js';
export { type IsoDate, IsoDateSchema, parseIsoDate, safeParseIsoDate } from './_lib/dates.js';
export { DEFAULT_ROUNDING, type MoneyString, type RoundingPolicy } from './_lib/money.js';
export type {
  Figure,
  FigureEntry,
  FigureStatus,
  FigureUsed,
  Provenance,
} from './_lib/provenance.js';
export type { SafeResult } from './_lib/zod.js';
export {
  type DistanceBandOptions,
  type DistanceBandResult,
  distanceBand,
  safeDistanceBand,
} from './distance/distanceBand.js';
export {
  EARTH_MEAN_RADIUS_KM,
  type GeoPoint,
  GeoPointSchema,
  greatCircleDistanceKm,
  safeGreatCircleDistanceKm,
} from './distance/greatCircleDistanceKm.js';
export { ErasmusKitError, InputError, type InputIssue, isErasmusKitError } from './errors.js';
export type {
  BudgetGroup,
  BudgetLine,
  BudgetLineKind,
  IncompleteBudgetEntry,
  ProjectBudget,
} from './grants/budgetTypes.js';
export { calculateGrant, safeCalculateGrant } from './grants/calculateGrant.js';
export { calculateGrants, safeCalculateGrants } from './grants/calculateGrants.js';
export {
  estimateProjectBudget,
  safeEstimateProjectBudget,
} from './grants/estimateProjectBudget.js';
export { type GrantOptions, GrantOptionsSchema } from './grants/GrantOptionsSchema.js';
export {
  type MobilityTemplate,
  type ProjectInput,
  ProjectInputSchema,
} from './grants/ProjectInputSchema.js';
export { safeSumAmounts, sumAmounts } from './grants/sumAmounts.js';
export type {
  GrantLine,
  GrantLineKind,
  GrantResult,
  GrantUnit,
  GrantWarning,
  GrantWarningCode,
  MissingPart,
  MissingReason,
} from './grants/types.js';
export {
  ActualSchema,
  ActualsSchema,
  parseActuals,
  safeParseActuals,
} from './indicators/actualSchema.js';
export type {
  Actual,
  ActualBase,
  EventCounts,
  MilestoneStatus,
  PerUnitCounts,
} from './indicators/actualTypes.js';
export {
  type CountMobilitiesOptions,
  countMobilities,
  safeCountMobilities,
} from './indicators/countMobilities.js';
export { evaluateIndicator, safeEvaluateIndicator } from './indicators/evaluateIndicator.js';
export { evaluatePlan, safeEvaluatePlan } from './indicators/evaluatePlan.js';
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
} from './indicators/evaluationTypes.js';
export {
  IndicatorSchema,
  parseIndicator,
  safeParseIndicator,
} from './indicators/indicatorSchema.js';
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
} from './indicators/indicatorTypes.js';
export { parseStrategy, StrategySchema, safeParseStrategy } from './indicators/strategySchema.js';
export type {
  PlanAction,
  PlanGoal,
  PlanObjective,
  Strategy,
  StrategyInstitution,
  StrategyPhase,
  Swot,
} from './indicators/strategyTypes.js';
export { INPUT_ISSUE_CODES, type InputIssueCode } from './inputIssueCodes.js';
export { type ErrorCode, type ErrorDetails, errorMessages } from './messages.js';
export { checkEligibility, safeCheckEligibility } from './mobility/checkEligibility.js';
export {
  computeDuration,
  type Duration,
  safeComputeDuration,
} from './mobility/computeDuration.js';
export type { DayCountMethod } from './mobility/countDays.js';
export type {
  EligibilityIssue,
  EligibilityResult,
  EligibilityRule,
} from './mobility/eligibility/types.js';
export {
  ELIGIBILITY_ISSUE_CODES,
  type EligibilityIssueCode,
  type EligibilityIssueCodeInfo,
} from './mobility/issueCodes.js';
export {
  type Mobility,
  type MobilityInput,
  MobilityInputSchema,
  parseMobility,
  safeParseMobility,
} from './mobility/MobilityInputSchema.js';
export { ACTION_CODES, type ActionCode } from './programme/actionCodes.js';
export {
  ActionCodeSchema,
  getAction,
  type ListActionsFilter,
  listActions,
  safeGetAction,
  safeListActions,
} from './programme/actions.js';
export type {
  ActionFunding,
  ActionInfo,
  ActionKind,
  ActionSector,
  KeyAction,
  ManagingBody,
  ProjectDuration,
} from './programme/actionTypes.js';
export {
  CountryCodeSchema,
  normalizeCountryCode,
  safeNormalizeCountryCode,
} from './programme/CountryCodeSchema.js';
export {
  type CountryInfo,
  type CountryStatus,
  type GetCountryOptions,
  getCountry,
  listCountries,
  safeGetCountry,
  safeListCountries,
  type Territory,
} from './programme/countries.js';
export type { CountryCode, RegionNumber } from './programme/countryCodes.js';
export {
  type CountryGroupTable,
  heCountryGroups,
  type LivingCostGroup,
  safeHeCountryGroups,
  safeVetSchAduCountryGroups,
  vetSchAduCountryGroups,
} from './programme/countryGroups.js';
export { listRegions, type RegionInfo } from './programme/regions.js';
export type { BeneficiaryModuleColumn } from './reconcile/bm/columns.js';
export {
  fromBeneficiaryModuleRows,
  safeFromBeneficiaryModuleRows,
} from './reconcile/bm/fromBeneficiaryModuleRows.js';
export type {
  BeneficiaryModuleDateFormat,
  BeneficiaryModuleImport,
  BeneficiaryModuleOptions,
  ImportProblem,
} from './reconcile/bm/types.js';
export {
  reconcileGrants,
  safeReconcileGrants,
} from './reconcile/reconcileGrants.js';
export type {
  DifferenceReason,
  FieldDifference,
  InvalidRecord,
  LargestDifference,
  ReasonCode,
  ReconciledRecord,
  ReconcileField,
  ReconcileOptions,
  ReconcileRecord,
  ReconcileStatus,
  ReconciliationResult,
  ReconciliationSummary,
  RecordReconciliation,
  ReportedAmount,
  ReportedValues,
  StoredValues,
} from './reconcile/types.js';
export { REPORT_LOCALES, reportLabels } from './report/labels/reportLabels.js';
export type { PluralForms, ReportLabels, ReportLocale } from './report/labels/types.js';
export {
  type GrantStatementOptions,
  renderGrantStatement,
  safeRenderGrantStatement,
} from './report/renderGrantStatement.js';
export {
  type IndicatorChartOptions,
  renderIndicatorChart,
  safeRenderIndicatorChart,
} from './report/renderIndicatorChart.js';
export {
  type PlanReportOptions,
  renderPlanReport,
  safeRenderPlanReport,
} from './report/renderPlanReport.js';
export {
  type ReconciliationReportOptions,
  renderReconciliationReport,
  safeRenderReconciliationReport,
} from './report/renderReconciliationReport.js';
export {
  defineRateSheet,
  type GroupRatesInput,
  type RateInput,
  type RateSheet,
  type RateSheetInput,
  safeDefineRateSheet,
} from './rules/defineRateSheet.js';
export {
  type DiffRulesOptions,
  diffRules,
  type RuleChange,
  safeDiffRules,
} from './rules/diffRules.js';
export { getRules, safeGetRules } from './rules/getRules.js';
export { listFigures, safeListFigures } from './rules/listFigures.js';
export { RulePackSchema } from './rules/RulePackSchema.js';
export { type RateSheetPath, rateFor } from './rules/rateFor.js';
export { RateSheetInputSchema } from './rules/rateSheet/RateSheetInputSchema.js';
export { renderRulesMarkdown, safeRenderRulesMarkdown } from './rules/renderRulesMarkdown.js';
export { rules2021 } from './rules/rules2021.js';
export { rules2022 } from './rules/rules2022.js';
export { rules2023 } from './rules/rules2023.js';
export { rules2024 } from './rules/rules2024.js';
export { rules2025 } from './rules/rules2025.js';
export { rules2026 } from './rules/rules2026.js';
export type {
  ActionDurations,
  ActivityDurations,
  ActivityTravelDays,
  AmountFigure,
  BipRules,
  DurationFigure,
  DurationLimits,
  DurationRules,
  DurationUnit,
  ExceptionalTravelRule,
  Ka131Rates,
  Ka171Rates,
  MoneyRange,
  OrganisationalSupportRule,
  PerGroup,
  RangeFigure,
  RatioFigure,
  RulePack,
  StudentCycleRules,
  TravelBand,
  TravelBandRules,
  TravelDayRule,
  TravelDayRules,
  UnavailableActivities,
  VetSchAduRates,
} from './rules/types.js';
export {
  ACTIVITIES_BY_ACTION,
  type Activity,
  type ActivityOf,
  ADU_ACTIVITIES,
  type AduActivity,
  HE_ACTIVITIES,
  type HeActivity,
  isActivityOf,
  KA12X_STAFF_ACTIVITIES,
  type Ka12xActivity,
  MOBILITY_ACTIONS,
  type MobilityAction,
  type MobilityFormat,
  SCH_ACTIVITIES,
  type SchActivity,
  VET_ACTIVITIES,
  type VetActivity,
} from './rules/vocabulary.js';
export {
  evaluateSatisfaction,
  safeEvaluateSatisfaction,
} from './satisfaction/evaluateSatisfaction.js';
export {
  evaluateSatisfactionSchedule,
  type SatisfactionScheduleResult,
  type SatisfactionYear,
  safeEvaluateSatisfactionSchedule,
} from './satisfaction/evaluateSatisfactionSchedule.js';
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
} from './satisfaction/types.js';
export { safeWilsonInterval, wilsonInterval } from './satisfaction/wilsonInterval.js';
export {
  type JsonSchema,
  type JsonSchemaName,
  type JsonSchemas,
  jsonSchemas,
} from './schemas/jsonSchemas.js';
