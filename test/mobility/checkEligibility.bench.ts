import { bench, describe } from 'vitest';
import { checkEligibility, eligibilityOf } from '../../src/mobility/checkEligibility.js';
import { durationOf } from '../../src/mobility/computeDuration.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { getRules } from '../../src/rules/getRules.js';
import { erasmusPro, longTermStudy } from './fixtures.js';

const parsed = parseMobility(longTermStudy);
const pack = getRules(2023);

describe('mobility engines', () => {
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
});
