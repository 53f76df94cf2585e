import * as z from 'zod/mini';
import { CallYearSchema } from '../_lib/callYearSchema.js';
import { IsoDateSchema, packedDate } from '../_lib/dates.js';
import { Decimal } from '../_lib/decimal.js';
import type { DeepReadonly } from '../_lib/freeze.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { showInput } from '../_lib/showInput.js';
import { makeParser, type SafeResult } from '../_lib/zod.js';
import { GeoPointSchema } from '../distance/greatCircleDistanceKm.js';
import { CountryCodeSchema } from '../programme/CountryCodeSchema.js';
import {
  ACTIVITIES_BY_ACTION,
  MOBILITY_ACTIONS,
  type MobilityAction,
} from '../rules/vocabulary.js';
import { dayCountMethodOf, isStudentActivity } from './activityKinds.js';
import { countDays } from './countDays.js';
import { fastParseMobility } from './fastMobility.js';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** A copy of `schema` with a description for JSON Schema (shared schemas stay untouched). */
function described<S extends z.ZodMiniType>(schema: S, description: string): S {
  const copy = schema.clone() as S;
  z.globalRegistry.add(copy, { description });
  return copy;
}

const dayCount = (what: string) =>
  z
    .int({ error: `Expected ${what} as a whole number of days` })
    .check(z.minimum(0, { error: `Expected ${what} to be 0 or more days` }));

const MONEY_STRING = /^\d{1,12}(\.\d{1,2})?$/;

/** Euros: a decimal string or a finite number ≥ 0 with at most 2 decimals → a two-place string. */
const EurosSchema = z.pipe(
  z.union([
    z.string().check(
      z.regex(MONEY_STRING, {
        error: 'Expected euros as a decimal string such as "123.45" (at most 2 decimals, no sign)',
      }),
    ),
    z.number().check(
      z.minimum(0),
      z.maximum(1e12),
      z.refine((value) => new Decimal(value).decimalPlaces() <= 2, {
        error: 'Expected euros with at most 2 decimals',
      }),
    ),
  ]),
  z.transform((value): MoneyString => formatMoney(new Decimal(value))),
);

const TravelSchema = z
  .strictObject({
    distanceKm: z.optional(z.number().check(z.minimum(0), z.maximum(40_100))),
    from: z.optional(GeoPointSchema),
    to: z.optional(GeoPointSchema),
    green: z.optional(z.boolean()),
    realCostEur: z.optional(EurosSchema),
  })
  .check(
    z.superRefine((travel, ctx) => {
      if (travel.distanceKm !== undefined && (travel.from || travel.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['distanceKm'],
          input: travel.distanceKm,
          message: 'Give either distanceKm or from/to coordinates, not both',
        });
      }
      if ((travel.from === undefined) !== (travel.to === undefined)) {
        const missing = travel.from === undefined ? 'from' : 'to';
        ctx.addIssue({
          code: 'custom',
          path: [missing],
          input: undefined,
          message: `Coordinates need both ends: "${missing}" is missing`,
        });
      }
    }),
  );

const ParticipantSchema = z.strictObject({
  fewerOpportunities: described(
    z.optional(z.boolean()),
    'The participant has fewer opportunities (as defined nationally).',
  ),
  recentGraduate: described(
    z.optional(z.boolean()),
    'A recent graduate (selected during the last year of study).',
  ),
  graduationDate: described(
    z.optional(IsoDateSchema),
    'Date of graduation; with recentGraduate, the mobility must end within the window after it.',
  ),
  residenceCountry: described(
    z.optional(CountryCodeSchema),
    "The participant's country of residence.",
  ),
  previousMonthsInCycle: described(
    z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    'Months of Erasmus+ mobility already spent in the same study cycle (decimals allowed).',
  ),
  previousShortTermDaysInCycle: described(
    z.optional(dayCount('previousShortTermDaysInCycle')),
    'Days of earlier short-term mobility in the same study cycle (counted as days / 30 months).',
  ),
  singleCycleProgramme: described(
    z.optional(z.boolean()),
    'A single-cycle programme such as medicine (24-month cap instead of 12).',
  ),
});

