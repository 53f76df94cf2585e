/**
 * The shapes of an indicator: what it measures and the target it sets for each year.
 *
 * @module
 */

/**
 * Which side of a target is good:
 * - `at-least`: the actual must reach the target ("not less than 85%");
 * - `at-most`: the actual must not exceed it ("no more than 1 discrepancy");
 * - `between`: the actual must lie in `[min, max]`;
 * - `exactly`: the actual must equal the target (within the indicator's `tolerance`).
 *
 * @example
 * ```ts
 * import type { Direction } from 'erasmus-kit';
 * const direction: Direction = 'at-least';
 * ```
 */
export type Direction = 'at-least' | 'at-most' | 'between' | 'exactly';

/**
 * How yearly actuals of a numeric indicator are turned into the value compared with a year's
 * target:
 * - `annual`: the year's own value (a flow: students sent in that year); several entries for
 *   the same year add up;
 * - `cumulative`: the running total of the plan's years up to and including that year (targets
 *   are running totals too);
 * - `latest`: the latest reading of a level within that year (a stock: partners with a signed
 *   agreement); several entries for the same year keep the one with the latest `date`.
 *
 * @example
 * ```ts
 * import type { Aggregation } from 'erasmus-kit';
 * const aggregation: Aggregation = 'cumulative';
 * ```
 */
export type Aggregation = 'annual' | 'cumulative' | 'latest';

/**
 * The kinds of indicator the seed action plans use:
 * `numeric` (counts per year), `percentage` (survey thresholds), `frequency` ("once a year"),
 * `limit` ("no more than 1 discrepancy"), `per-unit` ("not less than 1 mentor per internship"),
 * `event-driven` ("after each international internship") and `milestone` ("AEHT conference in
 * LT").
 *
 * @example
 * ```ts
 * import type { IndicatorKind } from 'erasmus-kit';
 * const kind: IndicatorKind = 'per-unit';
 * ```
 */
export type IndicatorKind =
  | 'numeric'
  | 'percentage'
  | 'frequency'
  | 'limit'
  | 'per-unit'
  | 'event-driven'
  | 'milestone';

/**
 * A year's target range for a `between` indicator.
 *
 * @example
 * ```ts
 * import type { TargetRange } from 'erasmus-kit';
 * const range: TargetRange = { min: 4, max: 6 };
 * ```
 */
export interface TargetRange {
  /** The lowest acceptable value. */
  readonly min: number;
  /** The highest acceptable value (at least `min`). */
  readonly max: number;
}

/**
 * Targets by year: keys are four-digit years (`2016`), values the target of that year.
 *
 * @example
 * ```ts
 * import type { YearTargets } from 'erasmus-kit';
 * const targets: YearTargets<number> = { 2016: 46, 2017: 50, 2018: 54 };
 * ```
 */
export type YearTargets<T> = Readonly<Record<string, T>>;

/**
 * A reading of the measure before the plan starts, for baseline→target progress
 * ("Δachieved / Δplanned").
 *
 * @example
 * ```ts
 * import type { Baseline } from 'erasmus-kit';
 * const baseline: Baseline = { year: 2015, value: 40 };
 * ```
 */
export interface Baseline {
  /** The year of the reading. */
  readonly year: number;
  /** The value read, in the indicator's unit. */
  readonly value: number;
}

/**
 * What every indicator has.
 *
 * @example
 * ```ts
 * import type { IndicatorBase } from 'erasmus-kit';
 * const base: IndicatorBase = { id: '1.2.1', label: 'Students in Erasmus+ KA1 mobility' };
 * ```
 */
