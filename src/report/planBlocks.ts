/**
 * The blocks of a plan report, from checked input. Private to the report module.
 */
import type {
  IndicatorEvaluation,
  OverallStatus,
  PlanEvaluation,
  RollUp,
} from '../indicators/evaluationTypes.js';
import type { Strategy } from '../indicators/strategyTypes.js';
import { chartSvg } from './chart/chartSvg.js';
import type { Block, Cell, Inline } from './docModel.js';
import { fill, formatDate, formatNumber, formatShare, formatShares } from './format.js';
import { glanceBlocks } from './glance/glanceBlocks.js';
import { reportLabels } from './labels/reportLabels.js';
import type { ReportLabels, ReportLocale } from './labels/types.js';
import { YEAR_STATUSES } from './statusMarks.js';
import { actualText, ratioText, targetText } from './yearText.js';

const OVERALL_STATUSES: readonly OverallStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track'];

interface Context {
  readonly locale: ReportLocale;
  readonly labels: ReportLabels;
  readonly charts: boolean;
}

function statusCell(labels: ReportLabels, status: OverallStatus | null): Cell {
  return status === null
    ? { text: labels.text.none }
    : { text: labels.overallStatus[status], status };
}

function yearsMet(ctx: Context, met: number, due: number): string {
  return fill(ctx.labels.text.partOfWhole, {
    part: formatNumber(ctx.locale, met),
    whole: formatNumber(ctx.locale, due),
  });
}

function score(ctx: Context, value: number | null): string {
  return value === null ? ctx.labels.text.none : formatShare(ctx.locale, value);
}

function rollUpTable(ctx: Context, caption: string, first: string, rows: readonly RollUp[]): Block {
  const t = ctx.labels.text;
  return {
    kind: 'table',
    caption,
    head: [first, t.indicators, t.yearsMet, t.score, t.overallStatus],
    rowHeaders: true,
    rows: rows.map((r) => [
      { text: r.title === null ? r.id : `${r.id} ${r.title}` },
      { text: formatNumber(ctx.locale, r.indicators), numeric: true },
      { text: yearsMet(ctx, r.metYears, r.dueYears), numeric: true },
      { text: score(ctx, r.weightedScore), numeric: true },
      statusCell(ctx.labels, r.status),
    ]),
  };
}

function summaryBlocks(ctx: Context, evaluation: PlanEvaluation): Block[] {
  const t = ctx.labels.text;
  const s = evaluation.summary;
  return [
    { kind: 'heading', level: 2, text: t.summary },

    {
      kind: 'table',
      caption: t.summary,
      head: [t.indicators, t.yearsMet, t.score, t.overallStatus],
      rows: [
        [
          { text: formatNumber(ctx.locale, s.indicators), numeric: true },
          { text: yearsMet(ctx, s.metYears, s.dueYears), numeric: true },
          { text: score(ctx, s.weightedScore), numeric: true },
          statusCell(ctx.labels, s.status),
        ],
      ],
    },
    {
      kind: 'row',
      blocks: [
        {
          kind: 'table',
          caption: t.indicatorStatusCounts,
          showCaption: true,
          head: [t.overallStatus, t.count],
          rowHeaders: true,
          rows: OVERALL_STATUSES.map((status) => [
            { text: ctx.labels.overallStatus[status], status },
            { text: formatNumber(ctx.locale, s.byStatus[status]), numeric: true },
          ]),
        },
        {
          kind: 'table',
          caption: t.yearStatusCounts,
          showCaption: true,
          head: [t.status, t.count],
          rowHeaders: true,
          rows: YEAR_STATUSES.map((status) => [
            { text: ctx.labels.yearStatus[status], status },
            { text: formatNumber(ctx.locale, s.byYearStatus[status]), numeric: true },
          ]),
        },
      ],
    },
  ];
}

