/**
 * Reconciliation of the grants a Beneficiary Module export stored against the grants the rules give.
 *
 * @example
 * ```ts
 * import { reconcileGrants } from 'erasmus-kit/reconcile';
 * ```
 *
 * @module reconcile
 */

export type { BeneficiaryModuleColumn } from '../reconcile/bm/columns.js';
export {
  fromBeneficiaryModuleRows,
  safeFromBeneficiaryModuleRows,
} from '../reconcile/bm/fromBeneficiaryModuleRows.js';
export type {
  BeneficiaryModuleDateFormat,
  BeneficiaryModuleImport,
  BeneficiaryModuleOptions,
  ImportProblem,
} from '../reconcile/bm/types.js';
export {
  reconcileGrants,
  safeReconcileGrants,
} from '../reconcile/reconcileGrants.js';
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
} from '../reconcile/types.js';
