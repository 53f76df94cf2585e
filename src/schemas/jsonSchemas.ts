import * as z from 'zod/mini';
import { IsoDateSchema } from '../_lib/dates.js';
import { unwrapLazy } from '../_lib/zod.js';
import { GeoPointSchema } from '../distance/greatCircleDistanceKm.js';
import { GrantOptionsSchema } from '../grants/GrantOptionsSchema.js';
import { ProjectInputSchema } from '../grants/ProjectInputSchema.js';
import { ActualSchema, ActualsSchema } from '../indicators/actualSchema.js';
import { IndicatorSchema } from '../indicators/indicatorSchema.js';
import { StrategySchema } from '../indicators/strategySchema.js';
import { MobilityInputSchema } from '../mobility/MobilityInputSchema.js';
import { ActionCodeSchema } from '../programme/actions.js';
import { CountryCodeSchema } from '../programme/CountryCodeSchema.js';
import { RateSheetInputSchema } from '../rules/rateSheet/RateSheetInputSchema.js';
import { EvaluateOptionsSchema, SurveySchema, ThresholdSchema } from '../satisfaction/schemas.js';
import { discriminate, type JsonNode } from './discriminate.js';
import { refinementKeywords } from './refinementKeywords.js';

/**
 * A JSON Schema (draft 2020-12) as a plain JSON object: `type`, `properties`, `required`,
 * `description`, `examples`, ... (whatever keywords the schema needs).
 *
 * @example
 * ```ts
 * import { type JsonSchema, jsonSchemas } from 'erasmus-kit';
 * const geoPoint: JsonSchema = jsonSchemas().GeoPoint;
 * geoPoint.type; // 'object'
 * geoPoint.$id; // 'urn:erasmus-kit:schema:GeoPoint'
 * ```
 */
export interface JsonSchema {
  /** The dialect: always `https://json-schema.org/draft/2020-12/schema` at the top level. */
  readonly $schema?: string;
  /**
   * The schema's identifier, at the top level: `urn:erasmus-kit:schema:<name>` (a name, not a web
   * address: nothing is published at it), so that one validator can hold them all.
   */
  readonly $id?: string;
  /** What the value is, in English. */
  readonly description?: string;
  /** Valid example values (each one validates against the schema). */
  readonly examples?: readonly unknown[];
  /** The JSON type(s) of the value: `'object'`, `'string'`, `'number'`, ... */
  readonly type?: string | readonly string[];
  /** The schema of each known property of an object. */
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  /** The properties an object must have. */
  readonly required?: readonly string[];
  /** A regular expression (ECMA-262) a string must match. */
  readonly pattern?: string;
  /** A named string format, such as `'date'`. */
  readonly format?: string;
  /** Alternatives of which exactly one must match. */
  readonly oneOf?: readonly JsonSchema[];
  /**
   * Schemas that must all match: a discriminated union (`MobilityInput` by `action`, `Indicator`
   * by `kind`) is one `{ if, then }` per value of its key.
   */
  readonly allOf?: readonly JsonSchema[];
  /** Alternatives of which at least one must match. */
  readonly anyOf?: readonly JsonSchema[];
  /** Any other JSON Schema keyword (`type`, `properties`, `oneOf`, `$defs`, ...). */
  readonly [keyword: string]: unknown;
}

/**
 * The names of the schemas returned by {@link jsonSchemas}, one per public input.
 *
 * @example
 * ```ts
 * import { type JsonSchemaName, jsonSchemas } from 'erasmus-kit';
 * const name: JsonSchemaName = 'MobilityInput';
 * jsonSchemas()[name].$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export type JsonSchemaName =
  | 'MobilityInput'
  | 'GrantOptions'
  | 'ProjectInput'
  | 'RateSheetInput'
  | 'Strategy'
  | 'Indicator'
  | 'Actual'
  | 'Actuals'
  | 'SatisfactionInput'
  | 'SatisfactionThreshold'
  | 'SatisfactionOptions'
  | 'GeoPoint'
  | 'IsoDate'
  | 'CountryCode'
  | 'ActionCode';

/**
 * The JSON Schema of every public input, keyed by {@link JsonSchemaName}.
 *
 * @example
 * ```ts
 * import { type JsonSchemas, jsonSchemas } from 'erasmus-kit';
 * const schemas: JsonSchemas = jsonSchemas();
 * Object.keys(schemas).length > 10; // true
 * ```
 */
