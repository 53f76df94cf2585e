/**
 * Builds the JSON Schemas of the public inputs from their zod schemas (internal: not exported by
 * any entry point). `npm run schemas:json` (scripts/json-schemas.ts) writes the result to
 * `jsonSchemas.data.ts`, which `jsonSchemas()` reads; test/schemas checks that the two agree.
 *
 * @module
 */
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
import type { JsonSchema, JsonSchemaName, JsonSchemas } from './jsonSchemas.js';
import { refinementKeywords } from './refinementKeywords.js';

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

/**
 * The JSON Schema (draft 2020-12) of every public input, built from its zod schema with
 * `z.toJSONSchema` (`io: 'input'`): each with its `$id` (`urn:erasmus-kit:schema:<name>`), the
 * `description` and `examples` of the zod metadata (or the fallback of the table above), the
 * keywords of its refinements (`refinementKeywords`) and each discriminated union as one
 * `if`/`then` per value of its key (`discriminate`). Plain data, not frozen, made anew on each
 * call: what `npm run schemas:json` writes and `jsonSchemas()` returns.
 *
 * @returns a plain `{ [name]: JsonSchema }` object, in the order of the table above
 */
export function buildJsonSchemas(): JsonSchemas {
  const keywords = refinementKeywords();
  const entries = Object.entries(SOURCES).map(([name, source]) => [
    name,
    build(name as JsonSchemaName, source, keywords),
  ]);
  return Object.fromEntries(entries) as JsonSchemas;
}
