/**
 * The plan-at-a-glance chart as SVG: a row per indicator, grouped by goal, a column per year, and
 * in each cell the status as a mark whose shape differs by status as well as its colour (private
 * to the report; public as `renderPlanAtAGlance`).
 *
 * @module
 */
import type { YearStatus } from '../../indicators/evaluationTypes.js';
import { INK } from '../chart/layout.js';
import { wrapLegend } from '../chart/legend.js';
import { shorten } from '../chart/yearMarks.js';
import { escapeXml } from '../escape.js';
import { fill, formatNumber } from '../format.js';
import type { ReportLabels, ReportLocale } from '../labels/types.js';
import { n, STATUS_COLOURS, statusMark, YEAR_STATUSES } from '../statusMarks.js';
import { type Glance, statusIn } from './glanceModel.js';

/** The chart's id (one plan-at-a-glance chart per page). */
const GLANCE_ID = 'plan-at-a-glance';

const PAD = 16;
const LABEL_WIDTH = 300;
const CELL_WIDTH = 52;
const ROW_HEIGHT = 24;
const GROUP_HEIGHT = 26;
/** Where the first row starts: below the title and the years. */
const FIRST_ROW = 70;
/** The narrowest chart (room for the title and the legend). */
const MIN_WIDTH = 560;
const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"`;

/** The x of the centre of the `i`-th year's column. */
function columnX(i: number): number {
  return PAD + LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2;
}

/** The chart's description: what it shows and the indicator-years of each status. */
export function glanceDescription(
  glance: Glance,
  locale: ReportLocale,
  labels: ReportLabels,
): string {
  const counts: Record<YearStatus, number> = {
    met: 0,
    'not-met': 0,
    inconclusive: 0,
    'no-data': 0,
    'not-due': 0,
  };
  for (const group of glance.groups) {
    for (const ev of group.indicators) for (const year of ev.years) counts[year.status] += 1;
  }
  const parts = YEAR_STATUSES.map(
    (status) => `${labels.yearStatus[status]}: ${formatNumber(locale, counts[status])}`,
  );
  return fill(labels.text.glanceDesc, { counts: parts.join(', ') });
}

/** The rows of the chart from `top` down: goal titles and indicators; with where they end. */
function rowsSvg(
  glance: Glance,
  labels: ReportLabels,
  width: number,
  top: number,
): { svg: string[]; bottom: number } {
  const out: string[] = [];
  let y = top;
  const titleChars = Math.floor((width - 2 * PAD) / 7);
  for (const group of glance.groups) {
    out.push(
      `<text x="${PAD}" y="${n(y + 18)}" font-size="12" font-weight="bold" fill="${INK}">${escapeXml(shorten(group.title, titleChars))}</text>`,
    );
    y += GROUP_HEIGHT;
    group.indicators.forEach((ev, row) => {
      if (row % 2 === 0) {
        out.push(
          `<rect x="${PAD}" y="${n(y)}" width="${LABEL_WIDTH}" height="${ROW_HEIGHT}" fill="#f3f4f6"/>`,
        );
      }
      out.push(
        `<text x="${PAD + 6}" y="${n(y + 16)}" font-size="12" fill="${INK}">${escapeXml(shorten(`${ev.indicatorId} ${ev.label}`, 44))}</text>`,
      );
      glance.years.forEach((year, i) => {
        const status = statusIn(ev, year);
        if (status === undefined) return;
        const cx = columnX(i);
        const cy = y + ROW_HEIGHT / 2;
        const tip = `${ev.indicatorId} · ${year}: ${labels.yearStatus[status]}`;
        out.push(
          `<g class="glance-cell" data-indicator="${escapeXml(ev.indicatorId)}" data-year="${year}" data-status="${status}"><title>${escapeXml(tip)}</title><rect x="${n(cx - CELL_WIDTH / 2 + 3)}" y="${n(y + 2)}" width="${CELL_WIDTH - 6}" height="${ROW_HEIGHT - 4}" rx="3" fill="${STATUS_COLOURS[status]}" fill-opacity="0.14"/>${statusMark(status, cx, cy)}</g>`,
        );
      });
      y += ROW_HEIGHT;
    });
  }
  return { svg: out, bottom: y };
}

/** The plan-at-a-glance chart of a checked evaluation (`glanceOf`). */
export function glanceSvg(glance: Glance, locale: ReportLocale, labels: ReportLabels): string {
  const t = labels.text;
  const width = Math.max(MIN_WIDTH, 2 * PAD + LABEL_WIDTH + glance.years.length * CELL_WIDTH);
  const years = glance.years.map(
    (year, i) =>
      `<text x="${n(columnX(i))}" y="56" text-anchor="middle" font-size="12" font-weight="bold" fill="${INK}">${year}</text>`,
  );
  const rows = rowsSvg(glance, labels, width, FIRST_ROW);
  const legend = wrapLegend(
    YEAR_STATUSES.map((status) => ({
      mark: statusMark(status, 7, 0),
      text: labels.yearStatus[status],
    })),
    rows.bottom + 22,
    PAD,
    width - PAD,
  );
  const height = legend.bottom + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${GLANCE_ID}" class="plan-glance" role="img" viewBox="0 0 ${width} ${n(height)}" width="${width}" height="${n(height)}" aria-labelledby="${GLANCE_ID}-title ${GLANCE_ID}-desc" ${FONT}>`,
    `<title id="${GLANCE_ID}-title">${escapeXml(t.glance)}</title>`,
    `<desc id="${GLANCE_ID}-desc">${escapeXml(glanceDescription(glance, locale, labels))}</desc>`,
    `<rect width="${width}" height="${n(height)}" fill="#fff"/>`,
    `<text x="${PAD}" y="26" font-size="15" font-weight="bold" fill="${INK}">${escapeXml(t.glance)}</text>`,
    `<line x1="${PAD}" x2="${width - PAD}" y1="64" y2="64" stroke="${INK}" stroke-width="1"/>`,
    ...years,
    ...rows.svg,
    legend.svg,
    '</svg>',
  ].join('\n');
}