export interface IndicatorBase {
  /** A stable id, unique in the plan (`"1.2.1"`); actuals name it. */
  readonly id: string;
  /** The assessment indicator as written in the plan. */
  readonly label: string;
  /** The unit of the measure, for display (`"students"`). */
  readonly unit?: string | undefined;
  /** The weight of the indicator in roll-ups (positive; 1 when absent). */
  readonly weight?: number | undefined;
  /**
   * Years judged by a qualitative milestone instead of a quantitative target, with the
   * milestone's description (seed 001: `{ 2020: 'AEHT conference in LT' }`). A year has either a
   * target or a milestone, never both.
   */
  readonly milestones?: YearTargets<string> | undefined;
  /** Anything a reader should know: an interpretation made while encoding the plan. */
  readonly note?: string | undefined;
}

/**
 * A count or amount per year with a direction and an aggregation
 * ("students in Erasmus+ KA1: 46 50 54 58 60").
 *
 * @example
 * ```ts
 * import type { NumericIndicator } from 'erasmus-kit';
 * const students: NumericIndicator = {
 *   id: '1.2.1',
 *   label: 'Number of students in Erasmus+ KA1 mobility projects',
 *   kind: 'numeric',
 *   direction: 'at-least',
 *   aggregation: 'annual',
 *   targets: { 2016: 46, 2017: 50, 2018: 54, 2019: 58, 2020: 60 },
 * };
 * ```
 */
export interface NumericIndicator extends IndicatorBase {
  /** Discriminant. */
  readonly kind: 'numeric';
  /** Which side of the target is good. */
  readonly direction: Direction;
  /** How yearly actuals become the value compared with the target. */
  readonly aggregation: Aggregation;
  /** Targets by year: a number, or a `{ min, max }` range for `between`. */
  readonly targets: YearTargets<number | TargetRange>;
  /** For `exactly`: the largest accepted distance from the target (0 when absent). */
  readonly tolerance?: number | undefined;
  /** A reading before the plan (not allowed with `cumulative`). */
  readonly baseline?: Baseline | undefined;
}

/**
 * A share of survey respondents against a threshold ("not less than 85% satisfied"), judged with
 * a confidence interval by `evaluateSatisfaction`.
 *
 * @example
 * ```ts
 * import type { PercentageIndicator } from 'erasmus-kit';
 * const satisfied: PercentageIndicator = {
 *   id: '2.3.3',
 *   label: 'Percentage of participants satisfied with the placement abroad',
 *   kind: 'percentage',
 *   direction: 'at-least',
 *   targets: { 2016: '85%', 2017: '86%', 2018: 0.88 },
 * };
 * ```
 */
export interface PercentageIndicator extends IndicatorBase {
  /** Discriminant. */
  readonly kind: 'percentage';
  /** `at-least` ("not less than") or `at-most` ("no more than"). */
  readonly direction: 'at-least' | 'at-most';
  /** Thresholds by year: a share in [0, 1] (`0.85`) or a percentage string (`"85%"`). */
  readonly targets: YearTargets<number | string>;
  /** Two-sided confidence level of the interval (0.95 when absent). */
  readonly confidence?: number | undefined;
  /** Fewer responses than this are `inconclusive` (insufficient data). */
  readonly minResponses?: number | undefined;
  /** A share read before the plan, in [0, 1]. */
  readonly baseline?: Baseline | undefined;
}

/**
 * How many times something must happen in a year ("once a year"): at least `target` occurrences.
 *
 * @example
 * ```ts
 * import type { FrequencyIndicator } from 'erasmus-kit';
 * const review: FrequencyIndicator = {
 *   id: '2.3.1',
 *   label: 'Annual analysis of QMS',
 *   kind: 'frequency',
 *   targets: { 2016: 1, 2017: 1 },
 * };
 * ```
 */
export interface FrequencyIndicator extends IndicatorBase {
  /** Discriminant. */
  readonly kind: 'frequency';
  /** The least number of occurrences in each year (a whole number). */
  readonly targets: YearTargets<number>;
}

/**
 * An upper limit per year on something that should not happen ("no more than 1 discrepancy").
 *
 * @example
 * ```ts
 * import type { LimitIndicator } from 'erasmus-kit';
 * const discrepancies: LimitIndicator = {
 *   id: '2.3.4',
 *   label: 'Discrepancies',
 *   kind: 'limit',
 *   targets: { 2016: 1, 2017: 1 },
 * };
 * ```
 */
