import * as z from 'zod/mini';
import { compiled, lazySchema, makeParser, type SafeResult } from '../_lib/zod.js';
import type { InputIssueCode } from '../inputIssueCodes.js';
import type { Indicator } from './indicatorTypes.js';

/** A year from 1000 to 9000, as a number (a function: schemas are built on first use). */
export const yearSchema = () => z.int().check(z.minimum(1000), z.maximum(9000));

/** An id of a plan element: letters, digits, ".", "_" or "-", not starting with a sign. */
export const idSchema = () =>
  z
    .string()
    .check(
      z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Expected an id of letters, digits, ".", "_" or "-"'),
    );

/** The schema of each kind of indicator (built once, by the builder of `IndicatorSchema`). */
function kindSchemas() {
  /** A key of a by-year record: a four-digit year written as a string. */
  const YearKeySchema = z.string().check(z.regex(/^\d{4}$/, 'Expected a four-digit year as key'));

  const byYear = <T extends z.ZodMiniType>(value: T) => z.record(YearKeySchema, value);

  const finite = z.number();
  const nonNegative = z.number().check(z.minimum(0));
  const share = z.number().check(z.minimum(0), z.maximum(1));
  const percentString = z.string().check(
    z.regex(/^(\d{1,3})(\.\d+)?%$/, 'Expected a percentage such as "85%"'),
    z.refine((v) => Number.parseFloat(v) <= 100, {
      error: 'A percentage cannot exceed 100%',
      params: { code: 'out-of-range' },
    }),
  );
  const RangeSchema = z.strictObject({ min: finite, max: finite }).check(
    z.refine((r) => r.min <= r.max, {
      error: 'min must not exceed max',
      path: ['max'],
      params: { code: 'out-of-order' },
    }),
  );

  const base = {
    id: idSchema(),
    label: z.string().check(z.minLength(1)),
    unit: z.optional(z.string().check(z.minLength(1))),
    weight: z.optional(z.number().check(z.positive())),
    milestones: z.optional(byYear(z.string().check(z.minLength(1)))),
    note: z.optional(z.string()),
  };

  const BaselineSchema = z.strictObject({ year: yearSchema(), value: finite });

  const NumericSchema = z.strictObject({
    ...base,
    kind: z.literal('numeric'),
    direction: z.enum(['at-least', 'at-most', 'between', 'exactly']),
    aggregation: z.enum(['annual', 'cumulative', 'latest']),
    targets: byYear(z.union([finite, RangeSchema])),
    tolerance: z.optional(nonNegative),
    baseline: z.optional(BaselineSchema),
  });

  const PercentageSchema = z.strictObject({
    ...base,
    kind: z.literal('percentage'),
    direction: z.enum(['at-least', 'at-most']),
    targets: byYear(z.union([share, percentString])),
    confidence: z.optional(z.number().check(z.gt(0), z.lt(1))),
    minResponses: z.optional(z.int().check(z.minimum(1))),
    baseline: z.optional(z.strictObject({ year: yearSchema(), value: share })),
  });

  const FrequencySchema = z.strictObject({
    ...base,
    kind: z.literal('frequency'),
    targets: byYear(z.int().check(z.minimum(0))),
  });

  const LimitSchema = z.strictObject({
    ...base,
    kind: z.literal('limit'),
    targets: byYear(nonNegative),
    baseline: z.optional(BaselineSchema),
  });

  const PerUnitSchema = z.strictObject({
    ...base,
    kind: z.literal('per-unit'),
    per: z.string().check(z.minLength(1)),
    direction: z.enum(['at-least', 'at-most']),
    targets: byYear(nonNegative),
  });

  const EventDrivenSchema = z.strictObject({
    ...base,
    kind: z.literal('event-driven'),
    event: z.string().check(z.minLength(1)),
    targets: byYear(nonNegative),
    extraPerYear: z.optional(nonNegative),
  });

  const MilestoneSchema = z.strictObject({
    ...base,
    kind: z.literal('milestone'),
    milestones: byYear(z.string().check(z.minLength(1))),
  });

  return [
    NumericSchema,
    PercentageSchema,
    FrequencySchema,
    LimitSchema,
    PerUnitSchema,
    EventDrivenSchema,
    MilestoneSchema,
  ] as const;
}

type KindSchemas = ReturnType<typeof kindSchemas>;

type RawIndicator = z.output<KindSchemas[0]> | z.output<KindSchemas[6]>;

