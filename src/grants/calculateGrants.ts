import * as z from 'zod/mini';
import {
  issuesToInputError,
  makeParser,
  parseOptions,
  type SafeResult,
  toSafe,
} from '../_lib/zod.js';
import { fastParseMobility } from '../mobility/fastMobility.js';
import {
  isParsedMobility,
  type Mobility,
  type MobilityInput,
  MobilityInputSchema,
} from '../mobility/MobilityInputSchema.js';
import { grantWithSheet, resolveGrantOptions } from './calculateGrant.js';
import type { GrantOptions } from './GrantOptionsSchema.js';
import type { GrantResult } from './types.js';

const listParser = makeParser(z.array(z.unknown(), { error: 'Expected an array of mobilities' }));

/**
 * Validates a batch and computes each grant as soon as its mobility is valid: mobilities already
 * returned by `parseMobility` are used as they are, the others are parsed (and their parsed copy
 * dropped right after use). Every problem is reported with its index (`3.endDate`); once one is
 * found, the rest is only validated and no result is returned.
 */
function grantsOf(
  mobilities: unknown,
  resolved: ReturnType<typeof resolveGrantOptions>,
): GrantResult[] {
  // An array is used as it is (zod would copy it item by item); anything else gets zod's error.
  const list: readonly unknown[] = Array.isArray(mobilities)
    ? mobilities
    : listParser.parse(mobilities);
  const results: GrantResult[] = new Array(list.length);
  const issues: z.core.$ZodIssue[] = [];
  const options = parseOptions();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    let m: Mobility | undefined;
    if (isParsedMobility(item)) m = item;
    else {
      // Plain valid mobilities take the fast path; the others (and every error) the schema.
      const fast = fastParseMobility(item);
      if (fast !== undefined) m = fast as Mobility;
      else {
        const result = MobilityInputSchema.safeParse(item, options);
        // Not frozen: the parsed copy never leaves the engine (results do not include it).
        if (result.success) m = result.data as Mobility;
        else
          for (const issue of result.error.issues) {
            issues.push({ ...issue, path: [i, ...issue.path] });
          }
      }
    }
    if (m !== undefined && issues.length === 0) results[i] = grantWithSheet(m, resolved);
  }
  if (issues.length > 0) throw issuesToInputError(issues);
  return results;
}

/**
 * Computes the grants of many mobilities at once: options (and a rate sheet) are validated once,
 * each call year's rule pack is looked up once, and mobilities already validated by
 * `parseMobility` are not validated again. Results are in input order and equal to
 * `calculateGrant` of each mobility.
 *
 * @param mobilities - the mobilities (plain data, or values returned by `parseMobility`)
 * @param options - `rateSheet` and `rounding`, as for `calculateGrant`
 * @returns one {@link GrantResult} per mobility
 * @throws InputError listing every problem of every invalid mobility, each path starting with its index
 *
 * @example
 * ```ts
 * import { calculateGrants, parseMobility } from 'erasmus-kit';
 * const staff = parseMobility({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-training',
 *   sendingCountry: 'RS',
 *   receivingCountry: 'HR',
 *   startDate: '2024-10-07',
 *   endDate: '2024-10-11',
 *   travel: { distanceKm: 370 },
 * });
 * const results = calculateGrants([staff, { ...staff, receivingCountry: 'SI' }]);
 * results.map((r) => r.total); // ['951.00', '1061.00']
 * ```
 */
export function calculateGrants(
  mobilities: readonly (MobilityInput | Mobility)[],
  options?: GrantOptions,
): GrantResult[] {
  return grantsOf(mobilities, resolveGrantOptions(options));
}

const safeGrants = toSafe(calculateGrants);

/**
 * The non-throwing twin of {@link calculateGrants}.
 *
 * @param mobilities - as for {@link calculateGrants}
 * @param options - as for {@link calculateGrants}
 * @returns `{ success: true, data }` with the results, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCalculateGrants } from 'erasmus-kit';
 * const result = safeCalculateGrants([{ action: 'KA131-HED' }] as never);
 * const firstPath = result.success ? [] : result.error.issues[0]?.path;
 * firstPath?.[0]; // 0
 * ```
 */
export function safeCalculateGrants(
  mobilities: readonly (MobilityInput | Mobility)[],
  options?: GrantOptions,
): SafeResult<GrantResult[]> {
  return safeGrants(mobilities, options);
}
