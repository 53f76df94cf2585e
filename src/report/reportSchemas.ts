/**
 * Light validation of what the renderers read. The renderers take results of the library
 * (evaluations, grant results), so these schemas only check the fields the reports print, to turn
 * a wrong argument into an `InputError` instead of a `TypeError` from deep inside.
 */
import * as z from 'zod/mini';
import { lazySchema, makeParser } from '../_lib/zod.js';

/** A report locale. */
export const ReportLocaleSchema = () => z.enum(['en', 'sr-Cyrl', 'sr-Latn', 'hr', 'lt']);

const finite = () =>
  z.number().check(
    z.refine(Number.isFinite, {
      error: 'Expected a finite number',
      params: { code: 'not-finite' },
    }),
  );
const nullableNumber = () => z.nullable(finite());
const yearStatus = () => z.enum(['met', 'not-met', 'inconclusive', 'no-data', 'not-due']);
const overallStatus = () => z.enum(['achieved', 'on-track', 'at-risk', 'off-track']);
const kind = () =>
  z.enum(['numeric', 'percentage', 'frequency', 'limit', 'per-unit', 'event-driven', 'milestone']);
const SatisfactionSchema = () =>
  z.looseObject({
    share: nullableNumber(),
    interval: z.nullable(z.looseObject({ lower: finite(), upper: finite(), confidence: finite() })),
    verdict: z.enum(['met', 'not-met', 'inconclusive', 'insufficient-data']),
    satisfied: finite(),
    responses: finite(),
    target: z.looseObject({ direction: z.enum(['at-least', 'at-most']), value: finite() }),
  });

const YearSchema = () =>
  z.looseObject({
    year: z.int(),
    judgedAs: kind(),
    target: z.union([finite(), z.string(), z.looseObject({ min: finite(), max: finite() })]),
    required: nullableNumber(),
    actual: nullableNumber(),
    status: yearStatus(),
    achievementRatio: nullableNumber(),
    satisfaction: z.optional(SatisfactionSchema()),
    milestone: z.optional(z.looseObject({ done: z.boolean() })),
  });

/** The fields of an `IndicatorEvaluation` the reports read. */
export const IndicatorEvaluationShape = () =>
  z.looseObject({
    indicatorId: z.string(),
    label: z.string(),
    kind: kind(),
    direction: z.enum(['at-least', 'at-most', 'between', 'exactly']),
    years: z.array(YearSchema()),
    dueYears: z.int(),
    metYears: z.int(),
    score: nullableNumber(),
    status: overallStatus(),
    forecast: z.looseObject({
      method: z.enum(['least-squares', 'last-value', 'year-to-date', 'none']),
      year: z.int(),
      value: nullableNumber(),
      target: nullableNumber(),
      meetsTarget: z.nullable(z.boolean()),
      partialYear: z.optional(
        z.nullable(
          z.looseObject({
            year: z.int(),
            value: finite(),
            use: z.enum(['floor', 'estimate', 'left-out']),
          }),
        ),
      ),
    }),
  });

const RollUpSchema = () =>
  z.looseObject({
    id: z.string(),
    title: z.nullable(z.string()),
    indicators: z.int(),
    dueYears: z.int(),
    metYears: z.int(),
    weightedScore: nullableNumber(),
    status: z.nullable(overallStatus()),
  });

const counts = (keys: readonly string[]) =>
  z.looseObject(Object.fromEntries(keys.map((k) => [k, z.int()])));

/** The fields of a `PlanEvaluation` the reports read. */
export const PlanEvaluationShape = () =>
  z.looseObject({
    asOf: z.string(),
    period: z.nullable(z.looseObject({ from: z.int(), to: z.int() })),
    indicators: z.array(IndicatorEvaluationShape()),
    objectives: z.array(RollUpSchema()),
    goals: z.array(RollUpSchema()),
    summary: z.looseObject({
      ...RollUpSchema().shape,
      byStatus: counts(overallStatus().options),
      byYearStatus: counts(yearStatus().options),
    }),
    warnings: z.array(z.looseObject({ message: z.string() })),
  });

const StrategyShape = () =>
  z.looseObject({
    title: z.optional(z.string()),
    institution: z.looseObject({ name: z.string() }),
    goals: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        objectives: z.optional(
          z.array(
            z.looseObject({
              id: z.string(),
              title: z.optional(z.string()),
              actions: z.optional(
                z.array(
                  z.looseObject({
                    id: z.string(),
                    printedNumber: z.optional(z.string()),
                    title: z.string(),
                    indicators: z.optional(z.array(z.looseObject({ id: z.string() }))),
                  }),
                ),
              ),
            }),
          ),
        ),
      }),
    ),
  });

