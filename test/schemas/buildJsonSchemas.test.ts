/**
 * The JSON Schemas are generated ahead of time: buildJsonSchemas() makes them from
 * the zod schemas, `npm run schemas:json` writes them as JSON text to
 * src/schemas/jsonSchemas.data.ts, and jsonSchemas() parses that text. These tests fail while the
 * text is stale. (That `erasmus-kit/schemas` then loads no zod is checked on the built package,
 * in test/package.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../../src/schemas/buildJsonSchemas.js';
import { JSON_SCHEMAS_TEXT } from '../../src/schemas/jsonSchemas.data.js';
import { jsonSchemas } from '../../src/schemas/jsonSchemas.js';

const STALE =
  'src/schemas/jsonSchemas.data.ts is out of date with the zod schemas: run `npm run schemas:json`';

describe('the generated JSON Schemas', () => {
  it('are what buildJsonSchemas() builds from the zod schemas today', () => {
    expect(jsonSchemas(), STALE).toStrictEqual(buildJsonSchemas());
    expect(JSON.stringify(buildJsonSchemas()) === JSON_SCHEMAS_TEXT, STALE).toBe(true);
  });

  it('are built anew, as plain unfrozen data, on each call of buildJsonSchemas()', () => {
    const built = buildJsonSchemas();
    expect(buildJsonSchemas()).not.toBe(built);
    expect(Object.isFrozen(built) || Object.isFrozen(built.MobilityInput)).toBe(false);
    expect(JSON.parse(JSON.stringify(built))).toStrictEqual(built);
  });
});
