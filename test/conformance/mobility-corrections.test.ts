/**
 * Issue 14 ("Eligibility verdicts"): the verdicts changed by corrections §1 (countries, BIPs,
 * KA171 short-term durations) and the 30/360 edge at the end of February (corrections §3), each in
 * both directions, through the public entry points.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkEligibility } from '../../src/mobility/checkEligibility.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';

const codes = (input: MobilityInput, severity: 'error' | 'warning') =>
  checkEligibility(input)
    .issues.filter((issue) => issue.severity === severity)
    .map((issue) => issue.code);

const issueOf = (input: MobilityInput, code: string) =>
  checkEligibility(input).issues.find((issue) => issue.code === code);

/** KA131 long-term studies, call 2024, HR → SI. */
const studies = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'HR',
  receivingCountry: 'SI',
  startDate: '2024-09-01',
  endDate: '2025-01-31',
} as const satisfies MobilityInput;

/** KA131 staff teaching, call 2024, HR → SI, 5 days. */
const teaching = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'staff-teaching',
  sendingCountry: 'HR',
  receivingCountry: 'SI',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
} as const satisfies MobilityInput;

describe('corrections §1a: the receiving country is the sending country', () => {
  it('KA131 HR → HR studies (call 2024) is not eligible; HR → SI is', () => {
    const same = { ...studies, receivingCountry: 'HR' } as const;
    expect(checkEligibility(same).eligible).toBe(false);
    expect(codes(same, 'error')).toEqual(['same-country']);
    expect(issueOf(same, 'same-country')?.message).toContain('Regulation (EU) 2021/817, Art. 2(2)');
    expect(checkEligibility(studies).eligible).toBe(true);
    expect(codes(studies, 'error')).toEqual([]);
  });

  it('is an error for KA171 and KA121/KA122 too', () => {
    const ka171 = { ...teaching, action: 'KA171-HED', receivingCountry: 'HR' } as const;
    expect(codes(ka171, 'error')).toContain('same-country');
    const school = {
      action: 'KA122-SCH',
      callYear: 2024,
      activity: 'staff-job-shadowing',
      sendingCountry: 'HR',
      receivingCountry: 'HR',
      startDate: '2024-10-07',
      endDate: '2024-10-11',
    } as const satisfies MobilityInput;
    expect(codes(school, 'error')).toEqual(['same-country']);
    expect(codes({ ...school, receivingCountry: 'FI' }, 'error')).toEqual([]);
    const vet = { ...school, action: 'KA121-VET', activity: 'staff-teaching' } as const;
    expect(codes(vet, 'error')).toEqual(['same-country']);
  });

  it('Réunion → France stays eligible, with the territory warning (no source found)', () => {
    for (const [from, to] of [
      ['RE', 'FR'],
      ['FR', 'RE'],
    ] as const) {
      const input = { ...studies, sendingCountry: from, receivingCountry: to } as const;
      const result = checkEligibility(input);
      expect(result.eligible).toBe(true);
      expect(codes(input, 'warning')).toContain('same-country-territory');
      expect(codes(input, 'error')).toEqual([]);
      expect(issueOf(input, 'same-country-territory')?.message).toContain('No source was found');
    }
    // A territory to another Member State is an ordinary mobility.
    expect(
      checkEligibility({ ...studies, sendingCountry: 'RE', receivingCountry: 'ES' }).issues,
    ).toEqual([]);
  });

  it('a receiving country that is the country of residence is an error; another one is not', () => {
    const resident = { ...studies, participant: { residenceCountry: 'SI' } } as const;
    expect(checkEligibility(resident).eligible).toBe(false);
    expect(codes(resident, 'error')).toEqual(['residence-country']);
    expect(issueOf(resident, 'residence-country')?.message).toContain(
      'Regulation (EU) 2021/817, Art. 2(2)',
    );
    expect(issueOf(resident, 'residence-country')?.path).toEqual([
      'participant',
      'residenceCountry',
    ]);
    expect(checkEligibility(studies).eligible).toBe(true);
    expect(checkEligibility({ ...studies, participant: { residenceCountry: 'HR' } }).eligible).toBe(
      true,
    );
  });
});

