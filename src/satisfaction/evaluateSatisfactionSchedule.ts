import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, unwrapLazy } from '../_lib/zod.js';
import { describeTarget, judge, reportedTarget } from './judge.js';
import {
  checkSurvey,
  EvaluateOptionsSchema,
  SurveySchema,
  ThresholdSchema,
  tally,
} from './schemas.js';
import type {
  EvaluateSatisfactionOptions,
  SatisfactionInput,
  SatisfactionResult,
  SatisfactionTarget,
  SatisfactionThreshold,
  SatisfactionVerdict,
} from './types.js';

/**
 * One year of {@link evaluateSatisfactionSchedule}.
 *
 * @example
 * ```ts
 * import { type SatisfactionYear, evaluateSatisfactionSchedule } from 'erasmus-kit';
 * const [first]: readonly SatisfactionYear[] = evaluateSatisfactionSchedule(
 *   { 2016: '85%' },
 *   { 2016: { satisfied: 18, responses: 20 } },
 * ).years;
 * first?.verdict; // 'inconclusive'
 * ```
 */
export interface SatisfactionYear {
  /** The year, e.g. `2016`. */
  readonly year: number;
  /** The threshold of that year. */
  readonly target: SatisfactionTarget;
  /** The year's verdict, or `no-data` when no survey was given for that year. */
  readonly verdict: SatisfactionVerdict | 'no-data';
  /** The full evaluation of the year's survey; `null` for `no-data`. */
  readonly result: SatisfactionResult | null;
  /** One sentence starting with the year: `"2016: 90.0% satisfied (18 of 20; …): inconclusive …"`. */
  readonly explanation: string;
}

/**
 * The result of {@link evaluateSatisfactionSchedule}.
 *
 * @example
 * ```ts
 * import { type SatisfactionScheduleResult, evaluateSatisfactionSchedule } from 'erasmus-kit';
 * const schedule: SatisfactionScheduleResult = evaluateSatisfactionSchedule({ 2016: 0.85 }, {});
 * schedule.counts['no-data']; // 1
 * ```
 */
export interface SatisfactionScheduleResult {
  /** One entry per year that has a threshold, in ascending order of year. */
  readonly years: readonly SatisfactionYear[];
  /** How many years ended with each verdict. */
  readonly counts: Readonly<Record<SatisfactionVerdict | 'no-data', number>>;
  /** Years that have a survey but no threshold (not judged), ascending. */
  readonly surveysWithoutTarget: readonly number[];
}

/** A key of the schedule: a four-digit year written as a string. */
const yearKey = () =>
  z.string().check(z.regex(/^\d{4}$/, 'Expected a four-digit year such as 2016 as the key'));

const ScheduleArgsSchema = lazySchema(() =>
  z
    .object({
      thresholds: z.record(yearKey(), unwrapLazy(ThresholdSchema)),
      surveys: z.record(yearKey(), unwrapLazy(SurveySchema)),
      options: z.optional(unwrapLazy(EvaluateOptionsSchema)),
    })
    .check(
      z.superRefine((args, ctx) => {
        if (ctx.issues.length > 0) return; // cross-checks only once every field is well-formed
        for (const [year, survey] of Object.entries(args.surveys)) {
          for (const issue of checkSurvey(survey, args.options, ['surveys', year], ['options'])) {
            ctx.issues.push({ code: 'custom', input: args, ...issue });
          }
        }
      }),
    ),
);

const scheduleArgs = makeParser(ScheduleArgsSchema);

type ParsedScheduleArgs = z.output<typeof ScheduleArgsSchema>;

