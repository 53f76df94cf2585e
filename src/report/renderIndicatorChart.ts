import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { IndicatorEvaluation } from '../indicators/evaluationTypes.js';
import { chartSvg } from './chart/chartSvg.js';
import type { ReportLocale } from './labels/types.js';
import { chartArgs } from './reportSchemas.js';

/**
 * Options of {@link renderIndicatorChart}.
 *
 * @example
 * ```ts
 * import type { IndicatorChartOptions } from 'erasmus-kit';
 * const options: IndicatorChartOptions = { locale: 'lt' };
 * ```
 */
export interface IndicatorChartOptions {
  /** The language of the chart's words and number formats. */
  readonly locale: ReportLocale;
}

/**
 * Renders an indicator's yearly targets and actuals as a self-contained SVG chart: bars for
 * counts (the target as a dashed line over each bar, a shaded band for a range), points with the
 * confidence interval as an error bar for satisfaction shares (the threshold as a dashed step
 * line), diamonds for milestones. Each year carries a status mark whose shape differs by status
 * (tick, cross, question mark, dash, empty ring), so colour is never the only cue; the chart has
 * a `<title>`, a `<desc>` that lists every year in words, axis labels and a legend.
 *
 * Pure and deterministic: the same evaluation and locale give the same bytes. Element ids are
 * derived from the indicator id (`chart-1_2e1_2e1` for `1.1.1`), so the charts of one plan can
 * share a page. Labels and titles from the plan are escaped, never interpreted.
 *
 * @param evaluation - an indicator's evaluation (from `evaluateIndicator` or `evaluatePlan`)
 * @param options - `locale`: `en`, `sr-Cyrl`, `sr-Latn`, `hr` or `lt`
 * @returns the SVG markup
 * @throws `InputError` when the evaluation or the options are not of the expected shape
 *
 * @example
 * ```ts
 * import { evaluateIndicator, renderIndicatorChart } from 'erasmus-kit';
 * const evaluation = evaluateIndicator(
 *   {
 *     id: '1.2.1',
 *     label: 'Students in Erasmus+ KA1 mobility',
 *     kind: 'numeric',
 *     direction: 'at-least',
 *     aggregation: 'annual',
 *     targets: { 2016: 46, 2017: 50 },
 *   },
 *   [
 *     { indicatorId: '1.2.1', year: 2016, value: 48 },
 *     { indicatorId: '1.2.1', year: 2017, value: 45 },
 *   ],
 *   { asOf: '2018-01-15' },
 * );
 * const svg = renderIndicatorChart(evaluation, { locale: 'hr' });
 * svg.startsWith('<svg'); // true
 * svg.includes('<desc'); // true
 * ```
 */
export function renderIndicatorChart(
  evaluation: IndicatorEvaluation,
  options: IndicatorChartOptions,
): string {
  chartArgs.parse({ evaluation, options });
  return chartSvg(evaluation, options.locale);
}

const trySafeRenderIndicatorChart = toSafe(renderIndicatorChart);

/**
 * The non-throwing twin of {@link renderIndicatorChart}: `{ success: false, error }` with the
 * {@link InputError} when the evaluation or the options are not of the expected shape.
 *
 * @param evaluation - an indicator's evaluation
 * @param options - as for {@link renderIndicatorChart}
 * @returns `{ success: true, data }` with the SVG markup, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { evaluateIndicator, safeRenderIndicatorChart } from 'erasmus-kit';
 * const evaluation = evaluateIndicator(
 *   { id: '2.3.4', label: 'Discrepancies', kind: 'limit', targets: { 2016: 1 } },
 *   [{ indicatorId: '2.3.4', year: 2016, value: 0 }],
 *   { asOf: '2017-01-15' },
 * );
 * const chart = safeRenderIndicatorChart(evaluation, { locale: 'lt' });
 * if (chart.success) console.log(chart.data.startsWith('<svg')); // true
 * safeRenderIndicatorChart({ ...evaluation, years: null } as never, { locale: 'lt' }).success; // false
 * ```
 */
export function safeRenderIndicatorChart(
  evaluation: IndicatorEvaluation,
  options: IndicatorChartOptions,
): SafeResult<string> {
  return trySafeRenderIndicatorChart(evaluation, options);
}
