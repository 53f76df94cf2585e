import * as z from 'zod/mini';
import {
  issuesToInputError,
  makeParser,
  parseOptions,
  type SafeResult,
  toSafe,
} from '../_lib/zod.js';
import type { InputError } from '../errors.js';
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
 * dropped right after use). An invalid mobility gets its own error, each issue's path starting
 * with its index (`3.endDate`); the others are computed all the same.
 */
function grantsOf(
  mobilities: unknown,
  resolved: ReturnType<typeof resolveGrantOptions>,
): SafeResult<GrantResult>[] {
  // An array is used as it is (zod would copy it item by item); anything else gets zod's error.
  const list: readonly unknown[] = Array.isArray(mobilities)
    ? mobilities
    : listParser.parse(mobilities);
  const results: SafeResult<GrantResult>[] = new Array(list.length);
  const options = parseOptions();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    let m: Mobility;
    if (isParsedMobility(item)) m = item;
    else {
      // Plain valid mobilities take the fast path; the others (and every error) the schema.
      const fast = fastParseMobility(item);
      if (fast !== undefined) m = fast as Mobility;
      else {
        const result = MobilityInputSchema.safeParse(item, options);
        if (!result.success) {
          results[i] = { success: false, error: atIndex(i, result.error.issues) };
          continue;
        }
        // Not frozen: the parsed copy never leaves the engine (results do not include it).
        m = result.data as Mobility;
      }
    }
    results[i] = { success: true, data: grantWithSheet(m, resolved) };
  }
  return results;
}

/** The error of the mobility at `index`: its issues, each path starting with the index. */
function atIndex(index: number, issues: readonly z.core.$ZodIssue[]): InputError {
  return issuesToInputError(issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
}

/**
 * Computes the grants of many mobilities at once — say, an office's list of 200 mobilities —
 * with one result per mobility, in input order: `{ success: true, data }` with the
 * {@link GrantResult} (equal to `calculateGrant` of the mobility), or `{ success: false, error }`
 * with the `InputError` of an invalid mobility, each issue's path starting with its index
 * (`[3, 'endDate']`). One bad row does not sink the batch: every valid mobility gets its result.
 *
 * Options (and a rate sheet) are validated once, each call year's rule pack is looked up once,
 * and mobilities already validated by `parseMobility` are not validated again. Check
 * `data.complete` of each success: a grant that lacks a line (a missing figure or distance) is
 * not the whole grant.
 *
 * @param mobilities - the mobilities (plain data, or values returned by `parseMobility`)
 * @param options - `rateSheet` and `rounding`, as for `calculateGrant`
 * @returns one `SafeResult` per mobility, in input order
 * @throws InputError when `mobilities` is not an array, or the options are invalid
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
 * const results = calculateGrants([
 *   staff,
 *   { ...staff, endDate: '2024-10-01' }, // ends before it starts
 *   { ...staff, receivingCountry: 'SI' },
 * ]);
 * results.map((r) => (r.success ? r.data.total : 'invalid')); // ['951.00', 'invalid', '1061.00']
 * const second = results[1];
 * second?.success === false ? second.error.issues[0]?.path[0] : undefined; // 1
 * ```
 */
export function calculateGrants(
  mobilities: readonly (MobilityInput | Mobility)[],
  options?: GrantOptions,
): SafeResult<GrantResult>[] {
  return grantsOf(mobilities, resolveGrantOptions(options));
}

const safeGrants = toSafe(calculateGrants);

/**
 * The non-throwing twin of {@link calculateGrants}: what it would throw (`mobilities` not an
 * array, invalid options) gives `{ success: false, error }`; otherwise `{ success: true, data }`
 * with the per-mobility results, invalid mobilities included as failures.
 *
 * @param mobilities - as for {@link calculateGrants}
 * @param options - as for {@link calculateGrants}
 * @returns `{ success: true, data }` with one `SafeResult` per mobility, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCalculateGrants } from 'erasmus-kit';
 * safeCalculateGrants('not a list' as never).success; // false
 * const result = safeCalculateGrants([{ action: 'KA131-HED' }] as never);
 * const first = result.success ? result.data[0] : undefined;
 * first?.success; // false
 * first?.success === false ? first.error.issues[0]?.path[0] : undefined; // 0
 * ```
 */
export function safeCalculateGrants(
  mobilities: readonly (MobilityInput | Mobility)[],
  options?: GrantOptions,
): SafeResult<SafeResult<GrantResult>[]> {
  return safeGrants(mobilities, options);
}
