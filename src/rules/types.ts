/**
 * The shape of a call-year rule pack. Every leaf that carries a number or an amount is a
 * {@link Figure} (value + sources + status); the rest is structure.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import type { MoneyString } from '../_lib/money.js';
import type { Figure } from '../_lib/provenance.js';
import type { CountryGroupTable } from '../programme/countryGroups.js';
import type { ActivityOf, Ka12xActivity, MobilityAction } from './vocabulary.js';

/**
 * The unit a duration limit is counted in: calendar `days`, or `months` (30-day months of the
 * 30/360 convention, used for long-term HE student mobility).
 *
 * @example
 * ```ts
 * import type { DurationUnit } from 'erasmus-kit';
 * const unit: DurationUnit = 'months';
 * ```
 */
export type DurationUnit = 'days' | 'months';

/**
 * Minimum and maximum physical duration of an activity (travel days excluded), both inclusive.
 *
 * @example
 * ```ts
 * import { type DurationLimits, rules2021 } from 'erasmus-kit';
 * const limits: DurationLimits | undefined =
 *   rules2021.durations['KA131-HED']['student-studies']?.standard.value;
 * // { min: 2, max: 12, unit: 'months' }
 * ```
 */
export interface DurationLimits {
  /** Shortest allowed physical duration, inclusive. */
  readonly min: number;
  /** Longest allowed physical duration, inclusive. */
  readonly max: number;
  /** What `min` and `max` count. */
  readonly unit: DurationUnit;
}

/**
 * Duration limits with their provenance.
 *
 * @example
 * ```ts
 * import { type DurationFigure, rules2021 } from 'erasmus-kit';
 * const figure: DurationFigure | undefined =
 *   rules2021.durations['KA122-SCH']['group-mobility']?.standard;
 * ```
 */
export type DurationFigure = Figure<DurationLimits>;

/**
 * The duration limits of one activity under one action. `standard` always applies unless a more
 * specific variant below matches the mobility.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * const staff = rules2024.durations['KA131-HED']['staff-teaching'];
 * staff?.standard.value; // { min: 2, max: 60, unit: 'days' }
 * staff?.nonAssociated?.value; // { min: 5, max: 60, unit: 'days' }
 * ```
 */
export interface ActivityDurations {
  /**
   * The activity's default limits. For HE students this is the **long-term** format
   * (2–12 months); for everything else the only or the usual format.
   */
  readonly standard: DurationFigure;
  /** HE students, format `short-term` (blended short-term, BIP, doctoral short-term). */
  readonly shortTerm?: DurationFigure;
  /** Blended staff mobility: limits of the physical part. */
  readonly blended?: DurationFigure;
  /** KA131 staff going to, or coming from, a third country not associated to the Programme. */
  readonly nonAssociated?: DurationFigure;
  /** Shortest funded period (in days) when only part of the stay is funded (rest zero-grant). */
  readonly minFundedDays?: Figure<number>;
}

/**
 * Duration limits per activity of one action. An activity missing here is not available in that
 * call year, or its limits were not found in the sources; eligibility must say so.
 *
 * @example
 * ```ts
 * import { type ActionDurations, rules2023 } from 'erasmus-kit';
 * const vet: ActionDurations<'KA122-VET'> = rules2023.durations['KA122-VET'];
 * vet['group-mobility']; // undefined: not available up to call 2023
 * ```
 */
export type ActionDurations<A extends MobilityAction> = {
  readonly [K in ActivityOf<A>]?: ActivityDurations;
};

/**
 * The `durations` section of a pack: `durations[action][activity]`.
 *
 * @example
 * ```ts
 * import { type DurationRules, rules2021 } from 'erasmus-kit';
 * const durations: DurationRules = rules2021.durations;
 * ```
 */
export type DurationRules = { readonly [A in MobilityAction]: ActionDurations<A> };

/**
 * How many travel days are funded as individual support (at the activity's daily or monthly
 * rate), in total for the return trip: with standard travel, and with green (sustainable)
 * travel.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * const days = rules2024.travelDays['KA131-HED']['staff-training']?.standard;
 * days?.standard.value; // 2
 * days?.green.value; // 6
 * ```
 */
export interface TravelDayRule {
  /** Maximum funded travel days with standard travel (total, return trip). */
  readonly standard: Figure<number>;
  /** Maximum funded travel days with green travel (total, including the standard ones). */
  readonly green: Figure<number>;
}

