/**
 * Property tests: whatever text a plan holds, the markup of charts and reports keeps the same
 * structure (every '<' comes from the renderer, none from the text), and rendering is
 * deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorEvaluation } from '../../src/indicators/evaluationTypes.js';
import { REPORT_LOCALES } from '../../src/report/labels/reportLabels.js';
import { renderIndicatorChart } from '../../src/report/renderIndicatorChart.js';
import { renderPlanReport } from '../../src/report/renderPlanReport.js';
import { seedEvaluation } from './seed001.js';

const tags = (markup: string) => markup.split('<').length;
const first = seedEvaluation.indicators[0] as IndicatorEvaluation;

describe('rendering (properties)', () => {
  it('escapes any indicator label: the chart keeps its structure', () => {
    const plain = tags(renderIndicatorChart({ ...first, label: 'x' }, { locale: 'en' }));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.constantFrom(...REPORT_LOCALES),
        (label, locale) => {
          const svg = renderIndicatorChart({ ...first, label }, { locale });
          expect(tags(svg)).toBe(plain);
          expect(svg).toBe(renderIndicatorChart({ ...first, label }, { locale }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('escapes any warning text in the HTML report', () => {
    const small = { ...seedEvaluation, indicators: seedEvaluation.indicators.slice(0, 1) };
    const plain = tags(
      renderPlanReport(
        {
          ...small,
          warnings: [{ code: 'unknown-indicator', indicatorId: 'x', year: 2016, message: 'x' }],
        },
        { format: 'html', locale: 'hr' },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (message) => {
        const html = renderPlanReport(
          {
            ...small,
            warnings: [{ code: 'unknown-indicator', indicatorId: 'x', year: 2016, message }],
          },
          { format: 'html', locale: 'hr' },
        );
        expect(tags(html)).toBe(plain);
      }),
      { numRuns: 40 },
    );
  });
});
