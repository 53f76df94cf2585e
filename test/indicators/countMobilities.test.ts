import { describe, expect, it } from 'vitest';
import type { MobilityInput } from '../../src/index.js';
import { countMobilities, safeCountMobilities } from '../../src/indicators/countMobilities.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';

const m = (
  activity: string,
  startDate: string,
  endDate: string,
  extra: Record<string, unknown> = {},
) => ({ action: 'KA121-VET', activity, startDate, endDate, ...extra }) as never;

const list = [
  m('learner-short-term', '2022-03-01', '2022-03-28'),
  m('learner-short-term', '2022-10-03', '2022-10-30', {
    participant: { fewerOpportunities: true },
  }),
  m('staff-job-shadowing', '2022-05-09', '2022-05-13'),
  m('learner-long-term', '2022-12-01', '2023-02-28'),
  {
    ...(m('learner-short-term', '2023-04-01', '2023-04-20') as object),
    action: 'KA122-VET',
  } as never,
];

describe('countMobilities', () => {
  it('counts mobilities per calendar year of their start, with filters', () => {
    expect(
      countMobilities(list, { indicatorId: 'x' }).map((a) => [
        a.year,
        'value' in a ? a.value : null,
      ]),
    ).toEqual([
      [2022, 4],
      [2023, 1],
    ]);
    const learners = countMobilities(list, {
      indicatorId: '1.2.1',
      actions: ['KA121-VET'],
      activities: ['learner-short-term', 'learner-long-term'],
    });
    expect(learners).toEqual([
      { indicatorId: '1.2.1', year: 2022, value: 3, source: 'mobility list: 3 mobilities' },
    ]);
    expect(countMobilities(list, { indicatorId: 'x', fewerOpportunitiesOnly: true })).toEqual([
      { indicatorId: 'x', year: 2022, value: 1, source: 'mobility list: 1 mobility' },
    ]);
  });

  it('places mobilities by end date and in school years when asked', () => {
    const byEnd = countMobilities(list, { indicatorId: 'x', yearOf: 'end' });
    expect(byEnd.map((a) => a.year)).toEqual([2022, 2023]);
    expect(byEnd.map((a) => ('value' in a ? a.value : 0))).toEqual([3, 2]);
    // School years ending 31 August, labelled by their start: 2021 = 2021/22, 2022 = 2022/23.
    const school = countMobilities(list, {
      indicatorId: 'x',
      yearEnd: '08-31',
      yearLabel: 'start',
    });
    expect(school.map((a) => [a.year, 'value' in a ? a.value : 0])).toEqual([
      [2021, 2],
      [2022, 3],
    ]);
  });

  it('emits zeros for every year of a range and drops the rest', () => {
    const ranged = countMobilities(list, { indicatorId: 'x', years: { from: 2023, to: 2024 } });
    expect(ranged.map((a) => [a.year, 'value' in a ? a.value : null])).toEqual([
      [2023, 1],
      [2024, 0],
    ]);
  });

  it('feeds evaluateIndicator directly', () => {
    const actuals = countMobilities(list, { indicatorId: 'k', activities: ['learner-short-term'] });
    const r = evaluateIndicator(
      {
        id: 'k',
        label: 'learners',
        kind: 'numeric',
        direction: 'at-least',
        aggregation: 'annual',
        targets: { 2022: 2, 2023: 2 },
      },
      actuals,
      { asOf: '2024-01-01' },
    );
    expect(r.years.map((y) => y.status)).toEqual(['met', 'not-met']);
  });

  it('accepts MobilityInput values and rejects malformed ones', () => {
    const input: MobilityInput = {
      action: 'KA131-HED',
      callYear: 2023,
      activity: 'student-studies',
      format: 'long-term',
      sendingCountry: 'RS',
      receivingCountry: 'IT',
      startDate: '2023-09-01',
      endDate: '2024-01-31',
    } as MobilityInput;
    expect(countMobilities([input], { indicatorId: 'x' })).toHaveLength(1);
    // A validated Mobility fits too.
    expect(countMobilities([parseMobility(input)], { indicatorId: 'x' })[0]).toMatchObject({
      year: 2023,
      value: 1,
    });
    expect(
      safeCountMobilities([m('a', '2023-02-30', '2023-03-01')], { indicatorId: 'x' }).success,
    ).toBe(false);
    expect(safeCountMobilities([], { indicatorId: '' }).success).toBe(false);
    expect(
      safeCountMobilities([], { indicatorId: 'x', years: { from: 2024, to: 2023 } }).success,
    ).toBe(false);
    expect(safeCountMobilities([], { indicatorId: 'x', yearEnd: '02-29' as never }).success).toBe(
      false,
    );
  });
});
