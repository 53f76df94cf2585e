/**
 * What the zod refinements of the inputs check, said in JSON Schema where JSON Schema can say it
 * (internal: part of `buildJsonSchemas`). The rules themselves are the zod schemas'; these keywords
 * only describe them, and test/schemas checks that ajv and the library agree.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { IsoDateSchema } from '../_lib/dates.js';
import { unwrapLazy } from '../_lib/zod.js';
import { impliedFormat, isHigherEducation, isStudentActivity } from '../mobility/activityKinds.js';
import { MobilityInputSchema } from '../mobility/MobilityInputSchema.js';
import { ACTION_CODE_SHAPE, ActionCodeSchema } from '../programme/actions.js';
import { COUNTRY_CODE_SHAPE, CountryCodeSchema } from '../programme/CountryCodeSchema.js';
import { ACTIVITIES_BY_ACTION, type MobilityAction } from '../rules/vocabulary.js';
import { ifThen, type JsonNode } from './discriminate.js';

/**
 * The `format` (and `doctoral`) rules of the mobilities of one action, as `checkConsistency`
 * applies them: HE student mobility must give its format; any other activity may leave it out,
 * but if given it must be the one the activity implies, and only HE students may be `doctoral`.
 */
function formatRules(action: MobilityAction): JsonNode {
  const byRule: Record<string, string[]> = {};
  for (const activity of ACTIVITIES_BY_ACTION[action]) {
    const rule = isStudentActivity(action, activity) ? 'required' : impliedFormat(activity);
    byRule[rule] = [...(byRule[rule] ?? []), activity];
  }
  const notDoctoral = isHigherEducation(action) ? { doctoral: { const: false } } : {};
  return {
    allOf: Object.entries(byRule).map(([rule, activities]) =>
      ifThen(
        { properties: { activity: { enum: activities } }, required: ['activity'] },
        rule === 'required'
          ? { required: ['format'] }
          : { properties: { format: { const: rule }, ...notDoctoral } },
      ),
    ),
  };
}

/**
 * The keywords to add to the JSON Schema of each zod schema that carries a refinement, keyed by
 * that zod schema (wherever it is used). Made on each call of `buildJsonSchemas`.
 */
export function refinementKeywords(): ReadonlyMap<z.core.$ZodType, JsonNode> {
  const branches = unwrapLazy(MobilityInputSchema)._zod.def.options;
  const travel = branches[0]._zod.def.shape.travel._zod.def.innerType;
  const keywords = new Map<z.core.$ZodType, JsonNode>([
    // `YYYY-MM-DD` with a month 01–12 and a day 01–31; `format: 'date'` asks a validator that
    // asserts formats (ajv with ajv-formats) for a real calendar day, as the library does.
    [
      unwrapLazy(IsoDateSchema)._zod.def.in,
      { pattern: '^[1-9]\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', format: 'date' },
    ],
    // Two letters in any case (whether erasmus-kit knows the country is the library's check).
    [unwrapLazy(CountryCodeSchema)._zod.def.in, { pattern: COUNTRY_CODE_SHAPE.source }],
    // Letters, digits and hyphens (whether the catalogue has the action is the library's check).
    [unwrapLazy(ActionCodeSchema)._zod.def.in, { pattern: ACTION_CODE_SHAPE.source }],
    // A journey gives both ends or neither, and a distance or coordinates, not both.
    [
      travel,
      {
        dependentRequired: { from: ['to'], to: ['from'] },
        dependentSchemas: {
          distanceKm: { not: { anyOf: [{ required: ['from'] }, { required: ['to'] }] } },
        },
      },
    ],
  ]);
  for (const branch of branches) {
    const [action] = branch._zod.def.shape.action._zod.def.values;
    if (action !== undefined) keywords.set(branch, formatRules(action));
  }
  return keywords;
}
