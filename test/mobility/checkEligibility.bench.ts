/**
 * Benchmark (not a test) of the mobility engines on one mobility, beside a fixed arithmetic loop
 * run in the same process: the machine's speed drifts, so the ratio to the loop is the figure
 * that counts. Run: npx vitest bench --run test/mobility/checkEligibility.bench.ts
 */
import { bench, describe } from 'vitest';
import { checkEligibility, eligibilityOf } from '../../src/mobility/checkEligibility.js';
import { durationOf } from '../../src/mobility/computeDuration.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { getRules } from '../../src/rules/getRules.js';
import { erasmusPro, longTermStudy } from './fixtures.js';

const parsed = parseMobility(longTermStudy);
const pack = getRules(2023);

/** A fixed amount of integer arithmetic (2,000 rounds of xorshift). */
function referenceLoop(): number {
  let x = 2_463_534_242;
  for (let i = 0; i < 2_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x;
}
describe('mobility engines', () => {
  bench('reference loop (2,000 rounds of xorshift)', () => {
    if (referenceLoop() === 0) throw new Error('unreachable');
  });
  bench('parseMobility', () => {
    parseMobility(erasmusPro);
  });
  bench('checkEligibility (raw input, validated)', () => {
    checkEligibility(longTermStudy);
  });
  bench('checkEligibility (pre-parsed input)', () => {
    checkEligibility(parsed);
  });
  bench('eligibilityOf (internal, pre-parsed)', () => {
    eligibilityOf(pack, parsed);
  });
  bench('durationOf (internal, pre-parsed)', () => {
    durationOf(pack, parsed);
  });
  bench('reference loop again (after the engines)', () => {
    if (referenceLoop() === 0) throw new Error('unreachable');
  });
});
