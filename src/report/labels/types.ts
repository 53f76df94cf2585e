import type { GrantLineKind, MissingReason } from '../../grants/types.js';
import type { OverallStatus, YearStatus } from '../../indicators/evaluationTypes.js';
import type { IndicatorKind } from '../../indicators/indicatorTypes.js';
import type { ReasonCode, ReconcileField, ReconcileStatus } from '../../reconcile/types.js';
import type { SatisfactionVerdict } from '../../satisfaction/types.js';

/**
 * The locales the report labels exist in: the languages of the seed institutions (English,
 * Serbian in Cyrillic and Latin script, Croatian, Lithuanian).
 *
 * @example
 * ```ts
 * import type { ReportLocale } from 'erasmus-kit';
 * const locale: ReportLocale = 'sr-Latn';
 * ```
 */
export type ReportLocale = 'en' | 'sr-Cyrl' | 'sr-Latn' | 'hr' | 'lt';

/**
 * The forms of a counted word for each `Intl.PluralRules` category. Every category is present
 * in every locale (English uses `other` for `few` and `many`), so a table is complete by type.
 *
 * @example
 * ```ts
 * import type { PluralForms } from 'erasmus-kit';
 * const days: PluralForms = { zero: 'dienų', one: 'diena', two: 'dienos', few: 'dienos', many: 'dienos', other: 'dienų' };
 * ```
 */
export interface PluralForms {
  /** The `zero` category (not used by the five locales; kept for completeness). */
  readonly zero: string;
  /** The `one` category: 1 (and 21, 31 … in Serbian, Croatian and Lithuanian). */
  readonly one: string;
  /** The `two` category (not used by the five locales; kept for completeness). */
  readonly two: string;
  /** The `few` category: 2–4 in Serbian and Croatian, 2–9 in Lithuanian. */
  readonly few: string;
  /** The `many` category: fractions in Lithuanian. */
  readonly many: string;
  /** Everything else. */
  readonly other: string;
}

/**
 * Every word and sentence the reports print, for one locale. Templates hold `{name}`
 * placeholders that the renderers fill. One shared type for all locales, so a missing key is a
 * type error.
 *
 * @example
 * ```ts
 * import { type ReportLabels, reportLabels } from 'erasmus-kit';
 * const hr: ReportLabels = reportLabels.hr;
 * hr.yearStatus.met; // 'ispunjeno'
 * ```
 */
