/**
 * Issue 18, "Reports" and its acceptance: the plan at a glance — one chart of every indicator ×
 * every year, grouped by goal, each cell marked by status with a symbol as well as a colour — is
 * at the top of the seed 001 demo report (built here as examples/demo.ts builds it), and its
 * cells match the evaluation, in the chart and in its text alternative.
 */
import { describe, expect, it } from 'vitest';
import { seed001Actuals, seed001AsOf } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { InputError } from '../../src/errors.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import type { PlanEvaluation, YearStatus } from '../../src/indicators/evaluationTypes.js';
import { REPORT_LOCALES, reportLabels } from '../../src/report/labels/reportLabels.js';
import {
  renderPlanAtAGlance,
  safeRenderPlanAtAGlance,
} from '../../src/report/renderPlanAtAGlance.js';
import { renderPlanReport } from '../../src/report/renderPlanReport.js';
import { statusMark, YEAR_STATUSES } from '../../src/report/statusMarks.js';

// As the demo does: the seed 001 plan against its sample actuals, the report in English.
const evaluation = evaluatePlan(seed001Plan, seed001Actuals, { asOf: seed001AsOf });
const html = renderPlanReport(evaluation, { format: 'html', locale: 'en', strategy: seed001Plan });
const markdown = renderPlanReport(evaluation, {
  format: 'markdown',
  locale: 'en',
  strategy: seed001Plan,
});

/** `indicator|year` → status, as evaluatePlan gives it. */
function expectedCells(ev: PlanEvaluation): Map<string, YearStatus> {
  return new Map(
    ev.indicators.flatMap((i) => i.years.map((y) => [`${i.indicatorId}|${y.year}`, y.status])),
  );
}

/** The chart's cells: `indicator|year` → status, in drawing order, with their x. */
function chartCells(svg: string): { key: string; status: string; x: number; year: string }[] {
  return [
    ...svg.matchAll(
      /<g class="glance-cell" data-indicator="([^"]*)" data-year="(\d+)" data-status="([^"]*)">.*?<rect x="([\d.]+)" y="[\d.]+" width="(\d+)"/g,
    ),
  ].map((m) => ({
    key: `${m[1]}|${m[2]}`,
    year: m[2] ?? '',
    status: m[3] ?? '',
    x: Number(m[4]) + Number(m[5]) / 2,
  }));
}

/** The inline plan-at-a-glance SVG of an HTML report. */
function glanceOf(page: string): string {
  const start = page.indexOf('<svg xmlns="http://www.w3.org/2000/svg" id="plan-at-a-glance"');
  return start < 0 ? '' : page.slice(start, page.indexOf('</svg>', start) + 6);
}

