import * as z from 'zod/mini';
import { CALL_YEARS, type CallYear, isCallYear } from '../_lib/callYear.js';
import { dec } from '../_lib/decimal.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { getRules } from './getRules.js';
import type { PerGroup, RangeFigure, RulePack } from './types.js';

/**
 * An amount as a rate sheet accepts it: a decimal string with at most two places (`'550'`,
 * `'550.00'`) or a non-negative number with at most two places (`550`).
 *
 * @example
 * ```ts
 * import type { RateInput } from 'erasmus-kit';
 * const rate: RateInput = '550.00';
 * ```
 */
export type RateInput = string | number;

/**
 * One value per country group, as input.
 *
 * @example
 * ```ts
 * import type { GroupRatesInput } from 'erasmus-kit';
 * const rates: GroupRatesInput = { 1: '600', 2: '540', 3: '490' };
 * ```
 */
export interface GroupRatesInput {
  /** Group 1. */
  readonly 1: RateInput;
  /** Group 2. */
  readonly 2: RateInput;
  /** Group 3. */
  readonly 3: RateInput;
}

/**
 * What {@link defineRateSheet} accepts: one National Agency's chosen values for a call year.
 * Give the tables the agency sets; each table needs all three groups.
 *
 * @example
 * ```ts
 * import type { RateSheetInput } from 'erasmus-kit';
 * const input: RateSheetInput = {
 *   callYear: 2021,
 *   agency: 'DE01',
 *   ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } },
 * };
 * ```
 */
export interface RateSheetInput {
  /** The call year whose ranges the values must respect. */
  readonly callYear: CallYear;
  /** Free label of the National Agency (e.g. its code `'DE01'`). */
  readonly agency?: string;
  /** KA131 (higher education) rates. */
  readonly ka131?: {
    /** Long-term student monthly rates per destination group. */
    readonly studentMonthly?: GroupRatesInput;
    /** Staff daily rates (days 1–14) per destination group. */
    readonly staffDaily?: GroupRatesInput;
  };
  /** KA121/KA122 (VET, school, adult education) rates. */
  readonly vetSchAdu?: {
    /** Staff daily rates (days 1–14) per destination group. */
    readonly staffDaily?: GroupRatesInput;
    /** Learner daily rates (days 1–14) per destination group. */
    readonly learnerDaily?: GroupRatesInput;
  };
}

/**
 * A validated rate sheet: the values as two-place strings, deeply frozen.
 *
 * @example
 * ```ts
 * import { type RateSheet, defineRateSheet } from 'erasmus-kit';
 * const sheet: RateSheet = defineRateSheet({
 *   callYear: 2021,
 *   ka131: { studentMonthly: { 1: '520', 2: '500', 3: '450' } },
 * });
 * sheet.ka131?.studentMonthly?.[1]; // '520.00'
 * ```
 */
export interface RateSheet {
  /** The call year. */
  readonly callYear: CallYear;
  /** The agency label, if given. */
  readonly agency?: string;
  /** KA131 rates. */
  readonly ka131?: {
    /** Long-term student monthly rates per destination group. */
    readonly studentMonthly?: PerGroup<MoneyString>;
    /** Staff daily rates per destination group. */
    readonly staffDaily?: PerGroup<MoneyString>;
  };
  /** KA121/KA122 rates. */
  readonly vetSchAdu?: {
    /** Staff daily rates per destination group. */
    readonly staffDaily?: PerGroup<MoneyString>;
    /** Learner daily rates per destination group. */
    readonly learnerDaily?: PerGroup<MoneyString>;
  };
}

const AMOUNT = /^\d{1,7}(\.\d{1,2})?$/;
const RateSchema = z.union([
  z.string().check(z.regex(AMOUNT, 'Expected an amount such as "550" or "550.00"')),
  z.number().check(
    z.minimum(0),
    z.maximum(9_999_999),
    z.refine((n) => AMOUNT.test(String(n)), 'Expected an amount with at most two decimals'),
  ),
]);
const GROUPS = [1, 2, 3] as const;
const GroupsSchema = z.strictObject({
  1: z.optional(RateSchema),
  2: z.optional(RateSchema),
  3: z.optional(RateSchema),
});

