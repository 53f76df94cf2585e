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
 *   calculation: { form: 'monthly', fullMonths: 3, extraDays: 15, monthlyRate: '550.00' },
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
  /**
   * What `basis` says, as data a program (or a report in another language) can read: the months,
   * days and rates, the distance and band, the real cost. Every line `calculateGrant` makes has
   * it; it is optional so that results stored before it existed still type-check.
   */
  readonly calculation?: LineCalculation;
}

/**
 * A grant line's calculation as data, one form per way of computing a line (see
 * {@link GrantLine.calculation}):
 * - `monthly`: full 30-day months and extra days at a monthly rate;
 * - `daily`: days at a daily rate, then days at a reduced rate, possibly capped;
 * - `travel`: the band of a one-way distance, or exceptional costs against a real cost;
 * - `one-off`: a fixed amount.
 *
 * @example
 * ```ts
 * import type { LineCalculation } from 'erasmus-kit';
 * const calculation: LineCalculation = {
 *   form: 'monthly',
 *   fullMonths: 4,
 *   extraDays: 14,
 *   monthlyRate: '800.00',
 * };
 * ```
 */
export type LineCalculation =
  | MonthlyLineCalculation
  | DailyLineCalculation
  | TravelLineCalculation
  | OneOffLineCalculation;

/**
 * `fullMonths × monthlyRate + extraDays × monthlyRate / 30`: long-term students and their monthly
 * top-ups, as the Beneficiary Module counts months and days.
 *
 * @example
 * ```ts
 * import type { MonthlyLineCalculation } from 'erasmus-kit';
 * const calculation: MonthlyLineCalculation = {
 *   form: 'monthly',
 *   fullMonths: 3,
 *   extraDays: 15,
 *   monthlyRate: '550.00',
 * };
 * ```
 */
export interface MonthlyLineCalculation {
  /** The form of the calculation. */
  readonly form: 'monthly';
  /** Full 30-day months. */
  readonly fullMonths: number;
  /** Days beyond the full months (0–29), each paid a thirtieth of the monthly rate. */
  readonly extraDays: number;
  /** The monthly rate in EUR. */
  readonly monthlyRate: MoneyString;
}

/**
 * `days × dailyRate`, then `reduced.days` at `reduced.rate` from day `reduced.fromDay`, with
 * `unfundedDays` not paid, the whole `cap`ped where a cap applied: staff, short-term students,
 * VET, school and adult participants (70 % from day 15), and course fees (at most 10 days).
 *
 * @example
 * ```ts
 * import type { DailyLineCalculation } from 'erasmus-kit';
 * const calculation: DailyLineCalculation = {
 *   form: 'daily',
 *   days: 14,
 *   dailyRate: '64.00',
 *   reduced: { days: 105, rate: '44.80', fromDay: 15, share: 0.7 },
 *   unfundedDays: 0,
 *   cap: null,
 * };
 * ```
 */
export interface DailyLineCalculation {
  /** The form of the calculation. */
  readonly form: 'daily';
  /** The days paid at `dailyRate`. */
  readonly days: number;
  /** The daily rate in EUR. */
  readonly dailyRate: MoneyString;
  /** The days paid at a lower rate, `null` when no day is. */
  readonly reduced: {
    /** How many days. */
    readonly days: number;
    /** Their daily rate in EUR, exact (`"44.80"`; more places where the share gives them, `"103.615"`). */
    readonly rate: string;
    /** The first day paid at this rate. */
    readonly fromDay: number;
    /** The share of `dailyRate` it pays (`0.7`), `null` when it is a rate of its own. */
    readonly share: number | null;
  } | null;
  /** Days of the activity that are not paid (beyond a limit of days). */
  readonly unfundedDays: number;
  /** The most the line pays, in EUR, when that limit lowered the amount; otherwise `null`. */
  readonly cap: MoneyString | null;
}

/**
 * The travel of a return trip: the band a one-way distance falls in (`travel` lines), and, when a
 * real cost was declared, what the band covers of it — exceptional costs
 * (`exceptional-travel` lines) pay `realCost.reimbursedShare` of the real cost when the band
 * covers less than `realCost.threshold` of it.
 *
 * @example
 * ```ts
 * import type { TravelLineCalculation } from 'erasmus-kit';
 * const calculation: TravelLineCalculation = {
 *   form: 'travel',
 *   distanceKm: 290,
 *   band: { fromKm: 100, belowKm: 500 },
 *   green: false,
 *   realCost: null,
 * };
 * ```
 */
export interface TravelLineCalculation {
  /** The form of the calculation. */
  readonly form: 'travel';
  /** The one-way distance in km (computed from coordinates when no distance was given). */
  readonly distanceKm: number;
  /** The band, `null` below the first band (no travel grant). */
  readonly band: {
    /** Lower bound in km, inclusive. */
    readonly fromKm: number;
    /** Upper bound in km, exclusive; `null` for the last band. */
    readonly belowKm: number | null;
  } | null;
  /** Whether the band's green amount was paid. */
  readonly green: boolean;
  /** The real cost declared and what the band covers of it; `null` when none was declared. */
  readonly realCost: {
    /** The real cost in EUR. */
    readonly amount: MoneyString;
    /** The band's amount in EUR. */
    readonly bandAmount: MoneyString;
    /** The share of the real cost the band covers (4 places), `null` for a real cost of 0. */
    readonly coveredShare: number | null;
    /** Below this share the band is replaced by exceptional costs (`0.7`). */
    readonly threshold: number;
    /** The share of the real cost exceptional costs pay (`0.8`). */
    readonly reimbursedShare: number;
  } | null;
}

/**
 * A fixed amount paid once: the top-up of short-term students with fewer opportunities (by the
 * days of the physical activity) or the green-travel top-up.
 *
 * @example
 * ```ts
 * import type { OneOffLineCalculation } from 'erasmus-kit';
 * const calculation: OneOffLineCalculation = { form: 'one-off', amount: '100.00', physicalDays: 10 };
 * ```
 */
export interface OneOffLineCalculation {
  /** The form of the calculation. */
  readonly form: 'one-off';
  /** The amount in EUR. */
  readonly amount: MoneyString;
  /** The days of the physical activity the amount depends on, `null` when it does not. */
  readonly physicalDays: number | null;
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
 * - `published-rate-differs`: a published reduced daily rate differs from the exact 70 %;
 * - `rate-sheet-minima`: the rate sheet's amounts used are national minima; a university may pay
 *   more;
 * - `rate-sheet-national-money`: the rate sheet's amounts used include national money, so they are
 *   not the EU unit costs the Beneficiary Module stores;
 * - `rate-outside-range`: a rate-sheet value used lies beyond a range bound that is not confirmed;
 * - `rate-sheet-call-year`: a rate-sheet value used is filed under its call year with medium or
 *   low confidence (its source gives an academic year, or no year).
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
  | 'published-rate-differs'
  | 'rate-sheet-minima'
  | 'rate-sheet-national-money'
  | 'rate-outside-range'
  | 'rate-sheet-call-year';

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
  /**
   * The paths of the figures concerned, where the warning is about figures: rule-pack paths, or
   * `rateSheet.…` for a rate sheet's values.
   */
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
