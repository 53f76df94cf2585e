// Run by checkEligibility.prop.test.ts in a child process under a given TZ; prints JSON results.
import { checkEligibility } from '../../src/mobility/checkEligibility.js';
import { computeDuration } from '../../src/mobility/computeDuration.js';
import { allFixtures, longTermStudy } from './fixtures.js';

const yearEnd = { ...longTermStudy, startDate: '2023-12-31', endDate: '2024-03-01' } as const;
const dst = { ...longTermStudy, startDate: '2023-03-26', endDate: '2023-10-29' } as const;
const results = [...allFixtures, yearEnd, dst].map((input) => ({
  duration: computeDuration(input),
  eligibility: checkEligibility(input),
}));
console.log(JSON.stringify({ offset: new Date(2024, 0, 1).getTimezoneOffset(), results }));
