import * as z from 'zod/mini';
import type { DeepReadonly } from '../_lib/freeze.js';
import { compiled, type IssueRoot, lazySchema, makeParser, type SafeResult } from '../_lib/zod.js';
import { mobilityBranches } from './mobilityBranches.js';
import { checkConsistency } from './mobilityConsistency.js';

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
export const MobilityInputSchema = lazySchema(
  () => mobilityBranches().check(z.check(checkConsistency)),
  {
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
  },
);

/**
 * What you give to {@link parseMobility}, `computeDuration` and `checkEligibility`: a mobility as
 * plain data (the input side of {@link MobilityInputSchema}). Each field is described in
 * [the mobility input](../../docs/eligibility.md#the-mobility-input) of the eligibility guide.
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
// `| never` changes nothing in what the type accepts; it makes the union a type of its own, so
// editors and the API docs show the name `MobilityInput` instead of all its branches written out.
export type MobilityInput = z.input<typeof MobilityInputSchema> | never;

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

const mobilityParser = makeParser(MobilityInputSchema, { runner: compiled, root: 'mobility' });

/** Every mobility returned by parseMobility / safeParseMobility (frozen, so it cannot change). */
const parsedMobilities = new WeakSet<object>();

function isParsedMobility(value: unknown): value is Mobility {
  return typeof value === 'object' && value !== null && parsedMobilities.has(value);
}

/**
 * The one way in for a mobility (internal: every engine reads its mobilities here). A mobility
 * returned by {@link parseMobility} is taken as it is, since it is frozen and was valid; anything
 * else is validated by {@link MobilityInputSchema}, compiled. A new mobility is not frozen: an
 * engine drops it after use, and {@link safeParseMobility} freezes what it returns. Issue paths
 * start at `root`: `mobility` by default, `['mobilities', 3]` for the fourth of a batch.
 */
export function readMobility(input: unknown, root: IssueRoot = 'mobility'): SafeResult<Mobility> {
  return isParsedMobility(input)
    ? { success: true, data: input }
    : mobilityParser.safeParse(input, root);
}

/**
 * Freezes a freshly parsed mobility and remembers it as valid. A parsed mobility is flat but for
 * `travel` (with its `from` / `to` points) and `participant`, so freezing those is a deep freeze.
 */
function seal(data: Mobility): Mobility {
  const travel = data.travel;
  if (travel !== undefined) {
    if (travel.from !== undefined) Object.freeze(travel.from);
    if (travel.to !== undefined) Object.freeze(travel.to);
    Object.freeze(travel);
  }
  if (data.participant !== undefined) Object.freeze(data.participant);
  const mobility: Mobility = Object.freeze(data);
  parsedMobilities.add(mobility);
  return mobility;
}

/**
 * Validates a mobility and returns it deeply frozen and typed. Throws {@link InputError} listing
 * every problem with its path (`mobility.activity`, `mobility.endDate`, `mobility.travel.from.lat`, ...). A mobility it
 * returned is not validated again, here or by any other function of the library.
 *
 * @param mobility - the mobility, as plain data (issue paths start at `mobility`)
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
export function parseMobility(mobility: unknown): Mobility {
  const result = safeParseMobility(mobility);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The non-throwing twin of {@link parseMobility}.
 *
 * @param mobility - the mobility, as plain data
 * @returns `{ success: true, data }` or `{ success: false, error }` with the {@link InputError}
 *
 * @example
 * ```ts
 * import { safeParseMobility } from 'erasmus-kit';
 * const result = safeParseMobility({ action: 'KA122-SCH', activity: 'student-studies' });
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 */
export function safeParseMobility(mobility: unknown): SafeResult<Mobility> {
  const result = readMobility(mobility);
  // The schema always builds a new object: `data` is `mobility` only for one parsed before.
  return result.success && result.data !== mobility
    ? { success: true, data: seal(result.data) }
    : result;
}