const common = {
  callYear: described(
    CallYearSchema,
    'The call year of the project (the call under which it was awarded), 2021–2026.',
  ),
  format: described(
    z.optional(z.enum(['long-term', 'short-term'])),
    "Student mobility format (required for HE students): 'long-term' or 'short-term'.",
  ),
  blended: described(z.optional(z.boolean()), 'A blended mobility (with a virtual component).'),
  sendingCountry: described(CountryCodeSchema, 'Country of the sending organisation.'),
  receivingCountry: described(CountryCodeSchema, 'Country of the receiving organisation.'),
  startDate: described(IsoDateSchema, 'First day of the physical activity (travel excluded).'),
  endDate: described(IsoDateSchema, 'Last day of the physical activity (travel excluded).'),
  travelDays: described(
    z.optional(dayCount('travelDays')),
    "Travel days declared; the funded ones are capped by the call year's allowance.",
  ),
  interruptionDays: described(z.optional(dayCount('interruptionDays')), 'Days of interruption.'),
  nonFundedDays: described(
    z.optional(dayCount('nonFundedDays')),
    'Days of the stay that are not funded (partial zero-grant).',
  ),
  virtualDays: described(
    z.optional(dayCount('virtualDays')),
    'Days of the virtual component of a blended mobility.',
  ),
  travel: described(
    z.optional(TravelSchema),
    'The journey: distance (or coordinates), green travel, real cost.',
  ),
  participant: described(z.optional(ParticipantSchema), 'Facts about the participant.'),
  zeroGrant: described(z.optional(z.boolean()), 'A zero-grant mobility.'),
  forceMajeure: described(z.optional(z.boolean()), 'Force majeure is declared.'),
};

const heOnly = {
  bip: described(
    z.optional(z.boolean()),
    'Part of a Blended Intensive Programme (organised under KA131; KA131 and KA171 participants may attend one).',
  ),
  doctoral: described(z.optional(z.boolean()), 'A doctoral candidate (student mobility only).'),
  ects: described(
    z.optional(z.number().check(z.minimum(0), z.maximum(120))),
    'ECTS credits the mobility awards.',
  ),
};

const HE_ONLY_KEYS = Object.keys(heOnly);

function branch<A extends MobilityAction>(action: A) {
  return z.strictObject(
    {
      action: z.literal(action),
      activity: z.enum(ACTIVITIES_BY_ACTION[action] as (typeof ACTIVITIES_BY_ACTION)[A], {
        error: (issue) =>
          `Activity ${showInput(issue.input)} does not exist in ${action}: expected one of ${ACTIVITIES_BY_ACTION[action].map((a) => `'${a}'`).join(', ')}`,
      }),
      ...common,
    },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys') return undefined;
        const heKeys = issue.keys.filter((key) => HE_ONLY_KEYS.includes(key));
        return heKeys.length > 0
          ? `${heKeys.join(', ')} ${heKeys.length === 1 ? 'applies' : 'apply'} to KA131-HED and KA171-HED only, not to ${action}`
          : undefined;
      },
    },
  );
}

function heBranch<A extends 'KA131-HED' | 'KA171-HED'>(action: A) {
  return z.extend(branch(action), heOnly);
}

const branches = z.discriminatedUnion(
  'action',
  [
    heBranch('KA131-HED'),
    heBranch('KA171-HED'),
    branch('KA121-VET'),
    branch('KA122-VET'),
    branch('KA121-SCH'),
    branch('KA122-SCH'),
    branch('KA121-ADU'),
    branch('KA122-ADU'),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `Unknown action ${showInput((issue.input as { action?: unknown } | undefined)?.action)}: expected one of ${MOBILITY_ACTIONS.map((a) => `'${a}'`).join(', ')}`
        : undefined,
  },
);

type Parsed = z.output<typeof branches>;

const isValidDate = (value: unknown): boolean =>
  typeof value === 'string' && packedDate(value) >= 0;
const isDayCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

