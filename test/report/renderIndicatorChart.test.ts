import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';
import type { IndicatorEvaluation } from '../../src/indicators/evaluationTypes.js';
import { REPORT_LOCALES } from '../../src/report/labels/reportLabels.js';
import { renderIndicatorChart } from '../../src/report/renderIndicatorChart.js';
import { seedEvaluation } from './seed001.js';

const byId = (id: string) => {
  const found = seedEvaluation.indicators.find((i) => i.indicatorId === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('renderIndicatorChart', () => {
  it.each(REPORT_LOCALES)(
    'renders every chart of the seed 001 plan in %s (snapshot)',
    async (locale) => {
      const svgs = seedEvaluation.indicators.map((ev) => renderIndicatorChart(ev, { locale }));
      await expect(svgs.join('\n\n')).toMatchFileSnapshot(
        `./__snapshots__/seed001-charts.${locale}.svg.txt`,
      );
    },
  );

  it('is deterministic and does not change its input', () => {
    const ev = byId('2.3.3');
    const copy = structuredClone(ev);
    const a = renderIndicatorChart(ev, { locale: 'lt' });
    const b = renderIndicatorChart(structuredClone(ev), { locale: 'lt' });
    expect(a).toBe(b);
    expect(ev).toEqual(copy);
  });

  it('has a title, a description of every year, axis labels and ids from the indicator id', () => {
    const ev = byId('1.1.2');
    const svg = renderIndicatorChart(ev, { locale: 'en' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="chart-1_2e1_2e2"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="chart-1_2e1_2e2-title chart-1_2e1_2e2-desc"');
    expect(svg).toContain(
      '<title id="chart-1_2e1_2e2-title">1.1.2 Number of new signed contracts: targets and actuals</title>',
    );
    const desc = /<desc[^>]*>(.*)<\/desc>/.exec(svg)?.[1] ?? '';
    // the seed's targets 1 2 2 3 3 and the sample actuals 1 1 3 2
    expect(desc).toContain('2016: target at least 1, actual 1, met.');
    expect(desc).toContain('2017: target at least 2, actual 1, not met.');
    expect(desc).toContain('2019: target at least 3, actual 2, not met.');
    expect(desc).toContain('2020: target at least 3, actual –, not due.');
    expect(svg).toContain('>Value</text>');
    for (const year of [2016, 2017, 2018, 2019, 2020]) expect(svg).toContain(`>${year}</text>`);
  });

  it('marks statuses with different shapes, not colour alone', () => {
    const svg = renderIndicatorChart(byId('1.1.2'), { locale: 'en' });
    // met: a tick path; not met: a cross (two strokes); not due: a dashed ring
    expect(svg).toMatch(/<path d="M[\d. ]+ L[\d. ]+ L[\d. ]+" fill="none" stroke="#fff"/);
    expect(svg).toMatch(/<path d="M[\d. ]+ L[\d. ]+ M[\d. ]+ L[\d. ]+" fill="none" stroke="#fff"/);
    expect(svg).toContain('stroke-dasharray="2 2"');
  });

  it('draws the threshold and the confidence interval of a satisfaction indicator', () => {
    const ev = byId('2.3.3');
    const svg = renderIndicatorChart(ev, { locale: 'en' });
    expect(svg).toContain('<polyline');
    expect(svg).toContain('95% confidence interval');
    expect(svg).toContain('>Share satisfied</text>');
    // 46 of 49 → 93.9 %, interval 83.5 %–97.9 % (see the satisfaction tests)
    expect(svg).toContain('2016: target at least 85%, actual 93.9%, inconclusive.');
    expect(svg).toContain('>?</text>');
  });

  it('escapes labels from the plan', () => {
    const ev: IndicatorEvaluation = {
      ...byId('1.1.2'),
      indicatorId: 'x<1>',
      label: '<script>alert("x")</script> & co',
    };
    const svg = renderIndicatorChart(ev, { locale: 'hr' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toMatch(/id="chart-x_3c1_3e"/);
  });

  it('draws ranges, milestones and charts without data', () => {
    const range = evaluateIndicator(
      {
        id: 'r',
        label: 'Range',
        kind: 'numeric',
        direction: 'between',
        aggregation: 'annual',
        targets: { 2016: { min: 4, max: 6 }, 2017: { min: 4, max: 6 } },
      },
      [{ indicatorId: 'r', year: 2016, value: 5 }],
      { asOf: '2018-01-10' },
    );
    const svg = renderIndicatorChart(range, { locale: 'sr-Latn' });
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('2016: ciljna vrednost od 4 do 6, ostvareno 5, ispunjeno.');
    expect(svg).toContain('2017: ciljna vrednost od 4 do 6, ostvareno –, nema podataka.');

    const milestone = evaluateIndicator(
      {
        id: 'm',
        label: 'Conference',
        kind: 'milestone',
        milestones: { 2019: 'Host it', 2020: 'Report' },
      },
      [{ indicatorId: 'm', year: 2019, milestone: { done: true } }],
      { asOf: '2020-01-10' },
    );
    const m = renderIndicatorChart(milestone, { locale: 'en' });
    expect(m).toContain('2019: target milestone: Host it, actual done, met.');
    expect(m).not.toContain('>Value</text>');
    expect(m).toContain('Z" fill="#1a7f37"');

    const percentNoData = evaluateIndicator(
      {
        id: 'p',
        label: 'Share',
        kind: 'percentage',
        direction: 'at-most',
        targets: { 2016: '10%' },
      },
      [{ indicatorId: 'p', year: 2016, value: 0.05 }],
      { asOf: '2017-01-10' },
    );
    const p = renderIndicatorChart(percentNoData, { locale: 'en' });
    expect(p).toContain('2016: target at most 10%, actual 5%, met.');
    expect(p).not.toContain('confidence interval');
  });

  it('rejects what is not an indicator evaluation, with an InputError', () => {
    expect(() => renderIndicatorChart({} as IndicatorEvaluation, { locale: 'en' })).toThrow(
      InputError,
    );
    expect(() => renderIndicatorChart(byId('1.1.1'), { locale: 'de' as 'en' })).toThrow(InputError);
  });
});
