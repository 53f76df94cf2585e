import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkEligibility, safeCheckEligibility } from '../../src/mobility/checkEligibility.js';
import {
  ELIGIBILITY_ISSUE_CODES,
  type EligibilityIssueCode,
} from '../../src/mobility/issueCodes.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import {
  blendedShortTerm,
  erasmusPro,
  longTermStudy,
  schoolGroup,
  staffTeaching,
} from './fixtures.js';

/** One mobility that raises each code (the same examples as docs/eligibility.md). */
const examples: Record<EligibilityIssueCode, MobilityInput> = {
  'duration-too-short': { ...longTermStudy, startDate: '2023-02-01', endDate: '2023-03-25' },
  'duration-too-long': { ...staffTeaching, startDate: '2023-03-01', endDate: '2023-04-30' },
  'force-majeure-minimum-lifted': {
    ...longTermStudy,
    startDate: '2023-02-01',
    endDate: '2023-03-25',
    forceMajeure: true,
  },
  'funded-period-too-short': { ...longTermStudy, nonFundedDays: 50 },
  'sending-country-not-eligible': { ...schoolGroup, sendingCountry: 'UA' },
  'receiving-country-not-eligible': { ...schoolGroup, receivingCountry: 'US' },
  'country-pair-not-eligible': { ...staffTeaching, action: 'KA171-HED', receivingCountry: 'RS' },
  'international-strand': { ...staffTeaching, receivingCountry: 'JP' },
  'country-rule-unsourced': { ...erasmusPro, receivingCountry: 'US' },
  'same-country': { ...staffTeaching, receivingCountry: 'DE' },
  'same-country-territory': { ...staffTeaching, sendingCountry: 'RE', receivingCountry: 'FR' },
  'residence-country': { ...longTermStudy, participant: { residenceCountry: 'ES' } },
  'ka171-partner-ka131-only': { ...staffTeaching, action: 'KA171-HED', receivingCountry: 'CH' },
  'short-term-requires-blended': { ...blendedShortTerm, blended: false },
  'virtual-component-missing': { ...blendedShortTerm, virtualDays: 0 },
  'bip-activity-not-allowed': { ...blendedShortTerm, activity: 'student-traineeship', bip: true },
  'bip-requires-short-term': { ...longTermStudy, bip: true },
  'ects-too-low': { ...blendedShortTerm, bip: true, ects: 2 },
  'recent-graduate-activity': { ...longTermStudy, participant: { recentGraduate: true } },
  'recent-graduate-too-late': {
    ...longTermStudy,
    activity: 'student-traineeship',
    startDate: '2024-03-01',
    endDate: '2024-07-01',
    participant: { recentGraduate: true, graduationDate: '2023-06-30' },
  },
  'recent-graduate-unsourced': { ...schoolGroup, participant: { recentGraduate: true } },
  'cycle-cap-exceeded': { ...longTermStudy, participant: { previousMonthsInCycle: 10 } },
  'zero-grant': { ...longTermStudy, zeroGrant: true },
  'travel-days-capped': { ...staffTeaching, travelDays: 3 },
  'activity-not-available': {
    ...erasmusPro,
    callYear: 2021,
    activity: 'group-mobility',
    startDate: '2021-09-01',
    endDate: '2021-09-05',
  },
  'duration-limits-unknown': {
    ...schoolGroup,
    action: 'KA122-ADU',
    activity: 'learner-long-term',
    startDate: '2023-09-01',
    endDate: '2023-11-29',
  },
  'february-end-30-360': { ...longTermStudy, startDate: '2023-01-01', endDate: '2023-02-28' },
  'provisional-rule': { ...erasmusPro },
};

