import * as z from 'zod/mini';
import { lazySchema, unwrapLazy } from '../_lib/zod.js';
import {
  BipSchema,
  DurationRulesSchema,
  StudentCycleSchema,
  TravelDayRulesSchema,
  UnavailableActivitiesSchema,
} from './eligibilitySectionSchemas.js';
import { nonEmpty, PackCallYearSchema } from './figureSchemas.js';
import { provisionalMatchesFigures } from './packChecks.js';
import {
  CountryGroupsSchema,
  ExceptionalTravelRulesSchema,
  Ka131RatesSchema,
  Ka171RatesSchema,
  TravelBandRulesSchema,
  VetSchAduRatesSchema,
} from './rateSectionSchemas.js';
import type { RulePack } from './types.js';

/** A rule pack's sections, checked one by one (built by the builder of `RulePackSchema`). */
const packShape = () =>
  z.strictObject({
    callYear: unwrapLazy(PackCallYearSchema),
    provisional: z.boolean(),
    note: z.optional(unwrapLazy(nonEmpty)),
    countryGroups: unwrapLazy(CountryGroupsSchema),
    unavailableActivities: unwrapLazy(UnavailableActivitiesSchema),
    durations: unwrapLazy(DurationRulesSchema),
    travelDays: unwrapLazy(TravelDayRulesSchema),
    studentCycle: unwrapLazy(StudentCycleSchema),
    bip: unwrapLazy(BipSchema),
    ka131: unwrapLazy(Ka131RatesSchema),
    ka171: unwrapLazy(Ka171RatesSchema),
    vetSchAdu: unwrapLazy(VetSchAduRatesSchema),
    travelBands: unwrapLazy(TravelBandRulesSchema),
    exceptionalTravel: unwrapLazy(ExceptionalTravelRulesSchema),
  });

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
  // The shape parses exactly a RulePack, but zod cannot spell three of its types: money and
  // shares are template-literal strings (`${number}.${number}`) proven by a pattern check, a
  // figure's sources a non-empty list proven by a length check, and an optional field's output
  // admits an explicit `undefined` that exactOptionalPropertyTypes forbids.
  lazySchema(() =>
    (packShape() as unknown as z.ZodMiniType<RulePack>).check(provisionalMatchesFigures()),
  );
