import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import type { PlanEvaluation } from '../../src/indicators/evaluationTypes.js';
import { fill } from '../../src/report/format.js';
import { REPORT_LOCALES, reportLabels } from '../../src/report/labels/reportLabels.js';
import { renderPlanReport } from '../../src/report/renderPlanReport.js';
import { seedEvaluation, seedPlan } from './seed001.js';

const indicatorIds = seedPlan.goals.flatMap((g) =>
  (g.objectives ?? []).flatMap((o) =>
    (o.actions ?? []).flatMap((a) => (a.indicators ?? []).map((i) => i.id)),
  ),
);

describe('renderPlanReport', () => {
  it.each(REPORT_LOCALES)(
    'renders the seed 001 plan as Markdown in %s (snapshot)',
    async (locale) => {
      const md = renderPlanReport(seedEvaluation, {
        format: 'markdown',
        locale,
        strategy: seedPlan,
      });
      await expect(md).toMatchFileSnapshot(`./__snapshots__/seed001.${locale}.md`);
    },
  );

  it('follows the plan tree: goal → objective → action → indicator, in plan order', () => {
    const md = renderPlanReport(seedEvaluation, {
      format: 'markdown',
      locale: 'en',
      strategy: seedPlan,
    });
    const headings = md
      .split('\n')
      .filter((line) => /^#{2,5} (Goal|Objective|Action|Indicator) /.test(line));
    expect(headings.filter((h) => h.startsWith('## Goal'))).toHaveLength(seedPlan.goals.length);
    const shown = headings
      .filter((h) => h.startsWith('##### Indicator '))
      .map((h) => /^##### Indicator (\S+):/.exec(h)?.[1]);
    expect(shown).toEqual(indicatorIds);
    expect(headings[0]).toMatch(/^## Goal 1: It aims/);
    expect(headings[1]).toBe('### Objective 1.1: (untitled)');
    expect(md).toContain('# Action plan report: VTPVM, Internationalization Strategy');
    expect(md).toContain('Evaluated as of January 15, 2020 · Plan period 2016–2020');
  });

  it('gives the summary counts of the evaluation and each year with target, actual and status', () => {
    const md = renderPlanReport(seedEvaluation, { format: 'markdown', locale: 'en' });
    const s = seedEvaluation.summary;
    expect(md).toContain(`| ${s.indicators} | ${s.metYears} of ${s.dueYears} |`);
    expect(md).toContain(`| ? inconclusive | ${s.byYearStatus.inconclusive} |`);
    // seed 001 target for 1.2.1 in 2018 is 54; the sample actual is 51 (51/54 = 94.4 %)
    expect(md).toContain('| 2018 | at least 54 | 51 | 94.4% | ✗ not met |');
    // satisfaction 2018: 20 of 22 with a 95 % Wilson interval
    expect(md).toMatch(
      /2018: 90\.9% satisfied \(20 of 22\), 95% interval 72\.2%–97\.5%; target at least 88%: inconclusive\./,
    );
    // without the strategy: indicators in plan order under one heading
    expect(md).toContain('## Indicators');
    expect(md).not.toContain('## Goal 1');
  });

  it('writes one self-contained, accessible HTML page with a chart per indicator', () => {
    const html = renderPlanReport(seedEvaluation, {
      format: 'html',
      locale: 'sr-Cyrl',
      strategy: seedPlan,
    });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sr-Cyrl">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    // the plan-at-a-glance chart and one chart per indicator
    expect(html.match(/<svg /g)).toHaveLength(indicatorIds.length + 1);
    expect(html).toContain('<th scope="col">Година</th>');
    expect(html).toContain('<main>');
    expect(html).toContain('@media print');
    const noCharts = renderPlanReport(seedEvaluation, {
      format: 'html',
      locale: 'en',
      charts: false,
    });
    expect(noCharts).not.toContain('<svg');
  });

  it('escapes text from the plan', () => {
    const strategy = {
      institution: { name: 'School <b>' },
      period: { from: 2016, to: 2016 },
      goals: [
        {
          id: '1',
          title: 'Goal | one',
          objectives: [
            {
              id: '1.1',
              actions: [
                {
                  id: '1.1.1',
                  title: 'Act',
                  indicators: [
                    {
                      id: 'i1',
                      label: '<script>alert(1)</script>',
                      kind: 'limit' as const,
                      targets: { 2016: 1 },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const evaluation = evaluatePlan(strategy, [{ indicatorId: 'x', year: 2016, value: 1 }], {
      asOf: '2017-01-10',
    });
    const html = renderPlanReport(evaluation, { format: 'html', locale: 'en', strategy });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('School &lt;b&gt;');
    // the warning (unknown indicator) is listed
    expect(html).toContain('Actual for unknown indicator &quot;x&quot;');
    const md = renderPlanReport(evaluation, { format: 'markdown', locale: 'en', strategy });
    expect(md).toContain('Goal \\| one');
    expect(md).toContain('\\<script\\>');
  });

  it('issue 14, forecasts: says how a year in progress was used, never "forecast 0" beside 1', () => {
    const strategy = {
      institution: { name: 'A school' },
      period: { from: 2023, to: 2025 },
      goals: [
        {
          id: 'g',
          title: 'Cooperation',
          objectives: [
            {
              id: 'o',
              actions: [
                {
                  id: 'a',
                  title: 'Sign agreements',
                  indicators: [
                    {
                      id: 'i',
                      label: 'New partner agreements',
                      kind: 'numeric' as const,
                      direction: 'at-least' as const,
                      aggregation: 'annual' as const,
                      targets: { 2023: 2, 2024: 2, 2025: 2 },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const actuals = [
      { indicatorId: 'i', year: 2023, value: 1 },
      { indicatorId: 'i', year: 2024, value: 0 },
    ];
    const render = (list: typeof actuals, locale: (typeof REPORT_LOCALES)[number]) =>
      renderPlanReport(evaluatePlan(strategy, list, { asOf: '2025-07-01' }), {
        format: 'markdown',
        locale,
        strategy,
      });
    const withYtd = [...actuals, { indicatorId: 'i', year: 2025, value: 1 }];
    const md = render(withYtd, 'en');
    expect(md).toContain('| 2025 | at least 2 | 1 |');
    expect(md).toContain(
      'Forecast for 2025: 1 against a target of 2 (falls short). 2025 is still in progress: 1 so far, a floor for the forecast.',
    );
    expect(md).not.toContain('Forecast for 2025: 0');
    // without data for 2025 the trend alone, and no sentence on a year in progress
    const trendOnly = render(actuals, 'en');
    expect(trendOnly).toContain('Forecast for 2025: 0 against a target of 2 (falls short).');
    expect(trendOnly).not.toContain('in progress');
    for (const locale of REPORT_LOCALES) {
      const floor = fill(reportLabels[locale].text.forecastFloor, { year: 2025, value: '1' });
      expect(render(withYtd, locale)).toContain(floor);
      expect(render(actuals, locale)).not.toContain(floor);
    }
    // the other uses, and an evaluation made before `partialYear` existed
    const evaluation = evaluatePlan(strategy, withYtd, { asOf: '2025-07-01' });
    const withForecast = (change: (f: Record<string, unknown>) => Record<string, unknown>) =>
      renderPlanReport(
        {
          ...evaluation,
          indicators: evaluation.indicators.map((ev) => ({
            ...ev,
            forecast: change({ ...ev.forecast }) as never,
          })),
        },
        { format: 'markdown', locale: 'en' },
      );
    const use = (kind: string) => (f: Record<string, unknown>) => ({
      ...f,
      partialYear: { year: 2025, value: 1, use: kind },
    });
    expect(withForecast(use('estimate'))).toContain(
      '2025 is still in progress: the forecast is its value so far, 1.',
    );
    expect(withForecast(use('left-out'))).toContain(
      '2025 is still in progress (1 so far) and is left out of the trend.',
    );
    const before = withForecast(({ partialYear: _, ...f }) => f);
    expect(before).toContain('Forecast for 2025: 1 against a target of 2 (falls short).');
    expect(before).not.toContain('in progress');
  });

  it('handles an empty plan and a plan without period or title', () => {
    const evaluation = evaluatePlan({ institution: { name: 'A' }, goals: [] }, [], {
      asOf: '2020-01-01',
    });
    const md = renderPlanReport(evaluation, { format: 'markdown', locale: 'lt' });
    expect(md.startsWith('# Veiksmų plano ataskaita\n')).toBe(true);
    expect(md).not.toContain('Plano laikotarpis');
  });

  it('rejects bad arguments with an InputError', () => {
    expect(() =>
      renderPlanReport({} as PlanEvaluation, { format: 'markdown', locale: 'en' }),
    ).toThrow(InputError);
    expect(() =>
      renderPlanReport(seedEvaluation, { format: 'pdf' as 'html', locale: 'en' }),
    ).toThrow(InputError);
  });
});
