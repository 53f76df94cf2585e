/**
 * Published examples (P1: the EC wiki page on the Duration Calculated field; P2: University of
 * Lapland; P13: FU Berlin; P14: the EWP BM reporting schema; P15: Gıda ve Tarım University, all
 * cited in docs/eligibility.md) and the acceptance examples of issue 4, run through the public
 * entry points.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/mobility/checkEligibility.js';
import { computeDuration } from '../../src/mobility/computeDuration.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { longTermStudy } from '../mobility/fixtures.js';

const errorCodes = (input: MobilityInput) =>
  checkEligibility(input)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => issue.code);

describe('P1: long-term SMS/SMT in the BM, 01/01/2023 → 15/04/2023', () => {
  it('is 3 months 15 days = 105 days (30/360)', () => {
    const duration = computeDuration(longTermStudy);
    expect(duration.method).toBe('30/360');
    expect(duration.calculatedDays).toBe(105);
    expect(duration.fundedDays).toBe(105);
    expect([duration.fullMonths, duration.extraDays]).toEqual([3, 15]);
  });
});

describe('issue 4 acceptance: 2023-02-01 → 2023-03-31', () => {
  const period = { startDate: '2023-02-01', endDate: '2023-03-31' } as const;
  it('is 60 days for a long-term student mobility', () => {
    expect(computeDuration({ ...longTermStudy, ...period }).calculatedDays).toBe(60);
  });
  it('is 59 days for a staff mobility', () => {
    const { format: _format, ...rest } = longTermStudy;
    const staff = { ...rest, ...period, activity: 'staff-training' } as const;
    expect(computeDuration(staff).calculatedDays).toBe(59);
    expect(computeDuration(staff).method).toBe('calendar');
  });
});

describe('P2: traineeship 15 Sep → 14 Oct', () => {
  it('is one full month', () => {
    const duration = computeDuration({
      ...longTermStudy,
      activity: 'student-traineeship',
      startDate: '2023-09-15',
      endDate: '2023-10-14',
    });
    expect(duration.calculatedDays).toBe(30);
    expect([duration.fullMonths, duration.extraDays]).toEqual([1, 0]);
  });
});

describe('P13: cycle quota of 12 months', () => {
  // 2 × 5 months study + 2 months traineeship: the traineeship comes after 10 months used.
  const traineeship = {
    ...longTermStudy,
    activity: 'student-traineeship',
    startDate: '2023-09-01',
    endDate: '2023-10-30', // 60 days = 2 months (30/360)
  } as const;

  it('2 × 5 months study + 2 months traineeship is exactly 12 months: eligible', () => {
    const result = checkEligibility({ ...traineeship, participant: { previousMonthsInCycle: 10 } });
    expect(result.duration.mobilityDays).toBe(60);
    expect(result.eligible).toBe(true);
  });

  it('3 months study + 9 months traineeship is exactly 12 months: eligible', () => {
    const nine = { ...traineeship, startDate: '2023-09-01', endDate: '2024-05-30' } as const;
    const result = checkEligibility({ ...nine, participant: { previousMonthsInCycle: 3 } });
    expect(result.duration.mobilityDays).toBe(270);
    expect(result.eligible).toBe(true);
  });

  it('one day more than the 12 months is refused', () => {
    const longer = { ...traineeship, endDate: '2023-10-31' } as const; // the 31st counts as the 30th
    expect(errorCodes({ ...longer, participant: { previousMonthsInCycle: 10 } })).toEqual([]);
    const oneMore = { ...traineeship, endDate: '2023-11-01' } as const; // 61 days
    const result = checkEligibility({ ...oneMore, participant: { previousMonthsInCycle: 10 } });
    expect(result.eligible).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toContain('cycle-cap-exceeded');
  });
});

describe('P14: an earlier short-term participation of 15 days counts as 0.5 month', () => {
  it('counts 15 earlier days as half a month towards the cap', () => {
    const stay = { ...longTermStudy, startDate: '2023-09-01', endDate: '2023-10-30' } as const;
    // 9.5 months + 15 days (0.5 month) + 2 months = 12 months: allowed
    expect(
      errorCodes({
        ...stay,
        participant: { previousMonthsInCycle: 9.5, previousShortTermDaysInCycle: 15 },
      }),
    ).toEqual([]);
    // 10 months + 15 days (0.5 month) + 2 months = 12.5 months: refused
    expect(
      errorCodes({
        ...stay,
        participant: { previousMonthsInCycle: 10, previousShortTermDaysInCycle: 15 },
      }),
    ).toEqual(['cycle-cap-exceeded']);
  });

  it('says how much room is left', () => {
    const stay = { ...longTermStudy, startDate: '2023-09-01', endDate: '2023-10-30' } as const;
    const issue = checkEligibility({
      ...stay,
      participant: { previousMonthsInCycle: 10, previousShortTermDaysInCycle: 15 },
    }).issues.find((i) => i.code === 'cycle-cap-exceeded');
    expect(issue?.message).toContain('10.5 months already used');
    expect(issue?.message).toContain('make 12.5 months');
    expect(issue?.message).toContain('At most 1 month and 15 days remain');
  });
});

describe('P15: a study stay computed in the BM as 1 month 25 days', () => {
  const short = { ...longTermStudy, startDate: '2023-02-01', endDate: '2023-03-25' } as const;

  it('is 55 days and is rejected (below the 2-month minimum)', () => {
    const result = checkEligibility(short);
    expect(result.duration.mobilityDays).toBe(55);
    expect(result.eligible).toBe(false);
    const issue = result.issues.find((i) => i.severity === 'error');
    expect(issue?.code).toBe('duration-too-short');
    expect(issue?.message).toBe(
      'A study mobility must last at least 2 months; this one lasts 1 month and 25 days.',
    );
    expect(issue?.path).toEqual(['endDate']);
    expect(issue?.rule?.callYear).toBe(2023);
    expect(issue?.rule?.section).toBe(
      'Erasmus+ Programme Guide 2023, Part B, "Mobility projects for higher education students and staff", eligibility criteria for student mobility (duration)',
    );
    expect(issue?.rule?.figure?.value).toEqual({ min: 2, max: 12, unit: 'months' });
  });

  it('is accepted under force majeure, with a warning', () => {
    const result = checkEligibility({ ...short, forceMajeure: true });
    expect(result.eligible).toBe(true);
    const issue = result.issues.find((i) => i.code === 'force-majeure-minimum-lifted');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toContain('this one lasts 1 month and 25 days');
  });
});
