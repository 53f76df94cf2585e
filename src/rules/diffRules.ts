import * as z from 'zod/mini';
import type { FigureStatus } from '../_lib/provenance.js';
import { lazySchema, makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { collectFigures } from './collectFigures.js';
import { RulePackSchema } from './RulePackSchema.js';
import type { RulePack } from './types.js';

/**
 * One difference between two rule packs, at a figure's path.
 * - `added`: the figure exists only in the second pack;
 * - `removed`: only in the first;
 * - `changed`: its value differs;
 * - `status`: same value, different status (listed only with `includeStatusChanges`).
 *
 * @example
 * ```ts
 * import { type RuleChange, diffRules, rules2023, rules2024 } from 'erasmus-kit';
 * const changes: readonly RuleChange[] = diffRules(rules2023, rules2024);
 * ```
 */
export interface RuleChange {
  /** The figure's path, as in `listFigures`. */
  readonly path: string;
  /** What kind of change. */
  readonly kind: 'added' | 'removed' | 'changed' | 'status';
  /** The value in the first pack (absent when `added`). */
  readonly before?: unknown;
  /** The value in the second pack (absent when `removed`). */
  readonly after?: unknown;
  /** The status in the first pack (absent when `added`). */
  readonly beforeStatus?: FigureStatus;
  /** The status in the second pack (absent when `removed`). */
  readonly afterStatus?: FigureStatus;
}

/**
 * Options of {@link diffRules}.
 *
 * @example
 * ```ts
 * import type { DiffRulesOptions } from 'erasmus-kit';
 * const options: DiffRulesOptions = { includeStatusChanges: true };
 * ```
 */
export interface DiffRulesOptions {
  /** Also list figures whose value is unchanged but whose status changed (default `false`). */
  readonly includeStatusChanges?: boolean;
}

const inputSchema = lazySchema(() =>
  z.tuple([
    RulePackSchema,
    RulePackSchema,
    z.optional(z.strictObject({ includeStatusChanges: z.optional(z.boolean()) })),
  ]),
);
const inputParser = makeParser(inputSchema, { root: { args: ['a', 'b', 'options'] } });

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The figures that changed between two rule packs (usually two call years): new, removed and
 * changed values with their statuses, in the order of the second pack (removed ones last).
 *
 * @param a - the earlier pack
 * @param b - the later pack
 * @param options - `includeStatusChanges` to list status-only changes too
 * @returns the changes; empty when the packs hold the same values
 * @throws InputError when an argument is not a valid rule pack
 *
 * @example
 * ```ts
 * import { diffRules, rules2023, rules2024 } from 'erasmus-kit';
 * const changes = diffRules(rules2023, rules2024);
 * changes.find((c) => c.path === 'countryGroups.he.groups.DE');
 * // { path: 'countryGroups.he.groups.DE', kind: 'changed', before: 2, after: 1, ... }
 * changes.find((c) => c.path === 'travelBands.KA131-HED.0.standard')?.after; // '28.00'
 * ```
 */
export function diffRules(
  a: RulePack,
  b: RulePack,
  options?: DiffRulesOptions,
): readonly RuleChange[] {
  inputParser.parse(options === undefined ? [a, b] : [a, b, options]);
  const includeStatus = options?.includeStatusChanges === true;
  const before = new Map(collectFigures(a).map((entry) => [entry.path, entry.figure]));
  const changes: RuleChange[] = [];
  const seen = new Set<string>();
  for (const { path, figure } of collectFigures(b)) {
    seen.add(path);
    const old = before.get(path);
    if (old === undefined) {
      changes.push({ path, kind: 'added', after: figure.value, afterStatus: figure.status });
    } else if (canonical(old.value) !== canonical(figure.value)) {
      changes.push({
        path,
        kind: 'changed',
        before: old.value,
        after: figure.value,
        beforeStatus: old.status,
        afterStatus: figure.status,
      });
    } else if (includeStatus && old.status !== figure.status) {
      changes.push({
        path,
        kind: 'status',
        before: old.value,
        after: figure.value,
        beforeStatus: old.status,
        afterStatus: figure.status,
      });
    }
  }
  for (const [path, figure] of before) {
    if (!seen.has(path)) {
      changes.push({ path, kind: 'removed', before: figure.value, beforeStatus: figure.status });
    }
  }
  return Object.freeze(changes.map((change) => Object.freeze(change)));
}

const trySafeDiffRules = toSafe(diffRules);

/**
 * The non-throwing twin of {@link diffRules}: `{ success: false, error }` with the
 * {@link InputError} when an argument is not a valid rule pack (or the options are bad).
 *
 * @param a - the earlier pack
 * @param b - the later pack
 * @param options - as for {@link diffRules}
 * @returns `{ success: true, data }` with the changes, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { rules2023, rules2024, safeDiffRules } from 'erasmus-kit';
 * const changes = safeDiffRules(rules2023, rules2024);
 * if (changes.success) console.log(changes.data.length > 0); // true
 * safeDiffRules(rules2023, null as never).success; // false
 * ```
 */
export function safeDiffRules(
  a: RulePack,
  b: RulePack,
  options?: DiffRulesOptions,
): SafeResult<readonly RuleChange[]> {
  return trySafeDiffRules(a, b, options);
}
