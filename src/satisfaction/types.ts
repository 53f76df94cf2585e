/**
 * Options of `wilsonInterval`.
 *
 * @example
 * ```ts
 * import type { WilsonIntervalOptions } from 'erasmus-kit';
 * const options: WilsonIntervalOptions = { confidence: 0.9, continuityCorrection: true };
 * ```
 */
export interface WilsonIntervalOptions {
  /**
   * The two-sided confidence level, strictly between 0 and 1: `0.95` (the default) or `"95%"`.
   * Any level works; the normal quantile is computed, not looked up.
   */
  readonly confidence?: number | `${number}%`;
  /** Apply Newcombe's continuity correction (a slightly wider, more conservative interval). Default `false`. */
  readonly continuityCorrection?: boolean;
}

/**
 * A Wilson score interval. Its bounds are shares: numbers in [0, 1] rounded half up to four
 * places (see docs/satisfaction.md, "Rounding").
 *
 * @example
 * ```ts
 * import { type WilsonInterval, wilsonInterval } from 'erasmus-kit';
 * const interval: WilsonInterval = wilsonInterval(18, 20);
 * interval.lower; // 0.699
 * ```
 */
export interface WilsonInterval {
  /** The lower bound, e.g. `0.699`. Exactly `0` when there are no successes. */
  readonly lower: number;
  /** The upper bound, e.g. `0.9721`. Exactly `1` when every trial is a success. */
  readonly upper: number;
  /** The two-sided confidence level used, as a number (e.g. `0.95`). */
  readonly confidence: number;
  /** Whether the continuity correction was applied. */
  readonly continuityCorrection: boolean;
}

/**
 * Survey results as counts: how many respondents were satisfied, how many answered and, when
 * known, how many were invited (for the response rate).
 *
 * @example
 * ```ts
 * import type { SatisfactionCounts } from 'erasmus-kit';
 * const survey: SatisfactionCounts = { satisfied: 18, responses: 20, invited: 30 };
 * ```
 */
export interface SatisfactionCounts {
  /** Respondents counted as satisfied: a whole number, at most `responses`. */
  readonly satisfied: number;
  /** Respondents: a whole number ≥ 0. */
  readonly responses: number;
  /** People invited to answer: a whole number ≥ 1 and ≥ `responses`. Optional. */
  readonly invited?: number;
}

/**
 * Survey results as raw answers: one score per respondent on a 1–N scale. Who counts as
 * satisfied is decided by `satisfiedFrom` in the options (default: the top two points).
 *
 * @example
 * ```ts
 * import type { SatisfactionAnswers } from 'erasmus-kit';
 * const survey: SatisfactionAnswers = { answers: [5, 4, 4, 3, 5, 2], scale: 5 };
 * ```
 */
export interface SatisfactionAnswers {
  /** One score per respondent, each a whole number from 1 to `scale`. */
  readonly answers: readonly number[];
  /** The number of points N of the 1–N scale (2–100). Default 5. */
  readonly scale?: number;
  /** People invited to answer: a whole number ≥ 1 and ≥ the number of answers. Optional. */
  readonly invited?: number;
}

/**
 * Survey results as Likert counts: how many respondents chose each point of a 1–N scale, as an
 * array (index 0 is point 1; its length is the scale) or as an object keyed by point (missing
 * points count 0; the scale is `scale`, default 5).
 *
 * @example
 * ```ts
 * import type { SatisfactionLikert } from 'erasmus-kit';
 * const asArray: SatisfactionLikert = { likert: [0, 1, 1, 8, 10] };
 * const asObject: SatisfactionLikert = { likert: { 3: 1, 4: 8, 5: 10 }, scale: 5 };
 * ```
 */
export interface SatisfactionLikert {
  /** Counts per point of the scale: an array (point 1 first) or an object `{ 1: n1, 2: n2, … }`. */
  readonly likert: readonly number[] | Readonly<Record<number, number>>;
  /** The number of points N (2–100). Must equal the array's length; default 5 for an object. */
  readonly scale?: number;
  /** People invited to answer: a whole number ≥ 1 and ≥ the number of responses. Optional. */
  readonly invited?: number;
}

/**
 * Survey results in any of the three accepted forms.
 *
 * @example
 * ```ts
 * import type { SatisfactionInput } from 'erasmus-kit';
 * const surveys: SatisfactionInput[] = [
 *   { satisfied: 18, responses: 20 },
 *   { answers: [5, 4, 3] },
 *   { likert: [0, 0, 1, 2, 3] },
 * ];
 * ```
 */
export type SatisfactionInput = SatisfactionCounts | SatisfactionAnswers | SatisfactionLikert;

/**
 * A share given as a number in [0, 1] (`0.85`) or as a percentage string (`"85%"`).
 *
 * @example
 * ```ts
 * import type { ShareInput } from 'erasmus-kit';
 * const a: ShareInput = 0.85;
 * const b: ShareInput = '85%';
 * ```
 */
export type ShareInput = number | `${number}%`;

/**
 * A satisfaction threshold: a bare share or percentage means "at least"; `{ atMost }` is for
 * shares that must stay low (complaints, dropouts).
 *
 * @example
 * ```ts
 * import type { SatisfactionThreshold } from 'erasmus-kit';
 * const thresholds: SatisfactionThreshold[] = [0.85, '85%', { atLeast: 0.85 }, { atMost: 0.1 }];
 * ```
 */