/**
 * The travel-day rules of one activity: `standard` for its default format (long-term for HE
 * students), `shortTerm` for HE students in the short-term format.
 *
 * @example
 * ```ts
 * import { type ActivityTravelDays, rules2022 } from 'erasmus-kit';
 * const days: ActivityTravelDays | undefined =
 *   rules2022.travelDays['KA131-HED']['student-studies'];
 * days?.shortTerm?.standard.value; // 2
 * ```
 */
export interface ActivityTravelDays {
  /** The default format (long-term for HE students). */
  readonly standard: TravelDayRule;
  /** HE students, format `short-term`. */
  readonly shortTerm?: TravelDayRule;
}

/**
 * The `travelDays` section: `travelDays[action][activity]`, keyed like {@link DurationRules}.
 *
 * @example
 * ```ts
 * import { type TravelDayRules, rules2021 } from 'erasmus-kit';
 * const travelDays: TravelDayRules = rules2021.travelDays;
 * ```
 */
export type TravelDayRules = {
  readonly [A in MobilityAction]: { readonly [K in ActivityOf<A>]?: ActivityTravelDays };
};

/**
 * Limits on a higher-education student's months of Erasmus+ mobility.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * rules2024.studentCycle.monthsPerCycle.value; // 12
 * ```
 */
export interface StudentCycleRules {
  /** Months per study cycle (bachelor, master, doctorate), studies and traineeships together. */
  readonly monthsPerCycle: Figure<number>;
  /** Months for one-cycle programmes such as medicine. */
  readonly monthsPerSingleCycleProgramme: Figure<number>;
  /** Days that count as one month when earlier short-term mobility is declared (15 days = 0.5). */
  readonly daysPerMonthForEarlierMobility: Figure<number>;
  /** Months after graduation within which a recent graduate's traineeship must be completed. */
  readonly recentGraduateMonths: Figure<number>;
}

/**
 * Blended Intensive Programme (BIP) rules.
 *
 * @example
 * ```ts
 * import { rules2021, rules2024 } from 'erasmus-kit';
 * rules2021.bip.minParticipants.value; // 15
 * rules2024.bip.minParticipants.value; // 10
 * ```
 */
export interface BipRules {
  /** Minimum ECTS credits a blended short-term study mobility (incl. BIP) must award. */
  readonly minEcts: Figure<number>;
  /** Minimum number of ECHE-holding HEIs in the BIP partnership. */
  readonly minPartnerHeis: Figure<number>;
  /** Minimum number of EU/associated countries those HEIs come from. */
  readonly minPartnerCountries: Figure<number>;
  /** Minimum mobile participants counted for organisational support. */
  readonly minParticipants: Figure<number>;
  /** Maximum mobile participants counted for organisational support. */
  readonly maxParticipants: Figure<number>;
  /** Organisational support per counted participant (EUR), fixed by the Programme Guide. */
  readonly organisationalSupportPerParticipant: Figure<MoneyString>;
}

/**
 * An amount chosen by each National Agency inside a range (see docs/rules.md, "Ranges and rate
 * sheets"). A bound missing from the sources is absent (and not enforced); `reference` is what
 * calculations use without a rate sheet — the maximum unless the figure's note says otherwise.
 *
 * @example
 * ```ts
 * import { type MoneyRange, rules2021 } from 'erasmus-kit';
 * const range: MoneyRange = rules2021.ka131.studentMonthly[1].value;
 * // { min: '310.00', max: '600.00', reference: '600.00' }
 * ```
 */
export interface MoneyRange {
  /** Lowest amount an NA may choose (EUR), if known. */
  readonly min?: MoneyString;
  /** Highest amount an NA may choose (EUR), if known. */
  readonly max?: MoneyString;
  /** The amount used when no rate sheet is given (EUR). */
  readonly reference: MoneyString;
}

/**
 * A range figure: NA-chosen, validated by `defineRateSheet`.
 *
 * @example
 * ```ts
 * import { type RangeFigure, rules2024 } from 'erasmus-kit';
 * const staffGroup1: RangeFigure = rules2024.ka131.staffDaily[1];
 * ```
 */
export type RangeFigure = Figure<MoneyRange>;

