/**
 * The legend of an indicator chart: target, actual and interval marks, then the statuses that
 * occur, laid out left to right and wrapped (private to the report).
 *
 * @module
 */
import type { IndicatorEvaluation } from '../../indicators/evaluationTypes.js';
import { escapeXml } from '../escape.js';
import { fill, formatShare } from '../format.js';
import type { ReportLabels, ReportLocale } from '../labels/types.js';
import { n, statusMark, YEAR_STATUSES } from '../statusMarks.js';
import { INK, LEFT, RIGHT, TARGET, WIDTH } from './layout.js';

/** One legend entry: its mark (SVG) and its words. */
export interface LegendItem {
  /** The mark, drawn around (0, 0). */
  readonly mark: string;
  /** The words. */
  readonly text: string;
}

/** The legend's entries: target, actual, interval, then the statuses present. */
function legendItems(
  ev: IndicatorEvaluation,
  locale: ReportLocale,
  labels: ReportLabels,
): LegendItem[] {
  const t = labels.text;
  const isShare = ev.kind === 'percentage';
  const items: LegendItem[] = [];
  if (ev.kind !== 'milestone') {
    items.push({
      mark: `<line x1="0" x2="14" y1="0" y2="0" stroke="${TARGET}" stroke-width="3" stroke-dasharray="6 3"/>`,
      text: t.target,
    });
    items.push({
      mark: isShare
        ? `<circle cx="7" cy="0" r="5" fill="${INK}"/>`
        : `<rect x="0" y="-6" width="14" height="12" fill="${INK}" fill-opacity="0.85"/>`,
      text: t.actual,
    });
  }
  if (isShare && ev.years.some((year) => year.satisfaction?.interval)) {
    const level = ev.years.find((year) => year.satisfaction?.interval)?.satisfaction?.interval;
    items.push({
      mark: `<path d="M7 -7 L7 7 M2 -7 L12 -7 M2 7 L12 7" stroke="${INK}" stroke-width="2" fill="none"/>`,
      text: fill(t.legendInterval, { level: formatShare(locale, level?.confidence ?? 0.95) }),
    });
  }
  const seen = new Set(ev.years.map((year) => year.status));
  for (const status of YEAR_STATUSES) {
    if (seen.has(status)) {
      items.push({ mark: statusMark(status, 7, 0), text: labels.yearStatus[status] });
    }
  }
  return items;
}

/**
 * Legend entries laid out from (`left`, `top`), left to right, wrapped before `right`; with the
 * height they end at.
 */
export function wrapLegend(
  items: readonly LegendItem[],
  top: number,
  left: number,
  right: number,
): { svg: string; bottom: number } {
  let x = left;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const width = 24 + Array.from(item.text).length * 6.2;
    if (x + width > right && x > left) {
      x = left;
      y += 20;
    }
    parts.push(
      `<g transform="translate(${n(x)} ${n(y)})">${item.mark}<text x="18" y="4" font-size="11" fill="${INK}">${escapeXml(item.text)}</text></g>`,
    );
    x += width + 12;
  }
  return { svg: parts.join(''), bottom: y + 12 };
}

/** The legend from `top` down, wrapped to the chart's width; with the height it ends at. */
export function legendSvg(
  ev: IndicatorEvaluation,
  top: number,
  locale: ReportLocale,
  labels: ReportLabels,
): { svg: string; bottom: number } {
  return wrapLegend(legendItems(ev, locale, labels), top, LEFT, WIDTH - RIGHT);
}