describe('checkEligibility: every code', () => {
  it.each(Object.keys(ELIGIBILITY_ISSUE_CODES) as EligibilityIssueCode[])(
    '%s is raised by its example, with its documented severity',
    (code) => {
      const result = checkEligibility(examples[code]);
      const issue = result.issues.find((i) => i.code === code);
      expect(issue, JSON.stringify(result.issues.map((i) => i.code))).toBeDefined();
      expect(issue?.severity).toBe(ELIGIBILITY_ISSUE_CODES[code].severity);
      expect(issue?.message.length).toBeGreaterThan(30);
      expect(issue?.rule?.callYear).toBe(examples[code].callYear);
      if (issue?.severity === 'error') expect(result.eligible).toBe(false);
    },
  );

  it('documents every code in docs/eligibility.md', () => {
    const guide = readFileSync(
      fileURLToPath(new URL('../../docs/eligibility.md', import.meta.url)),
      'utf8',
    );
    for (const code of Object.keys(ELIGIBILITY_ISSUE_CODES)) {
      expect(guide, code).toContain(`\`${code}\``);
    }
  });

  it('shows in docs/eligibility.md the message each example really gives', () => {
    const guide = readFileSync(
      fileURLToPath(new URL('../../docs/eligibility.md', import.meta.url)),
      'utf8',
    );
    const fixtures = { blendedShortTerm, erasmusPro, longTermStudy, schoolGroup, staffTeaching };
    const rows = [...guide.matchAll(/^\| `([a-z0-9-]+)` \| `(.+?)` \| (.+) \|$/gm)];
    expect(rows.length).toBe(Object.keys(ELIGIBILITY_ISSUE_CODES).length);
    for (const [, code = '', expression = '', message = ''] of rows) {
      const input = new Function(...Object.keys(fixtures), `return (${expression});`)(
        ...Object.values(fixtures),
      ) as MobilityInput;
      const issue = checkEligibility(input).issues.find((i) => i.code === code);
      expect(issue, code).toBeDefined();
      // the guide may shorten a message with '…'
      let from = 0;
      for (const part of message.split('…')) {
        const at = issue?.message.indexOf(part.trim(), from) ?? -1;
        expect(at, `${code}: ${part}`).toBeGreaterThanOrEqual(0);
        from = at + part.trim().length;
      }
    }
  });

  it('marks unsourced rules as warnings and says so', () => {
    for (const code of [
      'same-country-territory',
      'country-rule-unsourced',
      'recent-graduate-unsourced',
      'february-end-30-360',
    ] as const) {
      expect(ELIGIBILITY_ISSUE_CODES[code].severity).toBe('warning');
      const issue = checkEligibility(examples[code]).issues.find((i) => i.code === code);
      expect(issue?.message).toMatch(/[Nn]o source|[Nn]o recent-graduate rule was found/);
    }
  });

  it('cites only what a user can open: no research notes in any section (issue 14)', () => {
    for (const [code, info] of Object.entries(ELIGIBILITY_ISSUE_CODES)) {
      expect(info.section, code).toMatch(/Programme Guide|Regulation \(EU\)|https:\/\/|docs\//);
      expect(info.section, code).not.toMatch(
        /he-mobility|programme-catalogue|vet-sch-adu|practice-notes|corrections|DESIGN|domain|§/,
      );
      const issue = checkEligibility(examples[code as EligibilityIssueCode]).issues.find(
        (i) => i.code === code,
      );
      expect(issue?.message, code).not.toMatch(/domain notes|\.md\b|§/);
    }
  });
});

describe('checkEligibility: results', () => {
  it('finds a plain staff mobility eligible with no issue', () => {
    const result = checkEligibility(staffTeaching);
    expect(result).toMatchObject({ eligible: true, issues: [], provisional: false });
    expect(result.duration.calculatedDays).toBe(5);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.issues)).toBe(true);
  });

  it('names the input path, call year, section and figure of each issue', () => {
    const [issue] = checkEligibility(examples['duration-too-long']).issues;
    expect(issue).toMatchObject({
      code: 'duration-too-long',
      path: ['endDate'],
      message:
        'A staff mobility for teaching may last at most 60 days; this one lasts 61 days. Move the end date or split the stay.',
      rule: {
        callYear: 2023,
        section:
          'Erasmus+ Programme Guide 2023, Part B, "Mobility projects for higher education students and staff", eligibility criteria for staff mobility (duration)',
        figure: { path: 'durations.KA131-HED.staff-teaching.standard', status: 'confirmed' },
      },
    });
  });

  it('points at the interruptions when they make a mobility too short', () => {
    const result = checkEligibility({
      ...longTermStudy,
      startDate: '2023-01-01',
      endDate: '2023-03-10',
      interruptionDays: 15,
    });
    const issue = result.issues.find((i) => i.code === 'duration-too-short');
    expect(issue?.path).toEqual(['interruptionDays']);
    expect(issue?.message).toBe(
      'A study mobility must last at least 2 months; this one lasts 1 month and 25 days (2 months and 10 days from the dates minus 15 days of interruption).',
    );
  });

  it('uses the non-associated staff limits (5–60 days) for KA131 international staff', () => {
    const issue = checkEligibility({
      ...staffTeaching,
      receivingCountry: 'JP',
      endDate: '2023-05-11',
    }).issues.find((i) => i.code === 'duration-too-short');
    expect(issue?.rule?.figure?.path).toBe('durations.KA131-HED.staff-teaching.nonAssociated');
    expect(issue?.message).toContain('at least 5 days; this one lasts 4 days');
  });

  it('warns once per provisional figure it used, naming the figure', () => {
    const result = checkEligibility(erasmusPro);
    expect(result.eligible).toBe(true);
    expect(result.provisional).toBe(true);
    const warnings = result.issues.filter((i) => i.code === 'provisional-rule');
    expect(warnings.map((w) => w.rule?.figure?.path)).toEqual([
      'durations.KA121-VET.learner-long-term.standard',
    ]);
    expect(warnings[0]?.message).toContain('single-source');
  });

  it('reports the travel-day figure only when travel days are declared', () => {
    const without = checkEligibility(longTermStudy);
    const withDays = checkEligibility({ ...longTermStudy, travelDays: 1 });
    const paths = (r: typeof without) => r.issues.map((i) => i.rule?.figure?.path);
    expect(paths(without).some((p) => p?.startsWith('travelDays.'))).toBe(false);
    expect(withDays.duration.figures.length).toBe(1);
    expect(without.duration.figures.length).toBe(1);
  });

  it('explains travel days when the call year funds none', () => {
    // Long-term students without travel support: 0 funded travel days in calls 2021–2023.
    const result = checkEligibility({ ...longTermStudy, callYear: 2021, travelDays: 2 });
    const issue = result.issues.find((i) => i.code === 'travel-days-capped');
    expect(issue?.message).toContain('funds no travel days');
    expect(result.duration.travelDays).toBe(0);
  });

  it('keeps errors when force majeure is declared for a partly funded stay below the minimum', () => {
    const result = checkEligibility({ ...examples['funded-period-too-short'], forceMajeure: true });
    expect(result.eligible).toBe(true);
    expect(result.issues.map((i) => i.code)).toContain('force-majeure-minimum-lifted');
  });

  it('reports several problems at once, in rule-family order', () => {
    const result = checkEligibility({
      ...longTermStudy,
      action: 'KA171-HED',
      startDate: '2023-02-01',
      endDate: '2023-03-25',
      participant: { recentGraduate: true, previousMonthsInCycle: 11.5 },
      zeroGrant: true,
    });
    expect(result.issues.map((i) => i.code)).toEqual([
      'duration-too-short',
      'country-pair-not-eligible',
      'recent-graduate-activity',
      'cycle-cap-exceeded',
      'zero-grant',
    ]);
  });

  it('throws InputError for bad input; the safe twin returns it', () => {
    const bad = { ...longTermStudy, activity: 'group-mobility' };
    expect(() => checkEligibility(bad as MobilityInput)).toThrow(InputError);
    const result = safeCheckEligibility(bad as MobilityInput);
    expect(result.success).toBe(false);
    expect(safeCheckEligibility(staffTeaching)).toMatchObject({ success: true });
  });
});
