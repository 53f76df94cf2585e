import type { IsoDate } from '../_lib/dates.js';
import type { SatisfactionResult } from '../satisfaction/types.js';
import type { MilestoneStatus } from './actualTypes.js';
import type { Aggregation, Direction, IndicatorKind, TargetRange } from './indicatorTypes.js';

/**
 * The status of one year of an indicator:
 * - `met` / `not-met`: the year's actual reaches / misses its target;
 * - `inconclusive`: a percentage threshold whose confidence interval straddles the target (or
 *   with too few responses to judge);
 * - `no-data`: the year is due but nothing was reported;
 * - `not-due`: the year has not ended on `asOf`, unless its outcome is already certain: a count
 *   (or sum) that has reached an `at-least` target, or a milestone done, is `met` early; a count
 *   already above an `at-most` limit (or above an `exactly` target or a range) is `not-met` early,
 *   since a count cannot fall within its year. Such a year keeps `due: false`.
 *
 * @example
 * ```ts
 * import type { YearStatus } from 'erasmus-kit';
 * const status: YearStatus = 'inconclusive';
 * ```
 */
export type YearStatus = 'met' | 'not-met' | 'inconclusive' | 'no-data' | 'not-due';

/**
 * The overall status of an indicator (and of a roll-up):
 * - `achieved`: every year met (for `cumulative` and `latest` indicators: the final year met);
 * - `on-track`: performance to date (and, while the plan runs, the forecast for the final year
 *   when it rests on a trend line or on the final year's own value so far) at least the
 *   `onTrack` cut-off (default 0.85);
 * - `at-risk`: between the `atRisk` (default 0.5) and `onTrack` cut-offs, or a finished plan
 *   that fell short but stayed above `onTrack`;
 * - `off-track`: below the `atRisk` cut-off.
 *
 * @example
 * ```ts
 * import type { OverallStatus } from 'erasmus-kit';
 * const status: OverallStatus = 'at-risk';
 * ```
 */
export type OverallStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track';

/**
 * The RAG cut-offs on performance (score to date, 0–1).
 *
 * @example
 * ```ts
 * import type { RagThresholds } from 'erasmus-kit';
 * const rag: RagThresholds = { onTrack: 0.85, atRisk: 0.5 };
 * ```
 */
export interface RagThresholds {
  /** Performance at or above this is `on-track` (default 0.85). */
  readonly onTrack?: number;
  /** Performance at or above this (and below `onTrack`) is `at-risk` (default 0.5). */
  readonly atRisk?: number;
}

/**
 * Options of `evaluateIndicator` and `evaluatePlan`.
 *
 * @example
 * ```ts
 * import type { EvaluateIndicatorOptions } from 'erasmus-kit';
 * const options: EvaluateIndicatorOptions = { asOf: '2019-12-31' };
 * const schoolYears: EvaluateIndicatorOptions = {
 *   asOf: '2019-09-01',
 *   yearEnd: '08-31',
 *   yearLabel: 'start', // 2018 is the school year 2018/19, due on 2019-08-31
 * };
 * ```
 */
export interface EvaluateIndicatorOptions {
  /** The date of the evaluation (ISO). The library never reads the clock. */
  readonly asOf: IsoDate;
  /** The last day of a reporting year, `MM-DD` (default `12-31`). */
  readonly yearEnd?: `${number}-${number}`;
  /**
   * Whether plan year Y is the reporting year that ends at `yearEnd` in Y (`end`, default) or
   * the one that starts in Y and ends in Y+1 (`start`, for school years written 2016 = 2016/17).
   */
  readonly yearLabel?: 'end' | 'start';
  /** The RAG cut-offs. */
  readonly rag?: RagThresholds;
}

/**
 * How one year of an indicator was judged.
 *
 * @example
 * ```ts
 * import { type YearEvaluation, evaluateIndicator } from 'erasmus-kit';
 * const result = evaluateIndicator(
 *   {
 *     id: '1.1.2',
 *     label: 'Number of new signed contracts',
 *     kind: 'numeric',
 *     direction: 'at-least',
 *     aggregation: 'annual',
 *     targets: { 2016: 1, 2017: 2 },
 *   },
 *   [{ indicatorId: '1.1.2', year: 2016, value: 2 }],
 *   { asOf: '2017-06-30' },
 * );
 * const first: YearEvaluation | undefined = result.years[0];
 * first?.status; // 'met'
 * ```
 */
