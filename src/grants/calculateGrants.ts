import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import {
  type Mobility,
  type MobilityInput,
  readMobility,
} from '../mobility/MobilityInputSchema.js';
import { grantOf } from './engine/grantOf.js';
import { type ResolvedGrantOptions, resolveGrantOptions } from './engine/options.js';
import type { GrantOptions } from './GrantOptionsSchema.js';
import type { GrantResult } from './types.js';

const listParser = makeParser(
  lazySchema(() => z.array(z.unknown(), { error: 'Expected an array of mobilities' })),
  {
    root: 'mobilities',
  },
);

/**
 * Validates a batch and computes each grant as soon as its mobility is valid: mobilities already
 * returned by `parseMobility` are used as they are, the others are parsed (and their parsed copy
 * dropped right after use). An invalid mobility gets its own error, each issue's path starting
 * with `mobilities` and its index (`mobilities.3.endDate`); the others are computed all the same.
 */
function grantsOf(mobilities: unknown, resolved: ResolvedGrantOptions): SafeResult<GrantResult>[] {
  // An array is used as it is (zod would copy it item by item); anything else gets zod's error.
  const list: readonly unknown[] = Array.isArray(mobilities)
    ? mobilities
    : listParser.parse(mobilities);
  const results: SafeResult<GrantResult>[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const mobility = readMobility(list[i], ['mobilities', i]);
    results[i] = mobility.success
      ? { success: true, data: grantOf(mobility.data, resolved) }
      : mobility;
  }
  return results;
}

/**
 * Computes the grants of many mobilities at once — say, an office's list of 200 mobilities —
 * with one result per mobility, in input order: `{ success: true, data }` with the
 * {@link GrantResult} (equal to `calculateGrant` of the mobility), or `{ success: false, error }`
 * with the `InputError` of an invalid mobility, each issue's path starting with `mobilities` and
 * its index (`['mobilities', 3, 'endDate']`). One bad row does not sink the batch: every valid mobility gets its result.
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
 * second?.success === false ? second.error.issues[0]?.path.join('.') : undefined; // 'mobilities.1.endDate'
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
 * first?.success === false ? first.error.issues[0]?.path.slice(0, 2) : undefined; // ['mobilities', 0]
 * ```
 */
export function safeCalculateGrants(
  mobilities: readonly (MobilityInput | Mobility)[],
  options?: GrantOptions,
): SafeResult<SafeResult<GrantResult>[]> {
  return safeGrants(mobilities, options);
}
