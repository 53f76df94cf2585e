/**
 * Eligibility conformance cases, derived by hand from the rules (Programme Guide sections and
 * sources in docs/eligibility.md, corrections §1 and §3), not from the library's output: every rule in both directions, month ends, 31st days, February in leap and common
 * years, and periods across a year end. Day counts in comments are worked out with the BM formula
 * `(Y2−Y1)·360 + (M2−M1)·30 + (min(D2,30) − min(D1,30)) + 1` (long-term students) or calendar days.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../src/mobility/checkEligibility.js';
import type { EligibilityIssueCode } from '../../src/mobility/issueCodes.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import {
  blendedShortTerm,
  erasmusPro,
  longTermStudy,
  schoolGroup,
  staffTeaching,
} from '../mobility/fixtures.js';

interface Case {
  /** What the case shows. */
  readonly title: string;
  /** The mobility. */
  readonly input: MobilityInput;
  /** The expected mobility duration (days), when the case is about it. */
  readonly mobilityDays?: number;
  /** The expected error codes, exactly (empty: eligible). */
  readonly errors: readonly EligibilityIssueCode[];
  /** Warning codes that must be present. */
  readonly warnings?: readonly EligibilityIssueCode[];
}

const lt = (startDate: string, endDate: string, extra: Partial<MobilityInput> = {}) =>
  ({ ...longTermStudy, startDate, endDate, ...extra }) as MobilityInput;
const staff = (startDate: string, endDate: string, extra: Partial<MobilityInput> = {}) =>
  ({ ...staffTeaching, startDate, endDate, ...extra }) as MobilityInput;
const st = (startDate: string, endDate: string, extra: Partial<MobilityInput> = {}) =>
  ({ ...blendedShortTerm, startDate, endDate, ...extra }) as MobilityInput;
const ka12x = (
  base: MobilityInput,
  activity: string,
  startDate: string,
  endDate: string,
  extra: Partial<MobilityInput> = {},
) => ({ ...base, activity, startDate, endDate, ...extra }) as MobilityInput;

/** Names of research notes and internal documents that must never be cited to a user. */
const RESEARCH_NOTES =
  /he-mobility|programme-catalogue|vet-sch-adu|practice-notes|corrections|rates-2025|na-rate|bm-export|DESIGN|domain|§/;

