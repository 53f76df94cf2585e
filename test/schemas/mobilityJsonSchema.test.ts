/**
 * Issue 16, "JSON Schemas usable by a plain validator", for the mobility: ajv set up as the guide
 * shows (guideAjv.ts) validates the mobilities of the guides with the exported JSON Schema; the
 * schema keeps zod's discrimination by `action`, so a wrong activity is told the activities of
 * its action and nothing about the other actions; what the library requires (a student's
 * `format`, ...) is required by the schema too; and ajv and the library agree on generated valid
 * and invalid mobilities except on the rules docs/json-schemas.md lists as inexpressible.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStudentActivity } from '../../src/mobility/activityKinds.js';
import { MobilityInputSchema } from '../../src/mobility/MobilityInputSchema.js';
import { ACTIVITIES_BY_ACTION, MOBILITY_ACTIONS } from '../../src/rules/vocabulary.js';
import { jsonSchemas } from '../../src/schemas/jsonSchemas.js';
import { guideAjv } from './guideAjv.js';
import { guideMobilities } from './guideMobilities.js';

const schema = jsonSchemas().MobilityInput;
const validators = {
  allErrors: guideAjv({ allErrors: true }).compile(schema),
  firstError: guideAjv({ allErrors: false }).compile(schema),
};

/** ajv's verdict and errors (instance path, keyword, params; schema path for the branch). */
function ajvOn(validate: ValidateFunction, value: unknown) {
  const valid = validate(JSON.parse(JSON.stringify(value))) === true;
  const errors = (validate.errors ?? []).map((e: ErrorObject) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    params: e.params,
    schemaPath: e.schemaPath,
  }));
  return { valid, errors };
}
const zodAccepts = (value: unknown) => MobilityInputSchema.safeParse(value).success;

/** A valid mobility of each action (every action has `staff-teaching`). */
const staffOf = (action: (typeof MOBILITY_ACTIONS)[number]) => ({
  action,
  callYear: 2024,
  activity: 'staff-teaching',
  sendingCountry: 'HR',
  receivingCountry: 'FI',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
});
const student = { ...staffOf('KA131-HED'), activity: 'student-studies', format: 'short-term' };
const ALL_ACTIVITIES = [...new Set(Object.values(ACTIVITIES_BY_ACTION).flat())];

describe('the mobilities of the guides pass ajv (issue 16, acceptance)', () => {
  const found = guideMobilities();

  it('are found in the guides: at least 15 mobilities in at least 5 files', () => {
    expect(found.length).toBeGreaterThanOrEqual(15);
    expect(new Set(found.map(({ where }) => where.split(':')[0])).size).toBeGreaterThanOrEqual(5);
  });

  it.each(found.map(({ where, mobility }) => [where, mobility]))(
    '%s: accepted by the library and by ajv (both modes)',
    (_where, mobility) => {
      expect(zodAccepts(mobility)).toBe(true);
      for (const validate of Object.values(validators)) {
        expect(ajvOn(validate, mobility)).toEqual({ valid: true, errors: [] });
      }
    },
  );
});

describe('a wrong activity or action names the allowed values, nothing else (issue 16)', () => {
  it.each(MOBILITY_ACTIONS.map((action, index) => [action, index] as const))(
    '%s: a foreign activity is told the activities of its action',
    (action, index) => {
      const allowed = ACTIVITIES_BY_ACTION[action] as readonly string[];
      const foreign = ALL_ACTIVITIES.find((activity) => !allowed.includes(activity));
      const mobility = { ...staffOf(action), activity: foreign };
      expect(zodAccepts(staffOf(action))).toBe(true);
      expect(zodAccepts(mobility)).toBe(false);

      const enumError = {
        instancePath: '/activity',
        keyword: 'enum',
        params: { allowedValues: allowed },
        schemaPath: `#/allOf/${index}/then/properties/activity/enum`,
      };
      expect(ajvOn(validators.firstError, mobility)).toEqual({ valid: false, errors: [enumError] });
      expect(ajvOn(validators.allErrors, mobility)).toEqual({
        valid: false,
        errors: [
          enumError,
          {
            instancePath: '',
            keyword: 'if',
            params: { failingKeyword: 'then' },
            schemaPath: `#/allOf/${index}/if`,
          },
        ],
      });
    },
  );

  it('an unknown action is told the eight actions, in one error', () => {
    const mobility = { ...staffOf('KA131-HED'), action: 'KA999-HED' };
    expect(zodAccepts(mobility)).toBe(false);
    for (const validate of Object.values(validators)) {
      expect(ajvOn(validate, mobility)).toEqual({
        valid: false,
        errors: [
          {
            instancePath: '/action',
            keyword: 'enum',
            params: { allowedValues: MOBILITY_ACTIONS },
            schemaPath: '#/properties/action/enum',
          },
        ],
      });
    }
  });
});

