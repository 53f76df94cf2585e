/**
 * Issue 15, "Speed without copies": a plan is worked out once — each indicator's years with the
 * kind each is judged as — and the evaluation reads them instead of looking up record keys.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/indicators/indicatorTypes.js';
import { indicatorYears, slotOf } from '../../src/indicators/indicatorYears.js';

describe('indicatorYears (issue 15, speed without copies: normalise a plan once)', () => {
  it('merges target and milestone years, oldest first; a milestone year is judged as one', () => {
    const indicator = {
      id: 'x',
      label: 'x',
      kind: 'numeric',
      direction: 'at-least',
      aggregation: 'annual',
      targets: { 2019: 3, 2017: 1, 2018: 2 },
      milestones: { 2018: 'Strategy adopted', 2016: 'Team formed' },
    } as Indicator;
    expect(indicatorYears(indicator)).toEqual([
      { year: 2016, key: '2016', kind: 'milestone' },
      { year: 2017, key: '2017', kind: 'numeric' },
      { year: 2018, key: '2018', kind: 'milestone' },
      { year: 2019, key: '2019', kind: 'numeric' },
    ]);
  });

  it('gives a milestone indicator its milestone years only, and finds a year by number', () => {
    const indicator = {
      id: 'm',
      label: 'm',
      kind: 'milestone',
      milestones: { 2021: 'Office opened', 2020: 'Plan approved' },
    } as Indicator;
    const years = indicatorYears(indicator);
    expect(years.map((y) => [y.year, y.kind])).toEqual([
      [2020, 'milestone'],
      [2021, 'milestone'],
    ]);
    expect(slotOf(years, 2021)).toBe(1);
    expect(slotOf(years, 2022)).toBe(-1);
  });
});
