import type { IsoDate } from '../_lib/dates.js';
import type { SatisfactionInput } from '../satisfaction/types.js';

/**
 * A per-unit reading: `amount` spread over `units` ("14 mentors for 12 internships"), and
 * optionally how many units fell short of the per-unit target.
 *
 * @example
 * ```ts
 * import type { PerUnitCounts } from 'erasmus-kit';
 * const mentors: PerUnitCounts = { amount: 14, units: 12, unitsShort: 0 };
 * ```
 */
export interface PerUnitCounts {
  /** The total amount (mentors). */
  readonly amount: number;
  /** The number of units (internships). */
  readonly units: number;
  /** Units that fell short of the per-unit target; any shortfall means `not-met`. */
  readonly unitsShort?: number | undefined;
}

/**
 * An event-driven reading: how many triggering events happened and how many responses followed.
 *
 * @example
 * ```ts
 * import type { EventCounts } from 'erasmus-kit';
 * const publicity: EventCounts = { events: 6, responses: 8 };
 * ```
 */
export interface EventCounts {
  /** Triggering events in the year (internships, competitions). */
  readonly events: number;
  /** Responses that followed (publicity items). */
  readonly responses: number;
}

/**
 * A milestone reading: done or not, when, and the evidence.
 *
 * @example
 * ```ts
 * import type { MilestoneStatus } from 'erasmus-kit';
 * const conference: MilestoneStatus = {
 *   done: true,
 *   date: '2020-10-15',
 *   evidence: 'https://example.org/aeht-2020',
 * };
 * ```
 */
export interface MilestoneStatus {
  /** Whether the milestone was reached. */
  readonly done: boolean;
  /** When it was reached. */
  readonly date?: IsoDate | undefined;
  /** A link or a document reference proving it. */
  readonly evidence?: string | undefined;
}

/**
 * What every actual has: the indicator it belongs to and the plan year it counts for.
 *
 * @example
 * ```ts
 * import type { ActualBase } from 'erasmus-kit';
 * const where: ActualBase = { indicatorId: '1.2.1', year: 2016 };
 * ```
 */
export interface ActualBase {
  /** The `id` of the indicator. */
  readonly indicatorId: string;
  /** The plan year the reading counts for. */
  readonly year: number;
  /**
   * When the reading was taken; orders readings of a `latest` indicator (an undated reading
   * counts as taken at the end of its year).
   */
  readonly date?: IsoDate | undefined;
  /** Where the figure comes from (a report, a register). */
  readonly source?: string | undefined;
  /** Anything a reader should know. */
  readonly note?: string | undefined;
}

/**
 * What happened for one indicator in one year. Exactly one of `value`, `survey`, `occurrences`,
 * `perUnit`, `events` or `milestone` is given, matching the indicator's kind:
 * - `value`: a count or amount (`numeric`, `limit`, `frequency`), or a share in [0, 1] for a
 *   `percentage` indicator without survey counts (judged on the point estimate only);
 * - `survey`: survey counts, answers or Likert counts (`percentage`);
 * - `occurrences`: the dates something happened (`frequency`);
 * - `perUnit`: amount and units (`per-unit`);
 * - `events`: events and responses (`event-driven`);
 * - `milestone`: done or not (`milestone` years).
 *
 * Several actuals for the same indicator and year are combined: values, counts and occurrences
 * add up (`latest` keeps the latest reading), survey counts add up, a milestone is done if any
 * reading says so.
 *
 * @example
 * ```ts
 * import type { Actual } from 'erasmus-kit';
 * const actuals: Actual[] = [
 *   { indicatorId: '1.2.1', year: 2016, value: 48 },
 *   { indicatorId: '2.3.3', year: 2016, survey: { satisfied: 44, responses: 48 } },
 *   { indicatorId: '2.3.1', year: 2016, occurrences: ['2016-06-20'] },
 *   { indicatorId: '2.3.5', year: 2016, perUnit: { amount: 50, units: 48 } },
 *   { indicatorId: '3.2.1', year: 2016, events: { events: 5, responses: 7 } },
 *   { indicatorId: '3.1.1', year: 2020, milestone: { done: true } },
 * ];
 * ```
 */
export type Actual = ActualBase &
  (
    | {
        /** A count, an amount, or a share in [0, 1]. */
        readonly value: number;
      }
    | {
        /** Survey results (counts, answers or Likert counts). */
        readonly survey: SatisfactionInput;
      }
    | {
        /** The dates something happened. */
        readonly occurrences: readonly IsoDate[];
      }
    | {
        /** Amount and units. */
        readonly perUnit: PerUnitCounts;
      }
    | {
        /** Events and responses. */
        readonly events: EventCounts;
      }
    | {
        /** Milestone status. */
        readonly milestone: MilestoneStatus;
      }
  );