/** Cross-field checks: dates in order, format consistent with the activity, day counts fit. */
function checkConsistency(m: Parsed, ctx: z.core.$RefinementCtx<Parsed>): void {
  const add = (path: PropertyKey[], message: string, input: unknown) =>
    ctx.addIssue({ code: 'custom', path, message, input });

  // Checks run even when a field already failed a refinement (an impossible date, a negative
  // count): use only values that are valid on their own.
  const datesValid = isValidDate(m.startDate) && isValidDate(m.endDate);
  const endBeforeStart = datesValid && m.endDate < m.startDate;
  if (endBeforeStart) {
    add(
      ['endDate'],
      `endDate ${m.endDate} is before startDate ${m.startDate}: the end date must be on or after the start date`,
      m.endDate,
    );
  }

  const student = isStudentActivity(m.action, m.activity);
  if (student && m.format === undefined) {
    add(
      ['format'],
      `Student mobility needs a format: 'long-term' (2–12 months, 30/360 days) or 'short-term' (calendar days)`,
      undefined,
    );
  }
  if (!student && m.format !== undefined) {
    const implied = m.activity === 'learner-long-term' ? 'long-term' : 'short-term';
    if (m.format !== implied) {
      add(
        ['format'],
        `Format '${m.format}' does not fit activity '${m.activity}', which is ${implied}`,
        m.format,
      );
    }
  }
  if ('doctoral' in m && m.doctoral === true && !student) {
    add(['doctoral'], 'doctoral applies to student mobility only', m.doctoral);
  }

  const method = dayCountMethodOf(m);
  const interruptions = m.interruptionDays ?? 0;
  const nonFunded = m.nonFundedDays ?? 0;
  if (
    method !== undefined &&
    datesValid &&
    !endBeforeStart &&
    isDayCount(interruptions) &&
    isDayCount(nonFunded)
  ) {
    const calculated = countDays(method, m.startDate, m.endDate);
    if (interruptions > calculated) {
      add(
        ['interruptionDays'],
        `interruptionDays (${interruptions}) is more than the ${calculated} days from startDate to endDate`,
        interruptions,
      );
    } else if (interruptions + nonFunded > calculated) {
      add(
        ['nonFundedDays'],
        `nonFundedDays (${nonFunded}) is more than the ${calculated - interruptions} days left after interruptions`,
        nonFunded,
      );
    }
  }
}

/**
 * The zod schema of a mobility: one description that every engine of erasmus-kit reads
 * (duration, eligibility, grants). Parse it with {@link parseMobility} / {@link safeParseMobility}.
 *
 * - `action` picks the activities allowed: `'student-studies'` in a `KA122-SCH` project is an input
 *   error, never a silent default.
 * - Dates are strict ISO `YYYY-MM-DD` and name the **physical** activity, travel excluded;
 *   `endDate` before `startDate` is an input error naming both fields.
 * - Day counts are whole numbers ≥ 0; interruptions and non-funded days cannot exceed the days of
 *   the period.
 * - Objects are strict: an unknown key (a typo such as `interuptionDays`) is an input error,
 *   because a silently ignored field would change the result without telling you.
 * - `travel.realCostEur` accepts `"123.45"` or `123.45` and is stored as a two-place string.
 * - `participant.graduationDate` is read only together with `recentGraduate: true`;
 *   `previousMonthsInCycle` / `previousShortTermDaysInCycle` only for HE student mobility.
 *
 * @example
 * ```ts
 * import { MobilityInputSchema } from 'erasmus-kit';
 * const ok = MobilityInputSchema.safeParse({
 *   action: 'KA131-HED',
 *   callYear: 2023,
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   sendingCountry: 'DE',
 *   receivingCountry: 'ES',
 *   startDate: '2023-01-01',
 *   endDate: '2023-04-15',
 * });
 * ok.success; // true
 * ```
 */
export const MobilityInputSchema = branches.check(z.superRefine(checkConsistency));

MobilityInputSchema.register(z.globalRegistry, {
  title: 'Mobility',
  description:
    'One Erasmus+ learning mobility (KA131/KA171 higher education, KA121/KA122 VET, school and adult education), as read by computeDuration, checkEligibility and calculateGrant.',
  examples: [
    {
      action: 'KA131-HED',
      callYear: 2023,
      activity: 'student-studies',
      format: 'long-term',
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2023-01-01',
      endDate: '2023-04-15',
    },
  ],
});

/**
 * What you give to {@link parseMobility}, `computeDuration` and `checkEligibility`: a mobility as
 * plain data (the input side of {@link MobilityInputSchema}).
 *
 * @example
 * ```ts
 * import type { MobilityInput } from 'erasmus-kit';
 * const input: MobilityInput = {
 *   action: 'KA122-SCH',
 *   callYear: 2024,
 *   activity: 'staff-job-shadowing',
 *   sendingCountry: 'HR',
 *   receivingCountry: 'FI',
 *   startDate: '2024-10-07',
 *   endDate: '2024-10-11',
 * };
 * ```
 */