export type JsonSchemas = { readonly [Name in JsonSchemaName]: JsonSchema };

/** Metadata for inputs whose zod schema has none registered (added at the top level only). */
interface Fallback {
  /** What the value is. */
  readonly description: string;
  /** Valid examples. */
  readonly examples: readonly unknown[];
}

/** The public input schemas, by name, with fallback metadata where the zod schema has none. */
const SOURCES = {
  MobilityInput: { schema: MobilityInputSchema },
  GrantOptions: {
    schema: GrantOptionsSchema,
    fallback: {
      description:
        'Options of calculateGrant / calculateGrants / estimateProjectBudget: a National Agency rate sheet and the rounding policy.',
      examples: [{}, { rounding: 'per-line' }, { rounding: 'total-only' }],
    },
  },
  ProjectInput: {
    schema: ProjectInputSchema,
    fallback: {
      description: 'An Erasmus+ mobility project for estimateProjectBudget.',
      examples: [
        {
          action: 'KA131-HED',
          callYear: 2024,
          mobilities: [
            {
              activity: 'student-studies',
              format: 'long-term',
              sendingCountry: 'RS',
              receivingCountry: 'DE',
              startDate: '2024-10-01',
              endDate: '2025-02-28',
            },
          ],
          counts: [
            {
              participants: 4,
              mobility: {
                activity: 'staff-teaching',
                format: 'short-term',
                sendingCountry: 'RS',
                receivingCountry: 'IT',
                startDate: '2025-03-03',
                endDate: '2025-03-07',
              },
            },
          ],
        },
      ],
    },
  },
  RateSheetInput: { schema: RateSheetInputSchema },
  Strategy: { schema: StrategySchema },
  Indicator: { schema: IndicatorSchema },
  Actual: { schema: ActualSchema },
  Actuals: {
    schema: ActualsSchema,
    fallback: {
      description: 'A list of actuals (measured values) for evaluatePlan / evaluateIndicator.',
      examples: [[]],
    },
  },
  SatisfactionInput: { schema: SurveySchema },
  SatisfactionThreshold: { schema: ThresholdSchema },
  SatisfactionOptions: {
    schema: EvaluateOptionsSchema,
    fallback: {
      description:
        'Options of evaluateSatisfaction: confidence level, continuity correction, minimum responses and response rate, the first "satisfied" point of the scale, a label.',
      examples: [{}, { confidence: 0.95, minResponses: 10 }, { confidence: '90%' }],
    },
  },
  GeoPoint: { schema: GeoPointSchema },
  IsoDate: {
    schema: IsoDateSchema,
    fallback: {
      description:
        'A calendar date written YYYY-MM-DD that names a real day (years 1000–9999, no time, no zone).',
      examples: ['2024-02-29', '2025-09-01'],
    },
  },
  CountryCode: { schema: CountryCodeSchema },
  ActionCode: { schema: ActionCodeSchema },
} satisfies Record<JsonSchemaName, { schema: z.core.$ZodType; fallback?: Fallback }>;

/** The `$id` of the schema of an input: a URN, as nothing is published at a web address. */
const idOf = (name: JsonSchemaName): string => `urn:erasmus-kit:schema:${name}`;

/**
 * Turns one zod schema into its JSON Schema: the keywords of its refinements added, each
 * discriminated union as `if`/`then` per value of its key, the fallback metadata if it has none.
 */
