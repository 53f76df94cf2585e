import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSatisfaction } from '../../src/satisfaction/evaluateSatisfaction.js';
import type { SatisfactionVerdict } from '../../src/satisfaction/types.js';

const RANK: Record<SatisfactionVerdict, number> = {
  'not-met': 0,
  inconclusive: 1,
  met: 2,
  'insufficient-data': -1,
};
const share = fc.double({ min: 0, max: 1, noNaN: true });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('evaluateSatisfaction properties', () => {
  it('the verdict is monotone in the number satisfied (at least: up; at most: down)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 400 }),
        share,
        confidence,
        fc.boolean(),
        fc.boolean(),
        (responses, t, c, continuityCorrection, atMost) => {
          const threshold = atMost ? { atMost: t } : t;
          let previous = atMost ? 2 : 0;
          for (let satisfied = 0; satisfied <= responses; satisfied++) {
            const { verdict } = evaluateSatisfaction({ satisfied, responses }, threshold, {
              confidence: c,
              continuityCorrection,
            });
            const rank = RANK[verdict];
            if (atMost) expect(rank).toBeLessThanOrEqual(previous);
            else expect(rank).toBeGreaterThanOrEqual(previous);
            previous = rank;
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the honest verdict never contradicts the point estimate', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 2000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        share,
        fc.boolean(),
        ([satisfied, responses], t, atMost) => {
          const result = evaluateSatisfaction(
            { satisfied, responses },
            atMost ? { atMost: t } : t,
            {
              minResponses: 1,
            },
          );
          if (result.verdict === 'met') expect(result.pointVerdict).toBe('met');
          if (result.verdict === 'not-met') expect(result.pointVerdict).toBe('not-met');
          expect(result.verdict).not.toBe('insufficient-data');
          // the verdict agrees with the published bounds
          const lower = result.interval?.lower ?? Number.NaN;
          const upper = result.interval?.upper ?? Number.NaN;
          if (result.verdict === 'inconclusive') {
            expect(lower).toBeLessThanOrEqual(t + 0.00005);
            expect(upper).toBeGreaterThanOrEqual(t - 0.00005);
          }
        },
      ),
    );
  });

  it('below minResponses the verdict is always insufficient-data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        share,
        (minResponses, n, t) => {
          const responses = Math.min(n, minResponses - 1);
          const result = evaluateSatisfaction({ satisfied: 0, responses }, t, { minResponses });
          expect(result.verdict).toBe('insufficient-data');
          expect(result.insufficientData).toBe('too-few-responses');
        },
      ),
    );
  });

  it('raw answers, Likert counts and counts give the same result', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 10 })
          .chain((scale) =>
            fc.tuple(
              fc.constant(scale),
              fc.array(fc.integer({ min: 1, max: scale }), { maxLength: 80 }),
              fc.integer({ min: 1, max: scale }),
            ),
          ),
        share,
        ([scale, answers, satisfiedFrom], t) => {
          const likert = Array.from(
            { length: scale },
            (_, i) => answers.filter((a) => a === i + 1).length,
          );
          const options = { satisfiedFrom, minResponses: 1 };
          const fromAnswers = evaluateSatisfaction({ answers, scale }, t, options);
          const fromLikert = evaluateSatisfaction({ likert }, t, options);
          const satisfied = answers.filter((a) => a >= satisfiedFrom).length;
          const fromCounts = evaluateSatisfaction(
            { satisfied, responses: answers.length },
            t,
            options,
          );
          expect(fromAnswers).toEqual(fromCounts);
          expect(fromLikert).toEqual(fromCounts);
        },
      ),
    );
  });
});
