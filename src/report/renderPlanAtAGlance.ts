import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { PlanEvaluation } from '../indicators/evaluationTypes.js';
import { glanceOf } from './glance/glanceModel.js';
import { glanceSvg } from './glance/glanceSvg.js';
import { reportLabels } from './labels/reportLabels.js';
import type { ReportLocale } from './labels/types.js';
import { glanceArgs } from './reportSchemas.js';

/**
 * Options of {@link renderPlanAtAGlance}.
 *
 * @example
 * ```ts
 * import type { PlanAtAGlanceOptions } from 'erasmus-kit';
 * const options: PlanAtAGlanceOptions = { locale: 'sr-Cyrl' };
 * ```
 */
export interface PlanAtAGlanceOptions {
  /** The language of the chart's words and number formats. */
  readonly locale: ReportLocale;
}

/**
 * Renders a whole plan's state as one self-contained SVG chart: a row per indicator, grouped by
 * goal, a column per year, and in each cell the year's status as a mark whose shape differs by
 * status (tick met, cross not met, question mark inconclusive, dash no data, dashed ring not due)
 * as well as its colour; a cell is empty where the indicator has no target that year. The chart
 * has a `<title>`, a `<desc>` with the indicator-years of each status, a tooltip per cell and a
 * legend; each cell carries `data-indicator`, `data-year` and `data-status` for programs.
 *
 * `renderPlanReport` puts this chart at the top of the plan report: inline in HTML, and in
 * Markdown as an image linked to `plan-at-a-glance.svg` (option `glanceImage`), the file you
 * write with this function beside the report. Pure and deterministic.
 *
 * @param evaluation - the result of `evaluatePlan`
 * @param options - `locale`: `en`, `sr-Cyrl`, `sr-Latn`, `hr` or `lt`
 * @returns the SVG markup
 * @throws `InputError` when the evaluation or the options are not of the expected shape
 *
 * @example
 * ```ts
 * import { evaluatePlan, renderPlanAtAGlance } from 'erasmus-kit';
 * const strategy = {
 *   institution: { name: 'A school' },
 *   period: { from: 2016, to: 2017 },
 *   goals: [
 *     {
 *       id: '1',
 *       title: 'International cooperation',
 *       objectives: [
 *         {
 *           id: '1.1',
 *           actions: [
 *             {
 *               id: '1.1.1',
 *               title: 'Sign new agreements',
 *               indicators: [
 *                 {
 *                   id: '1.1.1',
 *                   label: 'New agreements',
 *                   kind: 'numeric',
 *                   direction: 'at-least',
 *                   aggregation: 'annual',
 *                   targets: { 2016: 1, 2017: 2 },
 *                 },
 *               ],
 *             },
 *           ],
 *         },
 *       ],
 *     },
 *   ],
 * } as const;
 * const evaluation = evaluatePlan(strategy, [{ indicatorId: '1.1.1', year: 2016, value: 1 }], {
 *   asOf: '2017-01-15',
 * });
 * const svg = renderPlanAtAGlance(evaluation, { locale: 'hr' });
 * svg.startsWith('<svg'); // true
 * svg.includes('<title id="plan-at-a-glance-title">Plan na prvi pogled</title>'); // true
 * svg.includes('data-indicator="1.1.1" data-year="2016" data-status="met"'); // true
 * svg.includes('data-year="2017" data-status="not-due"'); // true
 * ```
 */
export function renderPlanAtAGlance(
  evaluation: PlanEvaluation,
  options: PlanAtAGlanceOptions,
): string {
  glanceArgs.parse({ evaluation, options });
  const labels = reportLabels[options.locale];
  return glanceSvg(glanceOf(evaluation, labels), options.locale, labels);
}

const trySafeRenderPlanAtAGlance = toSafe(renderPlanAtAGlance);

/**
 * The non-throwing twin of {@link renderPlanAtAGlance}: `{ success: false, error }` with the
 * {@link InputError} when the evaluation or the options are not of the expected shape.
 *
 * @param evaluation - the result of `evaluatePlan`
 * @param options - as for {@link renderPlanAtAGlance}
 * @returns `{ success: true, data }` with the SVG markup, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { evaluatePlan, safeRenderPlanAtAGlance } from 'erasmus-kit';
 * const evaluation = evaluatePlan({ institution: { name: 'A school' }, goals: [] }, [], {
 *   asOf: '2017-01-15',
 * });
 * const chart = safeRenderPlanAtAGlance(evaluation, { locale: 'lt' });
 * if (chart.success) console.log(chart.data.startsWith('<svg')); // true
 * safeRenderPlanAtAGlance(evaluation, { locale: 'de' as never }).success; // false
 * ```
 */
export function safeRenderPlanAtAGlance(
  evaluation: PlanEvaluation,
  options: PlanAtAGlanceOptions,
): SafeResult<string> {
  return trySafeRenderPlanAtAGlance(evaluation, options);
}
