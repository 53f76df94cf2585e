import * as z from 'zod/mini';
import { makeParser, type SafeResult } from '../_lib/zod.js';
import { IdSchema, IndicatorSchema, PATTERNS, YearSchema } from './indicatorSchema.js';
import type { Strategy } from './strategyTypes.js';

const text = z.string().check(z.minLength(1));
const texts = z.array(text);

const ActionSchema = z.strictObject({
  id: IdSchema,
  printedNumber: z.optional(text),
  title: text,
  funding: z.optional(texts),
  implementers: z.optional(texts),
  indicators: z.optional(z.array(IndicatorSchema)),
  note: z.optional(z.string()),
});

const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  title: z.optional(text),
  actions: z.optional(z.array(ActionSchema)),
  note: z.optional(z.string()),
});

const GoalSchema = z.strictObject({
  id: IdSchema,
  title: text,
  titleEn: z.optional(text),
  objectives: z.optional(z.array(ObjectiveSchema)),
  note: z.optional(z.string()),
});

const PhaseSchema = z
  .strictObject({
    id: IdSchema,
    title: text,
    from: z.optional(YearSchema),
    to: z.optional(YearSchema),
    durationYears: z.optional(z.int().check(z.positive())),
    focus: z.optional(texts),
    description: z.optional(text),
  })
  .check(
    z.refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
      error: 'A phase cannot end before it starts',
      path: ['to'],
    }),
  );

type RawStrategy = z.output<typeof StrategyObjectSchema>;

const InstitutionSchema = z.strictObject({
  name: text,
  country: z.optional(z.string().check(z.regex(PATTERNS.country, 'Expected an ISO alpha-2 code'))),
  city: z.optional(text),
});

const PeriodSchema = z.strictObject({ from: YearSchema, to: YearSchema }).check(
  z.refine((p) => p.from <= p.to, {
    error: 'The period cannot end before it starts',
    path: ['to'],
  }),
);

const SwotSchema = z.strictObject({
  strengths: texts,
  weaknesses: texts,
  opportunities: texts,
  threats: texts,
});

const StrategyObjectSchema = z.strictObject({
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

/**
 * The object schemas a strategy is made of (internal: the fast strategy check takes the allowed
 * keys from here, so they cannot drift apart).
 */
export const STRATEGY_PARTS = {
  strategy: StrategyObjectSchema,
  institution: InstitutionSchema,
  period: PeriodSchema,
  swot: SwotSchema,
  phase: PhaseSchema,
  goal: GoalSchema,
  objective: ObjectiveSchema,
  action: ActionSchema,
} as const;

/** Ids unique per level, indicator ids unique in the plan, target years inside the period. */
function checkStrategy(strategy: RawStrategy, ctx: z.core.$RefinementCtx<RawStrategy>): void {
  const seen = {
    goal: new Set<string>(),
    objective: new Set<string>(),
    action: new Set<string>(),
    indicator: new Set<string>(),
    phase: new Set<string>(),
  };
  const issue = (message: string, path: PropertyKey[]) =>
    ctx.addIssue({ code: 'custom', message, path, input: strategy });
  const unique = (level: keyof typeof seen, value: string, path: PropertyKey[]) => {
    if (seen[level].has(value)) issue(`Duplicate ${level} id "${value}"`, path);
    seen[level].add(value);
  };
  strategy.phases?.forEach((phase, p) => {
    unique('phase', phase.id, ['phases', p, 'id']);
  });
  const period = strategy.period;
  strategy.goals.forEach((goal, g) => {
    unique('goal', goal.id, ['goals', g, 'id']);
    goal.objectives?.forEach((objective, o) => {
      const oPath = ['goals', g, 'objectives', o];
      unique('objective', objective.id, [...oPath, 'id']);
      objective.actions?.forEach((action, a) => {
        const aPath = [...oPath, 'actions', a];
        unique('action', action.id, [...aPath, 'id']);
        action.indicators?.forEach((indicator, i) => {
          const iPath = [...aPath, 'indicators', i];
          unique('indicator', indicator.id, [...iPath, 'id']);
          if (!period) return;
          const targets = indicator.kind === 'milestone' ? {} : indicator.targets;
          for (const [field, record] of [
            ['targets', targets],
            ['milestones', indicator.milestones ?? {}],
          ] as const) {
            for (const year of Object.keys(record)) {
              const y = Number(year);
              if (y < period.from || y > period.to) {
                issue(`Year ${year} is outside the plan period ${period.from}–${period.to}`, [
                  ...iPath,
                  field,
                  year,
                ]);
              }
            }
          }
        });
      });
    });
  });
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
export const StrategySchema = StrategyObjectSchema.check(z.superRefine(checkStrategy)).register(
  z.globalRegistry,
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

const strategyParser = makeParser(StrategySchema);

/**
 * Validates a strategy and returns it typed. Throws `InputError` listing every problem with its
 * path (a duplicate id, a target year outside the period, a malformed target).
 *
 * @param input - the candidate strategy
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
export function parseStrategy(input: unknown): Strategy {
  return strategyParser.parse(input) as Strategy;
}

/**
 * The non-throwing twin of {@link parseStrategy}.
 *
 * @param input - the candidate strategy
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseStrategy } from 'erasmus-kit';
 * // no institution:
 * safeParseStrategy({ goals: [] }).success; // false
 * ```
 */
export function safeParseStrategy(input: unknown): SafeResult<Strategy> {
  return strategyParser.safeParse(input) as SafeResult<Strategy>;
}