describe('plan at a glance (issue 18, Reports)', () => {
  it('is at the top of the seed 001 demo report, before the summary', () => {
    const svg = glanceOf(html);
    expect(svg).not.toBe('');
    expect(html.indexOf(svg)).toBeLessThan(html.indexOf('<h2>Summary</h2>'));
    expect(html.indexOf('<h2>Plan at a glance</h2>')).toBeLessThan(html.indexOf(svg));
    // the chart the caller saves beside a Markdown report is the same chart
    expect(renderPlanAtAGlance(evaluation, { locale: 'en' })).toBe(svg);
    const image = markdown.indexOf('](plan-at-a-glance.svg)');
    expect(image).toBeGreaterThan(markdown.indexOf('## Plan at a glance'));
    expect(image).toBeLessThan(markdown.indexOf('## Summary'));
  });

  it('has one cell per indicator-year, each with the status evaluatePlan gives', () => {
    const cells = chartCells(glanceOf(html));
    const expected = expectedCells(evaluation);
    expect(expected.size).toBe(90); // 18 indicators × 2016–2020
    expect(cells).toHaveLength(expected.size);
    expect(new Map(cells.map((c) => [c.key, c.status]))).toEqual(expected);
    // and a changed evaluation changes the cell
    const flipped: PlanEvaluation = {
      ...evaluation,
      indicators: evaluation.indicators.map((ev, i) =>
        i === 0
          ? { ...ev, years: ev.years.map((y, j) => (j === 0 ? { ...y, status: 'not-met' } : y)) }
          : ev,
      ),
    };
    const changed = chartCells(renderPlanAtAGlance(flipped, { locale: 'en' }));
    expect(changed.find((c) => c.key === '1.1.1|2016')?.status).toBe('not-met');
    expect(new Map(changed.map((c) => [c.key, c.status]))).not.toEqual(expected);
  });

  it('puts each cell in its year’s column and the rows in plan order, grouped by goal', () => {
    const svg = glanceOf(html);
    const columns = new Map(
      [...svg.matchAll(/<text x="([\d.]+)" y="56" [^>]*>(\d{4})<\/text>/g)].map((m) => [
        m[2],
        Number(m[1]),
      ]),
    );
    expect([...columns.keys()]).toEqual(['2016', '2017', '2018', '2019', '2020']);
    for (const cell of chartCells(svg)) expect(cell.x, cell.key).toBe(columns.get(cell.year));
    const order = [...new Set(chartCells(svg).map((c) => c.key.split('|')[0]))];
    expect(order).toEqual(evaluation.indicators.map((ev) => ev.indicatorId));
    // each goal's title comes before its first indicator and after the previous goal's last
    let at = 0;
    for (const goal of seed001Plan.goals) {
      const title = svg.indexOf(`>Goal ${goal.id}: `, at);
      expect(title, goal.id).toBeGreaterThan(at);
      const first = goal.objectives?.[0]?.actions?.[0]?.indicators?.[0]?.id ?? '';
      expect(svg.indexOf(`data-indicator="${first}"`)).toBeGreaterThan(title);
      at = title;
    }
  });

  it('gives its cells in a table per goal, in HTML and Markdown (its text alternative)', () => {
    const expected = expectedCells(evaluation);
    const found = new Map<string, YearStatus>();
    const words = new Map(YEAR_STATUSES.map((s) => [reportLabels.en.yearStatus[s], s]));
    const years = [2016, 2017, 2018, 2019, 2020];
    for (const line of markdown.split('\n')) {
      const m = /^\| (\S+) [^|]*((?:\| [^|]* )+)\|$/.exec(line);
      if (!m || !evaluation.indicators.some((ev) => ev.indicatorId === m[1])) continue;
      const cells = (m[2] ?? '').split('|').slice(1);
      if (cells.length !== years.length) continue;
      cells.forEach((cell, i) => {
        const word = cell.trim().replace(/^\S+ /, '');
        const status = words.get(word);
        if (status) found.set(`${m[1]}|${years[i]}`, status);
      });
    }
    expect(found).toEqual(expected);
    expect(markdown).toContain(
      '| 2.2.2 Number of Erasmus students using OLS | ✓ met | ✗ not met | ✓ met | – no data | ○ not due |',
    );
    expect(html).toContain('<details>\n<summary>The chart as a table</summary>');
    expect(html).toContain(
      '<caption>Goal 2: enhance the quality of international mobilities</caption>',
    );
  });

  it('is accessible: title, description, a mark of its own shape per status, a legend', () => {
    const svg = renderPlanAtAGlance(evaluation, { locale: 'en' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="plan-at-a-glance-title plan-at-a-glance-desc"');
    expect(svg).toContain('<title id="plan-at-a-glance-title">Plan at a glance</title>');
    const s = evaluation.summary.byYearStatus;
    expect(svg).toContain(
      `indicator-years by status: met: ${s.met}, not met: ${s['not-met']}, inconclusive: ${s.inconclusive}, no data: ${s['no-data']}, not due: ${s['not-due']}.`,
    );
    // the symbols differ without colour: strip the colours and every status still has its own
    const shapes = YEAR_STATUSES.map((status) =>
      statusMark(status, 0, 0).replace(/#[0-9a-f]{6}/g, 'ink'),
    );
    expect(new Set(shapes).size).toBe(YEAR_STATUSES.length);
    for (const status of YEAR_STATUSES) {
      expect(svg).toContain(`${statusMark(status, 7, 0)}<text x="18" y="4"`);
      expect(svg).toContain(`>${reportLabels.en.yearStatus[status]}</text>`);
    }
    expect(svg).toContain('<title>1.1.1 · 2016: met</title>');
  });

  it.each(REPORT_LOCALES)('%s: the chart and its tables speak the locale', (locale) => {
    const t = reportLabels[locale].text;
    const svg = renderPlanAtAGlance(evaluation, { locale });
    expect(svg).toContain(`<title id="plan-at-a-glance-title">${t.glance}</title>`);
    expect(svg).toContain(`>${t.goal} 1: `);
    const md = renderPlanReport(evaluation, { format: 'markdown', locale, strategy: seed001Plan });
    expect(md).toContain(`## ${t.glance}`);
    expect(md).toContain(`| ${t.indicator} | 2016 | 2017 | 2018 | 2019 | 2020 |`);
  });

  it('follows the options: no chart without charts, another image file, no section for an empty plan', () => {
    const plain = renderPlanReport(evaluation, { format: 'html', locale: 'en', charts: false });
    expect(plain).not.toContain('<svg');
    expect(plain).toContain('<h2>Plan at a glance</h2>');
    expect(plain).toContain('<caption>Goal 1: ');
    expect(plain).not.toContain('<details>');
    const md = renderPlanReport(evaluation, { format: 'markdown', locale: 'en', charts: false });
    expect(md).not.toContain('![');
    const elsewhere = renderPlanReport(evaluation, {
      format: 'markdown',
      locale: 'en',
      glanceImage: 'charts/plan (en).svg',
    });
    expect(elsewhere).toContain('](charts/plan%20%28en%29.svg)');
    const empty = evaluatePlan({ institution: { name: 'A' }, goals: [] }, [], {
      asOf: '2020-01-01',
    });
    expect(renderPlanReport(empty, { format: 'markdown', locale: 'en' })).not.toContain(
      'Plan at a glance',
    );
    expect(renderPlanAtAGlance(empty, { locale: 'en' })).not.toContain('glance-cell');
  });

  it('shows indicators the goals do not account for under "Indicators"', () => {
    const edited: PlanEvaluation = { ...evaluation, goals: evaluation.goals.slice(0, 1) };
    const svg = renderPlanAtAGlance(edited, { locale: 'en' });
    expect(chartCells(svg)).toHaveLength(90);
    expect(svg).toContain('>Indicators</text>');
    expect(svg).not.toContain('>Goal 2: ');
  });

  it('refuses bad arguments with an InputError; the safe twin returns it', () => {
    expect(() => renderPlanAtAGlance({} as PlanEvaluation, { locale: 'en' })).toThrow(InputError);
    expect(() => renderPlanAtAGlance(evaluation, { locale: 'de' as 'en' })).toThrow(InputError);
    expect(() =>
      renderPlanReport(evaluation, { format: 'markdown', locale: 'en', glanceImage: '' }),
    ).toThrow(InputError);
    const bad = safeRenderPlanAtAGlance(evaluation, { locale: 'de' as 'en' });
    expect(bad.success).toBe(false);
    expect(safeRenderPlanAtAGlance(evaluation, { locale: 'lt' }).success).toBe(true);
  });
});