const cases: readonly Case[] = [
  // --- Long-term students: 2–12 months on the 30/360 count (PG, HE student mobility) ---------
  {
    title: 'exactly 2 months (1 Sep → 30 Oct)',
    input: lt('2023-09-01', '2023-10-30'),
    mobilityDays: 60,
    errors: [],
  },
  {
    title: 'Feb 1 → Mar 31 (common year) is 60 days: February counts as 30',
    input: lt('2023-02-01', '2023-03-31'),
    mobilityDays: 60,
    errors: [],
  },
  {
    title: 'Feb 1 → Mar 29 is 59 days: too short',
    input: lt('2023-02-01', '2023-03-29'),
    mobilityDays: 59,
    errors: ['duration-too-short'],
  },
  {
    title: 'Jan 1 → Feb 29 (leap year) is 59 days: too short',
    input: lt('2024-01-01', '2024-02-29', { callYear: 2023 }),
    mobilityDays: 59,
    errors: ['duration-too-short'],
    warnings: ['february-end-30-360'], // corrections §3
  },
  {
    title: 'Jan 1 → Feb 28 (common year) is 58 days: too short',
    input: lt('2023-01-01', '2023-02-28'),
    mobilityDays: 58,
    errors: ['duration-too-short'],
    warnings: ['february-end-30-360'], // corrections §3
  },
  {
    title: 'Jan 31 → Mar 31 is 61 days (both 31sts count as 30ths)',
    input: lt('2023-01-31', '2023-03-31'),
    mobilityDays: 61,
    errors: [],
  },
  {
    title: 'Mar 31 → May 29 is 60 days (start on a 31st)',
    input: lt('2023-03-31', '2023-05-29'),
    mobilityDays: 60,
    errors: [],
  },
  {
    title: 'across a year end: 15 Nov → 14 Jan is 60 days',
    input: lt('2023-11-15', '2024-01-14'),
    mobilityDays: 60,
    errors: [],
  },
  {
    title: 'across a year end: 1 Dec → 29 Jan is 59 days: too short',
    input: lt('2023-12-01', '2024-01-29'),
    mobilityDays: 59,
    errors: ['duration-too-short'],
  },
  {
    title: 'exactly 12 months (1 Sep → 30 Aug)',
    input: lt('2023-09-01', '2024-08-30'),
    mobilityDays: 360,
    errors: [],
  },
  {
    title: 'ending on the 31st adds nothing: 1 Sep → 31 Aug is still 360',
    input: lt('2023-09-01', '2024-08-31'),
    mobilityDays: 360,
    errors: [],
  },
  {
    title: '1 Sep → 1 Sep next year is 361 days: too long',
    input: lt('2023-09-01', '2024-09-01'),
    mobilityDays: 361,
    errors: ['duration-too-long'],
  },
  {
    title: 'interruptions count against the minimum (70 − 15 = 55 days)',
    input: lt('2023-01-01', '2023-03-10', { interruptionDays: 15 }),
    mobilityDays: 55,
    errors: ['duration-too-short'],
  },
  {
    title: 'interruptions can bring a long stay under the maximum (365 − 5 = 360)',
    input: lt('2023-09-01', '2024-09-05', { interruptionDays: 5 }),
    mobilityDays: 360,
    errors: [],
  },
  {
    title: 'force majeure lifts the minimum, with a warning',
    input: lt('2023-02-01', '2023-03-25', { forceMajeure: true }),
    mobilityDays: 55,
    errors: [],
    warnings: ['force-majeure-minimum-lifted'],
  },
  {
    title: 'force majeure does not lift the maximum',
    input: lt('2023-09-01', '2024-09-10', { forceMajeure: true }),
    errors: ['duration-too-long'],
  },
  {
    title: 'partly funded: 105 − 50 = 55 funded days is below the minimum',
    input: lt('2023-01-01', '2023-04-15', { nonFundedDays: 50 }),
    errors: ['funded-period-too-short'],
  },
  {
    title: 'partly funded: 105 − 45 = 60 funded days is enough',
    input: lt('2023-01-01', '2023-04-15', { nonFundedDays: 45 }),
    errors: [],
  },
  {
    title: 'partly funded under force majeure: warning only',
    input: lt('2023-01-01', '2023-04-15', { nonFundedDays: 50, forceMajeure: true }),
    errors: [],
    warnings: ['force-majeure-minimum-lifted'],
  },
  {
    title: 'a zero-grant mobility is eligible, with a warning',
    input: lt('2023-01-01', '2023-04-15', { zeroGrant: true }),
    errors: [],
    warnings: ['zero-grant'],
  },
  {
    title: 'a zero-grant mobility still has to meet the minimum',
    input: lt('2023-02-01', '2023-03-25', { zeroGrant: true }),
    errors: ['duration-too-short'],
    warnings: ['zero-grant'],
  },
  {
    title: 'a traineeship of one month (P2 dates) is too short',
    input: lt('2023-09-15', '2023-10-14', { activity: 'student-traineeship' }),
    mobilityDays: 30,
    errors: ['duration-too-short'],
  },

  // --- Short-term students: 5–30 physical days, blended or BIP or doctoral (PG, HE) ----------
  {
    title: 'blended short-term: 5 days',
    input: st('2023-05-02', '2023-05-06'),
    mobilityDays: 5,
    errors: [],
  },
  {
    title: 'blended short-term: 4 days is too short',
    input: st('2023-05-02', '2023-05-05'),
    mobilityDays: 4,
    errors: ['duration-too-short'],
  },
  {
    title: 'blended short-term: 31 days (May 1 → 31) is too long',
    input: st('2023-05-01', '2023-05-31'),
    mobilityDays: 31,
    errors: ['duration-too-long'],
  },
  {
    title: 'short-term over a leap-year February end: Feb 26 → Mar 1 is 5 days',
    input: st('2024-02-26', '2024-03-01'),
    mobilityDays: 5,
    errors: [],
  },
  {
    title: 'short-term over a common-year February end: Feb 26 → Mar 1 is 4 days',
    input: st('2023-02-26', '2023-03-01'),
    mobilityDays: 4,
    errors: ['duration-too-short'],
  },
  {
    title: 'short-term across a year end: Dec 28 → Jan 3 is 7 days',
    input: st('2023-12-28', '2024-01-03'),
    mobilityDays: 7,
    errors: [],
  },
  {
    title: 'short-term, not blended: refused',
    input: st('2023-05-02', '2023-05-06', { blended: false }),
    errors: ['short-term-requires-blended'],
  },
  {
    title: 'doctoral short-term needs no virtual component',
    input: st('2023-05-02', '2023-05-06', { blended: false, doctoral: true }),
    errors: [],
  },
  {
    title: 'blended without a virtual component (virtualDays 0): refused',
    input: st('2023-05-02', '2023-05-06', { virtualDays: 0 }),
    errors: ['virtual-component-missing'],
  },
  {
    title: 'BIP study mobility with 3 ECTS',
    input: st('2023-06-05', '2023-06-09', { blended: undefined, bip: true, ects: 3 }),
    errors: [],
  },
  {
    title: 'BIP study mobility with 2 ECTS: below the minimum',
    input: st('2023-06-05', '2023-06-09', { bip: true, ects: 2 }),
    errors: ['ects-too-low'],
  },
  {
    title: 'a BIP with blended: false has no virtual component',
    input: st('2023-06-05', '2023-06-09', { bip: true, blended: false }),
    errors: ['virtual-component-missing'],
  },
  {
    title: 'a BIP traineeship does not exist',
    input: st('2023-06-05', '2023-06-09', { bip: true, activity: 'student-traineeship' }),
    errors: ['bip-activity-not-allowed'],
  },
  {
    title: 'a long-term BIP student mobility does not exist',
    input: lt('2023-01-01', '2023-04-15', { bip: true }),
    errors: ['bip-requires-short-term'],
  },
  {
    title: 'BIP staff teaching is fine',
    input: staff('2023-06-05', '2023-06-09', { bip: true }),
    errors: [],
  },
  {
    // corrections §1c: KA171 participants may attend a BIP organised under KA131.
    title: 'KA171 staff teaching in a BIP is fine',
    input: {
      ...staff('2023-06-05', '2023-06-09', { bip: true }),
      action: 'KA171-HED',
      receivingCountry: 'BA',
    } as MobilityInput,
    errors: [],
  },
  {
    title: 'a KA171 BIP traineeship does not exist',
    input: {
      ...st('2023-06-05', '2023-06-09', { bip: true, activity: 'student-traineeship' }),
      action: 'KA171-HED',
      sendingCountry: 'UA',
    } as MobilityInput,
    errors: ['bip-activity-not-allowed'],
  },

  // --- Staff: 2–60 calendar days; 5–60 with non-associated countries; invited 1–60 (PG, HE) --
  { title: 'staff: 2 days', input: staff('2023-05-08', '2023-05-09'), mobilityDays: 2, errors: [] },
  {
    title: 'staff: 1 day is too short',
    input: staff('2023-05-08', '2023-05-08'),
    mobilityDays: 1,
    errors: ['duration-too-short'],
  },
  {
    title: 'staff: Mar 1 → Apr 29 is 60 days',
    input: staff('2023-03-01', '2023-04-29'),
    mobilityDays: 60,
    errors: [],
  },
  {
    title: 'staff: Mar 1 → Apr 30 is 61 days: too long',
    input: staff('2023-03-01', '2023-04-30'),
    mobilityDays: 61,
    errors: ['duration-too-long'],
  },
  {
    title: 'staff counts calendar days: Feb 1 → Mar 31 (common year) is 59',
    input: staff('2023-02-01', '2023-03-31'),
    mobilityDays: 59,
    errors: [],
  },
  {
    title: 'staff: Feb 1 → Apr 1 (leap year) is 61 calendar days: too long',
    input: staff('2024-02-01', '2024-04-01'),
    mobilityDays: 61,
    errors: ['duration-too-long'],
  },
  {
    title: 'staff to a non-associated country: 4 days is too short',
    input: staff('2023-05-08', '2023-05-11', { receivingCountry: 'US' }),
    errors: ['duration-too-short'],
    warnings: ['international-strand'],
  },
  {
    title: 'staff to a non-associated country: 5 days',
    input: staff('2023-05-08', '2023-05-12', { receivingCountry: 'US' }),
    errors: [],
    warnings: ['international-strand'],
  },
  {
    title: 'invited enterprise staff: 1 day',
    input: staff('2023-05-08', '2023-05-08', { activity: 'invited-staff' }),
    errors: [],
  },
  {
    title: 'blended staff: 4 physical days is too short',
    input: staff('2023-05-08', '2023-05-11', { blended: true }),
    errors: ['duration-too-short'],
  },
  {
    title: 'blended staff: 31 physical days is too long',
    input: staff('2023-05-01', '2023-05-31', { blended: true }),
    errors: ['duration-too-long'],
  },
  {
    title: 'staff partly funded: 1 funded day is below the 2-day minimum',
    input: staff('2023-05-08', '2023-05-12', { nonFundedDays: 4 }),
    errors: ['funded-period-too-short'],
  },
  {
    title: 'staff partly funded: 2 funded days',
    input: staff('2023-05-08', '2023-05-12', { nonFundedDays: 3 }),
    errors: [],
  },
  {
    title: 'staff: 6 travel days with green travel are funded',
    input: staff('2023-05-08', '2023-05-12', { travelDays: 6, travel: { green: true } }),
    errors: [],
  },
  {
    title: 'staff: 7 travel days with green travel are capped at 6',
    input: staff('2023-05-08', '2023-05-12', { travelDays: 7, travel: { green: true } }),
    errors: [],
    warnings: ['travel-days-capped'],
  },
  {
    title: 'staff: 3 travel days with standard travel are capped at 2',
    input: staff('2023-05-08', '2023-05-12', { travelDays: 3 }),
    errors: [],
    warnings: ['travel-days-capped'],
  },

  // --- Countries (Programme Guide, Part A "Eligible countries"; corrections §1a, §1b, §1e) ---
  {
    title: 'KA131 within one country: refused (corrections §1a)',
    input: staff('2023-05-08', '2023-05-12', { receivingCountry: 'DE' }),
    errors: ['same-country'],
  },
  {
    title: 'KA131 France → Réunion is within France: warning only (corrections §1a)',
    input: staff('2023-05-08', '2023-05-12', { sendingCountry: 'FR', receivingCountry: 'RE' }),
    errors: [],
    warnings: ['same-country-territory'],
  },
  {
    title: 'KA131 Greece (EL) → United Kingdom (UK): international strand',
    input: staff('2023-05-08', '2023-05-12', { sendingCountry: 'EL', receivingCountry: 'UK' }),
    errors: [],
    warnings: ['international-strand'],
  },
  {
    title: 'KA131 staff from a non-associated country: refused, KA171 (corrections §1b)',
    input: staff('2023-05-08', '2023-05-12', { sendingCountry: 'US' }),
    errors: ['sending-country-not-eligible'],
  },
  {
    title:
      'KA131 invited enterprise staff from a non-associated country: warning (corrections §1b)',
    input: staff('2023-05-08', '2023-05-08', { sendingCountry: 'US', activity: 'invited-staff' }),
    errors: [],
    warnings: ['country-rule-unsourced'],
  },
  {
    title: 'KA131 between two non-associated countries: refused',
    input: staff('2023-05-08', '2023-05-12', { sendingCountry: 'US', receivingCountry: 'JP' }),
    errors: ['country-pair-not-eligible'],
  },
  {
    title: 'KA171 Germany → Bosnia and Herzegovina',
    input: {
      ...staff('2023-05-08', '2023-05-12', { receivingCountry: 'BA' }),
      action: 'KA171-HED',
    } as MobilityInput,
    errors: [],
  },
  {
    title: 'KA171 Bosnia and Herzegovina → Germany',
    input: {
      ...staff('2023-05-08', '2023-05-12', { sendingCountry: 'BA' }),
      action: 'KA171-HED',
    } as MobilityInput,
    errors: [],
  },
  {
    title: 'KA171 Germany → Serbia (associated): refused',
    input: {
      ...staff('2023-05-08', '2023-05-12', { receivingCountry: 'RS' }),
      action: 'KA171-HED',
    } as MobilityInput,
    errors: ['country-pair-not-eligible'],
  },
  {
    title: 'KA171 Bosnia and Herzegovina → United States: refused',
    input: {
      ...staff('2023-05-08', '2023-05-12', { sendingCountry: 'BA', receivingCountry: 'US' }),
      action: 'KA171-HED',
    } as MobilityInput,
    errors: ['country-pair-not-eligible'],
  },
  {
    title: 'KA171 staff: 4 days is too short (5–60)',
    input: {
      ...staff('2023-05-08', '2023-05-11', { receivingCountry: 'BA' }),
      action: 'KA171-HED',
    } as MobilityInput,
    errors: ['duration-too-short'],
  },
  {
    title: 'school mobility to a non-associated country: refused',
    input: { ...schoolGroup, receivingCountry: 'US' },
    errors: ['receiving-country-not-eligible'],
  },
  {
    title: 'VET mobility to a non-associated country: warning (not researched)',
    input: { ...erasmusPro, receivingCountry: 'US' },
    errors: [],
    warnings: ['country-rule-unsourced'],
  },
  {
    title: 'adult-education project in a non-associated country: refused',
    input: ka12x(
      { ...schoolGroup, action: 'KA122-ADU' } as MobilityInput,
      'group-mobility',
      '2023-03-06',
      '2023-03-10',
      { sendingCountry: 'UA' },
    ),
    errors: ['sending-country-not-eligible'],
  },
  {
    title: 'receiving country = country of residence: refused (corrections §1a)',
    input: lt('2023-01-01', '2023-04-15', { participant: { residenceCountry: 'ES' } }),
    errors: ['residence-country'],
  },
  {
    title: 'receiving country ≠ country of residence (corrections §1a)',
    input: lt('2023-01-01', '2023-04-15', { participant: { residenceCountry: 'DE' } }),
    errors: [],
  },

  // --- Recent graduates and the cycle cap (PG, HE student mobility) ------------------------
  {
    title: 'recent graduate, traineeship ending 12 months after graduation',
    input: lt('2024-03-01', '2024-06-30', {
      activity: 'student-traineeship',
      participant: { recentGraduate: true, graduationDate: '2023-06-30' },
    }),
    errors: [],
  },
  {
    title: 'recent graduate, traineeship ending a day late',
    input: lt('2024-03-01', '2024-07-01', {
      activity: 'student-traineeship',
      participant: { recentGraduate: true, graduationDate: '2023-06-30' },
    }),
    errors: ['recent-graduate-too-late'],
  },
  {
    title: 'recent graduate from 29 Feb 2024: deadline 28 Feb 2025',
    input: lt('2024-12-01', '2025-02-28', {
      activity: 'student-traineeship',
      participant: { recentGraduate: true, graduationDate: '2024-02-29' },
    }),
    errors: [],
  },
  {
    title: 'recent graduate from 29 Feb 2024: 1 Mar 2025 is too late',
    input: lt('2024-12-01', '2025-03-01', {
      activity: 'student-traineeship',
      participant: { recentGraduate: true, graduationDate: '2024-02-29' },
    }),
    errors: ['recent-graduate-too-late'],
  },
  {
    title: 'recent graduate in a study mobility: refused',
    input: lt('2023-01-01', '2023-04-15', { participant: { recentGraduate: true } }),
    errors: ['recent-graduate-activity'],
  },
  {
    title: 'recent VET graduate as an ErasmusPro learner',
    input: { ...erasmusPro, participant: { recentGraduate: true } },
    errors: [],
  },
  {
    title: 'recent VET graduate, ErasmusPro ending 12 months after graduation',
    input: {
      ...erasmusPro,
      participant: { recentGraduate: true, graduationDate: '2022-11-29' },
    },
    errors: [],
  },
  {
    title: 'recent VET graduate, ErasmusPro ending 12 months and a day after graduation',
    input: {
      ...erasmusPro,
      participant: { recentGraduate: true, graduationDate: '2022-11-28' },
    },
    errors: ['recent-graduate-too-late'],
  },
  {
    title: 'VET group mobility is not available in call 2023',
    input: ka12x(erasmusPro, 'group-mobility', '2023-09-04', '2023-09-08'),
    errors: ['activity-not-available'],
  },
  {
    title: 'recent VET graduate in a staff activity: refused',
    input: ka12x(erasmusPro, 'staff-job-shadowing', '2023-09-04', '2023-09-08', {
      participant: { recentGraduate: true },
    }),
    errors: ['recent-graduate-activity'],
  },
  {
    title: 'recent graduate in school education: warning (not sourced)',
    input: { ...schoolGroup, participant: { recentGraduate: true } },
    errors: [],
    warnings: ['recent-graduate-unsourced'],
  },
  {
    title: 'single-cycle programme: 20 + 4 months = 24',
    input: lt('2023-09-01', '2023-12-30', {
      participant: { previousMonthsInCycle: 20, singleCycleProgramme: true },
    }),
    mobilityDays: 120,
    errors: [],
  },
  {
    title: 'single-cycle programme: 20 months + 121 days exceeds 24',
    input: lt('2023-09-01', '2024-01-01', {
      participant: { previousMonthsInCycle: 20, singleCycleProgramme: true },
    }),
    mobilityDays: 121,
    errors: ['cycle-cap-exceeded'],
  },
  {
    title: 'ordinary cycle: 20 months used already exceeds 12',
    input: lt('2023-09-01', '2023-12-30', { participant: { previousMonthsInCycle: 20 } }),
    errors: ['cycle-cap-exceeded'],
  },
  {
    title: 'short-term days count too: 330 earlier short-term days + 2 months > 12 months',
    input: lt('2023-09-01', '2023-10-30', { participant: { previousShortTermDaysInCycle: 330 } }),
    errors: ['cycle-cap-exceeded'],
  },

  // --- VET, school, adult education (PG, KA121/KA122 sections: duration of activities) ------
  {
    title: 'ErasmusPro: 90 days (1 Sep → 29 Nov)',
    input: erasmusPro,
    mobilityDays: 90,
    errors: [],
  },
  {
    title: 'ErasmusPro: 89 days is too short',
    input: { ...erasmusPro, endDate: '2023-11-28' },
    mobilityDays: 89,
    errors: ['duration-too-short'],
  },
  {
    title: 'VET short-term learners: 10 days',
    input: ka12x(erasmusPro, 'learner-short-term', '2023-09-01', '2023-09-10'),
    errors: [],
  },
  {
    title: 'VET short-term learners: 9 days is too short',
    input: ka12x(erasmusPro, 'learner-short-term', '2023-09-01', '2023-09-09'),
    errors: ['duration-too-short'],
  },
  {
    title: 'VET short-term learners: 90 days is too long',
    input: ka12x(erasmusPro, 'learner-short-term', '2023-09-01', '2023-11-29'),
    errors: ['duration-too-long'],
  },
  {
    title: 'VET skills competition: 1 day',
    input: ka12x(erasmusPro, 'vet-skills-competition', '2023-09-01', '2023-09-01'),
    errors: [],
  },
  {
    title: 'VET skills competition: 11 days is too long',
    input: ka12x(erasmusPro, 'vet-skills-competition', '2023-09-01', '2023-09-11'),
    errors: ['duration-too-long'],
  },
  {
    title: 'school group mobility: 2 days',
    input: ka12x(schoolGroup, 'group-mobility', '2023-03-06', '2023-03-07'),
    errors: [],
  },
  {
    title: 'school group mobility: 31 days is too long',
    input: ka12x(schoolGroup, 'group-mobility', '2023-03-01', '2023-03-31'),
    errors: ['duration-too-long'],
  },
  {
    title: 'long-term pupil mobility: a whole common year (365 days)',
    input: ka12x(schoolGroup, 'learner-long-term', '2023-01-01', '2023-12-31'),
    mobilityDays: 365,
    errors: [],
  },
  {
    title: 'long-term pupil mobility: a whole leap year (366 days) is too long',
    input: ka12x(schoolGroup, 'learner-long-term', '2024-01-01', '2024-12-31'),
    mobilityDays: 366,
    errors: ['duration-too-long'],
  },
  {
    title: 'short-term pupil mobility: 29 days over February (leap year)',
    input: ka12x(schoolGroup, 'learner-short-term', '2024-02-01', '2024-02-29'),
    mobilityDays: 29,
    errors: [],
  },
  {
    title: 'staff course: 30 days',
    input: ka12x(schoolGroup, 'staff-course', '2023-04-01', '2023-04-30'),
    errors: [],
  },
  {
    title: 'staff course: 1 day is too short',
    input: ka12x(schoolGroup, 'staff-course', '2023-04-03', '2023-04-03'),
    errors: ['duration-too-short'],
  },
  {
    title: 'adult short-term learners: 30 days is above the chosen 29 (conflicting figure)',
    input: ka12x(
      { ...schoolGroup, action: 'KA122-ADU' } as MobilityInput,
      'learner-short-term',
      '2023-04-01',
      '2023-04-30',
    ),
    errors: ['duration-too-long'],
    warnings: ['provisional-rule'],
  },
];

describe('eligibility conformance cases', () => {
  it('has at least 40 cases beyond the published examples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.errors.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.errors.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$title', ({ input, mobilityDays, errors, warnings = [] }) => {
    const result = checkEligibility(input);
    const codes = (severity: string) =>
      result.issues.filter((issue) => issue.severity === severity).map((issue) => issue.code);
    expect(codes('error')).toEqual(errors);
    expect(result.eligible).toBe(errors.length === 0);
    for (const warning of warnings) expect(codes('warning')).toContain(warning);
    if (mobilityDays !== undefined) expect(result.duration.mobilityDays).toBe(mobilityDays);
    for (const issue of result.issues) {
      expect(issue.message).toMatch(/[.:]$|\)$/);
      expect(issue.rule?.callYear).toBe(input.callYear);
      // Citations a user can open: the Programme Guide of the call year, a legal act, a URL or
      // these docs — never research notes.
      expect(issue.rule?.section).toMatch(
        new RegExp(`Programme Guide ${input.callYear}|Regulation \\(EU\\)|https://|docs/`),
      );
      expect(issue.rule?.section).not.toMatch(RESEARCH_NOTES);
    }
  });
});
