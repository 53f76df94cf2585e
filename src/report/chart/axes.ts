/**
 * The axes of an indicator chart: the grid with the y axis and its title (for quantities), the x
 * axis, and a percentage indicator's thresholds as a dashed step line (private to the report).
 *
 * @module
 */
import type { IndicatorEvaluation } from '../../indicators/evaluationTypes.js';
import { escapeXml } from '../escape.js';
import { formatNumbers, formatShares } from '../format.js';
import type { ReportLabels, ReportLocale } from '../labels/types.js';
import { n } from '../statusMarks.js';
import { BOTTOM, INK, LEFT, PLOT_HEIGHT, RIGHT, TARGET, TOP, WIDTH } from './layout.js';
import type { Plot } from './scale.js';

/** The SVG elements of the axes, in drawing order. */
export function axesSvg(
  ev: IndicatorEvaluation,
  plot: Plot,
  locale: ReportLocale,
  labels: ReportLabels,
): string[] {
  const { isShare, scale, slot, y } = plot;
  const out: string[] = [];
  // Grid and y axis.
  if (ev.kind !== 'milestone') {
    const count = Math.round((scale.max - scale.min) / scale.step);
    const ticks = Array.from({ length: count + 1 }, (_, i) => scale.min + i * scale.step);
    // One number of decimals for every tick: `0,0 2,5 5,0`, never `0 2,5 5`.
    const texts = isShare ? formatShares(locale, ticks) : formatNumbers(locale, ticks);
    ticks.forEach((v, i) => {
      const ty = y(v);
      out.push(
        `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${n(ty)}" y2="${n(ty)}" stroke="#d1d5db" stroke-width="1"/>`,
        `<text x="${LEFT - 6}" y="${n(ty + 4)}" text-anchor="end" font-size="11" fill="${INK}">${escapeXml(texts[i] ?? '')}</text>`,
      );
    });
    const axisTitle = isShare ? labels.text.axisShare : labels.text.axisValue;
    out.push(
      `<text transform="translate(14 ${n(TOP + PLOT_HEIGHT / 2)}) rotate(-90)" text-anchor="middle" font-size="11" fill="${INK}">${escapeXml(axisTitle)}</text>`,
    );
  }
  out.push(
    `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${BOTTOM}" y2="${BOTTOM}" stroke="${INK}" stroke-width="1"/>`,
  );

  // Percentage thresholds: a dashed step line across the years.
  if (isShare) {
    const points: string[] = [];
    ev.years.forEach((year, i) => {
      if (year.required === null) return;
      const ty = n(y(year.required));
      points.push(`${n(LEFT + i * slot)},${ty}`, `${n(LEFT + (i + 1) * slot)},${ty}`);
    });
    if (points.length > 0) {
      out.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/>`,
      );
    }
  }
  return out;
}
