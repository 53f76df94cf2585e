/**
 * Reports in five languages: a grant statement, a plan report with its plan-at-a-glance chart, indicator charts and a reconciliation report, in HTML or Markdown.
 *
 * @example
 * ```ts
 * import { REPORT_LOCALES } from 'erasmus-kit/report';
 *
 * REPORT_LOCALES.includes('sr-Cyrl'); // true
 * ```
 *
 * @module report
 */

export { REPORT_LOCALES, reportLabels } from '../report/labels/reportLabels.js';
export type { PluralForms, ReportLabels, ReportLocale } from '../report/labels/types.js';
export {
  type GrantStatementOptions,
  renderGrantStatement,
  safeRenderGrantStatement,
} from '../report/renderGrantStatement.js';
export {
  type IndicatorChartOptions,
  renderIndicatorChart,
  safeRenderIndicatorChart,
} from '../report/renderIndicatorChart.js';
export {
  type PlanAtAGlanceOptions,
  renderPlanAtAGlance,
  safeRenderPlanAtAGlance,
} from '../report/renderPlanAtAGlance.js';
export {
  type PlanReportOptions,
  renderPlanReport,
  safeRenderPlanReport,
} from '../report/renderPlanReport.js';
export {
  type ReconciliationReportOptions,
  renderReconciliationReport,
  safeRenderReconciliationReport,
} from '../report/renderReconciliationReport.js';