function evaluateParsed(args: ParsedScheduleArgs): SatisfactionScheduleResult {
  const counts = { met: 0, 'not-met': 0, inconclusive: 0, 'insufficient-data': 0, 'no-data': 0 };
  const years = Object.keys(args.thresholds)
    .map(Number)
    .sort((a, b) => a - b)
    .map((year): SatisfactionYear => {
      const threshold = args.thresholds[String(year)];
      const survey = args.surveys[String(year)];
      /* v8 ignore next -- the key comes from the same record */
      if (threshold === undefined) throw new RangeError('unreachable');
      const target = reportedTarget(threshold);
      if (survey === undefined) {
        counts['no-data']++;
        return {
          year,
          target,
          verdict: 'no-data',
          result: null,
          explanation: `${year}: no survey, so ${describeTarget(threshold)} cannot be judged`,
        };
      }
      const result = judge(tally(survey, args.options?.satisfiedFrom), threshold, args.options);
      counts[result.verdict]++;
      return {
        year,
        target,
        verdict: result.verdict,
        result,
        explanation: `${year}: ${result.explanation}`,
      };
    });
  const surveysWithoutTarget = Object.keys(args.surveys)
    .filter((year) => !(year in args.thresholds))
    .map(Number)
    .sort((a, b) => a - b);
  return { years, counts, surveysWithoutTarget };
}

/**
 * Judges a yearly schedule of satisfaction thresholds — "not less than 85% (2016), 86%, 88%, 89%,
 * 90% (2020)" — against one survey per year, each with {@link evaluateSatisfaction}. A year with
 * a threshold but no survey is reported as `no-data` (not an error); a survey in a year without a
 * threshold is listed in `surveysWithoutTarget` and not judged. The same options apply to every
 * year.
 *
 * @param thresholds - a threshold per year, keyed by year: `{ 2016: 0.85, 2017: '86%', … }`
 * @param surveys - the survey results per year, in any form {@link evaluateSatisfaction} accepts
 * @param options - as for {@link evaluateSatisfaction}
 * @returns one entry per threshold year (ascending), the verdict counts and the unjudged surveys
 * @throws {@link InputError} naming each bad field (`thresholds.2017`, `surveys.2018.satisfied`, ...)
 *
 * @example
 * ```ts
 * import { evaluateSatisfactionSchedule } from 'erasmus-kit';
 * const schedule = evaluateSatisfactionSchedule(
 *   { 2016: '85%', 2017: '86%', 2018: '88%', 2019: '89%', 2020: '90%' },
 *   {
 *     2016: { satisfied: 18, responses: 20 },
 *     2017: { satisfied: 200, responses: 220 },
 *     2019: { satisfied: 30, responses: 45 },
 *   },
 * );
 * schedule.years.map((y) => y.verdict);
 * // ['inconclusive', 'met', 'no-data', 'not-met', 'no-data']
 * ```
 */
export function evaluateSatisfactionSchedule(
  thresholds: Readonly<Record<number, SatisfactionThreshold>>,
  surveys: Readonly<Record<number, SatisfactionInput>>,
  options?: EvaluateSatisfactionOptions,
): SatisfactionScheduleResult {
  return evaluateParsed(scheduleArgs.parse({ thresholds, surveys, options }));
}

/**
 * {@link evaluateSatisfactionSchedule} that returns `{ success: false, error }` instead of
 * throwing on bad input.
 *
 * @param thresholds - a threshold per year
 * @param surveys - the survey results per year
 * @param options - as for {@link evaluateSatisfaction}
 * @returns the schedule result, or the {@link InputError}
 *
 * @example
 * ```ts
 * import { safeEvaluateSatisfactionSchedule } from 'erasmus-kit';
 * const result = safeEvaluateSatisfactionSchedule({ 2016: 1.2 }, {});
 * if (!result.success) console.log(result.error.issues[0]?.path); // ['thresholds', '2016']
 * ```
 */
export function safeEvaluateSatisfactionSchedule(
  thresholds: Readonly<Record<number, SatisfactionThreshold>>,
  surveys: Readonly<Record<number, SatisfactionInput>>,
  options?: EvaluateSatisfactionOptions,
): SafeResult<SatisfactionScheduleResult> {
  const args = scheduleArgs.safeParse({ thresholds, surveys, options });
  return args.success ? { success: true, data: evaluateParsed(args.data) } : args;
}
