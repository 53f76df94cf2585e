/**
 * The schemas of the sections of a rule pack that fix amounts: the country-group tables, the
 * unit costs of KA131, KA171 and KA121/KA122 (VET, school, adult education), the travel bands
 * and exceptional travel costs.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  Count,
  FigureSchema,
  Money,
  PackCallYearSchema,
  ProvenanceSchema,
  Range,
  Ratio,
} from './figureSchemas.js';
import { contiguousBands, tiersTogether } from './packChecks.js';
import { ACTIVITIES_BY_ACTION, MOBILITY_ACTIONS, type MobilityAction } from './vocabulary.js';

function perGroup<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ 1: value, 2: value, 3: value });
}
function perGroupPartial<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ 1: z.optional(value), 2: z.optional(value), 3: z.optional(value) });
}

const CountryGroupTableSchema = z.object({
  sector: z.enum(['HE', 'VET-SCH-ADU']),
  fromCallYear: PackCallYearSchema,
  groups: z.record(
    z.string().check(z.regex(/^[A-Z]{2}$/)),
    z.union([z.literal(1), z.literal(2), z.literal(3)]),
  ),
  provenance: ProvenanceSchema,
  exceptions: z.optional(z.record(z.string(), ProvenanceSchema)),
});

/** `countryGroups`: the living-cost group tables of higher education and of VET, SCH and ADU. */
export const CountryGroupsSchema = z.strictObject({
  he: CountryGroupTableSchema,
  vetSchAdu: CountryGroupTableSchema,
});

const OsSchema = z
  .strictObject({
    perParticipant: Money,
    tierThreshold: z.optional(Count),
    beyondThreshold: z.optional(Money),
    capPerGroup: z.optional(Money),
  })
  .check(tiersTogether);

/** `ka131`: the unit costs of KA131 higher-education mobility. */
export const Ka131RatesSchema = z.strictObject({
  studentMonthly: perGroup(Range),
  studentMonthlyNonAssociated: Money,
  studentMonthlyOutermost: z.optional(Money),
  traineeshipTopUpMonthly: Money,
  fewerOpportunitiesTopUpMonthly: Money,
  greenTravelTopUp: z.optional(Money),
  studentTravelSupport: FigureSchema(z.enum(['all', 'listed-cases'])),
  shortTermDaily: z.strictObject({ days1to14: Money, days15to30: Money }),
  shortTermFewerOpportunitiesTopUp: z.strictObject({ days5to14: Money, days15to30: Money }),
  staffDaily: perGroup(Range),
  staffDailyNonAssociated: Money,
  staffFullRateDays: Count,
  staffReductionFromDay15: Ratio,
  staffReducedDailyPublished: z.optional(perGroup(Money)),
  organisationalSupport: OsSchema,
  inclusionSupportPerParticipant: Money,
});

/** `ka171`: the unit costs of KA171 mobility with third countries not associated. */
export const Ka171RatesSchema = z.strictObject({
  studentMonthlyOutgoing: Money,
  studentMonthlyIncoming: perGroupPartial(Money),
  staffDailyOutgoing: Money,
  staffDailyIncoming: perGroupPartial(Money),
  staffReductionFromDay15: Ratio,
});

const ka12xActivityNames = [
  ...new Set([
    ...ACTIVITIES_BY_ACTION['KA121-VET'],
    ...ACTIVITIES_BY_ACTION['KA121-SCH'],
    ...ACTIVITIES_BY_ACTION['KA121-ADU'],
  ]),
];
const OsPerActivity = z.strictObject(
  Object.fromEntries(ka12xActivityNames.map((name) => [name, z.optional(OsSchema)])),
);

/** `vetSchAdu`: the unit costs of KA121/KA122 mobility in VET, school and adult education. */
export const VetSchAduRatesSchema = z.strictObject({
  staffDaily: perGroup(Range),
  learnerDaily: perGroup(Range),
  fullRateDays: Count,
  reductionFromDay15: Ratio,
  learnerReducedRateUntilDay: Count,
  reducedDailyPublished: z.optional(
    z.strictObject({ staff: perGroup(Money), learners: perGroup(Money) }),
  ),
  courseFees: z.strictObject({ perDay: Money, maxDays: Count, maxPerParticipant: Money }),
  organisationalSupport: z.strictObject({
    VET: OsPerActivity,
    SCH: OsPerActivity,
    ADU: OsPerActivity,
  }),
  inclusionSupportPerParticipant: Money,
  recentGraduateMonths: Count,
});

const BandsSchema = z
  .array(
    z.strictObject({
      fromKm: z.int().check(z.minimum(0)),
      belowKm: z.nullable(z.int().check(z.minimum(1))),
      standard: Money,
      green: z.optional(Money),
    }),
  )
  .check(z.minLength(1), contiguousBands);

/** `travelBands`: each action's distance bands, contiguous and increasing. */
export const TravelBandRulesSchema = z.strictObject(
  Object.fromEntries(MOBILITY_ACTIONS.map((action) => [action, BandsSchema])) as Record<
    MobilityAction,
    typeof BandsSchema
  >,
);

const ExceptionalTravelSchema = z.strictObject({
  coverageThreshold: Ratio,
  reimbursedShare: Ratio,
});

/** `exceptionalTravel`: when exceptional travel costs apply, and the share reimbursed. */
export const ExceptionalTravelRulesSchema = z.strictObject({
  he: ExceptionalTravelSchema,
  vetSchAdu: ExceptionalTravelSchema,
});
