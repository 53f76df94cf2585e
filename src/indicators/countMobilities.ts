/**
 * Derives yearly counts from a list of mobilities. It reads only `action`, `activity`,
 * `startDate`, `endDate` and `participant.fewerOpportunities`, and imports no mobility or grant
 * code at run time.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type IsoDate, IsoDateSchema } from '../_lib/dates.js';
import {
  compiled,
  lazySchema,
  makeParser,
  type SafeResult,
  toSafe,
  unwrapLazy,
} from '../_lib/zod.js';
import type { MobilityInput } from '../mobility/MobilityInputSchema.js';
import type { Activity, MobilityAction } from '../rules/vocabulary.js';
import type { Actual } from './actualTypes.js';
import { settingsOf, YearEndSchema } from './evaluateOptions.js';
import { yearSchema } from './indicatorSchema.js';

/**
 * Options of {@link countMobilities}.
 *
 * @example
 * ```ts
 * import type { CountMobilitiesOptions } from 'erasmus-kit';
 * const options: CountMobilitiesOptions = {
 *   indicatorId: '1.2.1',
 *   actions: ['KA121-VET', 'KA122-VET'],
 *   activities: ['learner-short-term', 'learner-long-term'],
 *   years: { from: 2021, to: 2024 },
 * };
 * ```
 */
export interface CountMobilitiesOptions {
  /** The indicator the counts are for. */
  readonly indicatorId: string;
  /** Count only these actions (all when absent). */
  readonly actions?: readonly MobilityAction[];
  /** Count only these activities (all when absent). */
  readonly activities?: readonly Activity[];
  /** Count only participants with fewer opportunities. */
  readonly fewerOpportunitiesOnly?: boolean;
  /** Which date places a mobility in a year: `start` (default) or `end`. */
  readonly yearOf?: 'start' | 'end';
  /** The last day of a reporting year, `MM-DD` (default `12-31`), as in `evaluatePlan`. */
  readonly yearEnd?: `${number}-${number}`;
  /** `end` (default) or `start`: how reporting years are labelled, as in `evaluatePlan`. */
  readonly yearLabel?: 'end' | 'start';
  /** Emit a count (0 included) for every year of this range, and only for these years. */
  readonly years?: {
    /** The first year. */
    readonly from: number;
    /** The last year. */
    readonly to: number;
  };
}

/**
 * The fields of a mobility that {@link countMobilities} reads: any `MobilityInput` fits, and so
 * does a row of a mobility list with only these fields.
 *
 * @example
 * ```ts
 * import { type CountedMobility, countMobilities } from 'erasmus-kit';
 * const row: CountedMobility = {
 *   action: 'KA131-HED',
 *   activity: 'student-studies',
 *   startDate: '2024-09-01',
 *   endDate: '2025-01-31',
 * };
 * countMobilities([row], { indicatorId: '1.1.1' }).map((a) => a.year); // [2024]
 * ```
 */
export type CountedMobility = Pick<
  MobilityInput,
  'action' | 'activity' | 'startDate' | 'endDate'
> & {
  readonly participant?: { readonly fewerOpportunities?: boolean | undefined } | undefined;
};

const MobilityFieldsSchema = lazySchema(() =>
  z.looseObject({
    action: z.string().check(z.minLength(1)),
    activity: z.string().check(z.minLength(1)),
    startDate: unwrapLazy(IsoDateSchema),
    endDate: unwrapLazy(IsoDateSchema),
    participant: z.optional(z.looseObject({ fewerOpportunities: z.optional(z.boolean()) })),
  }),
);

const ArgsSchema = lazySchema(() =>
  z.strictObject({
    mobilities: z.array(unwrapLazy(MobilityFieldsSchema)),
    options: z.strictObject({
      indicatorId: z.string().check(z.minLength(1)),
      actions: z.optional(z.array(z.string())),
      activities: z.optional(z.array(z.string())),
      fewerOpportunitiesOnly: z.optional(z.boolean()),
      yearOf: z.optional(z.enum(['start', 'end'])),
      yearEnd: z.optional(unwrapLazy(YearEndSchema)),
      yearLabel: z.optional(z.enum(['end', 'start'])),
      years: z.optional(
        z.strictObject({ from: yearSchema(), to: yearSchema() }).check(
          z.refine((r) => r.from <= r.to, {
            error: 'The range cannot end before it starts',
            path: ['to'],
            params: { code: 'out-of-order' },
          }),
        ),
      ),
    }),
  }),
);