export interface YearEvaluation {
  /** The plan year. */
  readonly year: number;
  /** The day the year counts as ended (due). */
  readonly dueDate: IsoDate;
  /** Whether `asOf` is on or after `dueDate`. */
  readonly due: boolean;
  /** How this year is judged: the indicator's kind, or `milestone` for a milestone year. */
  readonly judgedAs: IndicatorKind;
  /** The target as written in the plan: a number, a `{ min, max }` range, or a milestone text. */
  readonly target: number | TargetRange | string;
  /** The target in words: `"at least 46"`, `"at least 85%"`, `"at least 1 per internship"`. */
  readonly targetText: string;
  /**
   * The number the actual is compared with: the target, or for event-driven indicators
   * `target × events + extraPerYear`; `null` for ranges and milestones.
   */
  readonly required: number | null;
  /**
   * The measured value compared with the target (count, running total, latest reading, share,
   * amount per unit, responses; 1 or 0 for a milestone); `null` without data.
   */
  readonly actual: number | null;
  /** The year's status. */
  readonly status: YearStatus;
  /**
   * How much of the target was achieved (1 = exactly on target), rounded to 4 places; `null`
   * without data. See the guide for each direction.
   */
  readonly achievementRatio: number | null;
  /** `actual − target` (for ranges: the distance outside the range), rounded to 4 places. */
  readonly variance: number | null;
  /**
   * The year's contribution to the score (0–1), `null` when not due: 1 when met, 0 without data,
   * the achievement ratio clamped to [0, 1] when not met, and for an inconclusive survey the ratio
   * of the pessimistic end of its interval (lower bound ÷ threshold for "at least").
   */
  readonly score: number | null;
  /** For percentage years with survey counts: the satisfaction result. */
  readonly satisfaction?: SatisfactionResult;
  /** For milestone years with data: the milestone reading. */
  readonly milestone?: MilestoneStatus;
  /** One English sentence on how the year was judged. */
  readonly explanation: string;
}

/**
 * How a forecast used a year in progress: a year with data that has not ended on `asOf` (its
 * data are a year-to-date value, never a full-year trend point).
 *
 * @example
 * ```ts
 * import { evaluateIndicator, type PartialYear } from 'erasmus-kit';
 * const result = evaluateIndicator(
 *   {
 *     id: '1.1.2',
 *     label: 'New partner agreements',
 *     kind: 'numeric',
 *     direction: 'at-least',
 *     aggregation: 'annual',
 *     targets: { 2023: 2, 2024: 2, 2025: 2 },
 *   },
 *   [
 *     { indicatorId: '1.1.2', year: 2023, value: 1 },
 *     { indicatorId: '1.1.2', year: 2024, value: 0 },
 *     { indicatorId: '1.1.2', year: 2025, value: 1 },
 *   ],
 *   { asOf: '2025-07-01' },
 * );
 * const partial: PartialYear | null = result.forecast.partialYear;
 * partial; // { year: 2025, value: 1, use: 'floor' }
 * // The trend 1 → 0 gives 0 for 2025, but 2025 already has 1:
 * result.forecast.value; // 1
 * ```
 */
export interface PartialYear {
  /** The year in progress. */
  readonly year: number;
  /** Its value so far (count, running total, level, share, amount per unit), 4 places. */
  readonly value: number;
  /**
   * How the forecast used it:
   * - `floor`: a count or sum cannot fall within its year (nor a running total ever), so the
   *   final year ends at least this high: the forecast is the larger of the trend and this value;
   * - `estimate`: the final year itself, measured by a level, share or amount per unit that can
   *   still move either way: the forecast is this value;
   * - `left-out`: an earlier year whose value says nothing certain about the final year (an
   *   annual count, a level, a share): not used, and not fed to the trend as a full year.
   */
  readonly use: 'floor' | 'estimate' | 'left-out';
}

