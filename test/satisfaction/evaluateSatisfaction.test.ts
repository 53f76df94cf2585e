import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  evaluateSatisfaction,
  safeEvaluateSatisfaction,
} from '../../src/satisfaction/evaluateSatisfaction.js';
import type {
  EvaluateSatisfactionOptions,
  SatisfactionInput,
  SatisfactionThreshold,
} from '../../src/satisfaction/types.js';

// Interval figures in the expectations below come from SciPy, not from this library:
//   binomtest(x, n).proportion_ci(confidence_level=c, method='wilson' | 'wilsoncc')
// e.g. 30/45 → 0.52070–0.78641, 2/40 → 0.01382–0.16504, 1/60 → 0.00295–0.08855,
// 12/60 → 0.11829–0.31782, 8/9 → 0.56500–0.98011, 18/20 at 90% → 0.73834–0.96634.

describe('evaluateSatisfaction: the issue example', () => {
  it('18 of 20 against "not less than 85%" is inconclusive, though the point estimate says met', () => {
    expect(evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%')).toEqual({
      share: 0.9,
      interval: { lower: 0.699, upper: 0.9721, confidence: 0.95, continuityCorrection: false },
      pointVerdict: 'met',
      verdict: 'inconclusive',
      satisfied: 18,
      responses: 20,
      target: { direction: 'at-least', value: 0.85 },
      explanation:
        '90.0% satisfied (18 of 20; 95% interval 69.9%–97.2%): inconclusive against the target of at least 85%',
    });
  });

  it.each([
    [17, 20, 'inconclusive', 'met'],
    [18, 20, 'inconclusive', 'met'],
    [41, 46, 'inconclusive', 'met'],
    [200, 220, 'met', 'met'],
  ] as const)(
    'docs/satisfaction.md worked examples: %i of %i → %s (naive: %s)',
    (satisfied, responses, verdict, point) => {
      const result = evaluateSatisfaction({ satisfied, responses }, 0.85);
      expect(result.verdict).toBe(verdict);
      expect(result.pointVerdict).toBe(point);
    },
  );

  it('explains met and not-met', () => {
    expect(evaluateSatisfaction({ satisfied: 200, responses: 220 }, 0.85).explanation).toBe(
      '90.9% satisfied (200 of 220; 95% interval 86.4%–94.0%): meets the target of at least 85%',
    );
    const missed = evaluateSatisfaction({ satisfied: 30, responses: 45 }, 0.89);
    expect(missed.verdict).toBe('not-met');
    expect(missed.pointVerdict).toBe('not-met');
    expect(missed.explanation).toBe(
      '66.7% satisfied (30 of 45; 95% interval 52.1%–78.6%): does not meet the target of at least 89%',
    );
  });
});

describe('threshold forms', () => {
  const counts = { satisfied: 41, responses: 46 };
  it.each<SatisfactionThreshold>([
    0.85,
    '85%',
    ' 85 % ' as `${number}%`,
    { atLeast: 0.85 },
    { atLeast: '85%' },
  ])('%j means at least 85%', (threshold) => {
    const result = evaluateSatisfaction(counts, threshold);
    expect(result.target).toEqual({ direction: 'at-least', value: 0.85 });
    expect(result.verdict).toBe('inconclusive');
  });

  it('reads decimal percentages exactly', () => {
    const result = evaluateSatisfaction(counts, '85.5%');
    expect(result.target.value).toBe(0.855);
    expect(result.explanation).toMatch(/the target of at least 85\.5%$/);
  });

  it('judges at-most thresholds (complaints)', () => {
    const options = { label: 'complaining' };
    const met = evaluateSatisfaction({ satisfied: 1, responses: 60 }, { atMost: 0.1 }, options);
    expect(met.verdict).toBe('met');
    expect(met.target).toEqual({ direction: 'at-most', value: 0.1 });
    expect(met.explanation).toBe(
      '1.7% complaining (1 of 60; 95% interval 0.3%–8.9%): meets the target of at most 10%',
    );
    const notMet = evaluateSatisfaction({ satisfied: 12, responses: 60 }, { atMost: '10%' });
    expect(notMet.verdict).toBe('not-met');
    expect(notMet.pointVerdict).toBe('not-met');
    const unclear = evaluateSatisfaction({ satisfied: 2, responses: 40 }, { atMost: 0.1 });
    expect(unclear.verdict).toBe('inconclusive');
    expect(unclear.pointVerdict).toBe('met');
  });

  it('treats a share equal to the threshold as met by the point estimate', () => {
    expect(evaluateSatisfaction({ satisfied: 17, responses: 20 }, 0.85).pointVerdict).toBe('met');
    expect(
      evaluateSatisfaction({ satisfied: 2, responses: 20 }, { atMost: 0.1 }).pointVerdict,
    ).toBe('met');
  });

  it('accepts the edges 0 and 1', () => {
    expect(evaluateSatisfaction({ satisfied: 0, responses: 10 }, 0).verdict).toBe('met');
    expect(evaluateSatisfaction({ satisfied: 10, responses: 10 }, 1).verdict).toBe('inconclusive');
    expect(evaluateSatisfaction({ satisfied: 10, responses: 10 }, { atMost: 1 }).verdict).toBe(
      'met',
    );
  });
});

