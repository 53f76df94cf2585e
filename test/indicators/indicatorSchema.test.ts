import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseIndicator, safeParseIndicator } from '../../src/indicators/indicatorSchema.js';

describe('indicator schema', () => {
  it('accepts every kind', () => {
    for (const indicator of [
      {
        id: 'a',
        label: 'a',
        kind: 'numeric',
        direction: 'between',
        aggregation: 'latest',
        targets: { 2016: { min: 1, max: 2 } },
      },
      {
        id: 'b',
        label: 'b',
        kind: 'percentage',
        direction: 'at-most',
        targets: { 2016: '10%', 2017: 0.1 },
        baseline: { year: 2015, value: 0.2 },
      },
      { id: 'c', label: 'c', kind: 'frequency', targets: { 2016: 2 }, weight: 2, unit: 'meeting' },
      { id: 'd', label: 'd', kind: 'limit', targets: { 2016: 0 } },
      {
        id: 'e',
        label: 'e',
        kind: 'per-unit',
        per: 'internship',
        direction: 'at-most',
        targets: { 2016: 3 },
      },
      { id: 'f', label: 'f', kind: 'event-driven', event: 'visit', targets: { 2016: 1 } },
      { id: 'g', label: 'g', kind: 'milestone', milestones: { 2016: 'done' }, note: 'n' },
    ]) {
      expect(parseIndicator(indicator)).toEqual(indicator);
    }
  });

  it('rejects malformed indicators with InputError naming the field', () => {
    const cases: [unknown, (string | number)[]][] = [
      [
        {
          id: 'a',
          label: 'a',
          kind: 'numeric',
          direction: 'between',
          aggregation: 'annual',
          targets: { 2016: { min: 3, max: 2 } },
        },
        ['targets', '2016', 'max'],
      ],
      [
        {
          id: 'b',
          label: 'b',
          kind: 'percentage',
          direction: 'at-least',
          targets: { 2016: '120%' },
        },
        ['targets', '2016'],
      ],
      [{ id: 'c', label: 'c', kind: 'frequency', targets: { 2016: 1 }, weight: 0 }, ['weight']],
      [{ id: 'd', label: 'd', kind: 'limit', targets: { 2016: -1 } }, ['targets', '2016']],
      [{ id: 'e', label: 'e', kind: 'unknown', targets: {} }, ['kind']],
    ];
    for (const [input, path] of cases) {
      const result = safeParseIndicator(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
      // issue 15, item 7: paths start at the argument, `indicator`
      if (!result.success) expect(result.error.issues[0]?.path).toEqual(['indicator', ...path]);
    }
    expect(() => parseIndicator({})).toThrow(InputError);
  });
});
