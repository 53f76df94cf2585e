import { describe, expect, it } from 'vitest';
import { parseActuals, safeParseActuals } from '../../src/indicators/actualSchema.js';

describe('actual schema', () => {
  it('accepts each form of actual', () => {
    const list = [
      { indicatorId: 'a', year: 2016, value: 1, date: '2016-05-01', source: 'register', note: 'n' },
      { indicatorId: 'b', year: 2016, survey: { likert: [0, 1, 2, 3, 4] } },
      { indicatorId: 'c', year: 2016, occurrences: [] },
      { indicatorId: 'd', year: 2016, perUnit: { amount: 1.5, units: 1 } },
      { indicatorId: 'e', year: 2016, events: { events: 0, responses: 0 } },
      { indicatorId: 'f', year: 2016, milestone: { done: false, evidence: 'minutes' } },
    ];
    expect(parseActuals(list)).toEqual(list);
  });

  it('requires exactly one payload and validates each', () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ indicatorId: 'a', year: 2016 }, [0]],
      [
        { indicatorId: 'a', year: 2016, value: 1, events: { events: 1, responses: 1 } },
        [0, 'events'],
      ],
      [
        { indicatorId: 'a', year: 2016, perUnit: { amount: 1, units: 1, unitsShort: 2 } },
        [0, 'perUnit', 'unitsShort'],
      ],
      [
        { indicatorId: 'a', year: 2016, survey: { satisfied: 3, responses: 2 } },
        [0, 'survey', 'satisfied'],
      ],
      [{ indicatorId: 'a', year: 2016, occurrences: ['2016-13-01'] }, [0, 'occurrences', 0]],
      [{ indicatorId: 'a', year: 16, value: 1 }, [0, 'year']],
      [{ indicatorId: 'a', year: 2016, value: Number.NaN }, [0, 'value']],
    ];
    for (const [input, path] of cases) {
      const result = safeParseActuals([input]);
      expect(result.success, JSON.stringify(input)).toBe(false);
      // issue 15, item 7: paths start at the argument, `actuals`
      if (!result.success) expect(result.error.issues[0]?.path).toEqual(['actuals', ...path]);
    }
  });
});

// Moved from the agreement suite of the deleted fast path (issue 15, item 1): what they said
// about the schema itself.
describe('actual schema: every form, strict objects (issue 15, item 1)', () => {
  it('accepts the plain forms, a null prototype, dates, milestones, Likert counts', () => {
    const list = [
      { indicatorId: 'a', year: 2016, value: 1.5, source: 's', note: 'n' },
      { indicatorId: 'b', year: 2016, survey: { satisfied: 1, responses: 2, invited: 2 } },
      { indicatorId: 'c', year: 2016, perUnit: { amount: 1, units: 1, unitsShort: 1 } },
      { indicatorId: 'd', year: 2016, events: { events: 1, responses: 0 } },
      Object.assign(Object.create(null), { indicatorId: 'e', year: 2016, value: 0 }),
      { indicatorId: 'a', year: 2016, value: 1, date: '2016-01-01' },
      { indicatorId: 'a', year: 2016, milestone: { done: true } },
      { indicatorId: 'a', year: 2016, survey: { likert: [1, 2] } },
    ];
    expect(parseActuals(list)).toEqual(list);
    // A key set to undefined is absent.
    expect(parseActuals([{ indicatorId: 'a', year: 2016, value: 1, note: undefined }])).toEqual([
      { indicatorId: 'a', year: 2016, value: 1 },
    ]);
  });

  it('rejects unknown keys inside a payload, and a scale given with counts', () => {
    for (const [input, path] of [
      [
        { indicatorId: 'a', year: 2016, perUnit: { amount: 1, units: 1, per: 'x' } },
        [0, 'perUnit'],
      ],
      [
        { indicatorId: 'a', year: 2016, events: { events: 1, responses: 1, extra: 0 } },
        [0, 'events'],
      ],
      [
        { indicatorId: 'a', year: 2016, survey: { satisfied: 1, responses: 1, scale: 5 } },
        [0, 'survey', 'scale'],
      ],
      ['x', []],
    ] as const) {
      const result = safeParseActuals(typeof input === 'string' ? input : [input]);
      expect(result.success, JSON.stringify(input)).toBe(false);
      if (!result.success) {
        expect(result.error.issues.map((i) => i.path)).toContainEqual(['actuals', ...path]);
      }
    }
  });
});