/**
 * A fixed Programme Guide amount in EUR (a two-place decimal string).
 *
 * @example
 * ```ts
 * import { type AmountFigure, rules2024 } from 'erasmus-kit';
 * const fo: AmountFigure = rules2024.ka131.fewerOpportunitiesTopUpMonthly; // value '250.00'
 * ```
 */
export type AmountFigure = Figure<MoneyString>;

/**
 * A share written as a decimal string (`'0.70'` for 70 %).
 *
 * @example
 * ```ts
 * import { type RatioFigure, rules2024 } from 'erasmus-kit';
 * const reduction: RatioFigure = rules2024.ka131.staffReductionFromDay15; // value '0.70'
 * ```
 */
export type RatioFigure = Figure<`${number}`>;

/**
 * One value per living-cost country group (1, 2, 3).
 *
 * @example
 * ```ts
 * import { type PerGroup, type RangeFigure, rules2021 } from 'erasmus-kit';
 * const rates: PerGroup<RangeFigure> = rules2021.ka131.studentMonthly;
 * ```
 */
export interface PerGroup<T> {
  /** Group 1 (higher living costs). */
  readonly 1: T;
  /** Group 2 (medium living costs). */
  readonly 2: T;
  /** Group 3 (lower living costs). */
  readonly 3: T;
}

/**
 * Organisational support per participant, possibly tiered (`perParticipant` up to
 * `tierThreshold` participants, `beyondThreshold` for each one above), possibly capped per group.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * const os = rules2024.ka131.organisationalSupport;
 * os.perParticipant.value; // '400.00'
 * os.beyondThreshold?.value; // '230.00'
 * ```
 */
export interface OrganisationalSupportRule {
  /** EUR per participant (up to the threshold when tiered). */
  readonly perParticipant: AmountFigure;
  /** Number of participants paid at `perParticipant` before `beyondThreshold` applies. */
  readonly tierThreshold?: Figure<number>;
  /** EUR per participant above the threshold. */
  readonly beyondThreshold?: AmountFigure;
  /** Cap per group activity (EUR), e.g. for group mobility of pupils. */
  readonly capPerGroup?: AmountFigure;
}

/**
 * Exceptional costs for expensive travel: allowed when the band amount covers less than
 * `coverageThreshold` of the real cost; the grant is then `reimbursedShare` of the real cost,
 * instead of (not on top of) the band amount.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * rules2024.exceptionalTravel.he.reimbursedShare.value; // '0.80'
 * ```
 */
export interface ExceptionalTravelRule {
  /** The band must cover less than this share of the real cost (`'0.70'`). */
  readonly coverageThreshold: RatioFigure;
  /** Share of the real cost paid (`'0.80'`). */
  readonly reimbursedShare: RatioFigure;
}

/**
 * KA131 (HE within Europe, plus its international strand) amounts.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * rules2024.ka131.shortTermDaily.days1to14.value; // '79.00'
 * ```
 */
export interface Ka131Rates {
  /** Long-term student monthly support to EU/associated countries, per destination group (range). */
  readonly studentMonthly: PerGroup<RangeFigure>;
  /** Monthly support to non-associated third countries (not region 14 or the micro-states). */
  readonly studentMonthlyNonAssociated: AmountFigure;
  /** Monthly support for students from outermost regions and OCTs, where sourced. */
  readonly studentMonthlyOutermost?: AmountFigure;
  /** Monthly traineeship top-up (not for international mobility). */
  readonly traineeshipTopUpMonthly: AmountFigure;
  /** Monthly fewer-opportunities top-up, long-term students (adds to the traineeship top-up). */
  readonly fewerOpportunitiesTopUpMonthly: AmountFigure;
  /** One-off green-travel top-up for students without travel support, where it exists. */
  readonly greenTravelTopUp?: AmountFigure;
  /** Which students receive travel support (`all` from call 2024). */
  readonly studentTravelSupport: Figure<'all' | 'listed-cases'>;
  /** Short-term student daily rates (same for every destination). */
  readonly shortTermDaily: {
    /** Per day, days 1–14. */
    readonly days1to14: AmountFigure;
    /** Per day, days 15–30. */
    readonly days15to30: AmountFigure;
  };
  /** One-off fewer-opportunities top-up for short-term students, by physical duration. */
  readonly shortTermFewerOpportunitiesTopUp: {
    /** For 5–14 days. */
    readonly days5to14: AmountFigure;
    /** For 15–30 days. */
    readonly days15to30: AmountFigure;
  };
  /** Staff daily rates (days 1–14) to EU/associated countries, per group (range). */
  readonly staffDaily: PerGroup<RangeFigure>;
  /** Staff daily rate (days 1–14) to non-associated third countries. */
  readonly staffDailyNonAssociated: AmountFigure;
  /** Days paid at the full staff rate before the reduction. */
  readonly staffFullRateDays: Figure<number>;
  /** Share of the staff rate paid from day 15 (`'0.70'`). */
  readonly staffReductionFromDay15: RatioFigure;
  /** Published reduced daily amounts (from day 15), where published; shows their rounding. */
  readonly staffReducedDailyPublished?: PerGroup<AmountFigure>;
  /** Organisational support for SMS/SMT/STA/STT participants. */
  readonly organisationalSupport: OrganisationalSupportRule;
  /** Inclusion support for organisations, per fewer-opportunities participant with real-cost support. */
  readonly inclusionSupportPerParticipant: AmountFigure;
}

