import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { evaluateSatisfaction } from '../../src/satisfaction/evaluateSatisfaction.js';
import {
  evaluateSatisfactionSchedule,
  safeEvaluateSatisfactionSchedule,
} from '../../src/satisfaction/evaluateSatisfactionSchedule.js';
import type { SatisfactionInput, SatisfactionThreshold } from '../../src/satisfaction/types.js';

// Seed 001, action 2.3.3: "Percentage of participants satisfied with the placement abroad:
// not less than 85% (2016), 86%, 88%, 89%, 90% (2020)".
const SEED_001 = { 2016: '85%', 2017: '86%', 2018: '88%', 2019: '89%', 2020: '90%' } as const;

describe('evaluateSatisfactionSchedule', () => {
  it('judges each year against its own threshold, reporting missing surveys as no-data', () => {
    const schedule = evaluateSatisfactionSchedule(SEED_001, {
      2016: { satisfied: 18, responses: 20 },
      2017: { satisfied: 200, responses: 220 },
      2019: { satisfied: 30, responses: 45 },
      2020: { satisfied: 8, responses: 9 },
    });
    expect(schedule.years.map((y) => [y.year, y.verdict])).toEqual([
      [2016, 'inconclusive'],
      [2017, 'met'],
      [2018, 'no-data'],
      [2019, 'not-met'],
      [2020, 'insufficient-data'],
    ]);
    expect(schedule.counts).toEqual({
      met: 1,
      'not-met': 1,
      inconclusive: 1,
      'insufficient-data': 1,
      'no-data': 1,
    });
    expect(schedule.surveysWithoutTarget).toEqual([]);
    const [y2016, y2017, y2018] = schedule.years;
    expect(y2016?.result).toEqual(evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%'));
    expect(y2016?.explanation).toBe(
      '2016: 90.0% satisfied (18 of 20; 95% interval 69.9%–97.2%): inconclusive against the target of at least 85%',
    );
    expect(y2017?.target).toEqual({ direction: 'at-least', value: 0.86 });
    expect(y2017?.explanation).toMatch(/^2017: .*meets the target of at least 86%$/);
    expect(y2018).toEqual({
      year: 2018,
      target: { direction: 'at-least', value: 0.88 },
      verdict: 'no-data',
      result: null,
      explanation: '2018: no survey, so the target of at least 88% cannot be judged',
    });
  });

  it('orders years numerically and lists surveys that have no threshold', () => {
    const schedule = evaluateSatisfactionSchedule(
      { 2020: 0.9, 2016: 0.85 },
      {
        2021: { satisfied: 1, responses: 1 },
        2015: { answers: [5] },
        2016: { likert: [0, 0, 0, 5, 15] },
      },
    );
    expect(schedule.years.map((y) => y.year)).toEqual([2016, 2020]);
    expect(schedule.surveysWithoutTarget).toEqual([2015, 2021]);
    expect(schedule.years[0]?.result?.satisfied).toBe(20);
  });

  it('applies the options to every year', () => {
    const schedule = evaluateSatisfactionSchedule(
      { 2016: { atMost: 0.1 }, 2017: { atMost: 0.1 } },
      { 2016: { satisfied: 1, responses: 6 }, 2017: { satisfied: 0, responses: 5 } },
      { minResponses: 5, label: 'complaining' },
    );
    expect(schedule.years.map((y) => y.verdict)).toEqual(['inconclusive', 'inconclusive']);
    expect(schedule.years[0]?.explanation).toMatch(/^2016: 16\.7% complaining/);
  });

  it('handles an empty schedule', () => {
    expect(evaluateSatisfactionSchedule({}, {})).toEqual({
      years: [],
      counts: { met: 0, 'not-met': 0, inconclusive: 0, 'insufficient-data': 0, 'no-data': 0 },
      surveysWithoutTarget: [],
    });
  });

  it('names the bad field', () => {
    const pathsOf = (thresholds: unknown, surveys: unknown, options?: unknown) => {
      const result = safeEvaluateSatisfactionSchedule(
        thresholds as Record<number, SatisfactionThreshold>,
        surveys as Record<number, SatisfactionInput>,
        options as undefined,
      );
      expect(result.success).toBe(false);
      return result.success ? [] : result.error.issues.map((issue) => issue.path);
    };
    expect(pathsOf({ 2016: 1.2 }, {})).toEqual([['thresholds', '2016']]);
    expect(pathsOf({ 2016: 0.85 }, { 2016: { satisfied: 21, responses: 20 } })).toEqual([
      ['surveys', '2016', 'satisfied'],
    ]);
    expect(pathsOf({ 2016: 0.85 }, { 2017: { satisfied: -1, responses: 20 } })).toEqual([
      ['surveys', '2017', 'satisfied'],
    ]);
    expect(pathsOf({ 2016: 0.85 }, {}, { confidence: 1 })).toEqual([['options', 'confidence']]);
    expect(pathsOf({ 16: 0.85 }, {})[0]).toEqual(['thresholds', '16']);
    expect(pathsOf([0.85], {})).toEqual([['thresholds']]);
    expect(() => evaluateSatisfactionSchedule({ 2016: 1.2 }, {})).toThrow(InputError);
  });

  it('safeEvaluateSatisfactionSchedule returns the data on success', () => {
    expect(safeEvaluateSatisfactionSchedule(SEED_001, {})).toEqual({
      success: true,
      data: evaluateSatisfactionSchedule(SEED_001, {}),
    });
  });
});
