/**
 * JSON Schemas of the library's inputs, for validators outside TypeScript.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'erasmus-kit/schemas';
 *
 * jsonSchemas().MobilityInput.type; // 'object'
 * ```
 *
 * @module schemas
 */

export {
  type JsonSchema,
  type JsonSchemaName,
  type JsonSchemas,
  jsonSchemas,
} from '../schemas/jsonSchemas.js';