/**
 * The forecast of an indicator's final-year value.
 *
 * @example
 * ```ts
 * import type { Forecast } from 'erasmus-kit';
 * const forecast: Forecast = {
 *   method: 'least-squares',
 *   description: 'Ordinary least-squares line through 2016–2018 (3 points), extended to 2020',
 *   year: 2020,
 *   value: 56,
 *   target: 60,
 *   achievementRatio: 0.9333,
 *   meetsTarget: false,
 *   slope: 2,
 *   points: 3,
 *   trendYears: [2016, 2017, 2018],
 *   partialYear: null,
 * };
 * ```
 */
export interface Forecast {
  /**
   * `least-squares`: an ordinary least-squares line through the ended years with data (2 or
   * more); `last-value`: one ended year with data, carried flat; `year-to-date`: the value of the
   * year in progress (`partialYear`), as an estimate of the final year or as a floor above the
   * trend; `none`: no forecast (see `description`).
   */
  readonly method: 'least-squares' | 'last-value' | 'year-to-date' | 'none';
  /** The method, the years used and how a year in progress was used, in words. */
  readonly description: string;
  /** The final year of the indicator. */
  readonly year: number;
  /** The forecast value for the final year, rounded to 4 places; `null` with method `none`. */
  readonly value: number | null;
  /** The final year's number target (`required`); `null` for ranges and milestones. */
  readonly target: number | null;
  /** The achievement ratio of the forecast value; `null` with method `none`. */
  readonly achievementRatio: number | null;
  /** Whether the forecast value meets the final target; `null` with method `none`. */
  readonly meetsTarget: boolean | null;
  /** The slope per year of the line through `trendYears` (2 or more); `null` otherwise. */
  readonly slope: number | null;
  /** How many years of data the trend used (`trendYears.length`). */
  readonly points: number;
  /** The ended years whose values the trend used, oldest first (never a year in progress). */
  readonly trendYears: readonly number[];
  /** The latest year in progress with data and how it was used; `null` when there is none. */
  readonly partialYear: PartialYear | null;
}

/**
 * A documented, non-fatal problem met while evaluating:
 * - `unknown-indicator`: an actual names an indicator the plan does not have (ignored);
 * - `year-outside-plan`: an actual's year is outside the plan period (ignored);
 * - `year-without-target`: an actual's year has no target or milestone for its indicator
 *   (ignored);
 * - `point-estimate-only`: a percentage year was given as a bare share, without survey counts,
 *   so it was judged on the point estimate only;
 * - `cumulative-gap`: a running total skips an earlier due year that has no data.
 *
 * @example
 * ```ts
 * import type { EvaluationWarning } from 'erasmus-kit';
 * const warning: EvaluationWarning = {
 *   code: 'unknown-indicator',
 *   indicatorId: '9.9.9',
 *   year: 2016,
 *   message: 'Actual for unknown indicator "9.9.9" (2016) ignored.',
 * };
 * ```
 */
export interface EvaluationWarning {
  /** A stable code. */
  readonly code:
    | 'unknown-indicator'
    | 'year-outside-plan'
    | 'year-without-target'
    | 'point-estimate-only'
    | 'cumulative-gap';
  /** The indicator concerned. */
  readonly indicatorId: string;
  /** The year concerned. */
  readonly year: number;
  /** One English sentence. */
  readonly message: string;
}

/**
 * The evaluation of one indicator against its actuals.
 *
 * @example
 * ```ts
 * import { type IndicatorEvaluation, evaluateIndicator } from 'erasmus-kit';
 * const result: IndicatorEvaluation = evaluateIndicator(
 *   {
 *     id: '2.3.4',
 *     label: 'Discrepancies',
 *     kind: 'limit',
 *     targets: { 2016: 1, 2017: 1 },
 *   },
 *   [
 *     { indicatorId: '2.3.4', year: 2016, value: 0 },
 *     { indicatorId: '2.3.4', year: 2017, value: 1 },
 *   ],
 *   { asOf: '2018-01-01' },
 * );
 * result.status; // 'achieved'
 * ```
 */
