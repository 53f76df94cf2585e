/**
 * The rules of the Erasmus+ programme by call year (rule packs, figures with their sources, rate sheets) and the programme data they rest on: actions, countries, regions, country groups.
 *
 * @example
 * ```ts
 * import { getRules } from 'erasmus-kit/rules';
 *
 * getRules(2024).callYear; // 2024
 * ```
 *
 * @module rules
 */

export { CALL_YEARS, type CallYear } from '../_lib/callYear.js';
export type {
  Figure,
  FigureEntry,
  FigureStatus,
  FigureUsed,
  Provenance,
} from '../_lib/provenance.js';
export { ACTION_CODES, type ActionCode } from '../programme/actionCodes.js';
export {
  ActionCodeSchema,
  getAction,
  type ListActionsFilter,
  listActions,
  safeGetAction,
  safeListActions,
} from '../programme/actions.js';
export type {
  ActionFunding,
  ActionInfo,
  ActionKind,
  ActionSector,
  KeyAction,
  ManagingBody,
  ProjectDuration,
} from '../programme/actionTypes.js';
export {
  CountryCodeSchema,
  normalizeCountryCode,
  safeNormalizeCountryCode,
} from '../programme/CountryCodeSchema.js';
export {
  type CountryInfo,
  type CountryStatus,
  type GetCountryOptions,
  getCountry,
  listCountries,
  safeGetCountry,
  safeListCountries,
  type Territory,
} from '../programme/countries.js';
export type { CountryCode, RegionNumber } from '../programme/countryCodes.js';
export {
  type CountryGroupTable,
  heCountryGroups,
  type LivingCostGroup,
  safeHeCountryGroups,
  safeVetSchAduCountryGroups,
  vetSchAduCountryGroups,
} from '../programme/countryGroups.js';
export { listRegions, type RegionInfo } from '../programme/regions.js';
export {
  defineRateSheet,
  type GroupRatesInput,
  type RateInput,
  type RateSheet,
  type RateSheetInput,
  safeDefineRateSheet,
} from '../rules/defineRateSheet.js';
export {
  type DiffRulesOptions,
  diffRules,
  type RuleChange,
  safeDiffRules,
} from '../rules/diffRules.js';
export { getRules, safeGetRules } from '../rules/getRules.js';
export { listFigures, safeListFigures } from '../rules/listFigures.js';
export { getRateSheet, safeGetRateSheet } from '../rules/nationalSheets/getRateSheet.js';
export {
  listRateSheets,
  type NationalRateSheetInfo,
  type NoNationalSheetInfo,
  type RateSheetListing,
  type UniversityRangeInfo,
} from '../rules/nationalSheets/listRateSheets.js';
export { RulePackSchema } from '../rules/RulePackSchema.js';
export { type RateSheetPath, rateFor } from '../rules/rateFor.js';
export { RateSheetInputSchema } from '../rules/rateSheet/RateSheetInputSchema.js';
export type {
  CallYearConfidence,
  RateProvenance,
  RateSheetProvenance,
  RateSheetTable,
  RateSheetWarning,
  RateSheetWarningCode,
} from '../rules/rateSheet/types.js';
export { renderRulesMarkdown, safeRenderRulesMarkdown } from '../rules/renderRulesMarkdown.js';
export { rules2021 } from '../rules/rules2021.js';
export { rules2022 } from '../rules/rules2022.js';
export { rules2023 } from '../rules/rules2023.js';
export { rules2024 } from '../rules/rules2024.js';
export { rules2025 } from '../rules/rules2025.js';
export { rules2026 } from '../rules/rules2026.js';
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
} from '../rules/types.js';
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
} from '../rules/vocabulary.js';