describe('input forms', () => {
  it('counts raw answers, top two points satisfied by default', () => {
    const answers = [5, 5, 4, 4, 4, 3, 5, 2, 4, 5, 1, 4];
    const result = evaluateSatisfaction({ answers }, 0.5);
    expect(result.satisfied).toBe(9);
    expect(result.responses).toBe(12);
    expect(result).toEqual(evaluateSatisfaction({ satisfied: 9, responses: 12 }, 0.5));
  });

  it('applies satisfiedFrom to answers and Likert counts', () => {
    const answers = [5, 5, 4, 4, 4, 3, 5, 2, 4, 5, 1, 4];
    expect(evaluateSatisfaction({ answers }, 0.5, { satisfiedFrom: 5 }).satisfied).toBe(4);
    expect(evaluateSatisfaction({ answers }, 0.5, { satisfiedFrom: 3 }).satisfied).toBe(10);
    expect(
      evaluateSatisfaction({ likert: [1, 1, 1, 5, 4] }, 0.5, { satisfiedFrom: 5 }).satisfied,
    ).toBe(4);
  });

  it('uses the scale of the input for the default rule', () => {
    // 1–7 scale: top two points are 6 and 7
    expect(
      evaluateSatisfaction({ answers: [7, 6, 5, 5, 6, 7, 1, 2, 3, 4], scale: 7 }, 0.5).satisfied,
    ).toBe(4);
    expect(evaluateSatisfaction({ likert: [1, 1, 1, 1, 1, 2, 3] }, 0.5).satisfied).toBe(5);
    // 1–3 scale: points 2 and 3; 1–2 scale: point 2 only
    expect(evaluateSatisfaction({ likert: [3, 4, 5] }, 0.5).satisfied).toBe(9);
    expect(evaluateSatisfaction({ likert: [3, 8] }, 0.5).satisfied).toBe(8);
  });

  it('reads Likert counts as an array or as an object keyed by point', () => {
    const fromArray = evaluateSatisfaction({ likert: [0, 1, 2, 7, 10] }, 0.85);
    const fromObject = evaluateSatisfaction({ likert: { 2: 1, 3: 2, 4: 7, 5: 10 } }, 0.85);
    expect(fromArray).toEqual(fromObject);
    expect(fromArray.satisfied).toBe(17);
    expect(fromArray.responses).toBe(20);
    expect(evaluateSatisfaction({ likert: { 1: 3, 7: 9 }, scale: 7 }, 0.5).satisfied).toBe(9);
  });

  it('reports the response rate when the number invited is known', () => {
    const result = evaluateSatisfaction({ satisfied: 18, responses: 20, invited: 30 }, '85%');
    expect(result.invited).toBe(30);
    expect(result.responseRate).toBe(0.6667);
    expect(result.explanation).toBe(
      '90.0% satisfied (18 of 20, response rate 66.7%; 95% interval 69.9%–97.2%): inconclusive against the target of at least 85%',
    );
    expect(
      evaluateSatisfaction({ answers: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], invited: 40 }, 0.5)
        .responseRate,
    ).toBe(0.25);
  });

  it('omits optional fields rather than setting them undefined', () => {
    const result = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%');
    expect(Object.keys(result)).not.toContain('invited');
    expect(Object.keys(result)).not.toContain('responseRate');
    expect(Object.keys(result)).not.toContain('insufficientData');
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ likert: Object.freeze([0, 1, 2, 7, 10]) });
    const threshold = Object.freeze({ atLeast: 0.85 });
    const options = Object.freeze({ confidence: 0.9 });
    expect(() => evaluateSatisfaction(input, threshold, options)).not.toThrow();
  });
});

