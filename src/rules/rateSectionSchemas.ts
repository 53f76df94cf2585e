/**
 * The schemas of the sections of a rule pack that fix amounts: the country-group tables, the
 * unit costs of KA131, KA171 and KA121/KA122 (VET, school, adult education), the travel bands
 * and exceptional travel costs.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazySchema, unwrapLazy } from '../_lib/zod.js';
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

const CountryGroupTableSchema = lazySchema(() =>
  z.object({
    sector: z.enum(['HE', 'VET-SCH-ADU']),
    fromCallYear: unwrapLazy(PackCallYearSchema),
    groups: z.record(
      z.string().check(z.regex(/^[A-Z]{2}$/)),
      z.union([z.literal(1), z.literal(2), z.literal(3)]),
    ),
    provenance: unwrapLazy(ProvenanceSchema),
    exceptions: z.optional(z.record(z.string(), unwrapLazy(ProvenanceSchema))),
  }),
);

/** `countryGroups`: the living-cost group tables of higher education and of VET, SCH and ADU. */
export const CountryGroupsSchema = lazySchema(() =>
  z.strictObject({
    he: unwrapLazy(CountryGroupTableSchema),
    vetSchAdu: unwrapLazy(CountryGroupTableSchema),
  }),
);

const OsSchema = lazySchema(() =>
  z
    .strictObject({
      perParticipant: unwrapLazy(Money),
      tierThreshold: z.optional(unwrapLazy(Count)),
      beyondThreshold: z.optional(unwrapLazy(Money)),
      capPerGroup: z.optional(unwrapLazy(Money)),
    })
    .check(tiersTogether()),
);

/** `ka131`: the unit costs of KA131 higher-education mobility. */
export const Ka131RatesSchema = lazySchema(() =>
  z.strictObject({
    studentMonthly: perGroup(unwrapLazy(Range)),
    studentMonthlyNonAssociated: unwrapLazy(Money),
    studentMonthlyOutermost: z.optional(unwrapLazy(Money)),
    traineeshipTopUpMonthly: unwrapLazy(Money),
    fewerOpportunitiesTopUpMonthly: unwrapLazy(Money),
    greenTravelTopUp: z.optional(unwrapLazy(Money)),
    studentTravelSupport: FigureSchema(z.enum(['all', 'listed-cases'])),
    shortTermDaily: z.strictObject({ days1to14: unwrapLazy(Money), days15to30: unwrapLazy(Money) }),
    shortTermFewerOpportunitiesTopUp: z.strictObject({
      days5to14: unwrapLazy(Money),
      days15to30: unwrapLazy(Money),
    }),
    staffDaily: perGroup(unwrapLazy(Range)),
    staffDailyNonAssociated: unwrapLazy(Money),
    staffFullRateDays: unwrapLazy(Count),
    staffReductionFromDay15: unwrapLazy(Ratio),
    staffReducedDailyPublished: z.optional(perGroup(unwrapLazy(Money))),
    organisationalSupport: unwrapLazy(OsSchema),
    inclusionSupportPerParticipant: unwrapLazy(Money),
  }),
);

/** `ka171`: the unit costs of KA171 mobility with third countries not associated. */
export const Ka171RatesSchema = lazySchema(() =>
  z.strictObject({
    studentMonthlyOutgoing: unwrapLazy(Money),
    studentMonthlyIncoming: perGroupPartial(unwrapLazy(Money)),
    staffDailyOutgoing: unwrapLazy(Money),
    staffDailyIncoming: perGroupPartial(unwrapLazy(Money)),
    staffReductionFromDay15: unwrapLazy(Ratio),
  }),
);

const ka12xActivityNames = [
  ...new Set([
    ...ACTIVITIES_BY_ACTION['KA121-VET'],
    ...ACTIVITIES_BY_ACTION['KA121-SCH'],
    ...ACTIVITIES_BY_ACTION['KA121-ADU'],
  ]),
];
const OsPerActivity = lazySchema(() =>
  z.strictObject(
    Object.fromEntries(ka12xActivityNames.map((name) => [name, z.optional(unwrapLazy(OsSchema))])),
  ),
);

/** `vetSchAdu`: the unit costs of KA121/KA122 mobility in VET, school and adult education. */
export const VetSchAduRatesSchema = lazySchema(() =>
  z.strictObject({
    staffDaily: perGroup(unwrapLazy(Range)),
    learnerDaily: perGroup(unwrapLazy(Range)),
    fullRateDays: unwrapLazy(Count),
    reductionFromDay15: unwrapLazy(Ratio),
    learnerReducedRateUntilDay: unwrapLazy(Count),
    reducedDailyPublished: z.optional(
      z.strictObject({ staff: perGroup(unwrapLazy(Money)), learners: perGroup(unwrapLazy(Money)) }),
    ),
    courseFees: z.strictObject({
      perDay: unwrapLazy(Money),
      maxDays: unwrapLazy(Count),
      maxPerParticipant: unwrapLazy(Money),
    }),
    organisationalSupport: z.strictObject({
      VET: unwrapLazy(OsPerActivity),
      SCH: unwrapLazy(OsPerActivity),
      ADU: unwrapLazy(OsPerActivity),
    }),
    inclusionSupportPerParticipant: unwrapLazy(Money),
    recentGraduateMonths: unwrapLazy(Count),
  }),
);

const BandsSchema = lazySchema(() =>
  z
    .array(
      z.strictObject({
        fromKm: z.int().check(z.minimum(0)),
        belowKm: z.nullable(z.int().check(z.minimum(1))),
        standard: unwrapLazy(Money),
        green: z.optional(unwrapLazy(Money)),
      }),
    )
    .check(z.minLength(1), contiguousBands()),
);

/** `travelBands`: each action's distance bands, contiguous and increasing. */
export const TravelBandRulesSchema = lazySchema(() => {
  const bands = unwrapLazy(BandsSchema);
  return z.strictObject(
    Object.fromEntries(MOBILITY_ACTIONS.map((action) => [action, bands])) as Record<
      MobilityAction,
      typeof bands
    >,
  );
});

const ExceptionalTravelSchema = lazySchema(() =>
  z.strictObject({
    coverageThreshold: unwrapLazy(Ratio),
    reimbursedShare: unwrapLazy(Ratio),
  }),
);

/** `exceptionalTravel`: when exceptional travel costs apply, and the share reimbursed. */
export const ExceptionalTravelRulesSchema = lazySchema(() =>
  z.strictObject({
    he: unwrapLazy(ExceptionalTravelSchema),
    vetSchAdu: unwrapLazy(ExceptionalTravelSchema),
  }),
);
