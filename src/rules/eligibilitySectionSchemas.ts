/**
 * The schemas of the sections of a rule pack that decide eligibility: duration limits and
 * travel days per action and activity, activities not available in a call, the student cycle
 * and blended intensive programmes.
 *
 * @module
 */
import * as z from 'zod/mini';
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

const DurationSchema = FigureSchema(
  z
    .strictObject({
      min: z.int().check(z.minimum(0)),
      max: z.int().check(z.minimum(1)),
      unit: z.enum(['days', 'months']),
    })
    .check(minNotAboveMax),
);

/** `durations`: the duration limits of each action's activities. */
export const DurationRulesSchema = perAction(
  z.strictObject({
    standard: DurationSchema,
    shortTerm: z.optional(DurationSchema),
    blended: z.optional(DurationSchema),
    nonAssociated: z.optional(DurationSchema),
    minFundedDays: z.optional(Count),
  }),
);

const TravelDayRuleSchema = z
  .strictObject({ standard: Count, green: Count })
  .check(greenNotBelowStandard);

/** `travelDays`: the travel days funded for each action's activities. */
export const TravelDayRulesSchema = perAction(
  z.strictObject({
    standard: TravelDayRuleSchema,
    shortTerm: z.optional(TravelDayRuleSchema),
  }),
);

/** `unavailableActivities`: activities a call year does not fund, by action. */
export const UnavailableActivitiesSchema = z.partialRecord(
  z.enum(MOBILITY_ACTIONS),
  z.record(z.string(), FigureSchema(z.literal(true))),
);

/** `studentCycle`: the months a student may spend abroad per study cycle. */
export const StudentCycleSchema = z.strictObject({
  monthsPerCycle: Count,
  monthsPerSingleCycleProgramme: Count,
  daysPerMonthForEarlierMobility: Count,
  recentGraduateMonths: Count,
});

/** `bip`: the rules of blended intensive programmes. */
export const BipSchema = z.strictObject({
  minEcts: Count,
  minPartnerHeis: Count,
  minPartnerCountries: Count,
  minParticipants: Count,
  maxParticipants: Count,
  organisationalSupportPerParticipant: Money,
});