describe('options', () => {
  it('uses the confidence level given', () => {
    const result = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%', {
      confidence: 0.9,
    });
    expect(result.interval).toEqual({
      lower: 0.7383,
      upper: 0.9663,
      confidence: 0.9,
      continuityCorrection: false,
    });
    expect(result.explanation).toContain('90% interval 73.8%–96.6%');
  });

  it('applies the continuity correction on request', () => {
    const result = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%', {
      continuityCorrection: true,
    });
    expect(result.interval).toEqual({
      lower: 0.6687,
      upper: 0.9825,
      confidence: 0.95,
      continuityCorrection: true,
    });
    expect(result.explanation).toContain('95% interval 66.9%–98.2%, continuity-corrected)');
  });

  it('gives insufficient-data below minResponses (default 10), still showing the numbers', () => {
    const result = evaluateSatisfaction({ satisfied: 8, responses: 9 }, 0.5);
    expect(result.verdict).toBe('insufficient-data');
    expect(result.insufficientData).toBe('too-few-responses');
    expect(result.pointVerdict).toBe('met');
    expect(result.share).toBe(0.8889);
    expect(result.interval?.lower).toBe(0.565);
    expect(result.explanation).toBe(
      '88.9% satisfied (8 of 9; 95% interval 56.5%–98.0%): insufficient data to judge the target of at least 50% (9 responses; at least 10 needed)',
    );
    expect(
      evaluateSatisfaction({ satisfied: 8, responses: 9 }, 0.5, { minResponses: 9 }).verdict,
    ).toBe('met');
    expect(evaluateSatisfaction({ satisfied: 1, responses: 1 }, 0.5).explanation).toContain(
      '(1 response; at least 10 needed)',
    );
  });

  it('gives insufficient-data with no responses at all, without NaN', () => {
    const result = evaluateSatisfaction({ satisfied: 0, responses: 0 }, 0.85, { minResponses: 1 });
    expect(result).toEqual({
      share: null,
      interval: null,
      pointVerdict: null,
      verdict: 'insufficient-data',
      insufficientData: 'too-few-responses',
      satisfied: 0,
      responses: 0,
      target: { direction: 'at-least', value: 0.85 },
      explanation:
        'No responses: insufficient data to judge the target of at least 85% (0 responses; at least 1 needed)',
    });
    const invited = evaluateSatisfaction({ answers: [], invited: 25 }, 0.85);
    expect(invited.responseRate).toBe(0);
    expect(invited.explanation).toBe(
      'No responses (25 invited): insufficient data to judge the target of at least 85% (0 responses; at least 10 needed)',
    );
  });

  it('gives insufficient-data below the minimum response rate', () => {
    const low = evaluateSatisfaction(
      { satisfied: 2, responses: 40, invited: 100 },
      { atMost: 0.1 },
      {
        minResponseRate: '50%',
        label: 'complaining',
      },
    );
    expect(low.verdict).toBe('insufficient-data');
    expect(low.insufficientData).toBe('response-rate-too-low');
    expect(low.explanation).toBe(
      '5.0% complaining (2 of 40, response rate 40.0%; 95% interval 1.4%–16.5%): insufficient data to judge the target of at most 10% (response rate 40.0%; at least 50% needed)',
    );
    const enough = evaluateSatisfaction(
      { satisfied: 2, responses: 40, invited: 80 },
      { atMost: 0.1 },
      {
        minResponseRate: 0.5,
      },
    );
    expect(enough.verdict).toBe('inconclusive');
  });
});