export type MobilityInput = z.input<typeof MobilityInputSchema>;

/**
 * A validated mobility, deeply read-only: what {@link parseMobility} returns. `activity` is narrowed
 * by `action`, dates are {@link IsoDate}s and `travel.realCostEur` is a two-place string.
 *
 * @example
 * ```ts
 * import { type Mobility, parseMobility } from 'erasmus-kit';
 * const mobility: Mobility = parseMobility({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-teaching',
 *   sendingCountry: 'PL',
 *   receivingCountry: 'PT',
 *   startDate: '2024-05-06',
 *   endDate: '2024-05-10',
 * });
 * if (mobility.action === 'KA131-HED') mobility.activity; // 'student-studies' | ... | 'invited-staff'
 * ```
 */
export type Mobility = DeepReadonly<z.output<typeof MobilityInputSchema>>;

const mobilityParser = makeParser(MobilityInputSchema);

/** Every mobility returned by parseMobility / safeParseMobility (frozen, so it cannot change). */
const parsedMobilities = new WeakSet<object>();

/**
 * Freezes a freshly parsed mobility and remembers it as valid. A parsed mobility is flat but for
 * `travel` (with its `from` / `to` points) and `participant`, so freezing those is a deep freeze.
 */
function seal(data: z.output<typeof MobilityInputSchema>): Mobility {
  const travel = data.travel;
  if (travel !== undefined) {
    if (travel.from !== undefined) Object.freeze(travel.from);
    if (travel.to !== undefined) Object.freeze(travel.to);
    Object.freeze(travel);
  }
  if (data.participant !== undefined) Object.freeze(data.participant);
  const mobility = Object.freeze(data) as Mobility;
  parsedMobilities.add(mobility);
  return mobility;
}

/**
 * Whether a value is a mobility returned by {@link parseMobility} or {@link safeParseMobility}
 * (internal: lets engines skip validating twice). Parsed mobilities are deeply frozen, so a
 * value that passes cannot have been changed since.
 */
export function isParsedMobility(value: unknown): value is Mobility {
  return typeof value === 'object' && value !== null && parsedMobilities.has(value);
}

/** Returns `input` itself when it is an already parsed mobility, otherwise parses it. */
export function toMobility(input: unknown): Mobility {
  return isParsedMobility(input) ? input : parseMobility(input);
}

/**
 * Validates a mobility and returns it deeply frozen and typed. Throws {@link InputError} listing
 * every problem with its path (`activity`, `endDate`, `travel.from.lat`, ...).
 *
 * @param input - the mobility, as plain data
 * @returns the validated mobility (a new, frozen object; the input is not touched)
 *
 * @example
 * ```ts
 * import { parseMobility } from 'erasmus-kit';
 * const mobility = parseMobility({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'student-traineeship',
 *   format: 'long-term',
 *   sendingCountry: 'RS',
 *   receivingCountry: 'AT',
 *   startDate: '2024-09-15',
 *   endDate: '2024-12-14',
 *   travel: { distanceKm: 510, green: true, realCostEur: '120.5' },
 * });
 * mobility.travel?.realCostEur; // '120.50'
 * ```
 */
export function parseMobility(input: unknown): Mobility {
  const fast = fastParseMobility(input);
  return seal(
    fast !== undefined
      ? (fast as z.output<typeof MobilityInputSchema>)
      : mobilityParser.parse(input),
  );
}

/**
 * The non-throwing twin of {@link parseMobility}.
 *
 * @param input - the mobility, as plain data
 * @returns `{ success: true, data }` or `{ success: false, error }` with the {@link InputError}
 *
 * @example
 * ```ts
 * import { safeParseMobility } from 'erasmus-kit';
 * const result = safeParseMobility({ action: 'KA122-SCH', activity: 'student-studies' });
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 */
export function safeParseMobility(input: unknown): SafeResult<Mobility> {
  const fast = fastParseMobility(input);
  if (fast !== undefined) {
    return { success: true, data: seal(fast as z.output<typeof MobilityInputSchema>) };
  }
  const result = mobilityParser.safeParse(input);
  return result.success ? { success: true, data: seal(result.data) } : result;
}