describe('corrections §1b: KA131 from a third country not associated to the Programme', () => {
  it('BA → HR studies (call 2024) is not eligible under KA131 and points to KA171', () => {
    const input = { ...studies, sendingCountry: 'BA', receivingCountry: 'HR' } as const;
    expect(checkEligibility(input).eligible).toBe(false);
    expect(codes(input, 'error')).toEqual(['sending-country-not-eligible']);
    const issue = issueOf(input, 'sending-country-not-eligible');
    expect(issue?.message).toContain('belongs to KA171');
    expect(issue?.path).toEqual(['sendingCountry']);
    expect(codes(input, 'warning')).not.toContain('country-rule-unsourced');
    // The same mobility under KA171 is eligible.
    expect(checkEligibility({ ...input, action: 'KA171-HED' }).eligible).toBe(true);
  });

  it('is an error for HEI staff too', () => {
    const input = { ...teaching, sendingCountry: 'BA', receivingCountry: 'HR' } as const;
    expect(codes(input, 'error')).toEqual(['sending-country-not-eligible']);
  });

  it('invited enterprise staff BA → HR stays a warning (no source found)', () => {
    const input = {
      ...teaching,
      activity: 'invited-staff',
      sendingCountry: 'BA',
      receivingCountry: 'HR',
    } as const;
    expect(checkEligibility(input).eligible).toBe(true);
    expect(codes(input, 'warning')).toContain('country-rule-unsourced');
    expect(codes(input, 'error')).toEqual([]);
  });

  it('outgoing international mobility (HR → BA) is still the international strand', () => {
    const input = { ...studies, receivingCountry: 'BA' } as const;
    expect(checkEligibility(input).eligible).toBe(true);
    expect(codes(input, 'warning')).toContain('international-strand');
  });
});

describe('corrections §1c: KA171 participants in a Blended Intensive Programme', () => {
  const bipStudy = {
    action: 'KA171-HED',
    callYear: 2024,
    activity: 'student-studies',
    format: 'short-term',
    blended: true,
    bip: true,
    virtualDays: 3,
    ects: 3,
    sendingCountry: 'UA',
    receivingCountry: 'DE',
    startDate: '2024-05-06',
    endDate: '2024-05-10',
  } as const satisfies MobilityInput;

  it('a KA171 UA → DE blended BIP short-term study mobility is eligible', () => {
    const result = checkEligibility(bipStudy);
    expect(result.eligible).toBe(true);
    expect(codes(bipStudy, 'error')).toEqual([]);
    expect(codes(bipStudy, 'warning')).not.toContain('duration-limits-unknown');
  });

  it('KA171 staff teaching and training may be part of a BIP', () => {
    for (const activity of ['staff-teaching', 'staff-training'] as const) {
      const input = {
        ...teaching,
        action: 'KA171-HED',
        activity,
        receivingCountry: 'UA',
        bip: true,
      };
      expect(codes(input as MobilityInput, 'error')).toEqual([]);
    }
  });

  it('a KA171 BIP traineeship is still refused', () => {
    const input = { ...bipStudy, activity: 'student-traineeship' } as const;
    expect(codes(input, 'error')).toEqual(['bip-activity-not-allowed']);
  });

  it('KA121 with bip stays an error (an input error: bip exists in KA131 and KA171 only)', () => {
    const ka121 = {
      action: 'KA121-VET',
      callYear: 2024,
      activity: 'staff-job-shadowing',
      sendingCountry: 'HR',
      receivingCountry: 'FI',
      startDate: '2024-10-07',
      endDate: '2024-10-11',
      bip: true,
    };
    expect(() => checkEligibility(ka121 as MobilityInput)).toThrow(InputError);
    expect(() => checkEligibility(ka121 as MobilityInput)).toThrow(
      /bip applies to KA131-HED and KA171-HED only/,
    );
    const { bip: _bip, ...withoutBip } = ka121;
    expect(checkEligibility(withoutBip as MobilityInput).eligible).toBe(true);
  });
});

describe('corrections §1d: KA171 short-term doctoral and blended student mobility (5–30 days)', () => {
  const doctoral = (callYear: number, endDay: number) =>
    ({
      action: 'KA171-HED',
      callYear,
      activity: 'student-studies',
      format: 'short-term',
      doctoral: true,
      sendingCountry: 'DE',
      receivingCountry: 'UA',
      startDate: `${callYear}-05-01`,
      endDate: `${callYear}-0${endDay > 31 ? 6 : 5}-${String(endDay > 31 ? endDay - 31 : endDay).padStart(2, '0')}`,
    }) as MobilityInput;

  it.each([2021, 2022, 2023, 2024, 2025, 2026])(
    'call %i: 10 days are checked and eligible',
    (year) => {
      const input = doctoral(year, 10);
      const result = checkEligibility(input);
      expect(result.duration.mobilityDays).toBe(10);
      expect(result.eligible).toBe(true);
      expect(codes(input, 'warning')).not.toContain('duration-limits-unknown');
      const provisional = result.issues.find((issue) => issue.code === 'provisional-rule');
      expect(provisional?.rule?.figure?.path).toBe('durations.KA171-HED.student-studies.shortTerm');
      expect(provisional?.rule?.figure?.sources).toContain(
        'https://ppke.hu/en/about-the-programme-12',
      );
    },
  );

  it.each([2021, 2022, 2023, 2024, 2025, 2026])('call %i: 40 days are too long', (year) => {
    const input = doctoral(year, 40);
    expect(checkEligibility(input).duration.mobilityDays).toBe(40);
    expect(codes(input, 'error')).toEqual(['duration-too-long']);
  });

  it('4 days are too short', () => {
    expect(codes(doctoral(2024, 4), 'error')).toEqual(['duration-too-short']);
  });
});