/**
 * KA171 (HE with third countries not associated) amounts. Groups in `…Incoming` are the
 * receiving EU/associated country's group; a missing group was not found.
 *
 * @example
 * ```ts
 * import { rules2022 } from 'erasmus-kit';
 * rules2022.ka171.studentMonthlyIncoming[3]?.value; // '800.00'
 * ```
 */
export interface Ka171Rates {
  /** Monthly support, students going from an EU/associated country to a non-associated one. */
  readonly studentMonthlyOutgoing: AmountFigure;
  /** Monthly support, students coming to an EU/associated country, per its group. */
  readonly studentMonthlyIncoming: Partial<PerGroup<AmountFigure>>;
  /** Daily rate (days 1–14), staff going to a non-associated country. */
  readonly staffDailyOutgoing: AmountFigure;
  /** Daily rate (days 1–14), staff coming to an EU/associated country, per its group. */
  readonly staffDailyIncoming: Partial<PerGroup<AmountFigure>>;
  /** Share of the staff rate paid from day 15 (`'0.70'`). */
  readonly staffReductionFromDay15: RatioFigure;
}

/**
 * VET, school and adult-education (KA121/KA122) amounts. Accompanying persons are paid at the
 * staff rate.
 *
 * @example
 * ```ts
 * import { rules2021 } from 'erasmus-kit';
 * rules2021.vetSchAdu.courseFees.perDay.value; // '80.00'
 * ```
 */
export interface VetSchAduRates {
  /** Staff (and accompanying persons) daily rate, days 1–14, per group (range). */
  readonly staffDaily: PerGroup<RangeFigure>;
  /** Learner daily rate, days 1–14, per group (range). */
  readonly learnerDaily: PerGroup<RangeFigure>;
  /** Days paid at the full daily rate before the reduction. */
  readonly fullRateDays: Figure<number>;
  /** Share of the daily rate paid from day 15 (`'0.70'`). */
  readonly reductionFromDay15: RatioFigure;
  /** Last day the reduced learner rate runs to (no further step-down). */
  readonly learnerReducedRateUntilDay: Figure<number>;
  /** Published reduced daily amounts (from day 15), where published; shows their rounding. */
  readonly reducedDailyPublished?: {
    /** Staff, per group. */
    readonly staff: PerGroup<AmountFigure>;
    /** Learners, per group. */
    readonly learners: PerGroup<AmountFigure>;
  };
  /** Course fees for `staff-course`. */
  readonly courseFees: {
    /** EUR per course day. */
    readonly perDay: AmountFigure;
    /** Course days funded at most. */
    readonly maxDays: Figure<number>;
    /** EUR per participant at most. */
    readonly maxPerParticipant: AmountFigure;
  };
  /** Organisational support per sector and activity; an activity missing here was not found. */
  readonly organisationalSupport: {
    /** VET. */
    readonly VET: { readonly [K in Ka12xActivity]?: OrganisationalSupportRule };
    /** School education. */
    readonly SCH: { readonly [K in Ka12xActivity]?: OrganisationalSupportRule };
    /** Adult education. */
    readonly ADU: { readonly [K in Ka12xActivity]?: OrganisationalSupportRule };
  };
  /** Inclusion support for organisations, per fewer-opportunities participant. */
  readonly inclusionSupportPerParticipant: AmountFigure;
  /** Months after graduation within which a recent VET graduate's mobility must take place. */
  readonly recentGraduateMonths: Figure<number>;
}

