/**
 * The plan-at-a-glance section of a plan report: the chart (inline in HTML, an image file in
 * Markdown) and, as its text alternative, a table per goal of every indicator × year with its
 * status (private to the report).
 *
 * @module
 */
import type { PlanEvaluation } from '../../indicators/evaluationTypes.js';
import type { Block, Cell } from '../docModel.js';
import type { ReportLabels, ReportLocale } from '../labels/types.js';
import { glanceOf, statusIn } from './glanceModel.js';
import { glanceDescription, glanceSvg } from './glanceSvg.js';

/**
 * The section's blocks; none for a plan without indicators. `chart` is the chart inline (HTML)
 * or the file the Markdown links to; `null` leaves the chart out, and the tables are then shown
 * as they are (with the chart, HTML shows them on demand).
 */
export function glanceBlocks(
  evaluation: PlanEvaluation,
  locale: ReportLocale,
  labels: ReportLabels,
  chart: 'inline' | { readonly file: string } | null,
): Block[] {
  const t = labels.text;
  const glance = glanceOf(evaluation, labels);
  if (glance.groups.length === 0) return [];
  const tables = glance.groups.map(
    (group): Block => ({
      kind: 'table',
      caption: group.title,
      showCaption: true,
      head: [t.indicator, ...glance.years.map(String)],
      rowHeaders: true,
      rows: group.indicators.map((ev): Cell[] => [
        { text: `${ev.indicatorId} ${ev.label}` },
        ...glance.years.map((year): Cell => {
          const status = statusIn(ev, year);
          return status === undefined ? { text: '' } : { text: labels.yearStatus[status], status };
        }),
      ]),
    }),
  );
  const heading: Block = { kind: 'heading', level: 2, text: t.glance };
  if (chart === null) return [{ kind: 'section', blocks: [heading, ...tables] }];
  const caption = glanceDescription(glance, locale, labels);
  const figure: Block =
    chart === 'inline'
      ? { kind: 'chart', svg: glanceSvg(glance, locale, labels), caption }
      : { kind: 'chart', file: chart.file, caption };
  const alternative: Block = { kind: 'details', summary: t.glanceTable, blocks: tables };
  return [{ kind: 'section', blocks: [heading, figure, alternative] }];
}
