import { describe, expect, it } from 'vitest';
import type { Strategy } from '../../src/index.js';
import { parseStrategy, safeParseStrategy } from '../../src/indicators/strategySchema.js';

const base = { institution: { name: 'School' }, goals: [] };

describe('strategy schema', () => {
  it('accepts a qualitative plan with vision, mission, values, SWOT and phases', () => {
    const strategy: Strategy = {
      ...base,
      title: 'Strategy',
      language: 'sr-Cyrl',
      vision: 'v',
      mission: 'm',
      values: ['openness'],
      swot: { strengths: ['s'], weaknesses: [], opportunities: [], threats: [] },
      phases: [
        { id: 'p1', title: 'Staff first', durationYears: 2, focus: ['staff mobility'] },
        { id: 'p2', title: 'Then students', from: 2018, to: 2020 },
      ],
      goals: [{ id: '1', title: 'g', titleEn: 'g', objectives: [{ id: '1.1', title: 'o' }] }],
    };
    expect(parseStrategy(strategy)).toEqual(strategy);
  });

  it('rejects duplicate ids at every level, with their paths', () => {
    const action = (id: string, indicatorId: string) => ({
      id,
      title: 't',
      indicators: [{ id: indicatorId, label: 'l', kind: 'limit', targets: { 2016: 1 } }],
    });
    const result = safeParseStrategy({
      ...base,
      phases: [
        { id: 'p', title: 'a' },
        { id: 'p', title: 'b' },
      ],
      goals: [
        {
          id: '1',
          title: 'g',
          objectives: [{ id: '1.1', actions: [action('a', 'x'), action('a', 'x')] }],
        },
        { id: '1', title: 'g', objectives: [{ id: '1.1' }] },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const messages = result.error.issues.map((i) => i.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          'Duplicate phase id "p"',
          'Duplicate goal id "1"',
          'Duplicate objective id "1.1"',
          'Duplicate action id "a"',
          'Duplicate indicator id "x"',
        ]),
      );
    }
  });

  it('rejects inverted periods and phases, unknown keys and bad ids', () => {
    for (const bad of [
      { ...base, period: { from: 2020, to: 2016 } },
      { ...base, phases: [{ id: 'p', title: 'p', from: 2020, to: 2019 }] },
      { ...base, extra: true },
      { ...base, goals: [{ id: ' 1', title: 'g' }] },
      { ...base, institution: { name: 'x', country: 'lt' } },
      { goals: [] },
    ]) {
      expect(safeParseStrategy(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(() => parseStrategy({ ...base, goals: 'none' })).toThrow(/goals/);
  });

  it('checks milestone years against the period too', () => {
    const result = safeParseStrategy({
      ...base,
      period: { from: 2016, to: 2020 },
      goals: [
        {
          id: '1',
          title: 'g',
          objectives: [
            {
              id: '1.1',
              actions: [
                {
                  id: 'a',
                  title: 'a',
                  indicators: [
                    { id: 'm', label: 'm', kind: 'milestone', milestones: { 2021: 'x' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.path.slice(-2)).toEqual(['milestones', '2021']);
  });
});
