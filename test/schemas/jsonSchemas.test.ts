/**
 * jsonSchemas(): every schema is valid draft 2020-12 for an independent validator (ajv, set up as
 * docs/json-schemas.md shows, issue 16), every documented example and every valid input of the
 * docs and conformance tests passes both zod and ajv, and a few invalid inputs fail both. Issue 16,
 * "JSON Schemas usable by a plain validator": each schema has its own `$id`.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { seed001Actuals } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { IsoDateSchema } from '../../src/_lib/dates.js';
import { GeoPointSchema } from '../../src/distance/greatCircleDistanceKm.js';
import { GrantOptionsSchema } from '../../src/grants/GrantOptionsSchema.js';
import { ProjectInputSchema } from '../../src/grants/ProjectInputSchema.js';
import { ActualSchema, ActualsSchema } from '../../src/indicators/actualSchema.js';
import { IndicatorSchema } from '../../src/indicators/indicatorSchema.js';
import { StrategySchema } from '../../src/indicators/strategySchema.js';
import { MobilityInputSchema } from '../../src/mobility/MobilityInputSchema.js';
import { ActionCodeSchema } from '../../src/programme/actions.js';
import { CountryCodeSchema } from '../../src/programme/CountryCodeSchema.js';
import { RateSheetInputSchema } from '../../src/rules/rateSheet/RateSheetInputSchema.js';
import {
  EvaluateOptionsSchema,
  SurveySchema,
  ThresholdSchema,
} from '../../src/satisfaction/schemas.js';
import {
  type JsonSchema,
  type JsonSchemaName,
  jsonSchemas,
} from '../../src/schemas/jsonSchemas.js';
import { mobilityArb } from '../grants/arbitraries.js';
import { allFixtures } from '../mobility/fixtures.js';
import { guideAjv } from './guideAjv.js';

/** The zod schema behind each JSON Schema (kept here independently of the source table). */
const zodOf: Record<JsonSchemaName, z.core.$ZodType> = {
  MobilityInput: MobilityInputSchema,
  GrantOptions: GrantOptionsSchema,
  ProjectInput: ProjectInputSchema,
  RateSheetInput: RateSheetInputSchema,
  Strategy: StrategySchema,
  Indicator: IndicatorSchema,
  Actual: ActualSchema,
  Actuals: ActualsSchema,
  SatisfactionInput: SurveySchema,
  SatisfactionThreshold: ThresholdSchema,
  SatisfactionOptions: EvaluateOptionsSchema,
  GeoPoint: GeoPointSchema,
  IsoDate: IsoDateSchema,
  CountryCode: CountryCodeSchema,
  ActionCode: ActionCodeSchema,
};

const schemas = jsonSchemas();
const ajv = guideAjv();
const validators = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]),
) as Record<JsonSchemaName, ReturnType<typeof ajv.compile>>;

const zodAccepts = (name: JsonSchemaName, value: unknown) =>
  z.safeParse(zodOf[name], value).success;
const ajvAccepts = (name: JsonSchemaName, value: unknown) => {
  const valid = validators[name](value) === true;
  return valid;
};

/** Valid inputs taken from the docs and the conformance tests, beyond the metadata examples. */
const documentedInputs: [JsonSchemaName, unknown][] = [
  ...allFixtures.map((m): [JsonSchemaName, unknown] => ['MobilityInput', m]),
  ['Strategy', seed001Plan],
  ['Actuals', seed001Actuals],
  ...seed001Actuals.map((a): [JsonSchemaName, unknown] => ['Actual', a]),
  ...(seed001Plan.goals ?? []).flatMap((goal) =>
    (goal.objectives ?? []).flatMap((objective) =>
      (objective.actions ?? []).flatMap((action) =>
        (action.indicators ?? []).map((i): [JsonSchemaName, unknown] => ['Indicator', i]),
      ),
    ),
  ),
  ['GrantOptions', undefined],
  ['SatisfactionInput', { satisfied: 46, responses: 49, invited: 60 }],
  ['SatisfactionOptions', { confidence: 0.9, continuityCorrection: true, minResponses: 5 }],
  ['SatisfactionThreshold', '85 %'],
  ['GeoPoint', { lat: 44.8125, lon: 20.4612 }],
  ['IsoDate', '2024-02-29'],
  ['CountryCode', 'rs'],
  ['ActionCode', 'ka131-hed'],
];

