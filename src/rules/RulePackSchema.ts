import * as z from 'zod/mini';
import { CALL_YEARS } from '../_lib/callYear.js';
import { dec } from '../_lib/decimal.js';
import { collectFigures } from './collectFigures.js';
import type { RulePack, TravelBand } from './types.js';
import { ACTIVITIES_BY_ACTION, MOBILITY_ACTIONS, type MobilityAction } from './vocabulary.js';

const MONEY = /^\d+\.\d{2}$/;
const RATIO = /^(0\.\d+|1(\.0+)?)$/;

const nonEmpty = z.string().check(z.minLength(1));
const SourceSchema = z.string().check(z.regex(/^https?:\/\/\S+$/, 'Expected an http(s) URL'));
const StatusSchema = z.enum([
  'confirmed',
  'single-source',
  'conflicting',
  'carried-forward',
  'derived',
]);
const CallYearSchema = z.union(CALL_YEARS.map((year) => z.literal(year)));
const MoneySchema = z.string().check(z.regex(MONEY, 'Expected a two-place decimal string'));
const RatioSchema = z.string().check(z.regex(RATIO, 'Expected a share between 0 and 1'));

const provenanceShape = {
  sources: z.array(SourceSchema).check(z.minLength(1)),
  status: StatusSchema,
  carriedFrom: z.optional(CallYearSchema),
  alternative: z.optional(nonEmpty),
  derivation: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
};

type ProvenanceLike = {
  status: string;
  carriedFrom?: unknown;
  alternative?: unknown;
  derivation?: unknown;
};

function checkProvenance(ctx: z.core.ParsePayload<ProvenanceLike>): void {
  const { status, carriedFrom, alternative, derivation } = ctx.value;
  if ((status === 'carried-forward') !== (carriedFrom !== undefined)) {
    ctx.issues.push({
      code: 'custom',
      message: 'carriedFrom is required for, and only for, carried-forward figures',
      input: ctx.value,
      path: ['carriedFrom'],
    });
  }
  if (status === 'conflicting' && alternative === undefined) {
    ctx.issues.push({
      code: 'custom',
      message: 'A conflicting figure must name the alternative',
      input: ctx.value,
      path: ['alternative'],
    });
  }
  // A derived value carried into a later call year keeps its derivation.
  if (
    derivation === undefined
      ? status === 'derived'
      : status !== 'derived' && status !== 'carried-forward'
  ) {
    ctx.issues.push({
      code: 'custom',
      message:
        'derivation is required for derived figures, and allowed only on them (or on a derived value carried forward)',
      input: ctx.value,
      path: ['derivation'],
    });
  }
}

const ProvenanceSchema = z.strictObject(provenanceShape).check(checkProvenance);

function FigureSchema<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, ...provenanceShape }).check(checkProvenance);
}

const Money = FigureSchema(MoneySchema);
const Ratio = FigureSchema(RatioSchema);
const Count = FigureSchema(z.int().check(z.minimum(0)));

const MoneyRangeSchema = z
  .strictObject({
    min: z.optional(MoneySchema),
    max: z.optional(MoneySchema),
    reference: MoneySchema,
  })
  .check((ctx) => {
    // A raw check runs even when a field failed: compare only valid amounts.
    if (ctx.issues.length > 0) return;
    const { min, max, reference } = ctx.value;
    const ref = dec(reference);
    if ((min !== undefined && ref.lt(dec(min))) || (max !== undefined && ref.gt(dec(max)))) {
      ctx.issues.push({
        code: 'custom',
        message: 'The reference value must lie inside the range',
        input: ctx.value,
        path: ['reference'],
      });
    }
  });
const Range = FigureSchema(MoneyRangeSchema);

const DurationSchema = FigureSchema(
  z
    .strictObject({
      min: z.int().check(z.minimum(0)),
      max: z.int().check(z.minimum(1)),
      unit: z.enum(['days', 'months']),
    })
    .check(
      z.refine((limits) => limits.min <= limits.max, {
        message: 'min must not exceed max',
        path: ['max'],
      }),
    ),
);

const ActivityDurationsSchema = z.strictObject({
  standard: DurationSchema,
  shortTerm: z.optional(DurationSchema),
  blended: z.optional(DurationSchema),
  nonAssociated: z.optional(DurationSchema),
  minFundedDays: z.optional(Count),
});

const TravelDayRuleSchema = z.strictObject({ standard: Count, green: Count }).check(
  z.refine((rule) => rule.green.value >= rule.standard.value, {
    message: 'Green travel never funds fewer travel days than standard travel',
    path: ['green'],
  }),
);
const ActivityTravelDaysSchema = z.strictObject({
  standard: TravelDayRuleSchema,
  shortTerm: z.optional(TravelDayRuleSchema),
});

function perAction<T extends z.ZodMiniType>(activity: T) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const action of MOBILITY_ACTIONS) {
    const entries: Record<string, z.ZodMiniOptional<T>> = {};
    for (const name of ACTIVITIES_BY_ACTION[action]) entries[name] = z.optional(activity);
    shape[action] = z.strictObject(entries);
  }
  return z.strictObject(shape as Record<MobilityAction, z.ZodMiniType>);
}

