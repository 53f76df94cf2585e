import type {
  IndicatorEvaluation,
  YearEvaluation,
  YearStatus,
} from '../indicators/evaluationTypes.js';
import { escapeXml, idFrom } from './escape.js';
import { fill, formatNumber, formatShare } from './format.js';
import { reportLabels } from './labels/reportLabels.js';
import type { ReportLabels, ReportLocale } from './labels/types.js';
import { chartArgs } from './reportSchemas.js';
import { n, STATUS_COLOURS, statusMark } from './statusMarks.js';
import { actualText, targetText } from './yearText.js';

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

const WIDTH = 640;
const LEFT = 64;
const RIGHT = 20;
const TOP = 44;
const PLOT_HEIGHT = 170;
const BOTTOM = TOP + PLOT_HEIGHT;
const INK = '#1f2937';
const TARGET = '#111827';

interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** A round step giving about five ticks up to `max`. */
function niceScale(max: number, whole: boolean): Scale {
  const top = max > 0 ? max : 1;
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiples = whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const found = (multiples.find((m) => m * power >= raw) ?? 10) * power;
  const step = whole ? Math.max(1, Math.round(found)) : found;
  return { min: 0, max: Math.ceil(top / step - 1e-9) * step, step };
}

/** The scale of a percentage chart: from a round tenth below the lowest value to 100 %. */
function shareScale(values: readonly number[]): Scale {
  const lowest = Math.min(...values, 1);
  const min = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
  return { min, max: 1, step: 1 - min > 0.5 ? 0.2 : 0.1 };
}

function numbersOf(year: YearEvaluation): number[] {
  const values: number[] = [];
  if (typeof year.target === 'number') values.push(year.required ?? year.target);
  else if (typeof year.target === 'object') values.push(year.target.min, year.target.max);
  if (year.actual !== null && year.judgedAs !== 'milestone') values.push(year.actual);
  if (year.satisfaction?.interval) {
    values.push(Number(year.satisfaction.interval.lower), Number(year.satisfaction.interval.upper));
  }
  return values;
}

/** Truncates a visible title; the full text stays in `<title>`. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Lays out legend items left to right, wrapping; returns the SVG and the height used. */
function legend(items: readonly { mark: string; text: string }[], top: number) {
  let x = LEFT;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const width = 24 + Array.from(item.text).length * 6.2;
    if (x + width > WIDTH - RIGHT && x > LEFT) {
      x = LEFT;
      y += 20;
    }
    parts.push(
      `<g transform="translate(${n(x)} ${n(y)})">${item.mark}<text x="18" y="4" font-size="11" fill="${INK}">${escapeXml(item.text)}</text></g>`,
    );
    x += width + 12;
  }
  return { svg: parts.join(''), bottom: y + 12 };
}

/** The chart, from checked input. */
export function chartSvg(ev: IndicatorEvaluation, locale: ReportLocale): string {
  const labels: ReportLabels = reportLabels[locale];
  const t = labels.text;
  const base = idFrom('chart-', ev.indicatorId);
  const isShare = ev.kind === 'percentage';
  const years = ev.years;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(years.length, 1);
  const values = years.flatMap(numbersOf);
  const scale = isShare
    ? shareScale(values)
    : niceScale(Math.max(0, ...values) * 1.08, values.every(Number.isInteger));
  const y = (v: number) =>
    BOTTOM -
    ((Math.min(Math.max(v, scale.min), scale.max) - scale.min) / (scale.max - scale.min)) *
      PLOT_HEIGHT;
  const tickText = (v: number) => (isShare ? formatShare(locale, v) : formatNumber(locale, v));
  const quantitative = ev.kind !== 'milestone';

  const title = fill(t.chartTitle, { id: ev.indicatorId, label: ev.label });
  const desc = [
    fill(t.chartDesc, {
      kind: labels.indicatorKind[ev.kind],
      status: labels.overallStatus[ev.status],
    }),
    ...years.map((year) =>
      fill(t.chartYear, {
        year: year.year,
        target: targetText(locale, labels, ev, year),
        actual: actualText(locale, labels, ev, year),
        status: labels.yearStatus[year.status],
      }),
    ),
  ].join(' ');

  const out: string[] = [];
  // Grid and y axis.
  if (quantitative) {
    const ticks = Math.round((scale.max - scale.min) / scale.step);
    for (let i = 0; i <= ticks; i++) {
      const v = scale.min + i * scale.step;
      const ty = y(v);
      out.push(
        `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${n(ty)}" y2="${n(ty)}" stroke="#d1d5db" stroke-width="1"/>`,
        `<text x="${LEFT - 6}" y="${n(ty + 4)}" text-anchor="end" font-size="11" fill="${INK}">${escapeXml(tickText(v))}</text>`,
      );
    }
    const axisTitle = isShare ? t.axisShare : t.axisValue;
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
    years.forEach((year, i) => {
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

  years.forEach((year, i) => {
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
        const lo = y(Number(interval.lower));
        const hi = y(Number(interval.upper));
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
    out.push(`<g><title>${escapeXml(tip)}</title>${parts.join('')}</g>`);
  });

  // Legend: target, actual, interval, then the statuses present.
  const items: { mark: string; text: string }[] = [];
  if (quantitative) {
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
  if (isShare && years.some((year) => year.satisfaction?.interval)) {
    const level = years.find((year) => year.satisfaction?.interval)?.satisfaction?.interval;
    items.push({
      mark: `<path d="M7 -7 L7 7 M2 -7 L12 -7 M2 7 L12 7" stroke="${INK}" stroke-width="2" fill="none"/>`,
      text: fill(t.legendInterval, { level: formatShare(locale, level?.confidence ?? 0.95) }),
    });
  }
  const seen = new Set(years.map((year) => year.status));
  for (const status of ['met', 'not-met', 'inconclusive', 'no-data', 'not-due'] as const) {
    if (seen.has(status)) {
      items.push({ mark: statusMark(status, 7, 0), text: labels.yearStatus[status] });
    }
  }
  const legendTop = BOTTOM + 64;
  const { svg: legendSvg, bottom } = legend(items, legendTop);
  const height = bottom + 10;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${base}" class="indicator-chart" role="img" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" aria-labelledby="${base}-title ${base}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
    `<title id="${base}-title">${escapeXml(title)}</title>`,
    `<desc id="${base}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${WIDTH}" height="${n(height)}" fill="#fff"/>`,
    `<text x="${LEFT - 52}" y="22" font-size="14" font-weight="bold" fill="${INK}">${escapeXml(shorten(`${ev.indicatorId} ${ev.label}`, 80))}</text>`,
    ...out,
    legendSvg,
    '</svg>',
  ].join('\n');
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
