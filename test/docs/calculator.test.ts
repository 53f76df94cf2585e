/**
 * Issue 18, "A live calculator in the site": what the calculator page's forms hold becomes the
 * library's inputs (site/calculator/formValues.ts). The page itself is checked in Chromium by
 * scripts/check-docs-site.mjs; here the mapping is checked against the library, both ways: a
 * filled form gives the grant and the verdict, an incomplete one gives the library's errors at
 * the fields' paths.
 */
import { describe, expect, it } from 'vitest';
import {
  type FormValues,
  mobilityOf,
  satisfactionOf,
  typedRateSheetOf,
} from '../../site/calculator/formValues.js';
import {
  calculateGrant,
  evaluateSatisfaction,
  type SafeResult,
  safeDefineRateSheet,
  safeEvaluateSatisfaction,
  safeParseMobility,
} from '../../src/index.js';

/** The paths of a safe result's issues (none when it succeeded), dotted. */
const issuePaths = (result: SafeResult<unknown>): string[] =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));

/** A form as the browser gives it: every field as text, `''` when empty or unticked. */
const form =
  (fields: Readonly<Record<string, string>>): FormValues =>
  (name) =>
    fields[name] ?? '';

const STUDY = {
  action: 'KA131-HED',
  callYear: '2023',
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2023-01-01',
  endDate: '2023-04-15',
};

describe('calculator form → mobility (issue 18, live calculator)', () => {
  it('a filled form is the mobility, with no empty optional field', () => {
    expect(mobilityOf(form(STUDY))).toEqual({ ...STUDY, callYear: 2023 });
  });

  it('travel, coordinates, green travel and fewer opportunities are read', () => {
    const mobility = mobilityOf(
      form({
        ...STUDY,
        fromLat: '52.52',
        fromLon: '13.405',
        toLat: '40.4168',
        toLon: '-3.7038',
        green: 'on',
        travelDays: '2',
        fewerOpportunities: 'on',
      }),
    );
    expect(mobility).toMatchObject({
      travel: {
        from: { lat: 52.52, lon: 13.405 },
        to: { lat: 40.4168, lon: -3.7038 },
        green: true,
      },
      travelDays: 2,
      participant: { fewerOpportunities: true },
    });
    expect(safeParseMobility(mobility).success).toBe(true);
  });

  it('the known mobility with a typed-in group 2 rate of 550 gives 1925.00', () => {
    const fields = form({
      ...STUDY,
      rateSheet: 'typed',
      rateTable: 'ka131.studentMonthly',
      rateGroup1: '600',
      rateGroup2: '550',
      rateGroup3: '500',
    });
    const sheet = safeDefineRateSheet(typedRateSheetOf(fields));
    const mobility = safeParseMobility(mobilityOf(fields));
    if (!sheet.success || !mobility.success) throw new Error('the form is not read');
    const grant = calculateGrant(mobility.data, { rateSheet: sheet.data });
    expect(grant.total).toBe('1925.00');
    expect(grant.lines[0]?.basis).toBe('3 months × €550.00 + 15 days × €550.00/30');
  });

  it('empty or half-given fields are the library’s errors, at their paths', () => {
    const result = safeParseMobility(
      mobilityOf(form({ ...STUDY, startDate: '', distanceKm: ' ', fromLat: '52.5' })),
    );
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(
      expect.arrayContaining(['mobility.startDate', 'mobility.travel.from.lon']),
    );
  });

  it('no rate sheet unless the typed-in sheet is chosen', () => {
    expect(typedRateSheetOf(form({ ...STUDY, rateGroup2: '550' }))).toBeUndefined();
  });

  it('a group left empty is reported by the library at its path', () => {
    const sheet = typedRateSheetOf(
      form({ ...STUDY, rateSheet: 'typed', rateTable: 'ka131.staffDaily', rateGroup2: '150' }),
    );
    const result = safeDefineRateSheet(sheet);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual([
      'rateSheet.ka131.staffDaily.1',
      'rateSheet.ka131.staffDaily.3',
    ]);
  });
});

describe('calculator form → satisfaction target (issue 18, live calculator)', () => {
  const SURVEY = { satisfied: '18', responses: '20', target: '85', confidence: '95' };

  it('18 of 20 against at least 85 % is inconclusive', () => {
    const { input, threshold, options } = satisfactionOf(form(SURVEY));
    expect(evaluateSatisfaction(input, threshold, options).verdict).toBe('inconclusive');
  });

  it('"at most" and the number invited are read', () => {
    const read = satisfactionOf(form({ ...SURVEY, direction: 'at-most', invited: '40' }));
    expect(read.threshold).toEqual({ atMost: '85%' });
    expect(read.input).toEqual({ satisfied: 18, responses: 20, invited: 40 });
  });

  it('an empty target is the library’s error at the threshold', () => {
    const { input, threshold, options } = satisfactionOf(form({ ...SURVEY, target: '' }));
    const result = safeEvaluateSatisfaction(input, threshold, options);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['threshold']);
  });
});