const countArgs = makeParser(ArgsSchema, { runner: compiled });

/**
 * Counts mobilities per plan year, as actuals for an indicator, so an office can feed its
 * mobility list straight into `evaluatePlan` (for example the number of KA1 learners a year).
 * A mobility belongs to the reporting year that contains its start date (or end date with
 * `yearOf: 'end'`); reporting years follow `yearEnd` and `yearLabel` exactly as in
 * `evaluatePlan`. Only `action`, `activity`, the dates and `participant.fewerOpportunities` are
 * read; the list need not be valid for grant calculation.
 *
 * @param mobilities - the mobilities (`MobilityInput`s or anything with those fields)
 * @param options - the indicator id and the filters
 * @returns one `{ indicatorId, year, value }` actual per year with a mobility (or per year of
 *   `years`, zeros included), oldest first
 * @throws `InputError` for a malformed mobility or option
 *
 * @example
 * ```ts
 * import { countMobilities } from 'erasmus-kit';
 * const actuals = countMobilities(
 *   [
 *     { action: 'KA121-VET', activity: 'learner-short-term', startDate: '2022-03-01', endDate: '2022-03-28' },
 *     { action: 'KA121-VET', activity: 'learner-short-term', startDate: '2022-10-03', endDate: '2022-10-30' },
 *     { action: 'KA121-VET', activity: 'staff-job-shadowing', startDate: '2022-05-09', endDate: '2022-05-13' },
 *     { action: 'KA121-VET', activity: 'learner-long-term', startDate: '2023-02-01', endDate: '2023-05-31' },
 *   ],
 *   { indicatorId: '1.2.1', activities: ['learner-short-term', 'learner-long-term'] },
 * );
 * actuals.map((a) => a.year); // [2022, 2023]
 * actuals[0];
 * // { indicatorId: '1.2.1', year: 2022, value: 2, source: 'mobility list: 2 mobilities' }
 * ```
 */
export function countMobilities(
  mobilities: readonly CountedMobility[],
  options: CountMobilitiesOptions,
): Actual[] {
  const { mobilities: list, options: o } = countArgs.parse({ mobilities, options });
  const { dueDate } = settingsOf({
    asOf: '2000-01-01' as IsoDate,
    ...(o.yearEnd === undefined ? {} : { yearEnd: o.yearEnd }),
    ...(o.yearLabel === undefined ? {} : { yearLabel: o.yearLabel }),
  });
  const offset = o.yearLabel === 'start' ? 1 : 0;
  const counts = new Map<number, number>();
  for (const m of list) {
    if (o.actions && !o.actions.includes(m.action)) continue;
    if (o.activities && !o.activities.includes(m.activity)) continue;
    if (o.fewerOpportunitiesOnly && m.participant?.fewerOpportunities !== true) continue;
    const date = o.yearOf === 'end' ? m.endDate : m.startDate;
    let year = Number(date.slice(0, 4)) - offset;
    if (date > dueDate(year)) year += 1;
    if (o.years && (year < o.years.from || year > o.years.to)) continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (o.years) for (let y = o.years.from; y <= o.years.to; y++) counts.set(y, counts.get(y) ?? 0);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, value]) => ({
      indicatorId: o.indicatorId,
      year,
      value,
      source: `mobility list: ${value} ${value === 1 ? 'mobility' : 'mobilities'}`,
    }));
}

const trySafeCountMobilities = toSafe(countMobilities);

/**
 * The non-throwing twin of {@link countMobilities}.
 *
 * @param mobilities - the mobilities
 * @param options - as for {@link countMobilities}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCountMobilities } from 'erasmus-kit';
 * const result = safeCountMobilities(
 *   [{ action: 'KA131-HED', activity: 'student-studies', startDate: '2023-02-30', endDate: '2023-06-30' }],
 *   { indicatorId: 'x' },
 * );
 * // 2023-02-30 is not a date:
 * result.success; // false
 * ```
 */
export function safeCountMobilities(
  mobilities: readonly CountedMobility[],
  options: CountMobilitiesOptions,
): SafeResult<Actual[]> {
  return trySafeCountMobilities(mobilities, options);
}