describe('what the library requires, the schema requires (issue 16: "a missing format")', () => {
  const required = [
    'action',
    'callYear',
    'activity',
    'sendingCountry',
    'receivingCountry',
    'startDate',
    'endDate',
  ];
  it.each(required)('a mobility without %s is refused by both, ajv naming it', (key) => {
    const { [key as 'action']: _, ...mobility } = staffOf('KA122-SCH');
    expect(zodAccepts(mobility)).toBe(false);
    for (const validate of Object.values(validators)) {
      const { valid, errors } = ajvOn(validate, mobility);
      expect(valid).toBe(false);
      expect(errors).toContainEqual(
        expect.objectContaining({ keyword: 'required', params: { missingProperty: key } }),
      );
    }
  });

  // [case, mobility, accepted]: both directions of each rule of checkConsistency JSON Schema says
  const cases: [string, boolean, unknown][] = [
    ['HE student with a format', true, student],
    ['HE student without a format', false, { ...student, format: undefined }],
    [
      'KA171 student without a format',
      false,
      { ...student, action: 'KA171-HED', format: undefined },
    ],
    ['HE staff without a format', true, staffOf('KA131-HED')],
    ['HE staff with its own format', true, { ...staffOf('KA131-HED'), format: 'short-term' }],
    ['HE staff with a long-term format', false, { ...staffOf('KA131-HED'), format: 'long-term' }],
    [
      'VET long-term learner, long-term',
      true,
      { ...staffOf('KA121-VET'), activity: 'learner-long-term', format: 'long-term' },
    ],
    [
      'VET long-term learner, short-term',
      false,
      { ...staffOf('KA121-VET'), activity: 'learner-long-term', format: 'short-term' },
    ],
    ['doctoral student', true, { ...student, doctoral: true }],
    ['doctoral staff', false, { ...staffOf('KA131-HED'), doctoral: true }],
    ['staff, doctoral: false', true, { ...staffOf('KA131-HED'), doctoral: false }],
    ['travel by distance', true, { ...student, travel: { distanceKm: 900 } }],
    ['travel by coordinates', true, { ...student, travel: { from: P(45, 16), to: P(60, 25) } }],
    ['travel with one end', false, { ...student, travel: { from: P(45, 16) } }],
    [
      'travel by distance and coordinates',
      false,
      { ...student, travel: { distanceKm: 900, from: P(45, 16), to: P(60, 25) } },
    ],
  ];
  it.each(cases)('%s: accepted by both: %s', (_case, accepted, value) => {
    const mobility = JSON.parse(JSON.stringify(value)); // drops the `undefined` fields
    expect(zodAccepts(mobility)).toBe(accepted);
    for (const validate of Object.values(validators)) {
      expect(ajvOn(validate, mobility).valid).toBe(accepted);
    }
  });

  it('a student without a format is told the missing format', () => {
    const { format: _, ...mobility } = student;
    expect(ajvOn(validators.firstError, mobility).errors).toEqual([
      {
        instancePath: '',
        keyword: 'required',
        params: { missingProperty: 'format' },
        schemaPath: '#/allOf/0/then/allOf/0/then/required',
      },
    ]);
  });
});

function P(lat: number, lon: number) {
  return { lat, lon };
}

/**
 * The `params.code` of the library's issues that JSON Schema cannot carry, as docs/json-schemas.md
 * lists them for a mobility: end date before start date, days beyond the period, unknown
 * countries, euros with more than two decimals as a number.
 */
const INEXPRESSIBLE = ['out-of-order', 'exceeds-total', 'unknown-country', 'too-precise'];

/** One change to a mobility, which may make it invalid. */
type Change = (mobility: Record<string, unknown>) => void;
const set =
  (key: string) =>
  (value: unknown): Change =>
  (mobility) => {
    mobility[key] = value;
  };
const setOneOf = (keys: readonly string[], values: readonly unknown[]) =>
  fc
    .tuple(fc.constantFrom(...keys), fc.constantFrom(...values))
    .map(([key, value]) => set(key)(value));