/** The tables a rate sheet may hold: section, table, where its ranges live in a pack, a label. */
const TABLES = [
  [
    'ka131',
    'studentMonthly',
    (p: RulePack) => p.ka131.studentMonthly,
    'KA131 student monthly rate',
  ],
  ['ka131', 'staffDaily', (p: RulePack) => p.ka131.staffDaily, 'KA131 staff daily rate'],
  [
    'vetSchAdu',
    'staffDaily',
    (p: RulePack) => p.vetSchAdu.staffDaily,
    'VET/school/adult staff daily rate',
  ],
  [
    'vetSchAdu',
    'learnerDaily',
    (p: RulePack) => p.vetSchAdu.learnerDaily,
    'VET/school/adult learner daily rate',
  ],
] as const satisfies readonly (readonly [
  string,
  string,
  (p: RulePack) => PerGroup<RangeFigure>,
  string,
])[];

type Input = z.output<typeof inputSchema>;
type Tables = Partial<Record<string, Partial<Record<1 | 2 | 3, string | number>>>>;

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
        ctx.issues.push({ code: 'custom', message: `Missing value. ${where}`, input: raw, path });
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
 * The zod schema of a rate sheet's input (shape only: the check against the call year's ranges
 * runs in {@link defineRateSheet}, which is built on it).
 *
 * @example
 * ```ts
 * import { RateSheetInputSchema } from 'erasmus-kit';
 * const input = { callYear: 2021, ka131: { staffDaily: { 1: 1, 2: 1, 3: 1 } } };
 * RateSheetInputSchema.safeParse(input).success; // true
 * ```
 */
export const RateSheetInputSchema = inputSchema.register(z.globalRegistry, {
  description: "One National Agency's chosen rates for a call year, per country group.",
  examples: [
    { callYear: 2021, agency: 'DE01', ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } } },
  ],
});

const parser = makeParser(inputSchema);

function normalise(values: Partial<Record<1 | 2 | 3, string | number>>): PerGroup<MoneyString> {
  const out = {} as Record<1 | 2 | 3, MoneyString>;
  for (const group of GROUPS) out[group] = formatMoney(values[group] ?? 0);
  return out;
}

/**
 * Validates one National Agency's chosen rates for a call year against that year's ranges and
 * returns them as a frozen {@link RateSheet} (amounts as two-place strings). Grant calculations
 * use it instead of the packs' reference values.
 *
 * @param input - the call year and the agency's tables (each with all three groups)
 * @returns the rate sheet
 * @throws InputError listing every missing or out-of-range value with its path, the table, the
 *   group and the call year's range
 *
 * @example
 * ```ts
 * import { defineRateSheet } from 'erasmus-kit';
 * const sheet = defineRateSheet({
 *   callYear: 2021,
 *   agency: 'PL01',
 *   ka131: { studentMonthly: { 1: 520, 2: 500, 3: 450 } },
 * });
 * sheet.ka131?.studentMonthly?.[3]; // '450.00'
 * // A group-1 rate of 650 throws InputError:
 * // "650.00 is out of range. KA131 student monthly rate, group 1: call-2021 range 310.00–600.00 (single-source)"
 * ```
 */
export function defineRateSheet(input: RateSheetInput): RateSheet;
export function defineRateSheet(input: unknown): RateSheet;
export function defineRateSheet(input: unknown): RateSheet {
  const data = parser.parse(input);
  const sheet: {
    callYear: CallYear;
    agency?: string;
    ka131?: Record<string, PerGroup<MoneyString>>;
    vetSchAdu?: Record<string, PerGroup<MoneyString>>;
  } = { callYear: data.callYear };
  if (data.agency !== undefined) sheet.agency = data.agency;
  for (const [section, table] of TABLES) {
    const values = (data[section] as Tables | undefined)?.[table];
    if (values === undefined) continue;
    sheet[section] = { ...sheet[section], [table]: Object.freeze(normalise(values)) };
  }
  if (sheet.ka131) Object.freeze(sheet.ka131);
  if (sheet.vetSchAdu) Object.freeze(sheet.vetSchAdu);
  return Object.freeze(sheet) as RateSheet;
}

/**
 * The non-throwing twin of {@link defineRateSheet}.
 *
 * @param input - as for {@link defineRateSheet}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeDefineRateSheet } from 'erasmus-kit';
 * const result = safeDefineRateSheet({ callYear: 2021, ka131: { studentMonthly: { 1: 700 } } });
 * result.success; // false: group 1 out of range, groups 2 and 3 missing
 * ```
 */
export const safeDefineRateSheet: (input: unknown) => SafeResult<RateSheet> = toSafe(
  (input: unknown) => defineRateSheet(input),
);
