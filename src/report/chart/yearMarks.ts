/**
 * One year of an indicator chart: a diamond for a milestone, a point with its confidence
 * interval for a share, a bar with its target for a quantity; then the year's status mark and
 * label (private to the report).
 *
 * @module
 */
import type { YearEvaluation, YearStatus } from '../../indicators/evaluationTypes.js';
import { escapeXml } from '../escape.js';
import { formatNumber, formatShare } from '../format.js';
import type { ReportLabels, ReportLocale } from '../labels/types.js';
import { n, STATUS_COLOURS, statusMark } from '../statusMarks.js';
import { BOTTOM, INK, LEFT, TARGET, TOP } from './layout.js';
import type { Plot } from './scale.js';

/** Truncates a visible title; the full text stays in `<title>`. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The SVG group of the `i`-th year, with its status as a tooltip. */
export function yearSvg(
  year: YearEvaluation,
  i: number,
  plot: Plot,
  locale: ReportLocale,
  labels: ReportLabels,
): string {
  const { isShare, slot, y } = plot;
  const cx = LEFT + (i + 0.5) * slot;
  const barWidth = Math.min(slot * 0.5, 56);
  const status: YearStatus = year.status;
  const colour = STATUS_COLOURS[status];
  const parts: string[] = [];
  if (year.judgedAs === 'milestone') {
    const my = TOP + 24;
    const done = year.milestone?.done === true;
    parts.push(
      `<path d="M${n(cx)} ${n(my - 10)} L${n(cx + 10)} ${n(my)} L${n(cx)} ${n(my + 10)} L${n(cx - 10)} ${n(my)} Z" fill="${done ? colour : '#fff'}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${n(cx)}" y="${n(my + 26)}" text-anchor="middle" font-size="10" fill="${INK}">${escapeXml(shorten(String(year.target), 18))}</text>`,
    );
  } else if (isShare) {
    const interval = year.satisfaction?.interval;
    if (interval) {
      const lo = y(interval.lower);
      const hi = y(interval.upper);
      parts.push(
        `<path d="M${n(cx)} ${n(lo)} L${n(cx)} ${n(hi)} M${n(cx - 6)} ${n(lo)} L${n(cx + 6)} ${n(lo)} M${n(cx - 6)} ${n(hi)} L${n(cx + 6)} ${n(hi)}" stroke="${colour}" stroke-width="2" fill="none"/>`,
      );
    }
    if (year.actual !== null) {
      const py = y(year.actual);
      parts.push(
        `<circle cx="${n(cx)}" cy="${n(py)}" r="5" fill="${colour}"/>`,
        `<text x="${n(cx + 9)}" y="${n(py + 4)}" font-size="11" fill="${INK}">${escapeXml(formatShare(locale, year.actual))}</text>`,
      );
    }
  } else {
    if (typeof year.target === 'object') {
      const top = y(year.target.max);
      parts.push(
        `<rect x="${n(cx - slot * 0.35)}" y="${n(top)}" width="${n(slot * 0.7)}" height="${n(y(year.target.min) - top)}" fill="#e5e7eb" stroke="${TARGET}" stroke-dasharray="4 3"/>`,
      );
    }
    if (year.actual !== null) {
      const top = y(year.actual);
      parts.push(
        `<rect x="${n(cx - barWidth / 2)}" y="${n(top)}" width="${n(barWidth)}" height="${n(BOTTOM - top)}" fill="${colour}" fill-opacity="0.85"/>`,
        `<text x="${n(cx)}" y="${n(top - 5)}" text-anchor="middle" font-size="11" fill="${INK}">${escapeXml(formatNumber(locale, year.actual))}</text>`,
      );
    }
    if (typeof year.target === 'number') {
      const ty = y(year.required ?? year.target);
      parts.push(
        `<line x1="${n(cx - slot * 0.35)}" x2="${n(cx + slot * 0.35)}" y1="${n(ty)}" y2="${n(ty)}" stroke="${TARGET}" stroke-width="3" stroke-dasharray="6 3"/>`,
      );
    }
  }
  parts.push(
    statusMark(status, cx, BOTTOM + 16),
    `<text x="${n(cx)}" y="${BOTTOM + 40}" text-anchor="middle" font-size="12" fill="${INK}">${year.year}</text>`,
  );
  const tip = `${year.year}: ${labels.yearStatus[status]}`;
  return `<g><title>${escapeXml(tip)}</title>${parts.join('')}</g>`;
}
