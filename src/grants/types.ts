/**
 * The public shapes of grant results: lines, warnings, the result of `calculateGrant`.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import type { MoneyString, RoundingPolicy } from '../_lib/money.js';
import type { FigureUsed } from '../_lib/provenance.js';
import type { Duration } from '../mobility/computeDuration.js';
import type { EligibilityResult } from '../mobility/eligibility/types.js';

/**
 * What a grant line pays for:
 * - `individual-support`: the monthly or daily unit cost for the funded days (travel days included);
 * - `fewer-opportunities-top-up`: monthly (long-term students) or one-off (short-term students);
 * - `traineeship-top-up`: monthly, long-term traineeships within Europe;
 * - `green-travel-top-up`: the one-off top-up of calls 2021–2023 for students without travel support;
 * - `travel`: the distance-band unit cost (standard or green), return trip;
 * - `exceptional-travel`: 80 % of the real cost of expensive travel, replacing `travel`;
 * - `course-fees`: course fees of VET/school/adult staff on courses.
 *
 * @example
 * ```ts
 * import type { GrantLineKind } from 'erasmus-kit';
 * const kind: GrantLineKind = 'traineeship-top-up';
 * ```
 */
export type GrantLineKind =
  | 'individual-support'
  | 'fewer-opportunities-top-up'
  | 'traineeship-top-up'
  | 'green-travel-top-up'
  | 'travel'
  | 'exceptional-travel'
  | 'course-fees';

/**
 * The unit a line's `quantity` counts: 30-day `month`s (long-term students; a fraction such as
 * `3.5` means 3 months and 15 days), `day`s, a return `trip`, a `one-off` amount.
 *
 * @example
 * ```ts
 * import type { GrantUnit } from 'erasmus-kit';
 * const unit: GrantUnit = 'month';
 * ```
 */
export type GrantUnit = 'month' | 'day' | 'trip' | 'one-off';

/**
 * One line of a grant: what it pays, how much, and why.
 *
 * `amount` is the line's money; `quantity × unitAmount` equals it for flat lines, while tiered
 * lines (70 % from day 15, two short-term day rates) spell each tier out in `basis`.
 *
 * @example
 * ```ts
 * import type { GrantLine } from 'erasmus-kit';
 * const line: GrantLine = {
 *   kind: 'individual-support',
 *   quantity: 3.5,
 *   unit: 'month',
 *   unitAmount: '550.00',
 *   amount: '1925.00',
 *   basis: '3 months × €550.00 + 15 days × €550.00/30',
 *   rule: 'Long-term student mobility: full 30-day months × monthly rate + extra days × rate/30.',
 *   figures: [],
 * };
 * ```
 */
export interface GrantLine {
  /** What the line pays for. */
  readonly kind: GrantLineKind;
  /** How many units (months may be fractional: 15 extra days = 0.5 month). */
  readonly quantity: number;
  /** What `quantity` counts. */
  readonly unit: GrantUnit;
  /** The rate per unit (for tiered lines, the first tier's rate). */
  readonly unitAmount: MoneyString;
  /** The line's amount in EUR, two places. */
  readonly amount: MoneyString;
  /** The computation in words, e.g. `"4 months × €750.00 + 10 days × €25.00"`. */
  readonly basis: string;
  /** The rule applied, with any assumption made where the sources are silent. */
  readonly rule: string;
  /** The rule-pack (or rate-sheet) figures the line used, each with its status. */
  readonly figures: readonly FigureUsed[];
}

/**
 * A stable code for a grant warning:
 * - `reference-values`: no rate sheet (or one of another call year) was given, Programme Guide
 *   reference values were used;
 * - `provisional-figure`: a figure used is not `confirmed`;
 * - `assumption`: the sources are silent and the calculation made a stated assumption;
 * - `ineligible`: the mobility is not eligible, so the grant is 0;
 * - `zero-grant`: a zero-grant mobility, so the grant is 0;
 * - `distance-estimated`: the distance was computed from coordinates, not the EC calculator;
 * - `green-not-available`: green travel was declared but the band has no green amount;
 * - `published-rate-differs`: a published reduced daily rate differs from the exact 70 %.
 *
 * A line left out for want of a figure or of an input is not a warning: it is a
 * {@link MissingPart} of the result, which is then not `complete`.
 *
 * @example
 * ```ts
 * import type { GrantWarningCode } from 'erasmus-kit';
 * const code: GrantWarningCode = 'reference-values';
 * ```
 */
export type GrantWarningCode =
  | 'reference-values'
  | 'provisional-figure'
  | 'assumption'
  | 'ineligible'
  | 'zero-grant'
  | 'distance-estimated'
  | 'green-not-available'
  | 'published-rate-differs';

