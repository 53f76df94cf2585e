/**
 * The JSON Schema of a discriminated union, as a plain validator can use it (internal: part of
 * `buildJsonSchemas`).
 *
 * @module
 */

/** A JSON Schema node while it is being built. */
export type JsonNode = Record<string, unknown>;

/** `{ if, then }`: a value that matches `condition` must match `consequence`. */
export function ifThen(condition: JsonNode, consequence: unknown): JsonNode {
  // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword, not a promise.
  return { if: condition, then: consequence };
}

/** The values of `key` that a branch accepts (its `const` or `enum`), if it names them. */
function valuesOf(branch: unknown, key: string): readonly unknown[] | undefined {
  const properties = (branch as JsonNode | undefined)?.['properties'] as JsonNode | undefined;
  const selector = properties?.[key] as JsonNode | undefined;
  if (selector === undefined) return undefined;
  if ('const' in selector) return [selector['const']];
  return Array.isArray(selector['enum']) ? selector['enum'] : undefined;
}

/**
 * Rewrites the `oneOf` that zod gives a discriminated union as one `if`/`then` per branch,
 * selected by the value of `key`, with every value of `key` as an `enum` at the top. A validator
 * then checks only the branch that `key` selects, and a value that selects none is reported once,
 * with the allowed values; a `oneOf` reports every branch that fails. (ajv's `discriminator`
 * keyword would need a non-default option.) A `oneOf` whose branches do not all name their values
 * of `key` is left as it is.
 *
 * @param node - the JSON Schema of the union, changed in place
 * @param key - the discriminator (`'action'`, `'kind'`)
 */
export function discriminate(node: JsonNode, key: string): void {
  const branches = node['oneOf'];
  if (!Array.isArray(branches)) return;
  const selected = branches.map((branch) => ({ branch, values: valuesOf(branch, key) }));
  if (selected.some(({ values }) => values === undefined)) return;
  delete node['oneOf'];
  Object.assign(node, {
    type: 'object',
    properties: { [key]: { enum: selected.flatMap(({ values }) => values ?? []) } },
    required: [key],
    allOf: selected.map(({ branch, values = [] }) =>
      ifThen(
        {
          properties: { [key]: values.length === 1 ? { const: values[0] } : { enum: values } },
          required: [key],
        },
        branch,
      ),
    ),
  });
}