describe('jsonSchemas', () => {
  it('has one schema per public input, in draft 2020-12, each with a description', () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(zodOf).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.description, name).toBe('string');
      expect(Array.isArray(schema.examples) && schema.examples.length > 0, name).toBe(true);
    }
  });

  it('gives each schema its own $id, a URN named after the schema (issue 16)', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$id).toBe(`urn:erasmus-kit:schema:${name}`);
    }
    const ids = Object.values(schemas).map((schema) => schema.$id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets one validator hold every schema and find each by its $id (issue 16)', () => {
    const all = guideAjv({ allErrors: false });
    all.addSchema(Object.values(schemas) as object[]);
    const validateGeoPoint = all.getSchema('urn:erasmus-kit:schema:GeoPoint');
    expect(validateGeoPoint?.({ lat: 44.8, lon: 20.5 })).toBe(true);
    expect(validateGeoPoint?.({ lat: 91, lon: 0 })).toBe(false);
    // two schemas with one $id would be refused
    expect(() => all.addSchema({ ...schemas.IsoDate })).toThrow(/already exists/);
  });

  it('is lazy, cached and frozen: the same deeply frozen object every call', () => {
    expect(jsonSchemas()).toBe(schemas);
    expect(Object.isFrozen(schemas)).toBe(true);
    expect(Object.isFrozen(schemas.MobilityInput)).toBe(true);
    expect(Object.isFrozen(schemas.GeoPoint.properties)).toBe(true);
  });

  it('is plain JSON (round-trips through JSON.stringify), with no hidden properties', () => {
    expect(JSON.parse(JSON.stringify(schemas))).toEqual(schemas);
    const stack: unknown[] = [schemas];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null) continue;
      const own = Reflect.ownKeys(value).filter((key) => !Array.isArray(value) || key !== 'length');
      expect(own).toEqual(Object.keys(value)); // zod adds a hidden ~standard
      stack.push(...Object.values(value));
    }
  });

  it('validates every metadata example with zod and with ajv', () => {
    let count = 0;
    for (const [name, schema] of Object.entries(schemas) as [JsonSchemaName, JsonSchema][]) {
      for (const example of schema.examples ?? []) {
        expect(zodAccepts(name, example), `zod ${name} ${JSON.stringify(example)}`).toBe(true);
        expect(ajvAccepts(name, example), `ajv ${name} ${JSON.stringify(example)}`).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThan(25);
  });

  it('validates the valid inputs of the docs and conformance tests with zod and ajv', () => {
    expect(documentedInputs.length).toBeGreaterThan(20);
    for (const [name, value] of documentedInputs) {
      expect(zodAccepts(name, value), `zod ${name} ${JSON.stringify(value)}`).toBe(true);
      if (value === undefined) continue; // JSON has no undefined: a host omits the argument
      expect(ajvAccepts(name, value), `ajv ${name} ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it('accepts in ajv every generated mobility that zod accepts', () => {
    fc.assert(
      fc.property(mobilityArb, (mobility) => {
        if (!zodAccepts('MobilityInput', mobility)) return;
        expect(ajvAccepts('MobilityInput', JSON.parse(JSON.stringify(mobility)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const invalid: [JsonSchemaName, unknown][] = [
    ['MobilityInput', { ...allFixtures[0], action: 'KA999-HED' }],
    ['MobilityInput', { ...allFixtures[0], startDate: '1 May 2024' }],
    ['MobilityInput', { ...allFixtures[0], surprise: true }],
    ['GrantOptions', { rounding: 'banker' }],
    ['ProjectInput', { action: 'KA131-HED', callYear: 2019 }],
    ['RateSheetInput', { callYear: 2021, agency: 'DE01', ka131: { studentMonthly: { 1: -5 } } }],
    ['Strategy', { goals: 'none' }],
    ['Indicator', { id: '1', label: 'x', kind: 'unknown-kind' }],
    ['Actual', { indicatorId: '', year: 2016, value: 1 }],
    ['Actuals', [{ year: 2016 }]],
    ['SatisfactionInput', { satisfied: -1, responses: 2 }],
    ['SatisfactionThreshold', { atLeast: 1.5 }],
    ['SatisfactionOptions', { confidence: true }],
    ['GeoPoint', { lat: 91, lon: 0 }],
    ['GeoPoint', { lat: 0, lon: 0, alt: 10 }],
    ['IsoDate', '2024-13-01'],
    ['IsoDate', '24-01-01'],
    ['CountryCode', 'Germany'],
    ['ActionCode', 42],
    ['ActionCode', 'KA 131'],
  ];
  it.each(invalid)('rejects an invalid %s in both zod and ajv (%j)', (name, value) => {
    expect(zodAccepts(name, value)).toBe(false);
    expect(ajvAccepts(name, value)).toBe(false);
  });

  it('says a real calendar day by format: ajv-formats checks it, a non-asserting validator not', () => {
    for (const date of ['2023-02-29', '2023-02-30', '2023-04-31']) {
      expect(zodAccepts('IsoDate', date)).toBe(false);
      expect(ajvAccepts('IsoDate', date)).toBe(false);
    }
    expect(ajvAccepts('IsoDate', '2024-02-29')).toBe(true);
    const annotating = new Ajv2020({ validateFormats: false }).compile(schemas.IsoDate);
    expect(annotating('2023-02-30')).toBe(true);
    expect(annotating('2023-13-01')).toBe(false); // the pattern still holds
  });

  it('cannot express membership of the catalogues: ajv accepts XX and KA999, zod does not', () => {
    expect(ajvAccepts('CountryCode', 'XX')).toBe(true);
    expect(zodAccepts('CountryCode', 'XX')).toBe(false);
    expect(ajvAccepts('ActionCode', 'KA999')).toBe(true);
    expect(zodAccepts('ActionCode', 'KA999')).toBe(false);
  });

  it('cannot express cross-field checks: ajv accepts an end date before the start date', () => {
    const backwards = { ...allFixtures[0], startDate: '2024-05-01', endDate: '2024-01-01' };
    expect(ajvAccepts('MobilityInput', backwards)).toBe(true);
    expect(zodAccepts('MobilityInput', backwards)).toBe(false);
  });
});
