import * as z from 'zod/mini';
import { compiled, lazySchema, makeParser, type SafeResult, unwrapLazy } from '../_lib/zod.js';
import type { InputIssueCode } from '../inputIssueCodes.js';
import { IndicatorSchema, idSchema, yearSchema } from './indicatorSchema.js';
import type { Strategy } from './strategyTypes.js';

/** The strategy's fields, checked one by one (built once, by the builder of `StrategySchema`). */
function strategyObject() {
  const text = z.string().check(z.minLength(1));
  const texts = z.array(text);

  const ActionSchema = z.strictObject({
    id: idSchema(),
    printedNumber: z.optional(text),
    title: text,
    funding: z.optional(texts),
    implementers: z.optional(texts),
    indicators: z.optional(z.array(unwrapLazy(IndicatorSchema))),
    note: z.optional(z.string()),
  });

  const ObjectiveSchema = z.strictObject({
    id: idSchema(),
    title: z.optional(text),
    actions: z.optional(z.array(ActionSchema)),
    note: z.optional(z.string()),
  });

  const GoalSchema = z.strictObject({
    id: idSchema(),
    title: text,
    titleEn: z.optional(text),
    objectives: z.optional(z.array(ObjectiveSchema)),
    note: z.optional(z.string()),
  });

  const PhaseSchema = z
    .strictObject({
      id: idSchema(),
      title: text,
      from: z.optional(yearSchema()),
      to: z.optional(yearSchema()),
      durationYears: z.optional(z.int().check(z.positive())),
      focus: z.optional(texts),
      description: z.optional(text),
    })
    .check(
      z.refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
        error: 'A phase cannot end before it starts',
        path: ['to'],
        params: { code: 'out-of-order' },
      }),
    );

  const InstitutionSchema = z.strictObject({
    name: text,
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO alpha-2 code'))),
    city: z.optional(text),
  });

  const PeriodSchema = z.strictObject({ from: yearSchema(), to: yearSchema() }).check(
    z.refine((p) => p.from <= p.to, {
      error: 'The period cannot end before it starts',
      path: ['to'],
      params: { code: 'out-of-order' },
    }),
  );

  const SwotSchema = z.strictObject({
    strengths: texts,
    weaknesses: texts,
    opportunities: texts,
    threats: texts,
  });

  return z.strictObject({
    title: z.optional(text),
    institution: InstitutionSchema,
    language: z.optional(text),
    period: z.optional(PeriodSchema),
    vision: z.optional(text),
    mission: z.optional(text),
    values: z.optional(texts),
    swot: z.optional(SwotSchema),
    phases: z.optional(z.array(PhaseSchema)),
    goals: z.array(GoalSchema),
    source: z.optional(text),
    note: z.optional(z.string()),
  });
}

type RawStrategy = z.output<ReturnType<typeof strategyObject>>;

type Refinement = z.core.$RefinementCtx<RawStrategy>;
type RawIndicator = NonNullable<
  NonNullable<
    NonNullable<RawStrategy['goals'][number]['objectives']>[number]['actions']
  >[number]['indicators']
>[number];
type Period = { readonly from: number; readonly to: number };

/** Reports one problem of a strategy. */
function report(ctx: Refinement, message: string, path: PropertyKey[], code: InputIssueCode): void {
  ctx.addIssue({ code: 'custom', message, path, input: ctx.value, params: { code } });
}

/** Adds `id` to the ids seen at its level; false when it was there already. */
function isNew(seen: Set<string>, id: string): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

/** The target and milestone records of an indicator, by field. */
function yearRecords(indicator: RawIndicator): [string, Readonly<Record<string, unknown>>][] {
  const records: [string, Readonly<Record<string, unknown>>][] = [];
  if (indicator.kind !== 'milestone') records.push(['targets', indicator.targets]);
  if (indicator.milestones !== undefined) records.push(['milestones', indicator.milestones]);
  return records;
}

const outside = (year: string, period: Period) => {
  const y = Number(year);
  return y < period.from || y > period.to;
};

/** Whether a target or milestone year of the indicator lies outside the period (no allocation). */
function hasYearOutside(indicator: RawIndicator, period: Period): boolean {
  if (indicator.kind !== 'milestone') {
    for (const year in indicator.targets) if (outside(year, period)) return true;
  }
  for (const year in indicator.milestones) if (outside(year, period)) return true;
  return false;
}

/**
 * Ids unique per level, indicator ids unique in the plan, target years inside the period: one
 * pass, with the sets of ids seen local to the call; paths are built only for an issue.
 */
