/**
 * The zod schema of a rate sheet's input: its shape, and the check of every value against the
 * ranges of its call year's rule pack (internal; public as `RateSheetInputSchema`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { CALL_YEARS, isCallYear } from '../../_lib/callYear.js';
import { dec } from '../../_lib/decimal.js';
import { formatMoney } from '../../_lib/money.js';
import { getRules } from '../getRules.js';
import type { RangeFigure } from '../types.js';
import { AMOUNT, GROUPS, TABLES, type Tables } from './tables.js';

const RateSchema = z.union([
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
const GroupsSchema = z.strictObject({
  1: z.optional(RateSchema),
  2: z.optional(RateSchema),
  3: z.optional(RateSchema),
});

type Input = z.output<typeof inputSchema>;

function rangeText(range: RangeFigure): string {
  const { min, max } = range.value;
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (max !== undefined) return `at most ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return 'no bounds known';
}

/** Whether a raw value passed the shape check (zod runs this check even when it did not). */
function isWellFormed(raw: unknown): raw is string | number {
  return (
    (typeof raw === 'string' || (typeof raw === 'number' && raw >= 0)) && AMOUNT.test(String(raw))
  );
}

/** Every table given holds all three groups, each within its call year's range; one table at least. */
function checkAgainstPack(ctx: z.core.ParsePayload<Input>): void {
  const input = ctx.value;
  if (!isCallYear(input.callYear)) return;
  const pack = getRules(input.callYear);
  let tables = 0;
  for (const [section, table, ranges, label] of TABLES) {
    const values = (input[section] as Tables | undefined)?.[table];
    if (values === undefined) continue;
    tables += 1;
    for (const group of GROUPS) {
      const range = ranges(pack)[group];
      const where = `${label}, group ${group}: call-${input.callYear} range ${rangeText(range)} (${range.status})`;
      const raw = values[group];
      const path = [section, table, String(group)];
      if (raw === undefined) {
        ctx.issues.push({
          code: 'custom',
          message: `Missing value. ${where}`,
          input: raw,
          path,
          params: { code: 'missing-field' },
        });
        continue;
      }
      if (!isWellFormed(raw)) continue;
      const amount = dec(raw);
      const { min, max } = range.value;
      if (
        (min !== undefined && amount.lt(dec(min))) ||
        (max !== undefined && amount.gt(dec(max)))
      ) {
        ctx.issues.push({
          code: 'custom',
          message: `${formatMoney(amount)} is out of range. ${where}`,
          input: raw,
          path,
          params: { code: 'out-of-range' },
        });
      }
    }
  }
  if (tables === 0) {
    ctx.issues.push({
      code: 'custom',
      message:
        'A rate sheet needs at least one table: ka131.studentMonthly, ka131.staffDaily, vetSchAdu.staffDaily or vetSchAdu.learnerDaily',
      input,
      path: [],
      params: { code: 'missing-field' },
    });
  }
}

const inputSchema = z
  .strictObject({
    callYear: z.union(
      CALL_YEARS.map((year) => z.literal(year)),
      {
        error: `Expected a supported call year (${CALL_YEARS.join(', ')})`,
      },
    ),
    agency: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    ka131: z.optional(
      z.strictObject({
        studentMonthly: z.optional(GroupsSchema),
        staffDaily: z.optional(GroupsSchema),
      }),
    ),
    vetSchAdu: z.optional(
      z.strictObject({
        staffDaily: z.optional(GroupsSchema),
        learnerDaily: z.optional(GroupsSchema),
      }),
    ),
  })
  .check(checkAgainstPack);

/**
 * The zod schema of a rate sheet's input: its shape, and every value checked against the ranges
 * of its call year (what `defineRateSheet` validates before it builds the sheet).
 *
 * @example
 * ```ts
 * import { RateSheetInputSchema } from 'erasmus-kit';
 * const input = { callYear: 2021, ka131: { staffDaily: { 1: 100, 2: 100, 3: 100 } } };
 * RateSheetInputSchema.safeParse(input).success; // true
 * ```
 */
export const RateSheetInputSchema = inputSchema.register(z.globalRegistry, {
  description: "One National Agency's chosen rates for a call year, per country group.",
  examples: [
    { callYear: 2021, agency: 'DE01', ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } } },
  ],
});
