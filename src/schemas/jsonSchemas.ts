import { deepFreeze } from '../_lib/freeze.js';
import { JSON_SCHEMAS_TEXT } from './jsonSchemas.data.js';

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

/** The schemas, parsed from their JSON text on the first call (a lazily built singleton). */
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
 * The schemas are generated from the library's zod schemas ahead of time, not at run time, and
 * a test checks that they are still what the zod schemas give. They ship as JSON text,
 * parsed on the first call and kept: importing them costs nothing more than scanning a string
 * (`erasmus-kit/schemas` loads no zod at all). The result is deeply frozen, so the same object is
 * returned every time.
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
  built ??= deepFreeze(JSON.parse(JSON_SCHEMAS_TEXT) as JsonSchemas);
  return built;
}