export interface IndicatorEvaluation {
  /** The indicator's id. */
  readonly indicatorId: string;
  /** The indicator's label. */
  readonly label: string;
  /** The indicator's kind. */
  readonly kind: IndicatorKind;
  /** The direction judged (`at-least` for frequency and event-driven, `at-most` for limits). */
  readonly direction: Direction;
  /** The aggregation (`annual` for every kind but numeric). */
  readonly aggregation: Aggregation;
  /** The indicator's weight in roll-ups. */
  readonly weight: number;
  /** One entry per target or milestone year, oldest first. */
  readonly years: readonly YearEvaluation[];
  /** Years counted so far: due, or decided early (met, or a count already over its limit). */
  readonly dueYears: number;
  /** Of those, the years met. */
  readonly metYears: number;
  /** `metYears / dueYears`, rounded to 4 places; `null` when nothing is due. */
  readonly shareMet: number | null;
  /** The mean year score (0–1) over the years counted, rounded to 4 places; `null` when none. */
  readonly score: number | null;
  /** The overall status. */
  readonly status: OverallStatus;
  /** The forecast of the final year. */
  readonly forecast: Forecast;
  /** How the overall status was reached, in English. */
  readonly explanation: string;
  /** Non-fatal problems with this indicator's actuals. */
  readonly warnings: readonly EvaluationWarning[];
}

/**
 * A roll-up of the indicators below an objective, a goal or the whole plan.
 *
 * @example
 * ```ts
 * import type { RollUp } from 'erasmus-kit';
 * const rollUp: RollUp = {
 *   id: '1.2',
 *   title: 'Raise participation in international projects',
 *   indicators: 4,
 *   dueYears: 12,
 *   metYears: 10,
 *   shareMet: 0.8333,
 *   weightedScore: 0.9712,
 *   status: 'on-track',
 * };
 * ```
 */
export interface RollUp {
  /** The objective's or goal's id (`"plan"` for the whole plan). */
  readonly id: string;
  /** Its title, `null` when the plan gives none. */
  readonly title: string | null;
  /** The number of indicators below it. */
  readonly indicators: number;
  /** Indicator-years counted so far (due, or decided early). */
  readonly dueYears: number;
  /** Of those, the ones met. */
  readonly metYears: number;
  /** `metYears / dueYears`, rounded to 4 places; `null` when nothing is due. */
  readonly shareMet: number | null;
  /**
   * The weighted mean of the indicators' scores (weights from the indicators, 1 by default),
   * over indicators with a score; rounded to 4 places; `null` when none has one.
   */
  readonly weightedScore: number | null;
  /**
   * `achieved` when every indicator is achieved; otherwise the RAG band of `weightedScore`
   * (`on-track` when nothing is due yet); `null` without indicators.
   */
  readonly status: OverallStatus | null;
}

/**
 * The evaluation of a whole plan.
 *
 * @example
 * ```ts
 * import { type PlanEvaluation, evaluatePlan } from 'erasmus-kit';
 * const evaluation: PlanEvaluation = evaluatePlan(
 *   {
 *     institution: { name: 'A school' },
 *     period: { from: 2016, to: 2017 },
 *     goals: [],
 *   },
 *   [],
 *   { asOf: '2017-01-15' },
 * );
 * evaluation.summary.indicators; // 0
 * ```
 */
export interface PlanEvaluation {
  /** The evaluation date. */
  readonly asOf: IsoDate;
  /** The plan period, `null` when the plan gives none. */
  readonly period: {
    /** The first year. */
    readonly from: number;
    /** The last year. */
    readonly to: number;
  } | null;
  /** Every indicator, in plan order. */
  readonly indicators: readonly IndicatorEvaluation[];
  /** A roll-up per objective, in plan order. */
  readonly objectives: readonly RollUp[];
  /** A roll-up per goal, in plan order. */
  readonly goals: readonly RollUp[];
  /** The roll-up of the whole plan (`id: "plan"`). */
  readonly summary: RollUp & {
    /** How many indicators have each overall status. */
    readonly byStatus: Readonly<Record<OverallStatus, number>>;
    /** How many indicator-years have each year status. */
    readonly byYearStatus: Readonly<Record<YearStatus, number>>;
  };
  /** Every warning, the plan's (unknown indicators, years outside the plan) and the indicators'. */
  readonly warnings: readonly EvaluationWarning[];
}
