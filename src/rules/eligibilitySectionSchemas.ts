/**
 * The schemas of the sections of a rule pack that decide eligibility: duration limits and
 * travel days per action and activity, activities not available in a call, the student cycle
 * and blended intensive programmes.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazySchema, unwrapLazy } from '../_lib/zod.js';
import { Count, FigureSchema, Money } from './figureSchemas.js';
import { greenNotBelowStandard, minNotAboveMax } from './packChecks.js';
import { ACTIVITIES_BY_ACTION, MOBILITY_ACTIONS, type MobilityAction } from './vocabulary.js';

/** One entry per action, each with an optional entry per activity of that action. */
function perAction<T extends z.ZodMiniType>(activity: T) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const action of MOBILITY_ACTIONS) {
    const entries: Record<string, z.ZodMiniOptional<T>> = {};
    for (const name of ACTIVITIES_BY_ACTION[action]) entries[name] = z.optional(activity);
    shape[action] = z.strictObject(entries);
  }
  return z.strictObject(shape as Record<MobilityAction, z.ZodMiniType>);
}

const DurationSchema = lazySchema(() =>
  FigureSchema(
    z
      .strictObject({
        min: z.int().check(z.minimum(0)),
        max: z.int().check(z.minimum(1)),
        unit: z.enum(['days', 'months']),
      })
      .check(minNotAboveMax()),
  ),
);

/** `durations`: the duration limits of each action's activities. */
export const DurationRulesSchema = lazySchema(() =>
  perAction(
    z.strictObject({
      standard: unwrapLazy(DurationSchema),
      shortTerm: z.optional(unwrapLazy(DurationSchema)),
      blended: z.optional(unwrapLazy(DurationSchema)),
      nonAssociated: z.optional(unwrapLazy(DurationSchema)),
      minFundedDays: z.optional(unwrapLazy(Count)),
    }),
  ),
);

const TravelDayRuleSchema = lazySchema(() =>
  z
    .strictObject({ standard: unwrapLazy(Count), green: unwrapLazy(Count) })
    .check(greenNotBelowStandard()),
);

/** `travelDays`: the travel days funded for each action's activities. */
export const TravelDayRulesSchema = lazySchema(() =>
  perAction(
    z.strictObject({
      standard: unwrapLazy(TravelDayRuleSchema),
      shortTerm: z.optional(unwrapLazy(TravelDayRuleSchema)),
    }),
  ),
);

/** `unavailableActivities`: activities a call year does not fund, by action. */
export const UnavailableActivitiesSchema = lazySchema(() =>
  z.partialRecord(z.enum(MOBILITY_ACTIONS), z.record(z.string(), FigureSchema(z.literal(true)))),
);

/** `studentCycle`: the months a student may spend abroad per study cycle. */
export const StudentCycleSchema = lazySchema(() =>
  z.strictObject({
    monthsPerCycle: unwrapLazy(Count),
    monthsPerSingleCycleProgramme: unwrapLazy(Count),
    daysPerMonthForEarlierMobility: unwrapLazy(Count),
    recentGraduateMonths: unwrapLazy(Count),
  }),
);

/** `bip`: the rules of blended intensive programmes. */
export const BipSchema = lazySchema(() =>
  z.strictObject({
    minEcts: unwrapLazy(Count),
    minPartnerHeis: unwrapLazy(Count),
    minPartnerCountries: unwrapLazy(Count),
    minParticipants: unwrapLazy(Count),
    maxParticipants: unwrapLazy(Count),
    organisationalSupportPerParticipant: unwrapLazy(Money),
  }),
);
