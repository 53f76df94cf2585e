import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkEligibility, safeCheckEligibility } from '../../src/mobility/checkEligibility.js';
import { computeDuration } from '../../src/mobility/computeDuration.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { mobilityArb, reorderKeys } from './arbitraries.js';
import { longTermStudy } from './fixtures.js';

describe('checkEligibility (properties)', () => {
  it('does not depend on the order of object keys', () => {
    fc.assert(
      fc.property(mobilityArb, fc.nat(1000), (input, seed) => {
        const reordered = reorderKeys(input, seed);
        expect(JSON.stringify(Object.keys(reordered))).not.toBe('');
        expect(checkEligibility(reordered)).toEqual(checkEligibility(input));
      }),
      { numRuns: 200 },
    );
  });

  it('is eligible exactly when no issue is an error, and never throws on valid input', () => {
    fc.assert(
      fc.property(mobilityArb, (input) => {
        const result = checkEligibility(input);
        expect(result.eligible).toBe(!result.issues.some((i) => i.severity === 'error'));
        for (const issue of result.issues) {
          expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
          expect(issue.rule?.callYear).toBe(input.callYear);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but InputError on arbitrary or corrupted input', () => {
    const keys = Object.keys(longTermStudy);
    const corrupted = fc
      .record({ key: fc.constantFrom(...keys, 'participant', 'travel'), value: fc.anything() })
      .map(({ key, value }) => ({ ...longTermStudy, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), corrupted), (input) => {
        for (const fn of [checkEligibility, computeDuration]) {
          try {
            fn(input as MobilityInput);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        }
        const safe = safeCheckEligibility(input as MobilityInput);
        expect(typeof safe.success).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});

describe('time-zone independence', () => {
  const probe = fileURLToPath(new URL('./eligibility.tz-probe.ts', import.meta.url));
  const run = async (tz: string) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    return JSON.parse(stdout) as { offset: number; results: unknown };
  };

  it('gives the same durations and verdicts under Pacific/Kiritimati, America/Los_Angeles and UTC', async () => {
    const [utc, kiritimati, losAngeles] = await Promise.all(
      ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map(run),
    );
    if (!utc || !kiritimati || !losAngeles) throw new Error('probe did not run');
    expect(utc.offset).toBe(0);
    expect(kiritimati.offset).toBe(-840);
    expect(Math.abs(losAngeles.offset)).toBeGreaterThanOrEqual(420);
    expect(kiritimati.results).toEqual(utc.results);
    expect(losAngeles.results).toEqual(utc.results);
    // and the probe really computed verdicts (P1: 105 days, eligible)
    const [first] = utc.results as { duration: { calculatedDays: number } }[];
    expect(first?.duration.calculatedDays).toBe(105);
  }, 30_000);
});
