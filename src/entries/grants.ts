/**
 * Grants explained line by line: one mobility, a list of mobilities, a project budget, and sums of amounts.
 *
 * @example
 * ```ts
 * import { sumAmounts } from 'erasmus-kit/grants';
 *
 * sumAmounts(['10.10', '0.20']); // '10.30'
 * ```
 *
 * @module grants
 */

export { DEFAULT_ROUNDING, type MoneyString, type RoundingPolicy } from '../_lib/money.js';
export type {
  BudgetGroup,
  BudgetLine,
  BudgetLineKind,
  IncompleteBudgetEntry,
  ProjectBudget,
} from '../grants/budgetTypes.js';
export { calculateGrant, safeCalculateGrant } from '../grants/calculateGrant.js';
export { calculateGrants, safeCalculateGrants } from '../grants/calculateGrants.js';
export {
  estimateProjectBudget,
  safeEstimateProjectBudget,
} from '../grants/estimateProjectBudget.js';
export { type GrantOptions, GrantOptionsSchema } from '../grants/GrantOptionsSchema.js';
export {
  type DistributiveOmit,
  type MobilityTemplate,
  type ParsedEntry,
  type ParsedProject,
  type ProjectInput,
  ProjectInputSchema,
} from '../grants/ProjectInputSchema.js';
export { safeSumAmounts, sumAmounts } from '../grants/sumAmounts.js';
export type {
  DailyLineCalculation,
  GrantLine,
  GrantLineKind,
  GrantResult,
  GrantUnit,
  GrantWarning,
  GrantWarningCode,
  LineCalculation,
  MissingPart,
  MissingReason,
  MonthlyLineCalculation,
  OneOffLineCalculation,
  TravelLineCalculation,
} from '../grants/types.js';
