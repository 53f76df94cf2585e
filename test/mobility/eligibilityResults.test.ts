/**
 * Eligibility results as kept by callers: frozen all the way down, and each finding's text made
 * from the mobility it describes (issue 15 §2: findings are computed for each mobility, no result
 * is shared through a cache).
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/mobility/checkEligibility.js';
import { activityLabel, withArticle } from '../../src/mobility/eligibility/makeIssue.js';
import { type MobilityInput, parseMobility } from '../../src/mobility/MobilityInputSchema.js';

/** Every object reachable from `value` is frozen. */
function expectDeepFrozen(value: unknown, path = 'result'): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeepFrozen(child, `${path}.${key}`);
}

const staff = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'staff-training',
  sendingCountry: 'DE',
  receivingCountry: 'FR',
  startDate: '2024-05-06',
  endDate: '2024-05-10',
} as const satisfies MobilityInput;

describe('eligibility results without a deep freeze', () => {
  it('are frozen all the way down, issues and figures included', () => {
    for (const input of [
      staff,
      { ...staff, travelDays: 9, zeroGrant: true },
      { ...staff, receivingCountry: 'US', endDate: '2024-09-30', interruptionDays: 3 },
      { ...staff, action: 'KA122-SCH', activity: 'staff-job-shadowing', receivingCountry: 'JP' },
      {
        ...staff,
        activity: 'student-studies',
        format: 'long-term',
        participant: { previousMonthsInCycle: 11, residenceCountry: 'FR' },
      },
    ] as MobilityInput[]) {
      const result = checkEligibility(input);
      expectDeepFrozen(result);
      expect(result.issues.length).toBeGreaterThan(input === staff ? -1 : 0);
    }
  });
});

describe('findings (issue 15 §2: made for each mobility)', () => {
  const capped = (r: ReturnType<typeof checkEligibility>) =>
    r.issues.find((i) => i.code === 'travel-days-capped');

  it('say the same for equal findings and tell different ones apart', () => {
    const a = checkEligibility({ ...staff, travelDays: 9 });
    const b = checkEligibility({ ...staff, travelDays: 9, startDate: '2024-05-07' });
    const c = checkEligibility({ ...staff, travelDays: 8 });
    expect(capped(a)).toEqual(capped(b));
    expect(capped(a)?.message).toMatch(/^9 days of travel declared/);
    expect(capped(c)?.message).toMatch(/^8 days of travel declared/);
    const green = checkEligibility({ ...staff, travelDays: 9, travel: { green: true } });
    expect(capped(green)?.message).toContain('with green travel');
    expect(capped(a)?.message).toContain('with standard travel');
  });

  it('hold for very large day counts', () => {
    const last = checkEligibility({
      ...staff,
      startDate: '2021-01-04',
      endDate: '2049-12-31',
      travelDays: 10_053,
      interruptionDays: 10_050,
    });
    expect(capped(last)?.message).toMatch(
      /^10053 days of travel declared, but call 2024 funds at most 2 days/,
    );
    const tooLong = last.issues.find((i) => i.code === 'duration-too-long');
    expect(tooLong?.path).toEqual(['interruptionDays']);
    expect(checkEligibility(staff).issues.some((i) => i.code === 'duration-too-long')).toBe(false);
  });
});

describe('activity labels (built only when an issue needs them)', () => {
  it('names each kind of activity', () => {
    const m = (input: Partial<MobilityInput>) => parseMobility({ ...staff, ...input });
    expect(activityLabel(m({}))).toBe('staff mobility for training');
    expect(
      activityLabel(m({ activity: 'student-studies', format: 'short-term', blended: true })),
    ).toBe('short-term study mobility');
    expect(activityLabel(m({ activity: 'student-studies', format: 'short-term', bip: true }))).toBe(
      'BIP study mobility',
    );
    expect(activityLabel(m({ activity: 'student-traineeship', format: 'long-term' }))).toBe(
      'traineeship',
    );
    expect(
      activityLabel(
        m({ action: 'KA121-VET', activity: 'learner-long-term', endDate: '2024-09-30' }),
      ),
    ).toBe('long-term learning mobility');
    expect(withArticle('invited expert')).toBe('An invited expert');
    expect(withArticle('study mobility')).toBe('A study mobility');
  });
});
