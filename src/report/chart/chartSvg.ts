/**
 * An indicator chart as SVG, from a checked evaluation: title and description, axes, one group
 * per year, legend (private to the report; public as `renderIndicatorChart`).
 *
 * @module
 */
import type { IndicatorEvaluation } from '../../indicators/evaluationTypes.js';
import { escapeXml, idFrom } from '../escape.js';
import { fill } from '../format.js';
import { reportLabels } from '../labels/reportLabels.js';
import type { ReportLabels, ReportLocale } from '../labels/types.js';
import { n } from '../statusMarks.js';
import { actualText, targetText } from '../yearText.js';
import { axesSvg } from './axes.js';
import { BOTTOM, INK, LEFT, WIDTH } from './layout.js';
import { legendSvg } from './legend.js';
import { plotOf } from './scale.js';
import { shorten, yearSvg } from './yearMarks.js';

/** The chart's description for screen readers: the indicator, then every year in words. */
function description(ev: IndicatorEvaluation, locale: ReportLocale, labels: ReportLabels) {
  const t = labels.text;
  return [
    fill(t.chartDesc, {
      kind: labels.indicatorKind[ev.kind],
      status: labels.overallStatus[ev.status],
    }),
    ...ev.years.map((year) =>
      fill(t.chartYear, {
        year: year.year,
        target: targetText(locale, labels, ev, year),
        actual: actualText(locale, labels, ev, year),
        status: labels.yearStatus[year.status],
      }),
    ),
  ].join(' ');
}

/** The chart, from checked input. */
export function chartSvg(ev: IndicatorEvaluation, locale: ReportLocale): string {
  const labels: ReportLabels = reportLabels[locale];
  const base = idFrom('chart-', ev.indicatorId);
  const plot = plotOf(ev);
  const title = fill(labels.text.chartTitle, { id: ev.indicatorId, label: ev.label });
  const years = ev.years.map((year, i) => yearSvg(year, i, plot, locale, labels));
  const { svg: legend, bottom } = legendSvg(ev, BOTTOM + 64, locale, labels);
  const height = bottom + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${base}" class="indicator-chart" role="img" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" aria-labelledby="${base}-title ${base}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
    `<title id="${base}-title">${escapeXml(title)}</title>`,
    `<desc id="${base}-desc">${escapeXml(description(ev, locale, labels))}</desc>`,
    `<rect width="${WIDTH}" height="${n(height)}" fill="#fff"/>`,
    `<text x="${LEFT - 52}" y="22" font-size="14" font-weight="bold" fill="${INK}">${escapeXml(shorten(`${ev.indicatorId} ${ev.label}`, 80))}</text>`,
    ...axesSvg(ev, plot, locale, labels),
    ...years,
    legend,
    '</svg>',
  ].join('\n');
}