/** Reports one cross-field problem of an indicator. */
function report(
  ctx: z.core.$RefinementCtx<unknown>,
  message: string,
  path: PropertyKey[],
  code: InputIssueCode = 'conflicting-fields',
): void {
  ctx.addIssue({ code: 'custom', message, path, input: ctx.value, params: { code } });
}

/** Whether a by-year record is absent or has no year (without listing its keys). */
function isEmpty(record: Readonly<Record<string, unknown>> | undefined): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}

/** Cross-field rules the per-field schemas cannot express (paths built only for an issue). */
function checkIndicator(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const indicator = value as RawIndicator & {
    targets?: Record<string, unknown>;
    direction?: string;
    aggregation?: string;
    tolerance?: number;
    baseline?: unknown;
  };
  const targets = indicator.kind === 'milestone' ? undefined : indicator.targets;
  const milestones = indicator.milestones;
  if (isEmpty(targets) && isEmpty(milestones)) {
    report(
      ctx,
      'An indicator needs at least one yearly target or milestone',
      ['targets'],
      'missing-field',
    );
  }
  if (targets !== undefined && milestones !== undefined) {
    for (const year of Object.keys(milestones)) {
      if (year in targets) {
        report(ctx, `Year ${year} has both a target and a milestone`, ['milestones', year]);
      }
    }
  }
  if (indicator.kind !== 'numeric' || targets === undefined) return;
  const between = indicator.direction === 'between';
  for (const year in targets) {
    if (!Object.hasOwn(targets, year)) continue;
    if (between === (typeof targets[year] === 'object')) continue;
    const message = between
      ? `A "between" target must be a { min, max } range`
      : `A "${indicator.direction}" target must be a number`;
    report(ctx, message, ['targets', year]);
  }
  if (indicator.tolerance !== undefined && indicator.direction !== 'exactly') {
    report(ctx, 'tolerance applies only to "exactly" indicators', ['tolerance']);
  }
  if (indicator.baseline !== undefined && indicator.aggregation === 'cumulative') {
    report(ctx, 'A cumulative indicator cannot have a baseline: its running total starts at 0', [
      'baseline',
    ]);
  }
}

/**
 * The zod schema of an {@link Indicator}, discriminated by `kind`, with the cross-field rules:
 * at least one target or milestone, no year with both, `between` targets as `{ min, max }`,
 * `tolerance` only for `exactly`, no baseline on a cumulative indicator.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from 'erasmus-kit';
 * const limit = { id: '2.3.4', label: 'Discrepancies', kind: 'limit', targets: { 2016: 1 } };
 * IndicatorSchema.safeParse(limit).success; // true
 * ```
 */
export const IndicatorSchema = lazySchema(
  () => z.discriminatedUnion('kind', kindSchemas()).check(z.superRefine(checkIndicator)),
  {
    description: 'An indicator of an action plan with its yearly targets.',
    examples: [
      {
        id: '1.2.1',
        label: 'Number of students in Erasmus+ KA1 mobility projects',
        kind: 'numeric',
        direction: 'at-least',
        aggregation: 'annual',
        targets: { 2016: 46, 2017: 50 },
      },
    ],
  },
);

const indicatorParser = makeParser(IndicatorSchema, { runner: compiled, root: 'indicator' });

/**
 * Validates an indicator and returns it typed. Throws `InputError` listing every problem.
 *
 * @param indicator - the candidate indicator (issue paths start at `indicator`)
 * @returns the indicator
 *
 * @example
 * ```ts
 * import { parseIndicator } from 'erasmus-kit';
 * const indicator = parseIndicator({
 *   id: '2.3.1',
 *   label: 'Annual analysis of QMS',
 *   kind: 'frequency',
 *   targets: { 2016: 1, 2017: 1 },
 * });
 * indicator.kind; // 'frequency'
 * ```
 */
export function parseIndicator(indicator: unknown): Indicator {
  return indicatorParser.parse(indicator);
}

/**
 * The non-throwing twin of {@link parseIndicator}.
 *
 * @param indicator - the candidate indicator (issue paths start at `indicator`)
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseIndicator } from 'erasmus-kit';
 * safeParseIndicator({ id: 'x', label: 'x', kind: 'limit', targets: {} }).success; // false
 * ```
 */
export function safeParseIndicator(indicator: unknown): SafeResult<Indicator> {
  return indicatorParser.safeParse(indicator);
}
