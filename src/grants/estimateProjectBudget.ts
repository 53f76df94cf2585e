import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { ProjectBudget } from './budgetTypes.js';
import { resolveGrantOptions } from './engine/options.js';
import { budgetOf } from './engine/projectBudget.js';
import type { GrantOptions } from './GrantOptionsSchema.js';
import { type ProjectInput, readProject } from './ProjectInputSchema.js';

/**
 * Estimates the budget of a mobility project: the grant of every mobility (or of a template
 * repeated for a number of participants), summed by kind, plus organisational support (KA131: 400
 * per participant up to the 100th and 230 beyond in call 2024, zero-grant participants counted;
 * VET/school/adult per activity, tiered or capped per group), BIP organisational support (per
 * participant within the BIP's minimum and maximum), inclusion support for organisations, and the
 * grand total — each line explained, each figure named with its status.
 *
 * Ineligible mobilities contribute nothing and are not counted for organisational support.
 *
 * Each entry of `mobilities` and `counts` is validated on its own: an invalid entry is left out
 * and reported in `incomplete` with its own `InputError` (each path from the project root, e.g.
 * `counts.0.mobility.endDate`), while the rest is computed. The budget is `complete` only when no
 * entry is invalid, no grant is incomplete (`GrantResult.complete`) and no project-level line
 * lacks its figure (`missing`): otherwise its total is only part of the budget.
 *
 * @param project - the project (validated here: see `ProjectInputSchema`)
 * @param options - `rateSheet` and `rounding`, as for `calculateGrant`
 * @returns the {@link ProjectBudget}
 * @throws InputError for an invalid project itself (action, call year, lists, BIPs) or invalid options
 *
 * @example
 * ```ts
 * import { estimateProjectBudget } from 'erasmus-kit';
 * const budget = estimateProjectBudget({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   counts: [
 *     {
 *       participants: 130,
 *       label: 'staff training, zero grant',
 *       mobility: {
 *         activity: 'staff-training',
 *         sendingCountry: 'RS',
 *         receivingCountry: 'HR',
 *         startDate: '2024-10-07',
 *         endDate: '2024-10-11',
 *         zeroGrant: true,
 *       },
 *     },
 *   ],
 *   bips: [{ participants: 18 }],
 * });
 * budget.lines.map((l) => l.amount); // ['46900.00', '7200.00']
 * budget.lines.map((l) => l.kind); // ['organisational-support', 'bip-organisational-support']
 * budget.total; // '54100.00'
 * budget.complete; // true
 * ```
 */
export function estimateProjectBudget(
  project: ProjectInput,
  options?: GrantOptions,
): ProjectBudget {
  const read = readProject(project);
  return budgetOf(read, resolveGrantOptions(options));
}

const safeBudget = toSafe(estimateProjectBudget);

/**
 * The non-throwing twin of {@link estimateProjectBudget}.
 *
 * @param project - the project (validated here)
 * @param options - as for {@link estimateProjectBudget}
 * @returns `{ success: true, data }` with the {@link ProjectBudget}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeEstimateProjectBudget } from 'erasmus-kit';
 * // bips must be a list:
 * const result = safeEstimateProjectBudget({ action: 'KA131-HED', callYear: 2024, bips: 3 } as never);
 * result.success; // false
 * ```
 */
export function safeEstimateProjectBudget(
  project: ProjectInput,
  options?: GrantOptions,
): SafeResult<ProjectBudget> {
  return safeBudget(project, options);
}