/**
 * Activities known **not** to be available under an action in the call year (`value: true`, with
 * the source that says so). An activity that is neither here nor in `durations` is available but
 * its limits were not found.
 *
 * @example
 * ```ts
 * import { rules2023 } from 'erasmus-kit';
 * rules2023.unavailableActivities['KA122-VET']?.['group-mobility']?.value; // true
 * ```
 */
export type UnavailableActivities = {
  readonly [A in MobilityAction]?: { readonly [K in ActivityOf<A>]?: Figure<true> };
};

/**
 * One travel distance band: one-way distance from `fromKm` (inclusive) to below `belowKm`
 * (`null`: no upper bound). The amounts pay the **return** trip per participant. The Programme
 * Guide's "10–99 km" is `{ fromKm: 10, belowKm: 100 }`; below the first band there is no
 * travel grant.
 *
 * @example
 * ```ts
 * import { type TravelBand, rules2024 } from 'erasmus-kit';
 * const band: TravelBand | undefined = rules2024.travelBands['KA131-HED'][1];
 * band?.fromKm; // 100
 * band?.green?.value; // '285.00'
 * ```
 */
export interface TravelBand {
  /** Lower bound of the one-way distance, km, inclusive. */
  readonly fromKm: number;
  /** Upper bound, km, exclusive; `null` for the last band. */
  readonly belowKm: number | null;
  /** EUR per participant, return trip, standard travel. */
  readonly standard: AmountFigure;
  /** EUR per participant, return trip, green travel; absent where no green amount exists. */
  readonly green?: AmountFigure;
}

/**
 * Travel bands per action, contiguous and increasing.
 *
 * @example
 * ```ts
 * import { type TravelBandRules, rules2023 } from 'erasmus-kit';
 * const bands: TravelBandRules = rules2023.travelBands;
 * bands['KA171-HED'][0]?.standard.value; // '20.00'
 * ```
 */
export type TravelBandRules = { readonly [A in MobilityAction]: readonly TravelBand[] };

/**
 * A call year's rule pack: everything the eligibility and grant engines read, each figure with
 * its sources and status. Packs are deeply frozen; get them with `getRules(callYear)` or by name
 * (`rules2021` … `rules2026`).
 *
 * @example
 * ```ts
 * import { type RulePack, getRules } from 'erasmus-kit';
 * const pack: RulePack = getRules(2024);
 * pack.provisional; // true: some figures are not confirmed
 * ```
 */
export interface RulePack {
  /** The call year the pack applies to. */
  readonly callYear: CallYear;
  /** `true` when any figure is not `confirmed` (derived from the figures, never typed by hand). */
  readonly provisional: boolean;
  /**
   * What a reader should know about the pack as a whole, where there is something: evidence that
   * bears on all its figures without giving an amount (for 2025 and 2026, that no increase after
   * 2024 is known).
   */
  readonly note?: string;
  /** Country groups for individual support (from the programme module). */
  readonly countryGroups: {
    /** Higher education (KA131). */
    readonly he: CountryGroupTable;
    /** VET, school and adult education (KA121/KA122). */
    readonly vetSchAdu: CountryGroupTable;
  };
  /** Physical duration limits per action and activity. */
  readonly durations: DurationRules;
  /** Activities known not to be available in this call year. */
  readonly unavailableActivities: UnavailableActivities;
  /** Funded travel days per action and activity. */
  readonly travelDays: TravelDayRules;
  /** HE student cycle limits (12 months per cycle, ...). */
  readonly studentCycle: StudentCycleRules;
  /** Blended Intensive Programme rules. */
  readonly bip: BipRules;
  /** KA131 amounts. */
  readonly ka131: Ka131Rates;
  /** KA171 amounts. */
  readonly ka171: Ka171Rates;
  /** KA121/KA122 (VET, school, adult education) amounts. */
  readonly vetSchAdu: VetSchAduRates;
  /** Travel bands per action. */
  readonly travelBands: TravelBandRules;
  /** Exceptional costs for expensive travel. */
  readonly exceptionalTravel: {
    /** KA131 and KA171. */
    readonly he: ExceptionalTravelRule;
    /** KA121 and KA122. */
    readonly vetSchAdu: ExceptionalTravelRule;
  };
}
