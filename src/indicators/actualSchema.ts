import * as z from 'zod/mini';
import { IsoDateSchema } from '../_lib/dates.js';
import { compiled, lazySchema, makeParser, type SafeResult, unwrapLazy } from '../_lib/zod.js';
import { checkSurvey, SurveySchema } from '../satisfaction/schemas.js';
import type { Actual } from './actualTypes.js';
import { yearSchema } from './indicatorSchema.js';

/** The payload keys of an actual: exactly one is given. */
export const PAYLOAD_KEYS = [
  'value',
  'survey',
  'occurrences',
  'perUnit',
  'events',
  'milestone',
] as const;

const PAYLOAD_SET: ReadonlySet<string> = new Set(PAYLOAD_KEYS);

/** The name of an actual's payload. */
export type PayloadKey = (typeof PAYLOAD_KEYS)[number];

/** An actual's fields, checked one by one (built once, by the builder of `ActualSchema`). */
function actualObject() {
  const count = z.int().check(z.minimum(0, 'Expected a whole number ≥ 0'));
  return z.strictObject({
    indicatorId: z.string().check(z.minLength(1)),
    year: yearSchema(),
    date: z.optional(unwrapLazy(IsoDateSchema)),
    source: z.optional(z.string()),
    note: z.optional(z.string()),
    value: z.optional(z.number()),
    survey: z.optional(unwrapLazy(SurveySchema)),
    occurrences: z.optional(z.array(unwrapLazy(IsoDateSchema))),
    perUnit: z.optional(
      z
        .strictObject({
          amount: z.number().check(z.minimum(0)),
          units: count,
          unitsShort: z.optional(count),
        })
        .check(
          z.refine((p) => p.unitsShort === undefined || p.unitsShort <= p.units, {
            error: 'unitsShort cannot exceed units',
            path: ['unitsShort'],
            params: { code: 'exceeds-total' },
          }),
        ),
    ),
    events: z.optional(z.strictObject({ events: count, responses: count })),
    milestone: z.optional(
      z.strictObject({
        done: z.boolean(),
        date: z.optional(unwrapLazy(IsoDateSchema)),
        evidence: z.optional(z.string()),
      }),
    ),
  });
}

type RawActual = z.output<ReturnType<typeof actualObject>>;

/** The payload key an actual carries (validated: exactly one). */
export function payloadOf(actual: RawActual | Actual): PayloadKey {
  const record = actual as Record<string, unknown>;
  for (const key in record) {
    if (PAYLOAD_SET.has(key) && record[key] !== undefined) return key as PayloadKey;
  }
  /* v8 ignore next -- validated actuals always carry one payload */
  return 'value';
}

/** How many payloads an actual carries (no list built: this runs for every actual). */
function payloadCount(actual: RawActual): number {
  let count = 0;
  for (const key of PAYLOAD_KEYS) if (actual[key] !== undefined) count += 1;
  return count;
}

/**
 * The zod schema of one {@link Actual}: indicator id, year, optional date, and exactly one of
 * `value`, `survey`, `occurrences`, `perUnit`, `events`, `milestone`.
 *
 * @example
 * ```ts
 * import { ActualSchema } from 'erasmus-kit';
 * ActualSchema.safeParse({ indicatorId: '1.2.1', year: 2016, value: 48 }).success; // true
 * ActualSchema.safeParse({ indicatorId: '1.2.1', year: 2016 }).success; // false
 * ```
 */
export const ActualSchema = lazySchema(
  () =>
    actualObject().check(
      z.superRefine((actual, ctx) => {
        if (payloadCount(actual) !== 1) {
          const given = PAYLOAD_KEYS.filter((key) => actual[key] !== undefined);
          ctx.addIssue({
            code: 'custom',
            input: actual,
            path: given.length === 0 ? [] : [given[1] as string],
            params: { code: given.length === 0 ? 'missing-field' : 'conflicting-fields' },
            message:
              given.length === 0
                ? `Expected one of ${PAYLOAD_KEYS.join(', ')}`
                : `Give only one of ${PAYLOAD_KEYS.join(', ')}, not ${given.join(' and ')}`,
          });
        }
        if (actual.survey !== undefined) {
          for (const issue of checkSurvey(actual.survey, undefined, ['survey'], [])) {
            ctx.addIssue({
              code: 'custom',
              input: actual,
              message: issue.message,
              path: issue.path,
              params: issue.params,
            });
          }
        }
      }),
    ),
  {
    description: 'What happened for one indicator in one plan year.',
    examples: [{ indicatorId: '1.2.1', year: 2016, value: 48 }],
  },
);

/**
 * The zod schema of a list of {@link Actual}s.
 *
 * @example
 * ```ts
 * import { ActualsSchema } from 'erasmus-kit';
 * ActualsSchema.safeParse([{ indicatorId: '1.2.1', year: 2016, value: 48 }]).success; // true
 * ```
 */
export const ActualsSchema = lazySchema(() => z.array(unwrapLazy(ActualSchema)));

const actualsParser = makeParser(ActualsSchema, { runner: compiled, root: 'actuals' });

/**
 * Validates a list of actuals and returns it typed. Throws `InputError` naming each bad entry by
 * its index and field.
 *
 * @param actuals - the candidate actuals (issue paths start at `actuals`)
 * @returns the actuals
 *
 * @example
 * ```ts
 * import { parseActuals } from 'erasmus-kit';
 * parseActuals([{ indicatorId: '2.3.4', year: 2017, value: 0 }]).length; // 1
 * ```
 */
export function parseActuals(actuals: unknown): Actual[] {
  const result = safeParseActuals(actuals);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The non-throwing twin of {@link parseActuals}.
 *
 * @param actuals - the candidate actuals (issue paths start at `actuals`)
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseActuals } from 'erasmus-kit';
 * safeParseActuals([{ indicatorId: '2.3.4', year: 17, value: 0 }]).success; // false
 * ```
 */
export function safeParseActuals(actuals: unknown): SafeResult<Actual[]> {
  // The schema's check leaves each actual exactly one payload, which zod's types cannot say: that
  // is the `Actual` of that payload (test/types/schemas.test.ts proves each form equal).
  return actualsParser.safeParse(actuals) as SafeResult<Actual[]>;
}
