/** fast-check arbitraries of mobility inputs, for the property tests. */
import fc from 'fast-check';
import { addDays, daysInclusive } from '../../src/_lib/calendar.js';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { isStudentActivity } from '../../src/mobility/activityKinds.js';
import { type MobilityInput, safeParseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { ACTIVITIES_BY_ACTION, MOBILITY_ACTIONS } from '../../src/rules/vocabulary.js';

const COUNTRIES = ['DE', 'ES', 'FR', 'RE', 'RS', 'TR', 'GB', 'US', 'BA', 'JP', 'EL'] as const;
const FIRST = '2021-01-01';
/** The days after FIRST that a mobility may start on (up to 2027-12-31). */
const LAST = daysInclusive(FIRST, '2027-12-31') - 1;

/** A mobility's key fields, before the dates and counts. */
const head = fc.constantFrom(...MOBILITY_ACTIONS).chain((action) =>
  fc.record({
    action: fc.constant(action),
    activity: fc.constantFrom(...(ACTIVITIES_BY_ACTION[action] as readonly string[])),
    callYear: fc.constantFrom(...CALL_YEARS),
    studentFormat: fc.constantFrom('long-term', 'short-term'),
    sendingCountry: fc.constantFrom(...COUNTRIES),
    receivingCountry: fc.constantFrom(...COUNTRIES),
  }),
);

/** Any valid mobility input (about 1 in 20 candidates is dropped by the schema's checks). */
export const mobilityArb: fc.Arbitrary<MobilityInput> = fc
  .record({
    head,
    start: fc.integer({ min: 0, max: LAST }),
    length: fc.integer({ min: 0, max: 400 }),
    interruptionDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    nonFundedDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    travelDays: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    green: fc.option(fc.boolean(), { nil: undefined }),
    blended: fc.option(fc.boolean(), { nil: undefined }),
    zeroGrant: fc.option(fc.boolean(), { nil: undefined }),
    forceMajeure: fc.option(fc.boolean(), { nil: undefined }),
    previousMonthsInCycle: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
  })
  .map(({ head: h, start, length, green, previousMonthsInCycle, ...rest }) => {
    const input: {
      [key: string]: unknown;
      format?: string;
      travel?: unknown;
      participant?: unknown;
    } = {
      action: h.action,
      activity: h.activity,
      callYear: h.callYear,
      sendingCountry: h.sendingCountry,
      receivingCountry: h.receivingCountry,
      startDate: addDays(FIRST, start),
      endDate: addDays(FIRST, start + length),
    };
    if (isStudentActivity(h.action, h.activity)) input.format = h.studentFormat;
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) input[key] = value;
    if (green !== undefined) input.travel = { green };
    if (previousMonthsInCycle !== undefined) input.participant = { previousMonthsInCycle };
    return input as MobilityInput;
  })
  .filter((input) => safeParseMobility(input).success);

/** The same object with its keys (and nested keys) in another order. */
export function reorderKeys<T>(value: T, seed: number): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  // a deterministic shuffle driven by the seed
  const shuffled = entries
    .map(([key, v], index) => ({ key, v, rank: ((index + 1) * 7919 * (seed + 1)) % 104729 }))
    .sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key));
  return Object.fromEntries(shuffled.map(({ key, v }) => [key, reorderKeys(v, seed + 1)])) as T;
}