export type SatisfactionThreshold =
  | ShareInput
  | {
      /** The share must be at least this. */
      readonly atLeast: ShareInput;
    }
  | {
      /** The share must be at most this. */
      readonly atMost: ShareInput;
    };

/**
 * Options of `evaluateSatisfaction` (and of `evaluateSatisfactionSchedule`, for every year).
 *
 * @example
 * ```ts
 * import type { EvaluateSatisfactionOptions } from 'erasmus-kit';
 * const options: EvaluateSatisfactionOptions = { confidence: 0.9, minResponses: 5, satisfiedFrom: 4 };
 * ```
 */
export interface EvaluateSatisfactionOptions {
  /** The two-sided confidence level of the interval, in (0, 1): `0.95` (default) or `"95%"`. */
  readonly confidence?: number | `${number}%`;
  /** Use the continuity-corrected Wilson interval (wider, more conservative). Default `false`. */
  readonly continuityCorrection?: boolean;
  /** Fewer responses than this give `insufficient-data`. A whole number ≥ 1; default 10. */
  readonly minResponses?: number;
  /** A response rate (responses ÷ invited) below this gives `insufficient-data`; needs `invited`. */
  readonly minResponseRate?: ShareInput;
  /**
   * For answers and Likert counts: the lowest point counted as satisfied. Default: the top two
   * points (4 on a 1–5 scale; the top point on a 2-point scale). Ignored for counts.
   */
  readonly satisfiedFrom?: number;
  /** The word after the share in the explanation. Default `"satisfied"` (say `"complaining"` for complaints). */
  readonly label?: string;
}

/**
 * The honest verdict on a threshold:
 * - `met`: the whole interval is on the right side (for "at least", its lower bound reaches the
 *   threshold; for "at most", its upper bound does not exceed it);
 * - `not-met`: the whole interval is on the wrong side;
 * - `inconclusive`: the threshold lies inside the interval;
 * - `insufficient-data`: too few responses (below `minResponses`) or a response rate below
 *   `minResponseRate`.
 *
 * @example
 * ```ts
 * import type { SatisfactionVerdict } from 'erasmus-kit';
 * const verdict: SatisfactionVerdict = 'inconclusive';
 * ```
 */
export type SatisfactionVerdict = 'met' | 'not-met' | 'inconclusive' | 'insufficient-data';

/**
 * A threshold as the result reports it.
 *
 * @example
 * ```ts
 * import type { SatisfactionTarget } from 'erasmus-kit';
 * const target: SatisfactionTarget = { direction: 'at-least', value: 0.85 };
 * ```
 */
export interface SatisfactionTarget {
  /** `at-least` for "not less than 85%", `at-most` for "no more than 10%". */
  readonly direction: 'at-least' | 'at-most';
  /** The threshold as a share rounded to four places, e.g. `0.85`. */
  readonly value: number;
}

/**
 * Why a result is `insufficient-data`.
 *
 * @example
 * ```ts
 * import type { InsufficientDataReason } from 'erasmus-kit';
 * const reason: InsufficientDataReason = 'too-few-responses';
 * ```
 */
export type InsufficientDataReason = 'too-few-responses' | 'response-rate-too-low';

/**
 * The result of `evaluateSatisfaction`.
 *
 * @example
 * ```ts
 * import { type SatisfactionResult, evaluateSatisfaction } from 'erasmus-kit';
 * const result: SatisfactionResult = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%');
 * result.verdict; // 'inconclusive'
 * result.pointVerdict; // 'met'
 * ```
 */
export interface SatisfactionResult {
  /** The observed share satisfied ÷ responses, rounded to four places (`0.9`); `null` with no responses. */
  readonly share: number | null;
  /** The Wilson interval around the share; `null` with no responses. */
  readonly interval: WilsonInterval | null;
  /**
   * The naive verdict comparing the share alone with the threshold (`met` if 18 of 20 = 90% ≥
   * 85%); `null` with no responses. Shown for contrast: judge by `verdict`.
   */
  readonly pointVerdict: 'met' | 'not-met' | null;
  /** The honest verdict, from the interval (see {@link SatisfactionVerdict}). */
  readonly verdict: SatisfactionVerdict;
  /** Present when `verdict` is `insufficient-data`: the gate that failed first. */
  readonly insufficientData?: InsufficientDataReason;
  /** Respondents counted as satisfied (after applying `satisfiedFrom` to answers or Likert counts). */
  readonly satisfied: number;
  /** Respondents. */
  readonly responses: number;
  /** People invited, when given. */
  readonly invited?: number;
  /** responses ÷ invited, rounded to four places (`0.6667`), when `invited` was given. */
  readonly responseRate?: number;
  /** The threshold judged against. */
  readonly target: SatisfactionTarget;
  /**
   * One English sentence: `"90.0% satisfied (18 of 20; 95% interval 69.9%–97.2%): inconclusive
   * against the target of at least 85%"`. Percentages are rounded half up to one decimal from the
   * unrounded values.
   */
  readonly explanation: string;
}