function checkStrategy(strategy: RawStrategy, ctx: Refinement): void {
  const phaseIds = new Set<string>();
  const phases = strategy.phases ?? [];
  for (let p = 0; p < phases.length; p++) {
    const id = (phases[p] as (typeof phases)[number]).id;
    if (!isNew(phaseIds, id)) duplicate(ctx, 'phase', id, ['phases', p, 'id']);
  }
  const goalIds = new Set<string>();
  const objectiveIds = new Set<string>();
  const actionIds = new Set<string>();
  const indicatorIds = new Set<string>();
  const period = strategy.period;
  const goals = strategy.goals;
  for (let g = 0; g < goals.length; g++) {
    const goal = goals[g] as (typeof goals)[number];
    if (!isNew(goalIds, goal.id)) duplicate(ctx, 'goal', goal.id, ['goals', g, 'id']);
    const objectives = goal.objectives ?? [];
    for (let o = 0; o < objectives.length; o++) {
      const objective = objectives[o] as (typeof objectives)[number];
      const oPath = ['goals', g, 'objectives', o];
      if (!isNew(objectiveIds, objective.id)) {
        duplicate(ctx, 'objective', objective.id, ['goals', g, 'objectives', o, 'id']);
      }
      const actions = objective.actions ?? [];
      for (let a = 0; a < actions.length; a++) {
        const action = actions[a] as (typeof actions)[number];
        if (!isNew(actionIds, action.id)) {
          duplicate(ctx, 'action', action.id, [...oPath, 'actions', a, 'id']);
        }
        const indicators = action.indicators ?? [];
        for (let i = 0; i < indicators.length; i++) {
          const indicator = indicators[i] as RawIndicator;
          const duplicated = !isNew(indicatorIds, indicator.id);
          const late = period !== undefined && hasYearOutside(indicator, period);
          if (!duplicated && !late) continue;
          const iPath = [...oPath, 'actions', a, 'indicators', i];
          if (duplicated) duplicate(ctx, 'indicator', indicator.id, [...iPath, 'id']);
          if (period === undefined || !late) continue;
          for (const [field, record] of yearRecords(indicator)) {
            for (const year of Object.keys(record)) {
              if (!outside(year, period)) continue;
              const message = `Year ${year} is outside the plan period ${period.from}–${period.to}`;
              report(ctx, message, [...iPath, field, year], 'out-of-range');
            }
          }
        }
      }
    }
  }
}

/** Reports an id seen before at its level. */
function duplicate(ctx: Refinement, level: string, id: string, path: PropertyKey[]): void {
  report(ctx, `Duplicate ${level} id "${id}"`, path, 'duplicate-id');
}

/**
 * The zod schema of a {@link Strategy}: the per-field rules plus unique ids at each level
 * (indicator ids unique in the whole plan, so actuals can name them) and every target year inside
 * the plan's `period`.
 *
 * @example
 * ```ts
 * import { StrategySchema } from 'erasmus-kit';
 * StrategySchema.safeParse({ institution: { name: 'A school' }, goals: [] }).success; // true
 * ```
 */
export const StrategySchema = lazySchema(
  () => strategyObject().check(z.superRefine(checkStrategy)),
  {
    description: 'An internationalisation strategy: goals → objectives → actions → indicators.',
    examples: [
      {
        institution: { name: 'A school', country: 'LT' },
        period: { from: 2016, to: 2020 },
        goals: [{ id: '1', title: 'Develop international cooperation' }],
      },
    ],
  },
);

const strategyParser = makeParser(StrategySchema, { runner: compiled, root: 'strategy' });

/**
 * Validates a strategy and returns it typed. Throws `InputError` listing every problem with its
 * path (a duplicate id, a target year outside the period, a malformed target).
 *
 * @param strategy - the candidate strategy (issue paths start at `strategy`)
 * @returns the strategy
 *
 * @example
 * ```ts
 * import { parseStrategy } from 'erasmus-kit';
 * const strategy = parseStrategy({
 *   institution: { name: 'Sveučilište u Mostaru', country: 'BA' },
 *   goals: [{ id: '1', title: 'Snažnije uključivanje u međunarodne mreže i asocijacije' }],
 * });
 * strategy.goals.length; // 1
 * ```
 */
export function parseStrategy(strategy: unknown): Strategy {
  return strategyParser.parse(strategy);
}

/**
 * The non-throwing twin of {@link parseStrategy}.
 *
 * @param strategy - the candidate strategy (issue paths start at `strategy`)
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseStrategy } from 'erasmus-kit';
 * // no institution:
 * safeParseStrategy({ goals: [] }).success; // false
 * ```
 */
export function safeParseStrategy(strategy: unknown): SafeResult<Strategy> {
  return strategyParser.safeParse(strategy);
}

/**
 * A strategy given as an argument of `evaluatePlan` (internal): validated as by
 * {@link safeParseStrategy} (compiled), each problem passed on as zod gave it, under the key that
 * holds the strategy.
 */
export const StrategyArgSchema = lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform((input, ctx): Strategy => {
      const result = strategyParser.safeParse(input, []);
      if (result.success) return result.data;
      for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: undefined });
      return z.NEVER;
    }),
  ),
);