/** Arguments of `renderIndicatorChart`. */
export const chartArgs = makeParser(
  lazySchema(() =>
    z.strictObject({
      evaluation: IndicatorEvaluationShape(),
      options: z.strictObject({ locale: ReportLocaleSchema() }),
    }),
  ),
);

/** Arguments of `renderPlanReport`. */
export const planArgs = makeParser(
  lazySchema(() =>
    z.strictObject({
      evaluation: PlanEvaluationShape(),
      options: z.strictObject({
        format: z.enum(['markdown', 'html']),
        locale: ReportLocaleSchema(),
        strategy: z.optional(StrategyShape()),
        charts: z.optional(z.boolean()),
        glanceImage: z.optional(z.string().check(z.minLength(1))),
      }),
    }),
  ),
);

/** Arguments of `renderPlanAtAGlance`. */
export const glanceArgs = makeParser(
  lazySchema(() =>
    z.strictObject({
      evaluation: PlanEvaluationShape(),
      options: z.strictObject({ locale: ReportLocaleSchema() }),
    }),
  ),
);

const money = () => z.string().check(z.regex(/^-?\d+\.\d{2}$/, 'Expected a two-place amount'));
const grantLineKind = () =>
  z.enum([
    'individual-support',
    'fewer-opportunities-top-up',
    'traineeship-top-up',
    'green-travel-top-up',
    'travel',
    'exceptional-travel',
    'course-fees',
  ]);

const exact = () => z.string().check(z.regex(/^-?\d+\.\d{2,}$/, 'Expected an exact amount'));
const nonNegativeInt = () => z.int().check(z.minimum(0));

/** The fields of a line's `calculation` the statement reads (optional: older results lack it). */
const CalculationShape = () =>
  z.discriminatedUnion('form', [
    z.looseObject({
      form: z.literal('monthly'),
      fullMonths: nonNegativeInt(),
      extraDays: nonNegativeInt(),
      monthlyRate: money(),
    }),
    z.looseObject({
      form: z.literal('daily'),
      days: nonNegativeInt(),
      dailyRate: money(),
      reduced: z.nullable(
        z.looseObject({
          days: nonNegativeInt(),
          rate: exact(),
          fromDay: nonNegativeInt(),
          share: nullableNumber(),
        }),
      ),
      unfundedDays: nonNegativeInt(),
      cap: z.nullable(money()),
    }),
    z.looseObject({
      form: z.literal('travel'),
      distanceKm: finite(),
      band: z.nullable(z.looseObject({ fromKm: finite(), belowKm: nullableNumber() })),
      green: z.boolean(),
      realCost: z.nullable(
        z.looseObject({
          amount: money(),
          bandAmount: money(),
          coveredShare: nullableNumber(),
          threshold: finite(),
          reimbursedShare: finite(),
        }),
      ),
    }),
    z.looseObject({
      form: z.literal('one-off'),
      amount: money(),
      physicalDays: z.nullable(nonNegativeInt()),
    }),
  ]);

/** The fields of a `GrantResult` the statement reads; `complete` must agree with `missing`. */
const GrantShape = () =>
  z
    .looseObject({
      total: money(),
      complete: z.boolean(),
      missing: z.array(
        z.looseObject({
          kind: grantLineKind(),
          reason: z.enum(['figure-missing', 'distance-missing']),
          message: z.string(),
        }),
      ),
      lines: z.array(
        z.looseObject({
          kind: grantLineKind(),
          quantity: finite(),
          unit: z.enum(['month', 'day', 'trip', 'one-off']),
          unitAmount: money(),
          amount: money(),
          basis: z.string(),
          rule: z.string(),
          calculation: z.optional(CalculationShape()),
        }),
      ),
      duration: z.looseObject({
        fundedDays: z.int(),
        fullMonths: z.int(),
        extraDays: z.int(),
        travelDays: z.int(),
      }),
      eligibility: z.looseObject({
        eligible: z.boolean(),
        issues: z.array(
          z.looseObject({ severity: z.enum(['error', 'warning']), message: z.string() }),
        ),
      }),
      rules: z.looseObject({
        callYear: z.int(),
        provisional: z.boolean(),
        rates: z.enum(['rate-sheet', 'reference']),
      }),
      warnings: z.array(z.looseObject({ message: z.string() })),
    })
    .check(
      z.refine((grant) => grant.complete === (grant.missing.length === 0), {
        message: 'complete must be false exactly when missing lists a part',
        path: ['complete'],
        params: { code: 'inconsistent-result' },
      }),
    );

/** Arguments of `renderGrantStatement`. */
export const grantArgs = makeParser(
  lazySchema(() =>
    z.strictObject({
      grant: GrantShape(),
      options: z.strictObject({
        format: z.enum(['markdown', 'html']),
        locale: ReportLocaleSchema(),
      }),
    }),
  ),
);