describe('bad input', () => {
  const pathsOf = (
    input: unknown,
    threshold: unknown,
    options?: unknown,
  ): readonly (readonly PropertyKey[])[] => {
    const call = () =>
      evaluateSatisfaction(
        input as SatisfactionInput,
        threshold as SatisfactionThreshold,
        options as EvaluateSatisfactionOptions,
      );
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    return (caught as InputError).issues.map((issue) => issue.path);
  };

  it('names the field: the acceptance cases', () => {
    expect(pathsOf({ satisfied: 25, responses: 20 }, 0.85)).toEqual([['input', 'satisfied']]);
    expect(pathsOf({ satisfied: -1, responses: 20 }, 0.85)).toEqual([['input', 'satisfied']]);
    expect(pathsOf({ satisfied: 1, responses: -20 }, 0.85)).toEqual([['input', 'responses']]);
    expect(pathsOf({ likert: [1, -2, 3] }, 0.85)).toEqual([['input', 'likert', 1]]);
    expect(pathsOf({ satisfied: 18, responses: 20 }, 1.2)).toEqual([['threshold']]);
    expect(pathsOf({ satisfied: 18, responses: 20 }, 0.85, { confidence: 1 })).toEqual([
      ['options', 'confidence'],
    ]);
  });

  it('says what is wrong', () => {
    expect(() => evaluateSatisfaction({ satisfied: 25, responses: 20 }, 0.85)).toThrow(
      /More satisfied \(25\) than responses \(20\)[\s\S]*input\.satisfied/,
    );
    expect(() => evaluateSatisfaction({ satisfied: 18, responses: 20 }, 1.2)).toThrow(
      /→ at threshold/,
    );
    expect(() =>
      evaluateSatisfaction({ satisfied: 18, responses: 20 }, 0.8, { confidence: 1 }),
    ).toThrow(/strictly between 0 and 1/);
  });

  it('rejects other malformed thresholds', () => {
    for (const threshold of [
      85,
      -0.1,
      '120%',
      '85',
      'abc',
      Number.NaN,
      { atLeast: 2 },
      { foo: 1 },
      null,
    ]) {
      const paths = pathsOf({ satisfied: 1, responses: 20 }, threshold);
      expect(paths[0]?.slice(0, 1)).toEqual(['threshold']);
    }
    expect(pathsOf({ satisfied: 1, responses: 20 }, { atLeast: 2 })).toEqual([
      ['threshold', 'atLeast'],
    ]);
  });

  it('rejects malformed survey input', () => {
    expect(pathsOf({ satisfied: 1 }, 0.5)).toEqual([['input', 'responses']]);
    expect(pathsOf({ responses: 3 }, 0.5)).toEqual([['input', 'satisfied']]);
    expect(pathsOf({ satisfied: 1.5, responses: 3 }, 0.5)).toEqual([['input', 'satisfied']]);
    expect(pathsOf({ satisfied: 1, responses: 3, invited: 2 }, 0.5)).toEqual([
      ['input', 'invited'],
    ]);
    expect(pathsOf({ satisfied: 1, responses: 3, invited: 0 }, 0.5)).toEqual([
      ['input', 'invited'],
    ]);
    expect(pathsOf({ satisfied: 1, responses: 3, scale: 5 }, 0.5)).toEqual([['input', 'scale']]);
    expect(pathsOf({}, 0.5)).toEqual([['input']]);
    expect(pathsOf(null, 0.5)).toEqual([['input']]);
    expect(pathsOf({ satisfied: 1, responses: 3, answers: [5] }, 0.5)).toEqual([['input']]);
    expect(pathsOf({ answers: [5, 6] }, 0.5)).toEqual([['input', 'answers', 1]]);
    expect(pathsOf({ answers: [5, 0] }, 0.5)).toEqual([['input', 'answers', 1]]);
    expect(pathsOf({ answers: [5, 7], scale: 7, invited: 1 }, 0.5)).toEqual([['input', 'invited']]);
    expect(pathsOf({ likert: [1, 2, 3], scale: 5 }, 0.5)).toEqual([['input', 'scale']]);
    expect(pathsOf({ likert: { 6: 2 } }, 0.5)).toEqual([['input', 'likert', '6']]);
    expect(pathsOf({ likert: { 0: 2 } }, 0.5)[0]?.slice(0, 2)).toEqual(['input', 'likert']);
    expect(pathsOf({ likert: [4] }, 0.5)).toEqual([['input', 'likert']]);
    expect(pathsOf({ answers: [5], scale: 1 }, 0.5)).toEqual([['input', 'scale']]);
  });

  it('rejects bad options', () => {
    const ok = { satisfied: 18, responses: 20 };
    expect(pathsOf(ok, 0.85, { confidence: 0 })).toEqual([['options', 'confidence']]);
    expect(pathsOf(ok, 0.85, { confidence: '95' })).toEqual([['options', 'confidence']]);
    expect(pathsOf(ok, 0.85, { minResponses: 0 })).toEqual([['options', 'minResponses']]);
    expect(pathsOf(ok, 0.85, { minResponseRate: 1.5 })).toEqual([['options', 'minResponseRate']]);
    expect(pathsOf(ok, 0.85, { minResponseRate: 0.5 })).toEqual([['input', 'invited']]);
    expect(pathsOf(ok, 0.85, { label: '' })).toEqual([['options', 'label']]);
    expect(pathsOf(ok, 0.85, { typo: true })).toEqual([['options']]);
    expect(pathsOf({ answers: [5] }, 0.85, { satisfiedFrom: 6 })).toEqual([
      ['options', 'satisfiedFrom'],
    ]);
    expect(pathsOf({ answers: [5] }, 0.85, { satisfiedFrom: 0 })).toEqual([
      ['options', 'satisfiedFrom'],
    ]);
  });

  it('safeEvaluateSatisfaction returns the error instead of throwing', () => {
    const bad = safeEvaluateSatisfaction({ satisfied: 18, responses: 20 }, 1.2);
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(InputError);
      expect(bad.error.issues[0]?.path).toEqual(['threshold']);
    }
    expect(safeEvaluateSatisfaction({ answers: [5, 4, 3] }, 0.5, { minResponses: 2 })).toEqual({
      success: true,
      data: evaluateSatisfaction({ answers: [5, 4, 3] }, 0.5, { minResponses: 2 }),
    });
  });
});

describe('issue 15 item 8: shares and ratios are numbers everywhere', () => {
  it('gives share, bounds, response rate and target as numbers rounded half up to four places', () => {
    const result = evaluateSatisfaction({ satisfied: 2, responses: 3, invited: 7 }, '66.665%', {
      minResponses: 1,
    });
    for (const value of [
      result.share,
      result.interval?.lower,
      result.interval?.upper,
      result.responseRate,
      result.target.value,
    ]) {
      expect(typeof value).toBe('number');
      expect(Number((value as number).toFixed(4))).toBe(value);
    }
    expect(result.share).toBe(0.6667); // 2/3
    expect(result.responseRate).toBe(0.4286); // 3/7
    // 0.66665 is a tie at the fifth place: rounded half up from its shortest decimal form
    expect(result.target.value).toBe(0.6667);
  });

  it('keeps the verdict on the unrounded bounds (a bound shown as the target is not met)', () => {
    // 2/3 against 0.6667: the share rounds to the target but is below it
    const result = evaluateSatisfaction({ satisfied: 2000, responses: 3000 }, 0.6667);
    expect(result.share).toBe(0.6667);
    expect(result.pointVerdict).toBe('not-met');
  });
});