/** The forecast sentence, and how it used a year in progress when it did. */
function forecastText(ctx: Context, ev: IndicatorEvaluation): string {
  const t = ctx.labels.text;
  const f = ev.forecast;
  const format = (v: number) =>
    ev.kind === 'percentage' ? formatShare(ctx.locale, v) : formatNumber(ctx.locale, v);
  const main =
    f.value === null || f.target === null || f.meetsTarget === null
      ? t.forecastNone
      : fill(t.forecast, {
          year: f.year,
          value: format(f.value),
          target: format(f.target),
          status: f.meetsTarget ? t.forecastMeets : t.forecastMisses,
        });
  // Optional here: the report also takes evaluations serialised before the field existed.
  const partial = f.partialYear ?? null;
  if (partial === null) return main;
  const template =
    partial.use === 'floor'
      ? t.forecastFloor
      : partial.use === 'estimate'
        ? t.forecastEstimate
        : t.forecastLeftOut;
  return `${main} ${fill(template, { year: partial.year, value: format(partial.value) })}`;
}

function indicatorBlocks(ctx: Context, ev: IndicatorEvaluation, level: 3 | 4 | 5): Block[] {
  const { labels, locale } = ctx;
  const t = labels.text;
  const blocks: Block[] = [
    { kind: 'heading', level, text: `${t.indicator} ${ev.indicatorId}: ${ev.label}` },
    {
      kind: 'paragraph',
      text: `${t.kind}: ${labels.indicatorKind[ev.kind]}. ${t.overallStatus}: ${labels.overallStatus[ev.status]}. ${t.yearsMet}: ${yearsMet(ctx, ev.metYears, ev.dueYears)}.`,
    },
    {
      kind: 'table',
      caption: `${t.indicator} ${ev.indicatorId}`,
      head: [t.year, t.target, t.actual, t.achievement, t.status],
      rowHeaders: true,
      rows: ev.years.map((year) => [
        { text: String(year.year) },
        { text: targetText(locale, labels, ev, year) },
        { text: actualText(locale, labels, ev, year), numeric: true },
        { text: ratioText(locale, labels, year.achievementRatio), numeric: true },
        { text: labels.yearStatus[year.status], status: year.status },
      ]),
    },
  ];
  const surveys = ev.years.flatMap((year) => {
    const s = year.satisfaction;
    if (!s || s.share === null || s.interval === null) return [];
    const [lower = '', upper = ''] = formatShares(locale, [s.interval.lower, s.interval.upper]);
    return [
      fill(t.satisfaction, {
        year: year.year,
        share: formatShare(locale, s.share),
        satisfied: formatNumber(locale, s.satisfied),
        responses: formatNumber(locale, s.responses),
        level: formatShare(locale, s.interval.confidence),
        lower,
        upper,
        target: fill(s.target.direction === 'at-most' ? t.atMost : t.atLeast, {
          value: formatShare(locale, s.target.value),
        }),
        verdict: labels.verdict[s.verdict],
      }),
    ];
  });
  if (surveys.length > 0) blocks.push({ kind: 'list', items: surveys });
  blocks.push({ kind: 'paragraph', text: forecastText(ctx, ev) });
  if (ctx.charts) {
    blocks.push({
      kind: 'chart',
      svg: chartSvg(ev, locale),
      caption: `${t.chart}: ${fill(t.chartTitle, { id: ev.indicatorId, label: ev.label })}`,
    });
  }
  return [{ kind: 'section', blocks }];
}

