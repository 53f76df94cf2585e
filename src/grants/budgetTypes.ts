/**
 * The public shapes of a project budget estimate.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import type { MoneyString, RoundingPolicy } from '../_lib/money.js';
import type { FigureUsed } from '../_lib/provenance.js';
import type { InputError } from '../errors.js';
import type { MobilityAction } from '../rules/vocabulary.js';
import type { GrantLineKind, GrantResult, GrantWarning, MissingPart } from './types.js';

/**
 * What a budget line pays for: the sum of one kind of grant line over all mobilities, or a
 * project-level unit cost — organisational support (tiered at the 100th participant), BIP
 * organisational support, inclusion support for organisations.
 *
 * @example
 * ```ts
 * import type { BudgetLineKind } from 'erasmus-kit';
 * const kind: BudgetLineKind = 'organisational-support';
 * ```
 */
export type BudgetLineKind =
  | GrantLineKind
  | 'organisational-support'
  | 'bip-organisational-support'
  | 'inclusion-support-organisations';

/**
 * One line of a project budget.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from 'erasmus-kit';
 * const line: BudgetLine = {
 *   kind: 'organisational-support',
 *   quantity: 130,
 *   amount: '46900.00',
 *   basis: '100 participants × €400.00 + 30 participants × €230.00',
 *   rule: 'KA131 organisational support: 400 per participant up to the 100th, 230 beyond.',
 *   figures: [],
 * };
 * ```
 */
export interface BudgetLine {
  /** What the line pays for. */
  readonly kind: BudgetLineKind;
  /** Participants (or BIPs, or fewer-opportunities participants) the line counts. */
  readonly quantity: number;
  /** The line's amount in EUR, two places. */
  readonly amount: MoneyString;
  /** The computation in words. */
  readonly basis: string;
  /** The rule applied, with any assumption. */
  readonly rule: string;
  /** The rule-pack figures used, with their status. */
  readonly figures: readonly FigureUsed[];
}

/**
 * One entry of the project's mobilities: a single mobility, or a template repeated for a number
 * of participants, with the grant of one participant.
 *
 * @example
 * ```ts
 * import type { BudgetGroup } from 'erasmus-kit';
 * const describe = (group: BudgetGroup) => `${group.participants} × ${group.grant.total}`;
 * ```
 */
export interface BudgetGroup {
  /** `mobilities[i]` or `counts[i]` of the project input. */
  readonly source: 'mobility' | 'count';
  /** The index in that list. */
  readonly index: number;
  /** The label given in the input, if any. */
  readonly label?: string;
  /** Participants this entry stands for (1 for a single mobility). */
  readonly participants: number;
  /** The grant of one participant. */
  readonly grant: GrantResult;
  /** `participants × grant.total`. */
  readonly amount: MoneyString;
}

/**
 * An entry of a project's `mobilities` or `counts` that the budget does not fully count: an
 * invalid entry (its `error`; it is left out of the budget) or a valid one whose grant lacks
 * lines (its `missing` parts; the budget counts the rest of its grant).
 *
 * @example
 * ```ts
 * import { estimateProjectBudget } from 'erasmus-kit';
 * const budget = estimateProjectBudget({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   mobilities: [
 *     {
 *       activity: 'staff-training',
 *       sendingCountry: 'RS',
 *       receivingCountry: 'HR',
 *       startDate: '2024-10-07',
 *       endDate: '2024-10-01',
 *     },
 *   ],
 * });
 * budget.complete; // false
 * budget.incomplete[0]?.error?.issues[0]?.path; // ['project', 'mobilities', 0, 'endDate']
 * ```
 */
export interface IncompleteBudgetEntry {
  /** `mobilities[i]` or `counts[i]` of the project input. */
  readonly source: 'mobility' | 'count';
  /** The index in that list. */
  readonly index: number;
  /** The lines the entry's grant lacks (see `GrantResult.missing`); empty for an invalid entry. */
  readonly missing: readonly MissingPart[];
  /**
   * Why an invalid entry could not be computed, each issue's path from the project root
   * (`mobilities.3.endDate`, `counts.0.participants`); `null` for a valid entry.
   */
  readonly error: InputError | null;
}

/**
 * A project budget estimate: mobility grants summed by kind, organisational support, BIP
 * organisational support, inclusion support for organisations and the grand total, each line
 * explained.
 *
 * The budget is `complete` only when every entry is valid, every grant is complete and no
 * project-level line lacks its figure; otherwise the total is only part of the budget,
 * `incomplete` names each entry that is not fully counted and `missing` each project-level line
 * left out.
 *
 * @example
 * ```ts
 * import { estimateProjectBudget, type ProjectBudget } from 'erasmus-kit';
 * const budget: ProjectBudget = estimateProjectBudget({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   counts: [
 *     {
 *       participants: 130,
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
 * });
 * budget.lines.find((l) => l.kind === 'organisational-support')?.amount; // '46900.00'
 * budget.complete; // true
 * ```
 */
export interface ProjectBudget {
  /** The project's action. */
  readonly action: MobilityAction;
  /** The project's call year. */
  readonly callYear: CallYear;
  /** The grand total in EUR: the exact sum of `lines` (only part of the budget when not `complete`). */
  readonly total: MoneyString;
  /** Always EUR. */
  readonly currency: 'EUR';
  /** `true` when `incomplete` and `missing` are both empty. */
  readonly complete: boolean;
  /** The entries not fully counted (invalid, or with an incomplete grant), in input order. */
  readonly incomplete: readonly IncompleteBudgetEntry[];
  /** Project-level lines left out for want of a figure (e.g. an organisational-support unit cost). */
  readonly missing: readonly MissingPart<BudgetLineKind>[];
  /** The budget lines (mobility grants by kind first, then project-level unit costs). */
  readonly lines: readonly BudgetLine[];
  /** Each valid mobility or counted group, with the grant of one participant. */
  readonly groups: readonly BudgetGroup[];
  /** Participant counts. */
  readonly participants: {
    /** Every participant of the input. */
    readonly total: number;
    /** Participants of eligible mobilities (counted for organisational support, zero-grant included). */
    readonly eligible: number;
    /** Zero-grant participants among them. */
    readonly zeroGrant: number;
  };
  /** The rules applied. */
  readonly rules: {
    /** The call year whose pack was used. */
    readonly callYear: CallYear;
    /** `true` when any figure used is not `confirmed`. */
    readonly provisional: boolean;
    /** The rounding policy. */
    readonly rounding: RoundingPolicy;
  };
  /** Project-level warnings, and each distinct warning of the mobility grants once. */
  readonly warnings: readonly GrantWarning[];
}