/**
 * Something the reader of a grant result must know.
 *
 * @example
 * ```ts
 * import type { GrantWarning } from 'erasmus-kit';
 * const warning: GrantWarning = {
 *   code: 'reference-values',
 *   message: 'No rate sheet was given: the Programme Guide reference values were used.',
 * };
 * ```
 */
export interface GrantWarning {
  /** A stable, machine-readable code. */
  readonly code: GrantWarningCode;
  /** The explanation, in English. */
  readonly message: string;
  /** The rule-pack paths of the figures concerned, where the warning is about figures. */
  readonly paths?: readonly string[];
}

/**
 * Why a line a result should contain is missing from it:
 * - `figure-missing`: the rule pack has no figure for it (none was found in the published
 *   sources), so no amount is invented;
 * - `distance-missing`: the mobility gives neither `travel.distanceKm` nor `travel.from` and
 *   `travel.to`, so the travel band cannot be chosen.
 *
 * @example
 * ```ts
 * import type { MissingReason } from 'erasmus-kit';
 * const reason: MissingReason = 'distance-missing';
 * ```
 */
export type MissingReason = 'figure-missing' | 'distance-missing';

/**
 * A line that a result should contain but does not: the total leaves it out, so the result is
 * not `complete`. `Kind` is the kind of line: a {@link GrantLineKind} in a grant result, a
 * `BudgetLineKind` in a project budget's `missing`.
 *
 * @example
 * ```ts
 * import type { MissingPart } from 'erasmus-kit';
 * const part: MissingPart = {
 *   kind: 'travel',
 *   reason: 'distance-missing',
 *   message:
 *     'Travel support is missing: no travel distance or coordinates were given (travel.distanceKm, or travel.from and travel.to).',
 *   paths: [],
 * };
 * ```
 */
export interface MissingPart<Kind extends string = GrantLineKind> {
  /** The kind of line that is missing. */
  readonly kind: Kind;
  /** Why it is missing, as a stable code. */
  readonly reason: MissingReason;
  /** The explanation, in English: what is missing, why, and what would complete it. */
  readonly message: string;
  /** The rule-pack paths of the figures that were not found (empty for a missing input). */
  readonly paths: readonly string[];
}

/**
 * The result of `calculateGrant`: the total, every line that makes it up, the duration and the
 * eligibility verdict it rests on, the call year's rules and every warning.
 *
 * The total is the exact sum of the line amounts under the default `'per-line'` rounding; with
 * `'total-only'` the lines keep full precision until the total is rounded.
 *
 * A result is `complete` when it has every line the mobility is entitled to. When a line is
 * missing — a figure the sources do not give, a travel distance the input does not give — the
 * total is only part of the grant: `complete` is `false` and `missing` names each missing line.
 * An ineligible or zero-grant result is complete (`"0.00"` is the real answer).
 *
 * @example
 * ```ts
 * import { calculateGrant, type GrantResult } from 'erasmus-kit';
 * const result: GrantResult = calculateGrant({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-teaching',
 *   sendingCountry: 'PL',
 *   receivingCountry: 'PT',
 *   startDate: '2024-05-06',
 *   endDate: '2024-05-10',
 *   travel: { distanceKm: 2750 },
 * });
 * // 5 days × €170.00 (group 2 reference) + €395.00 travel (2000–2999 km)
 * result.total; // '1245.00'
 * result.complete; // true
 * ```
 */
export interface GrantResult {
  /**
   * The grant in EUR, two places; `"0.00"` for an ineligible or zero-grant mobility. When the
   * result is not `complete`, only the sum of the lines that could be computed.
   */
  readonly total: MoneyString;
  /** Always EUR. */
  readonly currency: 'EUR';
  /** `true` when no line is missing: `complete === (missing.length === 0)`. */
  readonly complete: boolean;
  /** The lines the total leaves out, and why; empty for a complete result. */
  readonly missing: readonly MissingPart[];
  /** The lines that make up the total. */
  readonly lines: readonly GrantLine[];
  /** The duration as the Beneficiary Module counts it. */
  readonly duration: Duration;
  /** The eligibility verdict; an ineligible mobility gets a total of `"0.00"`, not an error. */
  readonly eligibility: EligibilityResult;
  /** The rules applied. */
  readonly rules: {
    /** The call year whose rule pack was used. */
    readonly callYear: CallYear;
    /** `true` when any figure the result used is not `confirmed`. */
    readonly provisional: boolean;
    /** Whether an NA rate sheet (`'rate-sheet'`) or the Programme Guide reference values were used. */
    readonly rates: 'rate-sheet' | 'reference';
    /** The rounding policy applied. */
    readonly rounding: RoundingPolicy;
  };
  /** Everything the reader must know: reference values, provisional figures, assumptions. */
  readonly warnings: readonly GrantWarning[];
}
