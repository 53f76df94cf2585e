/**
 * The fields of a mobility, each with its own schema: the ones every action has, and the ones of
 * higher education only (internal: `mobilityBranches.ts` puts them together per action).
 *
 * @module
 */
import * as z from 'zod/mini';
import { callYearSchema } from '../_lib/callYearSchema.js';
import { IsoDateSchema } from '../_lib/dates.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { unwrapLazy } from '../_lib/zod.js';
import { GeoPointSchema } from '../distance/greatCircleDistanceKm.js';
import { CountryCodeSchema } from '../programme/CountryCodeSchema.js';

/** A copy of `schema` with a description for JSON Schema (shared schemas stay untouched). */
function described<S extends z.ZodMiniType>(schema: S, description: string): S {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

const dayCount = (what: string) =>
  z
    .int({ error: `Expected ${what} as a whole number of days` })
    .check(z.minimum(0, { error: `Expected ${what} to be 0 or more days` }));

/** Euros as a string: digits, and at most two decimals. */
const EUROS_TEXT = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * A number written with at most two decimals (`String(value)`: an exponent `e+` marks a whole
 * number, `e-` more than two decimals).
 */
const CENTS_NUMBER = /^-?\d+(\.\d{1,2})?(e\+\d+)?$/;

/** Euros: a decimal string or a finite number ≥ 0 with at most 2 decimals → a two-place string. */
const eurosSchema = () =>
  z.pipe(
    z.union([
      z.string().check(
        z.regex(EUROS_TEXT, {
          error:
            'Expected euros as a decimal string such as "123.45" (at most 2 decimals, no sign)',
        }),
      ),
      z.number().check(
        z.minimum(0),
        z.maximum(1e12),
        z.refine((value) => CENTS_NUMBER.test(String(value)), {
          error: 'Expected euros with at most 2 decimals',
          params: { code: 'too-precise' },
        }),
      ),
    ]),
    z.transform((value): MoneyString => formatMoney(value)),
  );

const travelSchema = () =>
  z
    .strictObject({
      distanceKm: z.optional(z.number().check(z.minimum(0), z.maximum(40_100))),
      from: z.optional(unwrapLazy(GeoPointSchema)),
      to: z.optional(unwrapLazy(GeoPointSchema)),
      green: z.optional(z.boolean()),
      realCostEur: z.optional(eurosSchema()),
    })
    .check(
      z.superRefine((travel, ctx) => {
        if (travel.distanceKm !== undefined && (travel.from || travel.to)) {
          ctx.addIssue({
            code: 'custom',
            path: ['distanceKm'],
            params: { code: 'conflicting-fields' },
            input: travel.distanceKm,
            message: 'Give either distanceKm or from/to coordinates, not both',
          });
        }
        if ((travel.from === undefined) !== (travel.to === undefined)) {
          const missing = travel.from === undefined ? 'from' : 'to';
          ctx.addIssue({
            code: 'custom',
            path: [missing],
            params: { code: 'missing-field' },
            input: undefined,
            message: `Coordinates need both ends: "${missing}" is missing`,
          });
        }
      }),
    );

const participantSchema = () =>
  z.strictObject({
    fewerOpportunities: described(
      z.optional(z.boolean()),
      'The participant has fewer opportunities (as defined nationally).',
    ),
    recentGraduate: described(
      z.optional(z.boolean()),
      'A recent graduate (selected during the last year of study).',
    ),
    graduationDate: described(
      z.optional(unwrapLazy(IsoDateSchema)),
      'Date of graduation; with recentGraduate, the mobility must end within the window after it.',
    ),
    residenceCountry: described(
      z.optional(unwrapLazy(CountryCodeSchema)),
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

/**
 * The fields of every mobility, whatever its action (besides `action` and `activity`): built by
 * the builder of `MobilityInputSchema`, once.
 */
export const commonFields = () => ({
  callYear: described(
    callYearSchema(),
    'The call year of the project (the call under which it was awarded), 2021–2026.',
  ),
  format: described(
    z.optional(z.enum(['long-term', 'short-term'])),
    "Student mobility format (required for HE students): 'long-term' or 'short-term'.",
  ),
  blended: described(z.optional(z.boolean()), 'A blended mobility (with a virtual component).'),
  sendingCountry: described(unwrapLazy(CountryCodeSchema), 'Country of the sending organisation.'),
  receivingCountry: described(
    unwrapLazy(CountryCodeSchema),
    'Country of the receiving organisation.',
  ),
  startDate: described(
    unwrapLazy(IsoDateSchema),
    'First day of the physical activity (travel excluded).',
  ),
  endDate: described(
    unwrapLazy(IsoDateSchema),
    'Last day of the physical activity (travel excluded).',
  ),
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
    z.optional(travelSchema()),
    'The journey: distance (or coordinates), green travel, real cost.',
  ),
  participant: described(z.optional(participantSchema()), 'Facts about the participant.'),
  zeroGrant: described(z.optional(z.boolean()), 'A zero-grant mobility.'),
  forceMajeure: described(z.optional(z.boolean()), 'Force majeure is declared.'),
});

/** The fields of KA131-HED and KA171-HED mobilities only. */
export const higherEducationFields = () => ({
  bip: described(
    z.optional(z.boolean()),
    'Part of a Blended Intensive Programme (organised under KA131; KA131 and KA171 participants may attend one).',
  ),
  doctoral: described(z.optional(z.boolean()), 'A doctoral candidate (student mobility only).'),
  ects: described(
    z.optional(z.number().check(z.minimum(0), z.maximum(120))),
    'ECTS credits the mobility awards.',
  ),
});
