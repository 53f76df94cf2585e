/**
 * Sample actuals for the seed 001 action plan, 2016–2019: an illustrative data set, NOT the
 * school's real results (the seed publishes targets only). It is made to show every status:
 * years met and missed, a year with no data (2.2.2 in 2019), satisfaction surveys that are met
 * on the point estimate but statistically inconclusive, a limit exceeded, a per-unit shortfall,
 * event-driven counts, and the 2020 milestone still to come.
 */
import type { Actual, IsoDate } from 'erasmus-kit';

/** The evaluation date used with these actuals: after 2019 ended, before 2020 did. */
export const seed001AsOf: IsoDate = '2020-01-15';

/** One `value` actual per year, 2016 onward. */
function values(indicatorId: string, ...yearly: number[]): Actual[] {
  return yearly.map((value, i) => ({ indicatorId, year: 2016 + i, value }));
}

/** Sample actuals for 2016–2019 (illustrative). */
export const seed001Actuals: Actual[] = [
  // 1.1.1 agreements in force (latest reading): the December reading wins over June's.
  { indicatorId: '1.1.1', year: 2016, value: 6, date: '2016-06-30' },
  { indicatorId: '1.1.1', year: 2016, value: 7, date: '2016-12-15' },
  { indicatorId: '1.1.1', year: 2017, value: 8 },
  { indicatorId: '1.1.1', year: 2018, value: 8 },
  { indicatorId: '1.1.1', year: 2019, value: 9 },
  ...values('1.1.2', 1, 1, 3, 2),
  ...values('1.2.1', 48, 52, 51, 60),
  ...values('1.2.2', 6, 8, 7, 9),
  ...values('1.2.3', 9, 10, 12, 11),
  ...values('1.2.4', 2, 3, 3, 3),
  ...values('2.1.1', 50, 58, 63, 66),
  ...values('2.1.2', 3, 4, 5, 5),
  // 2.2.2: no OLS figure was collected for 2019.
  ...values('2.2.2', 52, 57, 62),
  { indicatorId: '2.3.1', year: 2016, occurrences: ['2016-06-20'] },
  { indicatorId: '2.3.1', year: 2017, occurrences: ['2017-06-19'] },
  { indicatorId: '2.3.1', year: 2018, occurrences: ['2018-06-25'] },
  { indicatorId: '2.3.1', year: 2019, occurrences: ['2019-06-17', '2019-12-02'] },
  ...values('2.3.2', 1, 1, 0, 1),
  { indicatorId: '2.3.3', year: 2016, survey: { satisfied: 46, responses: 49, invited: 52 } },
  { indicatorId: '2.3.3', year: 2017, survey: { satisfied: 55, responses: 60, invited: 60 } },
  { indicatorId: '2.3.3', year: 2018, survey: { satisfied: 20, responses: 22, invited: 58 } },
  { indicatorId: '2.3.3', year: 2019, survey: { satisfied: 78, responses: 80, invited: 84 } },
  ...values('2.3.4', 0, 1, 2, 0),
  { indicatorId: '2.3.5', year: 2016, perUnit: { amount: 49, units: 48, unitsShort: 0 } },
  { indicatorId: '2.3.5', year: 2017, perUnit: { amount: 50, units: 52, unitsShort: 2 } },
  { indicatorId: '2.3.5', year: 2018, perUnit: { amount: 53, units: 51, unitsShort: 0 } },
  { indicatorId: '2.3.5', year: 2019, perUnit: { amount: 62, units: 60, unitsShort: 0 } },
  ...values('3.1.1', 4, 5, 5, 6),
  ...values('3.1.2', 5, 6, 7, 8),
  { indicatorId: '3.2.1', year: 2016, events: { events: 6, responses: 8 } },
  { indicatorId: '3.2.1', year: 2017, events: { events: 7, responses: 8 } },
  { indicatorId: '3.2.1', year: 2018, events: { events: 7, responses: 7 } },
  { indicatorId: '3.2.1', year: 2019, events: { events: 8, responses: 10 } },
  { indicatorId: '3.2.2', year: 2016, events: { events: 3, responses: 2 } },
  { indicatorId: '3.2.2', year: 2017, events: { events: 4, responses: 4 } },
  { indicatorId: '3.2.2', year: 2018, events: { events: 4, responses: 5 } },
  { indicatorId: '3.2.2', year: 2019, events: { events: 5, responses: 6 } },
];