const point = fc.record({ lat: fc.constantFrom(45, 91), lon: fc.constantFrom(16, 200) });
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  setOneOf(['activity'], [...ALL_ACTIVITIES, 'dancing']),
  setOneOf(['action'], [...MOBILITY_ACTIONS, 'KA999-HED', 'ka131-hed']),
  fc
    .constantFrom(
      'action',
      'activity',
      'callYear',
      'format',
      'sendingCountry',
      'startDate',
      'endDate',
    )
    .map(
      (key): Change =>
        (mobility) => {
          delete mobility[key];
        },
    ),
  setOneOf(['format'], ['long-term', 'short-term', 'medium', 1]),
  setOneOf(['doctoral', 'bip', 'blended'], [true, false, 'yes']),
  setOneOf(['ects'], [5, -1, 121]),
  setOneOf(
    ['startDate', 'endDate'],
    [
      '2023-02-29',
      '2024-02-29',
      '2023-04-31',
      '2023-13-01',
      '1 May 2024',
      '0999-12-31',
      '2024-06-30',
    ],
  ),
  setOneOf(['callYear'], [2020, 2021, 2026, 2027, '2024']),
  setOneOf(['sendingCountry', 'receivingCountry'], ['XX', 'de', 'el', 'UK', 'DEU', 'D']),
  setOneOf(
    ['interruptionDays', 'nonFundedDays', 'travelDays', 'virtualDays'],
    [0, 3, 500, -1, 1.5],
  ),
  fc
    .record(
      {
        distanceKm: fc.constantFrom(0, 900, 50_000),
        from: point,
        to: point,
        green: fc.constantFrom(true, 'yes'),
        realCostEur: fc.constantFrom(12.34, 12.345, -1, '12.34', '12.345', '1e3'),
      },
      { requiredKeys: [] },
    )
    .map(set('travel')),
  fc
    .record(
      {
        previousMonthsInCycle: fc.constantFrom(3, 200),
        graduationDate: fc.constantFrom('2023-06-30', '2023-06-31'),
        residenceCountry: fc.constantFrom('RS', 'XX'),
        nickname: fc.constant('x'),
      },
      { requiredKeys: [] },
    )
    .map(set('participant')),
  fc.constant(set('surprise')(true)),
);

/** `YYYY-MM-DD` of the day `day` days after 2021-01-01 (in UTC, whatever the host's zone). */
const isoDay = (day: number) =>
  new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** Mobilities of every action and activity, valid but for a rare end date before its start. */
const mobilityArb = fc.constantFrom(...MOBILITY_ACTIONS).chain((action) =>
  fc
    .record({
      activity: fc.constantFrom(...(ACTIVITIES_BY_ACTION[action] as readonly string[])),
      callYear: fc.constantFrom(2021, 2022, 2023, 2024, 2025, 2026),
      sendingCountry: fc.constantFrom('DE', 'RS', 'TR', 'el', 'JP'),
      receivingCountry: fc.constantFrom('ES', 'FI', 'uk', 'BA', 'US'),
      start: fc.integer({ min: 0, max: 2500 }),
      length: fc.integer({ min: -2, max: 400 }),
      format: fc.constantFrom('long-term', 'short-term'),
    })
    .map(({ start, length, format, ...fields }) => ({
      action,
      ...fields,
      ...(isStudentActivity(action, fields.activity) ? { format } : {}),
      startDate: isoDay(start),
      endDate: isoDay(start + length),
    })),
);

/** Mobilities, and the same with one or two changes. */
const candidateArb = fc
  .tuple(mobilityArb, fc.array(changeArb, { maxLength: 2 }))
  .map(([valid, changes]) => {
    const mobility = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    for (const change of changes) change(mobility);
    return mobility;
  });

describe('ajv and the library agree but on the listed rules (issue 16, generated mobilities)', () => {
  it('ajv refuses only what the library refuses, and accepts what it refuses only for a listed rule', () => {
    const seen = { bothAccept: 0, bothRefuse: 0, listedOnly: 0 };
    for (const mobility of fc.sample(candidateArb, { numRuns: 1500, seed: 16 })) {
      const zod = MobilityInputSchema.safeParse(mobility);
      const ajv = ajvOn(validators.allErrors, mobility).valid;
      expect(ajvOn(validators.firstError, mobility).valid).toBe(ajv);
      if (zod.success) {
        expect(ajv, JSON.stringify(mobility)).toBe(true);
        seen.bothAccept++;
      } else if (!ajv) {
        seen.bothRefuse++;
      } else {
        const codes = zod.error.issues.map((issue) =>
          issue.code === 'custom' ? issue.params?.['code'] : issue.code,
        );
        expect(
          codes.every((code) => INEXPRESSIBLE.includes(code)),
          `${JSON.stringify(mobility)}: ${codes}`,
        ).toBe(true);
        seen.listedOnly++;
      }
    }
    // the sample covers the three cases
    expect(seen.bothAccept).toBeGreaterThan(200);
    expect(seen.bothRefuse).toBeGreaterThan(200);
    expect(seen.listedOnly).toBeGreaterThan(20);
  });
});
