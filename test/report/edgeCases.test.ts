/** The less common shapes: directions, milestones without data, green travel, odd plan trees. */
import { describe, expect, it } from 'vitest';
import type { GrantResult } from '../../src/grants/types.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import type { Strategy } from '../../src/indicators/strategyTypes.js';
import { toMarkdown } from '../../src/report/docModel.js';
import { renderGrantStatement } from '../../src/report/renderGrantStatement.js';
import { renderIndicatorChart } from '../../src/report/renderIndicatorChart.js';
import { renderPlanReport } from '../../src/report/renderPlanReport.js';

const sp = (text: string) => text.replace(/\s/g, ' ');

describe('report edge cases', () => {
  it('words exactly and at-most targets, and milestones without data', () => {
    const exactly = evaluateIndicator(
      {
        id: 'e',
        label: 'Exact',
        kind: 'numeric',
        direction: 'exactly',
        aggregation: 'annual',
        targets: { 2016: 3 },
      },
      [{ indicatorId: 'e', year: 2016, value: 3 }],
      { asOf: '2017-01-10' },
    );
    expect(renderIndicatorChart(exactly, { locale: 'lt' })).toContain(
      '2016 m.: siektina reikšmė lygiai 3, faktinė 3, įvykdyta.',
    );
    const atMost = evaluateIndicator(
      { id: 'l', label: 'Limit', kind: 'limit', targets: { 2016: 1 } },
      [{ indicatorId: 'l', year: 2016, value: 2 }],
      { asOf: '2017-01-10' },
    );
    expect(renderIndicatorChart(atMost, { locale: 'hr' })).toContain(
      '2016: ciljna vrijednost najviše 1, ostvareno 2, nije ispunjeno.',
    );
    const milestone = evaluateIndicator(
      { id: 'm', label: 'Conference', kind: 'milestone', milestones: { 2016: 'Host' } },
      [],
      { asOf: '2017-01-10' },
    );
    const svg = renderIndicatorChart(milestone, { locale: 'en' });
    expect(svg).toContain('2016: target milestone: Host, actual –, no data.');
    expect(svg).toContain('Z" fill="#fff"');
  });

  it('words a satisfaction survey against an at-most threshold', () => {
    const ev = evaluateIndicator(
      {
        id: 'c',
        label: 'Complaints',
        kind: 'percentage',
        direction: 'at-most',
        targets: { 2016: '20%' },
      },
      [{ indicatorId: 'c', year: 2016, survey: { satisfied: 2, responses: 100 } }],
      { asOf: '2017-01-10' },
    );
    const md = renderPlanReport(
      {
        asOf: '2017-01-10',
        period: null,
        indicators: [ev],
        objectives: [],
        goals: [],
        summary: {
          id: 'plan',
          title: null,
          indicators: 1,
          dueYears: 1,
          metYears: 1,
          shareMet: 1,
          weightedScore: null,
          status: null,
          byStatus: { achieved: 1, 'on-track': 0, 'at-risk': 0, 'off-track': 0 },
          byYearStatus: { met: 1, 'not-met': 0, inconclusive: 0, 'no-data': 0, 'not-due': 0 },
        },
        warnings: [],
      },
      { format: 'markdown', locale: 'en' },
    );
    expect(md).toMatch(
      /2016: 2% satisfied \(2 of 100\), 95% interval [\d.]+%–[\d.]+%; target at most 20%: met\./,
    );
    expect(md).toContain('| – | – |'); // no weighted score, no status
  });

  it('follows an uneven plan tree', () => {
    const strategy: Strategy = {
      institution: { name: 'A' },
      goals: [
        { id: '1', title: 'No objectives' },
        {
          id: '2',
          title: 'Objectives without actions or indicators',
          objectives: [
            { id: '2.1' },
            { id: '2.2', actions: [{ id: '2.2.1', title: 'No indicators' }] },
          ],
        },
      ],
    };
    const evaluation = evaluatePlan(strategy, [], { asOf: '2020-01-01' });
    const md = renderPlanReport(evaluation, { format: 'markdown', locale: 'sr-Latn', strategy });
    expect(md).toContain('## Cilj 1: No objectives');
    expect(md).toContain('### Specifični cilj 2.1: (bez naslova)');
    expect(md).toContain('#### Aktivnost 2.2.1: No indicators');
    // a strategy that names a goal the evaluation lacks: no roll-up line, no crash
    const other = renderPlanReport(evaluation, {
      format: 'markdown',
      locale: 'en',
      strategy: {
        ...strategy,
        goals: [
          {
            id: '9',
            title: 'Elsewhere',
            objectives: [
              {
                id: '9.1',
                actions: [
                  {
                    id: '9.1.1',
                    title: 'x',
                    indicators: [{ id: 'zz', label: 'zz', kind: 'limit', targets: { 2016: 1 } }],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(other).toContain('## Goal 9: Elsewhere');
    expect(other).not.toContain('Indicator zz');
  });

  it('words green travel and a grant without lines', () => {
    const base: GrantResult = {
      total: '0.00',
      currency: 'EUR',
      complete: true,
      missing: [],
      lines: [],
      duration: {
        callYear: 2024,
        method: 'calendar',
        calculatedDays: 5,
        interruptionDays: 0,
        mobilityDays: 5,
        nonFundedDays: 0,
        fundedStayDays: 5,
        declaredTravelDays: 0,
        travelDayAllowance: 0,
        travelDays: 0,
        fundedDays: 5,
        fullMonths: 0,
        extraDays: 5,
        virtualDays: 0,
        figures: [],
      },
      eligibility: { eligible: true, issues: [] } as unknown as GrantResult['eligibility'],
      rules: { callYear: 2024, provisional: false, rates: 'rate-sheet', rounding: 'per-line' },
      warnings: [],
    };
    const empty = renderGrantStatement(base, { format: 'markdown', locale: 'en' });
    expect(empty).not.toContain('quoted in English');
    const green = renderGrantStatement(
      {
        ...base,
        total: '285.00',
        lines: [
          {
            kind: 'travel',
            quantity: 1,
            unit: 'trip',
            unitAmount: '285.00',
            amount: '285.00',
            basis: '390 km one way: green band 100–499 km, return trip',
            rule: 'r',
            figures: [],
            calculation: {
              form: 'travel',
              distanceKm: 390,
              band: { fromKm: 100, belowKm: 500 },
              green: true,
              realCost: null,
            },
          },
        ],
      },
      { format: 'markdown', locale: 'sr-Latn' },
    );
    expect(sp(green)).toContain(
      '| Putni troškovi | 390 km u jednom pravcu: razred udaljenosti 100–499 km, zeleno putovanje, povratno putovanje | 285,00 € |',
    );
  });

  it('leaves charts out of Markdown', () => {
    expect(
      toMarkdown([
        { kind: 'heading', level: 1, text: 'T' },
        { kind: 'chart', svg: '<svg/>', caption: 'c' },
      ]),
    ).toBe('# T\n');
  });
});
