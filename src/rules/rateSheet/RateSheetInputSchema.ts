/**
 * The zod schema of a rate sheet's input: its shape, and the check of every value against the
 * ranges of its call year's rule pack (internal; public as `RateSheetInputSchema`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { CALL_YEARS, isCallYear } from '../../_lib/callYear.js';
import { formatMoney } from '../../_lib/money.js';
import { lazySchema } from '../../_lib/zod.js';
import { provenanceShape } from '../figureSchemas.js';
import { getRules } from '../getRules.js';
import { checkProvenance } from '../packChecks.js';
import { type CheckedInput, checkValues } from './checkValues.js';
import { AMOUNT, GROUPS, TABLES } from './tables.js';
import type { RateSheetPath } from './types.js';

const RateSchema = () =>
  z.union([
    z.string().check(z.regex(AMOUNT, 'Expected an amount such as "550" or "550.00"')),
    z.number().check(
      z.minimum(0),
      z.maximum(9_999_999),
      z.refine((n) => AMOUNT.test(String(n)), {
        error: 'Expected an amount with at most two decimals',
        params: { code: 'too-precise' },
      }),
    ),
  ]);
const GroupsSchema = () =>
  z.strictObject({
    1: z.optional(RateSchema()),
    2: z.optional(RateSchema()),
    3: z.optional(RateSchema()),
  });

/** Every value path a sheet may hold (`'ka131.studentMonthly.1'`, …). */
const PATHS = TABLES.flatMap(([section, table]) =>
  GROUPS.map((g) => `${section}.${table}.${g}` as RateSheetPath),
);

const RateProvenanceSchema = () =>
  z
    .strictObject({
      ...provenanceShape(),
      carriedFrom: z.optional(z.int()),
      callYearConfidence: z.optional(z.enum(['high', 'medium', 'low'])),
    })
    .check(checkProvenance);

type Input = z.output<ReturnType<typeof sheetShape>>;

/**
 * Every table given holds all three groups, none beyond a `confirmed` bound of its ranges; one
 * table at least; provenance only for values the sheet gives.
 */
function checkSheet(ctx: z.core.ParsePayload<Input>): void {
  const input = ctx.value;
  if (!isCallYear(input.callYear)) return;
  const checks = checkValues(input as CheckedInput, getRules(input.callYear));
  for (const { path, raw, amount, ranges } of checks) {
    const at = path.split('.');
    if (raw === undefined) {
      ctx.issues.push({
        code: 'custom',
        message: `Missing value. ${ranges[0].where}`,
        input: raw,
        path: at,
        params: { code: 'missing-field' },
      });
      continue;
    }
    for (const { breach, where } of ranges) {
      if (amount === undefined || !breach?.refused) continue;
      ctx.issues.push({
        code: 'custom',
        message: `${formatMoney(amount)} is out of range. ${where}`,
        input: raw,
        path: at,
        params: { code: 'out-of-range' },
      });
    }
  }
  if (checks.length === 0) {
    ctx.issues.push({
      code: 'custom',
      message:
        'A rate sheet needs at least one table: ka131.studentMonthly, ka131.staffDaily, vetSchAdu.staffDaily or vetSchAdu.learnerDaily',
      input,
      path: [],
      params: { code: 'missing-field' },
    });
  }
  const given = new Set(checks.map((check) => check.path as string));
  for (const path of Object.keys(input.provenance ?? {})) {
    if (given.has(path)) continue;
    ctx.issues.push({
      code: 'custom',
      message: `Provenance of a value the sheet does not give (${path})`,
      input: input.provenance?.[path as keyof Input['provenance']],
      path: ['provenance', path],
      params: { code: 'conflicting-fields' },
    });
  }
}

/** The sheet's fields, checked one by one (built by the builder of `RateSheetInputSchema`). */
function sheetShape() {
  return z.strictObject({
    callYear: z.union(
      CALL_YEARS.map((year) => z.literal(year)),
      {
        error: `Expected a supported call year (${CALL_YEARS.join(', ')})`,
      },
    ),
    agency: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    ka131: z.optional(
      z.strictObject({
        studentMonthly: z.optional(GroupsSchema()),
        staffDaily: z.optional(GroupsSchema()),
      }),
    ),
    vetSchAdu: z.optional(
      z.strictObject({
        staffDaily: z.optional(GroupsSchema()),
        learnerDaily: z.optional(GroupsSchema()),
      }),
    ),
    provenance: z.optional(z.partialRecord(z.enum(PATHS), RateProvenanceSchema())),
    minima: z.optional(z.boolean()),
    nationalMoney: z.optional(z.boolean()),
    // What defineRateSheet wrote on a sheet given back: accepted, then written anew.
    warnings: z.optional(z.array(z.unknown())),
  });
}

/**
 * The zod schema of a rate sheet's input: its shape, and every value checked against the ranges
 * of its call year (what `defineRateSheet` validates before it builds the sheet). A value beyond
 * a `confirmed` bound is refused; beyond a bound that is not confirmed it passes (and
 * `defineRateSheet` warns). A sheet `defineRateSheet` returned is a valid input: its `warnings`
 * are accepted and written anew.
 *
 * @example
 * ```ts
 * import { RateSheetInputSchema } from 'erasmus-kit';
 * const input = { callYear: 2021, ka131: { staffDaily: { 1: 100, 2: 100, 3: 100 } } };
 * RateSheetInputSchema.safeParse(input).success; // true
 * ```
 */
export const RateSheetInputSchema = lazySchema(() => sheetShape().check(checkSheet), {
  description: "One National Agency's chosen rates for a call year, per country group.",
  examples: [
    { callYear: 2024, agency: 'DE01', ka131: { studentMonthly: { 1: 600, 2: 540, 3: 540 } } },
  ],
});