describe('corrections §1e: KA171 with Region 14 or Andorra, Monaco, San Marino, the Vatican', () => {
  const ka171 = { ...teaching, action: 'KA171-HED', sendingCountry: 'DE' } as const;

  it.each(['CH', 'GB', 'FO', 'AD', 'MC', 'SM', 'VA'] as const)(
    'DE → %s warns (eligible), naming the sources',
    (code) => {
      const input = { ...ka171, receivingCountry: code } as const;
      expect(checkEligibility(input).eligible).toBe(true);
      const issue = issueOf(input, 'ka171-partner-ka131-only');
      expect(issue?.severity).toBe('warning');
      expect(issue?.path).toEqual(['receivingCountry']);
      expect(issue?.rule?.section).toContain('https://iky.gr/en/?p=47402');
      expect(issue?.rule?.section).toContain(
        'https://erasmus.euc.ac.cy/international-credit-mobility/international-dimension-of-ka131-action/',
      );
    },
  );

  it('warns when the partner country is the sending end (GB → DE)', () => {
    const input = { ...ka171, sendingCountry: 'GB', receivingCountry: 'DE' } as const;
    expect(issueOf(input, 'ka171-partner-ka131-only')?.path).toEqual(['sendingCountry']);
  });

  it('DE → UA does not warn', () => {
    const input = { ...ka171, receivingCountry: 'UA' } as const;
    expect(checkEligibility(input).issues).toEqual([]);
  });

  it('KA131 DE → CH (the international strand) does not get the KA171 warning', () => {
    const input = { ...teaching, sendingCountry: 'DE', receivingCountry: 'CH' } as const;
    expect(codes(input, 'warning')).not.toContain('ka171-partner-ka131-only');
  });
});

describe('corrections §3: a 30/360 period ending on the last day of February', () => {
  const traineeship = {
    action: 'KA131-HED',
    callYear: 2023,
    activity: 'student-traineeship',
    format: 'long-term',
    sendingCountry: 'DE',
    receivingCountry: 'FR',
  } as const;

  it('1 Jan → 29 Feb 2024: the formula (59 days) decides, and a warning names 60', () => {
    const input = { ...traineeship, startDate: '2024-01-01', endDate: '2024-02-29' } as const;
    const result = checkEligibility(input);
    expect(result.duration.mobilityDays).toBe(59);
    expect(codes(input, 'error')).toEqual(['duration-too-short']);
    const issue = issueOf(input, 'february-end-30-360');
    expect(issue?.severity).toBe('warning');
    expect(issue?.path).toEqual(['endDate']);
    expect(issue?.message).toContain('gives a mobility duration of 59 days');
    expect(issue?.message).toContain('counting every month as 30 days');
    expect(issue?.message).toContain('gives 60 days');
    expect(issue?.message).toContain('the minimum (60 days)');
    expect(issue?.rule?.section).toBe(
      'https://wikis.ec.europa.eu/display/NAITDOC/Duration+Calculated+%28days%29+field+in+KA131+mobility+activities',
    );
  });

  it('1 → 28 Feb 2023: 28 days by the formula, 30 by the other reading (a full month)', () => {
    const input = { ...traineeship, startDate: '2023-02-01', endDate: '2023-02-28' } as const;
    const issue = issueOf(input, 'february-end-30-360');
    expect(issue?.message).toContain('gives a mobility duration of 28 days');
    expect(issue?.message).toContain('gives 30 days');
    expect(issue?.message).toContain('a full month (30 days)');
  });

  it('1 Dec 2023 → 29 Feb 2024 (89 days, 3 full months by the other reading) warns, eligible', () => {
    const input = { ...traineeship, startDate: '2023-12-01', endDate: '2024-02-29' } as const;
    expect(checkEligibility(input).eligible).toBe(true);
    expect(issueOf(input, 'february-end-30-360')?.message).toContain('3 full months (90 days)');
  });

  it.each([
    ['2024-01-01', '2024-02-28', 'the 28th of a leap-year February is not its last day'],
    ['2023-01-01', '2023-02-27', 'not the last day of February'],
    ['2023-01-01', '2023-03-01', 'runs past February'],
    [
      '2023-01-15',
      '2023-02-28',
      'last day of February, but 44 days is far from a limit or a full month',
    ],
  ] as const)('%s → %s does not warn (%s)', (startDate, endDate, _why) => {
    const input = { ...traineeship, startDate, endDate } as const;
    expect(codes(input, 'warning')).not.toContain('february-end-30-360');
  });

  it('a short-term (calendar-day) mobility ending on 29 February does not warn', () => {
    const input = {
      ...traineeship,
      activity: 'student-studies',
      format: 'short-term',
      blended: true,
      startDate: '2024-02-20',
      endDate: '2024-02-29',
    } as const;
    expect(codes(input, 'warning')).not.toContain('february-end-30-360');
  });
});