function perGroup<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ 1: value, 2: value, 3: value });
}
function perGroupPartial<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ 1: z.optional(value), 2: z.optional(value), 3: z.optional(value) });
}

const OsSchema = z
  .strictObject({
    perParticipant: Money,
    tierThreshold: z.optional(Count),
    beyondThreshold: z.optional(Money),
    capPerGroup: z.optional(Money),
  })
  .check(
    z.refine((os) => (os.tierThreshold === undefined) === (os.beyondThreshold === undefined), {
      message: 'tierThreshold and beyondThreshold go together',
      path: ['beyondThreshold'],
    }),
  );

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

/** Whether bands are contiguous and increasing, the last one open-ended. */
export function bandsAreContiguous(
  bands: readonly Pick<TravelBand, 'fromKm' | 'belowKm'>[],
): boolean {
  return bands.every((band, i) => {
    const isLast = i === bands.length - 1;
    const next = bands[i + 1];
    if (isLast) return band.belowKm === null;
    return band.belowKm !== null && band.belowKm > band.fromKm && next?.fromKm === band.belowKm;
  });
}

const TravelBandSchema = z.strictObject({
  fromKm: z.int().check(z.minimum(0)),
  belowKm: z.nullable(z.int().check(z.minimum(1))),
  standard: Money,
  green: z.optional(Money),
});
const BandsSchema = z.array(TravelBandSchema).check(
  z.minLength(1),
  z.refine((bands) => bandsAreContiguous(bands), {
    message: 'Bands must be contiguous and increasing, the last one without upper bound',
  }),
);

const CountryGroupTableSchema = z.object({
  sector: z.enum(['HE', 'VET-SCH-ADU']),
  fromCallYear: CallYearSchema,
  groups: z.record(
    z.string().check(z.regex(/^[A-Z]{2}$/)),
    z.union([z.literal(1), z.literal(2), z.literal(3)]),
  ),
  provenance: ProvenanceSchema,
  exceptions: z.optional(z.record(z.string(), ProvenanceSchema)),
});

const ExceptionalTravelSchema = z.strictObject({
  coverageThreshold: Ratio,
  reimbursedShare: Ratio,
});

const packSchema = z
  .strictObject({
    callYear: CallYearSchema,
    provisional: z.boolean(),
    note: z.optional(nonEmpty),
    countryGroups: z.strictObject({
      he: CountryGroupTableSchema,
      vetSchAdu: CountryGroupTableSchema,
    }),
    unavailableActivities: z.partialRecord(
      z.enum(MOBILITY_ACTIONS),
      z.record(z.string(), FigureSchema(z.literal(true))),
    ),
    durations: perAction(ActivityDurationsSchema),
    travelDays: perAction(ActivityTravelDaysSchema),
    studentCycle: z.strictObject({
      monthsPerCycle: Count,
      monthsPerSingleCycleProgramme: Count,
      daysPerMonthForEarlierMobility: Count,
      recentGraduateMonths: Count,
    }),
    bip: z.strictObject({
      minEcts: Count,
      minPartnerHeis: Count,
      minPartnerCountries: Count,
      minParticipants: Count,
      maxParticipants: Count,
      organisationalSupportPerParticipant: Money,
    }),
    ka131: z.strictObject({
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
    }),
    ka171: z.strictObject({
      studentMonthlyOutgoing: Money,
      studentMonthlyIncoming: perGroupPartial(Money),
      staffDailyOutgoing: Money,
      staffDailyIncoming: perGroupPartial(Money),
      staffReductionFromDay15: Ratio,
    }),
    vetSchAdu: z.strictObject({
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
    }),
    travelBands: z.strictObject(
      Object.fromEntries(MOBILITY_ACTIONS.map((action) => [action, BandsSchema])) as Record<
        MobilityAction,
        typeof BandsSchema
      >,
    ),
    exceptionalTravel: z.strictObject({
      he: ExceptionalTravelSchema,
      vetSchAdu: ExceptionalTravelSchema,
    }),
  })
  .check(
    z.refine(
      (pack) =>
        pack.provisional ===
        collectFigures(pack as unknown as RulePack).some((e) => e.figure.status !== 'confirmed'),
      {
        message: 'provisional must be true exactly when some figure is not confirmed',
        path: ['provisional'],
      },
    ),
  );

/**
 * The zod schema of a rule pack: every figure has at least one source URL and a status,
 * carried-forward figures say where from, conflicting figures name the alternative, derived
 * figures record their computation (`derivation`), range references lie inside their ranges,
 * duration limits and travel days are consistent, travel bands are contiguous and increasing,
 * and `provisional` matches the figures. The packs are checked against it by the test suite; use
 * it to validate a pack you build yourself.
 *
 * @example
 * ```ts
 * import { RulePackSchema, rules2024 } from 'erasmus-kit';
 * RulePackSchema.safeParse(rules2024).success; // true
 * RulePackSchema.safeParse({ ...rules2024, provisional: false }).success; // false
 * ```
 */
export const RulePackSchema: z.ZodMiniType<RulePack> =
  packSchema as unknown as z.ZodMiniType<RulePack>;