export interface ReportLabels {
  /** The status of one year of an indicator. */
  readonly yearStatus: Readonly<Record<YearStatus, string>>;
  /** The overall status of an indicator or a roll-up. */
  readonly overallStatus: Readonly<Record<OverallStatus, string>>;
  /** The verdict of a satisfaction survey against its threshold. */
  readonly verdict: Readonly<Record<SatisfactionVerdict, string>>;
  /** The kinds of indicator. */
  readonly indicatorKind: Readonly<Record<IndicatorKind, string>>;
  /** The kinds of grant line. */
  readonly grantLineKind: Readonly<Record<GrantLineKind, string>>;
  /** Why a grant line is missing, said after the line's kind. */
  readonly missingReason: Readonly<Record<MissingReason, string>>;
  /** Counted words. */
  readonly units: {
    /** Months. */
    readonly month: PluralForms;
    /** Days. */
    readonly day: PluralForms;
    /** Trips. */
    readonly trip: PluralForms;
    /** Indicators. */
    readonly indicator: PluralForms;
  };
  /** The words and sentence templates of the reports. */
  readonly text: {
    /** The title of a plan report. */
    readonly planReportTitle: string;
    /** The evaluation date line: `{date}`. */
    readonly asOf: string;
    /** The plan period: `{from}`, `{to}`. */
    readonly period: string;
    /** The heading of the summary. */
    readonly summary: string;
    /** "Overall status". */
    readonly overallStatus: string;
    /** "Indicators" (a column or heading). */
    readonly indicators: string;
    /** "Years met" (a column). */
    readonly yearsMet: string;
    /** `{part}` of `{whole}`. */
    readonly partOfWhole: string;
    /** "Weighted score" (a column). */
    readonly score: string;
    /** "Goal" followed by its number. */
    readonly goal: string;
    /** "Objective" followed by its number. */
    readonly objective: string;
    /** "Action" followed by its number. */
    readonly action: string;
    /** "Indicator" followed by its number. */
    readonly indicator: string;
    /** "Goals" (a heading). */
    readonly goals: string;
    /** "Objectives" (a heading). */
    readonly objectives: string;
    /** "Year" (a column and the chart's x axis). */
    readonly year: string;
    /** "Target" (a column and a chart legend entry). */
    readonly target: string;
    /** "Actual" (a column and a chart legend entry). */
    readonly actual: string;
    /** "Status" (a column). */
    readonly status: string;
    /** "Achievement" (a column: the achievement ratio). */
    readonly achievement: string;
    /** "Kind" (of indicator). */
    readonly kind: string;
    /** The forecast sentence: `{year}`, `{value}`, `{target}`, `{status}` (met or not). */
    readonly forecast: string;
    /** Said of a forecast that reaches its target. */
    readonly forecastMeets: string;
    /** Said of a forecast that falls short of its target. */
    readonly forecastMisses: string;
    /** When there is no forecast. */
    readonly forecastNone: string;
    /** After the forecast: a year in progress used as a floor: `{year}`, `{value}` (so far). */
    readonly forecastFloor: string;
    /** After the forecast: the final year in progress used as the estimate: `{year}`, `{value}`. */
    readonly forecastEstimate: string;
    /** After the forecast: a year in progress left out of the trend: `{year}`, `{value}`. */
    readonly forecastLeftOut: string;
    /** A satisfaction survey sentence: `{share}`, `{satisfied}`, `{responses}`, `{level}`, `{lower}`, `{upper}`, `{verdict}`, `{target}`. */
    readonly satisfaction: string;
    /** "Satisfaction surveys" (a heading). */
    readonly satisfactionHeading: string;
    /** "Indicator-years by status" (a heading). */
    readonly yearStatusCounts: string;
    /** "Indicators by status" (a heading). */
    readonly indicatorStatusCounts: string;
    /** "Count" (a column). */
    readonly count: string;
    /** "Warnings" (a heading). */
    readonly warnings: string;
    /** A title a plan does not give. */
    readonly untitled: string;
    /** A note that titles and names are quoted from the plan. */
    readonly quotedNote: string;
    /** "at least `{value}`". */
    readonly atLeast: string;
    /** "at most `{value}`". */
    readonly atMost: string;
    /** "`{min}` to `{max}`". */
    readonly between: string;
    /** "exactly `{value}`". */
    readonly exactly: string;
    /** "per unit": appended to a per-unit target. */
    readonly perUnit: string;
    /** "Milestone: `{text}`". */
    readonly milestone: string;
    /** "done" (a milestone reached). */
    readonly done: string;
    /** "not done". */
    readonly notDone: string;
    /** The chart's title: `{id}`, `{label}`. */
    readonly chartTitle: string;
    /** The chart's description: `{kind}`, `{status}`. */
    readonly chartDesc: string;
    /** One year in the chart's description: `{year}`, `{target}`, `{actual}`, `{status}`. */
    readonly chartYear: string;
    /** The chart's y axis for counts. */
    readonly axisValue: string;
    /** The chart's y axis for shares. */
    readonly axisShare: string;
    /** The legend entry of the confidence interval: `{level}`. */
    readonly legendInterval: string;
    /** A missing value. */
    readonly none: string;
    /** "Chart" (an image caption prefix). */
    readonly chart: string;
    /** "Plan at a glance": the heading and title of the chart of every indicator × year. */
    readonly glance: string;
    /** The description of that chart: `{counts}` (each year status with its count). */
    readonly glanceDesc: string;
    /** The heading of that chart's text alternative, a table per goal. */
    readonly glanceTable: string;
    /** The title of a grant statement. */
    readonly grantTitle: string;
    /** The grant statement's first line: `{callYear}`. */
    readonly grantCallYear: string;
    /** "Item" (a column). */
    readonly item: string;
    /** "Calculation" (a column). */
    readonly calculation: string;
    /** "Amount" (a column). */
    readonly amount: string;
    /** "Total". */
    readonly total: string;
    /** The total of an incomplete grant. */
    readonly totalIncomplete: string;
    /** The heading that marks an incomplete grant ("Incomplete: …"). */
    readonly incomplete: string;
    /** What an incomplete grant leaves out: `{parts}`. */
    readonly incompleteParts: string;
    /** "Duration" (a heading): `{days}` funded days, `{months}`, `{extra}`. */
    readonly duration: string;
    /** "including `{days}` of travel". */
    readonly travelIncluded: string;
    /** The travel calculation: `{km}`, `{band}`. */
    readonly travelBasis: string;
    /** The green travel calculation: `{km}`, `{band}`. */
    readonly greenTravelBasis: string;
    /** A distance below the first band: `{km}`. */
    readonly travelNoBand: string;
    /** A distance band: `{from}`–`{to}` km. */
    readonly bandRange: string;
    /** The last distance band: `{from}` km or more. */
    readonly bandFrom: string;
    /** What the band covers of a declared real cost, not enough for exceptional costs: `{amount}`, `{covered}`, `{cost}`. */
    readonly bandCovers: string;
    /** Exceptional travel costs: `{share}`, `{cost}`, `{km}`, `{band}`, `{amount}`, `{covered}`, `{threshold}`. */
    readonly exceptionalTravel: string;
    /** A reduced daily rate: `{share}` of the rate from day `{day}`. */
    readonly reducedFrom: string;
    /** A lower daily rate from day `{day}`. */
    readonly fromDay: string;
    /** `{days}` that are not paid. */
    readonly unfunded: string;
    /** A line's amount capped at `{amount}`. */
    readonly capped: string;
    /** A one-off amount by the length of the physical activity: `{days}`, `{amount}`. */
    readonly oneOffDays: string;
    /** The one-off green travel top-up: `{amount}`. */
    readonly oneOffGreen: string;
    /** "and" between months and days. */
    readonly and: string;
    /** A one-off amount. */
    readonly oneOff: string;
    /** "Eligible". */
    readonly eligible: string;
    /** "Not eligible". */
    readonly notEligible: string;
    /** Which rates were used: Programme Guide reference values. */
    readonly referenceRates: string;
    /** Which rates were used: a National Agency rate sheet. */
    readonly rateSheetRates: string;
    /** Some figures used are not confirmed. */
    readonly provisional: string;
    /** "Rules applied" (a heading). */
    readonly rules: string;
    /** A note that rule texts and warnings are in English. */
    readonly englishNote: string;
  };
  /** The words of a reconciliation report (`renderReconciliationReport`). */
  readonly reconcile: {
    /** The report's title. */
    readonly title: string;
    /** The status of a record. */
    readonly status: Readonly<Record<ReconcileStatus, string>>;
    /** The compared fields. */
    readonly field: Readonly<Record<ReconcileField, string>>;
    /** The kinds of reason, said before the reason's English explanation. */
    readonly reason: Readonly<Record<ReasonCode, string>>;
    /** "Record" (a column). */
    readonly record: string;
    /** "Field" (a column). */
    readonly fieldColumn: string;
    /** "Stored" (a column). */
    readonly stored: string;
    /** "Recomputed" (a column). */
    readonly recomputed: string;
    /** "Difference" (a column). */
    readonly difference: string;
    /** The totals sentence: `{count}` records, `{stored}`, `{recomputed}`, `{net}`. */
    readonly totals: string;
    /** "Records that differ most" (a heading). */
    readonly largest: string;
    /** "Records with differences" (a heading). */
    readonly differing: string;
    /** "Other records" (a heading). */
    readonly others: string;
    /** "Records that could not be read" (a heading). */
    readonly invalid: string;
    /** Said of a difference without a reason. */
    readonly unexplained: string;
    /** The stored fields not compared: `{fields}`. */
    readonly notCompared: string;
    /** A note that reasons and errors are in English. */
    readonly englishNote: string;
  };
}