export interface LimitIndicator extends IndicatorBase {
  /** Discriminant. */
  readonly kind: 'limit';
  /** The most allowed in each year. */
  readonly targets: YearTargets<number>;
  /** A reading before the plan. */
  readonly baseline?: Baseline | undefined;
}

/**
 * A ratio per unit ("not less than 1 mentor per internship"): the year's amount divided by the
 * year's units, against a per-unit target. When the actual says how many units fell short, any
 * shortfall means `not-met` even if the average is reached.
 *
 * @example
 * ```ts
 * import type { PerUnitIndicator } from 'erasmus-kit';
 * const mentors: PerUnitIndicator = {
 *   id: '2.3.5',
 *   label: 'Number of mentors assigned for each internship',
 *   kind: 'per-unit',
 *   unit: 'mentor',
 *   per: 'internship',
 *   direction: 'at-least',
 *   targets: { 2016: 1, 2017: 1 },
 * };
 * ```
 */
export interface PerUnitIndicator extends IndicatorBase {
  /** Discriminant. */
  readonly kind: 'per-unit';
  /** What the target is counted per (`"internship"`). */
  readonly per: string;
  /** `at-least` (a minimum per unit) or `at-most` (a maximum per unit). */
  readonly direction: 'at-least' | 'at-most';
  /** The amount per unit, by year. */
  readonly targets: YearTargets<number>;
}

/**
 * Something due after each event of a kind ("after each international internship/competition
 * and annual event at the end of each school year"): at least `target × events + extraPerYear`
 * responses in a year.
 *
 * @example
 * ```ts
 * import type { EventDrivenIndicator } from 'erasmus-kit';
 * const publicity: EventDrivenIndicator = {
 *   id: '3.2.1',
 *   label: 'Number of publicities',
 *   kind: 'event-driven',
 *   event: 'international internship/competition',
 *   extraPerYear: 1,
 *   targets: { 2016: 1, 2017: 1 },
 * };
 * ```
 */
export interface EventDrivenIndicator extends IndicatorBase {
  /** The triggering event, in words. */
  readonly event: string;
  /** Discriminant. */
  readonly kind: 'event-driven';
  /** Responses due per event, by year. */
  readonly targets: YearTargets<number>;
  /** Responses due each year regardless of events ("and annual event"; 0 when absent). */
  readonly extraPerYear?: number | undefined;
}

/**
 * A qualitative milestone: done (with evidence) or not, in the years listed in `milestones`.
 *
 * @example
 * ```ts
 * import type { MilestoneIndicator } from 'erasmus-kit';
 * const conference: MilestoneIndicator = {
 *   id: 'conf',
 *   label: 'Host the AEHT conference',
 *   kind: 'milestone',
 *   milestones: { 2020: 'AEHT conference in LT' },
 * };
 * ```
 */
export interface MilestoneIndicator extends IndicatorBase {
  /** Discriminant. */
  readonly kind: 'milestone';
  /** The milestones by year (at least one). */
  readonly milestones: YearTargets<string>;
}

/**
 * Any indicator, discriminated by `kind`.
 *
 * @example
 * ```ts
 * import type { Indicator } from 'erasmus-kit';
 * const indicator: Indicator = {
 *   id: '1.1.2',
 *   label: 'Number of new signed contracts',
 *   kind: 'numeric',
 *   direction: 'at-least',
 *   aggregation: 'annual',
 *   targets: { 2016: 1, 2017: 2, 2018: 2, 2019: 3, 2020: 3 },
 * };
 * ```
 */
export type Indicator =
  | NumericIndicator
  | PercentageIndicator
  | FrequencyIndicator
  | LimitIndicator
  | PerUnitIndicator
  | EventDrivenIndicator
  | MilestoneIndicator;