function treeBlocks(ctx: Context, evaluation: PlanEvaluation, strategy: Strategy): Block[] {
  const t = ctx.labels.text;
  const byId = new Map(evaluation.indicators.map((ev) => [ev.indicatorId, ev]));
  const objectives = new Map(evaluation.objectives.map((o) => [o.id, o]));
  const goals = new Map(evaluation.goals.map((g) => [g.id, g]));
  const rollUpLine = (r: RollUp | undefined): Block[] =>
    r
      ? [
          {
            kind: 'paragraph',
            text: `${t.overallStatus}: ${r.status === null ? t.none : ctx.labels.overallStatus[r.status]}. ${t.yearsMet}: ${yearsMet(ctx, r.metYears, r.dueYears)}. ${t.score}: ${score(ctx, r.weightedScore)}.`,
          },
        ]
      : [];
  return strategy.goals.map((goal) => ({
    kind: 'section',
    blocks: [
      { kind: 'heading', level: 2, text: `${t.goal} ${goal.id}: ${goal.title}` },
      ...rollUpLine(goals.get(goal.id)),
      ...(goal.objectives ?? []).flatMap((objective): Block[] => [
        {
          kind: 'heading',
          level: 3,
          text: `${t.objective} ${objective.id}: ${objective.title ?? t.untitled}`,
        },
        ...rollUpLine(objectives.get(objective.id)),
        ...(objective.actions ?? []).flatMap((action): Block[] => [
          { kind: 'heading', level: 4, text: `${t.action} ${action.id}: ${action.title}` },
          ...(action.indicators ?? []).flatMap((indicator) => {
            const ev = byId.get(indicator.id);
            return ev ? indicatorBlocks(ctx, ev, 5) : [];
          }),
        ]),
      ]),
    ],
  }));
}

/** The evaluation date and the plan period: `Evaluated as of <time>January 15, 2020</time> · …`. */
function facts(ctx: Context, evaluation: PlanEvaluation): Inline[] {
  const t = ctx.labels.text;
  const text = formatDate(ctx.locale, evaluation.asOf);
  const date: Inline =
    text === evaluation.asOf ? text : { kind: 'time', datetime: evaluation.asOf, text };
  const [before = '', after = ''] = t.asOf.split('{date}');
  const parts: Inline[] = [before, date, after];
  if (evaluation.period) parts.push(` · ${fill(t.period, evaluation.period)}`);
  return parts;
}

/** Where the plan report's charts go. */
export interface PlanCharts {
  /** Whether HTML shows a chart under each indicator. */
  readonly indicators: boolean;
  /** The plan-at-a-glance chart inline (HTML), the file Markdown links to, or `null` for none. */
  readonly glance: 'inline' | { readonly file: string } | null;
}

/** Every block of a plan report. */
export function planBlocks(
  evaluation: PlanEvaluation,
  locale: ReportLocale,
  strategy: Strategy | undefined,
  charts: PlanCharts,
): { blocks: Block[]; title: string } {
  const labels = reportLabels[locale];
  const t = labels.text;
  const ctx: Context = { locale, labels, charts: charts.indicators };
  const planTitle = strategy?.title ?? evaluation.summary.title;
  const subtitle = [strategy?.institution.name, planTitle].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  const title =
    subtitle.length > 0 ? `${t.planReportTitle}: ${subtitle.join(', ')}` : t.planReportTitle;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: facts(ctx, evaluation) },
    { kind: 'paragraph', text: t.quotedNote, small: true },
    ...glanceBlocks(evaluation, locale, labels, charts.glance),
    ...summaryBlocks(ctx, evaluation),
    { kind: 'heading', level: 2, text: t.goals },
    rollUpTable(ctx, t.goals, t.goal, evaluation.goals),
    { kind: 'heading', level: 2, text: t.objectives },
    rollUpTable(ctx, t.objectives, t.objective, evaluation.objectives),
  ];
  if (strategy) {
    blocks.push(...treeBlocks(ctx, evaluation, strategy));
  } else {
    blocks.push(
      { kind: 'heading', level: 2, text: t.indicators },
      ...evaluation.indicators.flatMap((ev) => indicatorBlocks(ctx, ev, 3)),
    );
  }
  if (evaluation.warnings.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t.warnings },
      { kind: 'paragraph', text: t.englishNote, small: true },
      { kind: 'list', items: evaluation.warnings.map((w) => w.message) },
    );
  }
  return { blocks, title };
}