function build(
  name: JsonSchemaName,
  source: { readonly schema: z.core.$ZodType; readonly fallback?: Fallback },
  keywords: ReturnType<typeof refinementKeywords>,
): JsonSchema {
  const { fallback } = source;
  // The schema a stand-in of `lazySchema` stands for, so that its metadata comes where zod puts it.
  const schema = unwrapLazy(source.schema);
  const { $schema, ...json } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      Object.assign(jsonSchema, keywords.get(zodSchema));
      const { discriminator } = zodSchema._zod.def as { readonly discriminator?: unknown };
      if (typeof discriminator === 'string') discriminate(jsonSchema as JsonNode, discriminator);
    },
  }) as { description?: string; examples?: unknown[]; [keyword: string]: unknown };
  // zod drops `examples` of transforming schemas in input mode; ours are input examples.
  const meta = z.globalRegistry.get(schema) as
    | { readonly description?: string; readonly examples?: unknown }
    | undefined;
  const examples = meta?.examples ?? fallback?.examples;
  const description = meta?.description ?? fallback?.description;
  if (json.description === undefined && description !== undefined) json.description = description;
  if (json.examples === undefined && Array.isArray(examples)) json.examples = [...examples];
  // A JSON round trip leaves plain data only (zod adds a hidden `~standard` property).
  return JSON.parse(JSON.stringify({ $schema, $id: idOf(name), ...json }), oneTypeEach);
}

/**
 * A JSON.parse reviver that writes a union type (`type: ['number', 'string']`, which zod makes
 * of a bare union) as an `anyOf` of one type each, which means the same: ajv's default strict
 * mode warns about union types.
 */
function oneTypeEach(_key: string, value: unknown): unknown {
  const { type, anyOf } = (value ?? {}) as { readonly type?: unknown; readonly anyOf?: unknown };
  if (!Array.isArray(type) || anyOf !== undefined) return value;
  const { type: _, ...rest } = value as JsonNode;
  return { ...rest, anyOf: type.map((one: unknown) => ({ type: one })) };
}

/** The schemas, built on the first call (a lazily built singleton). */
let built: JsonSchemas | undefined;

/**
 * The JSON Schema (draft 2020-12) of every public input of the library, for hosts written in
 * other languages: `MobilityInput`, `GrantOptions`, `ProjectInput`, `RateSheetInput`,
 * `Strategy`, `Indicator`, `Actual`, `Actuals`, `SatisfactionInput`, `SatisfactionThreshold`,
 * `SatisfactionOptions`, `GeoPoint`, `IsoDate`, `CountryCode` and `ActionCode`.
 *
 * Each schema has an `$id`, `urn:erasmus-kit:schema:<name>` (an identifier, not a web address),
 * and describes what the library accepts (`io: 'input'`), with the `description` and `examples`
 * of the zod metadata. A discriminated union (a mobility by `action`, an indicator by `kind`) is
 * one `if`/`then` per value of its key: a validator checks only the branch the key selects, so a
 * wrong activity is reported against the activities of its action alone. A date is
 * `format: 'date'`, a real calendar day for a validator that asserts formats (ajv with
 * ajv-formats). Some checks cannot be written in JSON Schema (cross-field rules such as
 * `endDate` on or after `startDate`, countries erasmus-kit knows, rate sheets within their call
 * year's ranges): a value valid against the JSON Schema can still be rejected by the library,
 * never the reverse. The guide `docs/json-schemas.md` lists them and shows an ajv set-up.
 *
 * Built on the first call and kept: importing the library costs nothing. The result is
 * deeply frozen, so the same object is returned every time.
 *
 * @returns a frozen `{ [name]: JsonSchema }` object
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'erasmus-kit';
 * const schemas = jsonSchemas();
 * Object.keys(schemas).includes('MobilityInput'); // true
 * schemas.MobilityInput.$id; // 'urn:erasmus-kit:schema:MobilityInput'
 * schemas.MobilityInput.required; // ['action']
 * schemas.GeoPoint.required; // ['lat', 'lon']
 * schemas.IsoDate.format; // 'date'
 * ```
 */
export function jsonSchemas(): JsonSchemas {
  if (built === undefined) {
    const keywords = refinementKeywords();
    const entries = Object.entries(SOURCES).map(([name, source]) => [
      name,
      deepFreezeJson(build(name as JsonSchemaName, source, keywords)),
    ]);
    built = Object.freeze(Object.fromEntries(entries)) as JsonSchemas;
  }
  return built;
}

/** Freezes a JSON value and everything in it (JSON Schemas are trees of plain data). */
function deepFreezeJson<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreezeJson(child);
    Object.freeze(value);
  }
  return value;
}
