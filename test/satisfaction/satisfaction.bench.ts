import { bench, describe } from 'vitest';
import { evaluateSatisfaction } from '../../src/satisfaction/evaluateSatisfaction.js';
import { twoSidedZ } from '../../src/satisfaction/normalQuantile.js';
import { wilsonBounds } from '../../src/satisfaction/wilsonBounds.js';
import { wilsonInterval } from '../../src/satisfaction/wilsonInterval.js';

// Each iteration runs 100,000 calls over a spread of inputs.
const CALLS = 100_000;
/** Few samples: one sample is already 100k calls. */
const OPTIONS = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 };

describe('satisfaction', () => {
  bench(
    `wilsonInterval × ${CALLS} (validated, four-place strings)`,
    () => {
      for (let i = 0; i < CALLS; i++) wilsonInterval(i % 997, 997 + (i % 13));
    },
    OPTIONS,
  );

  bench(
    `wilsonBounds + twoSidedZ × ${CALLS} (numeric core)`,
    () => {
      for (let i = 0; i < CALLS; i++)
        wilsonBounds(i % 997, 997, twoSidedZ(0.9 + (i % 9) / 100), false);
    },
    OPTIONS,
  );

  bench(
    `evaluateSatisfaction × ${CALLS / 10} (counts)`,
    () => {
      for (let i = 0; i < CALLS / 10; i++) {
        evaluateSatisfaction({ satisfied: i % 200, responses: 200 }, '85%');
      }
    },
    OPTIONS,
  );
});
