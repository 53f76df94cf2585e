import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { PlanEvaluation } from '../indicators/evaluationTypes.js';
import type { Strategy } from '../indicators/strategyTypes.js';
import { toHtml, toMarkdown } from './docModel.js';
import type { ReportLocale } from './labels/types.js';
import { planBlocks } from './planBlocks.js';
import { planArgs } from './reportSchemas.js';

/**
 * Options of {@link renderPlanReport}.
 *
 * @example
 * ```ts
 * import type { PlanReportOptions } from 'erasmus-kit';
 * const options: PlanReportOptions = { format: 'html', locale: 'sr-Cyrl' };
 * ```
 */
export interface PlanReportOptions {
  /** `markdown` (CommonMark with GitHub tables) or `html` (one self-contained page). */
  readonly format: 'markdown' | 'html';
  /** The language of the report's words and number formats. */
  readonly locale: ReportLocale;
  /**
   * The strategy that was evaluated. With it, the report follows the plan's tree (goal →
   * objective → action → indicator) and names the institution; without it, indicators are
   * listed in plan order under the goal and objective roll-ups.
   */
  readonly strategy?: Strategy;
  /**
   * Whether the report shows charts (default `true`): in HTML the plan-at-a-glance chart and a
   * chart under each indicator, inline; in Markdown an image link to the plan-at-a-glance chart
   * (`glanceImage`). With `false` the plan-at-a-glance tables stay and no chart is shown.
   */
  readonly charts?: boolean;
  /**
   * Where the Markdown report links to the plan-at-a-glance chart: a path relative to the report
   * or a URL (default `plan-at-a-glance.svg`, beside the report). Write the SVG of
   * {@link renderPlanAtAGlance} there. HTML ignores it (the chart is inline).
   */
  readonly glanceImage?: string;
}

/** The file the Markdown report links to for the plan-at-a-glance chart, unless told otherwise. */
const GLANCE_IMAGE = 'plan-at-a-glance.svg';

/**
 * Renders the evaluation of an action plan as a report people can read: first the plan at a
 * glance (one chart of every indicator × every year, grouped by goal, each cell marked by status
 * with a symbol as well as a colour, and the same as a table per goal), then the summary
 * (overall status, indicators and indicator-years by status), roll-ups per goal and objective,
 * then every indicator with its yearly targets, actuals, achievement and status, satisfaction
 * surveys with their share, confidence interval and verdict in words, and the forecast for the
 * final year.
 *
 * HTML is one self-contained, accessible page: semantic tables with headers and captions, a
 * `lang` attribute, status words with a mark (never colour alone), inline SVG charts with titles
 * and descriptions, no scripts, no external assets, print styles. Markdown has the same content;
 * of the charts it links the plan at a glance as an image, `plan-at-a-glance.svg` beside the
 * report (option `glanceImage`), which you write with {@link renderPlanAtAGlance} (and the
 * indicator charts with {@link renderIndicatorChart} if you need them).
 *
 * The report's words, numbers and dates are in `locale` (the evaluation date through
 * `Intl.DateTimeFormat`, `15. siječnja 2020.` in hr, kept as ISO in a `<time datetime>` in HTML;
 * both ends of a range with the same decimals, `56,5 %–98,0 %`); titles and indicator labels are
 * quoted from the plan as written, and warnings are in English, as the library states them. The
 * renderer only reads the evaluation: it is pure and deterministic (same input, same bytes).
 *
 * @param evaluation - the result of `evaluatePlan`
 * @param options - `format`, `locale`, optionally the `strategy`, `charts` and `glanceImage`
 * @returns the report as a string
 * @throws `InputError` when the evaluation or the options are not of the expected shape
 *
 * @example
 * ```ts
 * import { evaluatePlan, renderPlanReport } from 'erasmus-kit';
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
 *           title: 'More partners',
 *           actions: [
 *             {
 *               id: '1.1.2',
 *               title: 'Sign new agreements',
 *               indicators: [
 *                 {
 *                   id: '1.1.2',
 *                   label: 'New signed contracts',
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
 * const evaluation = evaluatePlan(strategy, [{ indicatorId: '1.1.2', year: 2016, value: 1 }], {
 *   asOf: '2017-01-15',
 * });
 * const markdown = renderPlanReport(evaluation, { format: 'markdown', locale: 'hr', strategy });
 * markdown.startsWith('# Izvješće o akcijskom planu: A school'); // true
 * markdown.includes('Stanje na dan 15. siječnja 2017.'); // true
 * markdown.includes('](plan-at-a-glance.svg)'); // true
 * markdown.includes('| 1.1.2 New signed contracts | ✓ ispunjeno | ○ nije dospjelo |'); // true
 * const html = renderPlanReport(evaluation, { format: 'html', locale: 'en', strategy });
 * html.includes('<svg xmlns="http://www.w3.org/2000/svg" id="plan-at-a-glance"'); // true
 * html.includes('<time datetime="2017-01-15">January 15, 2017</time>'); // true
 * ```
 */
export function renderPlanReport(evaluation: PlanEvaluation, options: PlanReportOptions): string {
  planArgs.parse({ evaluation, options });
  const charts = options.charts !== false;
  const html = options.format === 'html';
  const { blocks, title } = planBlocks(evaluation, options.locale, options.strategy, {
    indicators: charts && html,
    glance: !charts ? null : html ? 'inline' : { file: options.glanceImage ?? GLANCE_IMAGE },
  });
  return options.format === 'html' ? toHtml(blocks, title, options.locale) : toMarkdown(blocks);
}

const trySafeRenderPlanReport = toSafe(renderPlanReport);

/**
 * The non-throwing twin of {@link renderPlanReport}: `{ success: false, error }` with the
 * {@link InputError} when the evaluation or the options are not of the expected shape.
 *
 * @param evaluation - the result of `evaluatePlan`
 * @param options - as for {@link renderPlanReport}
 * @returns `{ success: true, data }` with the report, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { evaluatePlan, safeRenderPlanReport } from 'erasmus-kit';
 * const evaluation = evaluatePlan({ institution: { name: 'A school' }, goals: [] }, [], {
 *   asOf: '2017-01-15',
 * });
 * const report = safeRenderPlanReport(evaluation, { format: 'markdown', locale: 'en' });
 * if (report.success) console.log(report.data.startsWith('# ')); // true
 * safeRenderPlanReport(evaluation, { format: 'pdf' as never, locale: 'en' }).success; // false
 * ```
 */
export function safeRenderPlanReport(
  evaluation: PlanEvaluation,
  options: PlanReportOptions,
): SafeResult<string> {
  return trySafeRenderPlanReport(evaluation, options);
}
