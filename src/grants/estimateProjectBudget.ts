import { Decimal } from '../_lib/decimal.js';
import { formatMoney, roundCents } from '../_lib/money.js';
import { isProvisional } from '../_lib/provenance.js';
import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import type { Mobility } from '../mobility/MobilityInputSchema.js';
import type {
  BudgetGroup,
  BudgetLine,
  BudgetLineKind,
  IncompleteBudgetEntry,
  ProjectBudget,
} from './budgetTypes.js';
import { grantWithSheet, packOf, resolveGrantOptions } from './calculateGrant.js';
import type { GrantOptions } from './GrantOptionsSchema.js';
import { count } from './grantContext.js';
import { NO_MISSING } from './grantOf.js';
import {
  type BudgetLineDraft,
  bipOrganisationalSupportLine,
  inclusionSupportLine,
  type OsEntry,
  organisationalSupportLines,
} from './organisationalSupport.js';
import { type ProjectInput, readProject } from './ProjectInputSchema.js';
import type { GrantLineKind, GrantWarning, MissingPart } from './types.js';

const KIND_LABELS: Readonly<Record<GrantLineKind, string>> = {
  'individual-support': 'Individual support',
  'fewer-opportunities-top-up': 'Fewer-opportunities top-up',
  'traineeship-top-up': 'Traineeship top-up',
  'green-travel-top-up': 'Green-travel top-up',
  travel: 'Travel support',
  'exceptional-travel': 'Exceptional travel costs',
  'course-fees': 'Course fees',
};

/** Sums the grant lines of every group by kind. */
function mobilityLines(groups: readonly BudgetGroup[]): BudgetLineDraft[] {
  const byKind = new Map<
    GrantLineKind,
    { amount: Decimal; participants: number; entries: number; figures: Map<string, FigureUsed> }
  >();
  for (const group of groups) {
    for (const line of group.grant.lines) {
      let acc = byKind.get(line.kind);
      if (acc === undefined) {
        acc = { amount: new Decimal(0), participants: 0, entries: 0, figures: new Map() };
        byKind.set(line.kind, acc);
      }
      acc.amount = acc.amount.plus(new Decimal(line.amount).times(group.participants));
      acc.participants += group.participants;
      acc.entries += 1;
      for (const f of line.figures) acc.figures.set(f.path, f);
    }
  }
  return [...byKind.entries()].map(([kind, acc]) => ({
    kind,
    quantity: acc.participants,
    amount: acc.amount,
    basis: `${KIND_LABELS[kind]} of ${count(acc.participants, 'participant')} (${count(acc.entries, 'mobility entry')}; see groups)`,
    rule: `The sum of the "${kind}" lines of the mobility grants (calculateGrant), each × its participants.`,
    figures: [...acc.figures.values()],
  }));
}

/** The organisational-support entries: eligible participants by activity; group mobility per group. */
function osEntries(groups: readonly BudgetGroup[], mobilityOf: (g: BudgetGroup) => Mobility) {
  const entries: OsEntry[] = [];
  const groupEntries = new Map<string, { activity: string; participants: number }>();
  for (const g of groups) {
    if (!g.grant.eligibility.eligible) continue;
    const m = mobilityOf(g);
    if (m.activity === 'group-mobility' && g.source === 'mobility') {
      const key = `${m.receivingCountry}|${m.startDate}`;
      const acc = groupEntries.get(key) ?? { activity: m.activity, participants: 0 };
      acc.participants += 1;
      groupEntries.set(key, acc);
      continue;
    }
    entries.push({
      activity: m.activity,
      participants: g.participants,
      group: m.activity === 'group-mobility',
    });
  }
  for (const acc of groupEntries.values()) entries.push({ ...acc, group: true });
  return { entries, groupedIndividuals: groupEntries.size > 0 };
}

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
  const { project: input, entries } = readProject(project);
  const resolved = resolveGrantOptions(options);
  const { action, callYear } = input;
  const pack = packOf(callYear);
  const groups: BudgetGroup[] = [];
  const incomplete: IncompleteBudgetEntry[] = [];
  const mobilities = new Map<BudgetGroup, Mobility>();
  for (const { source, index, parsed } of entries) {
    if (!parsed.success) {
      incomplete.push({ source, index, missing: NO_MISSING, error: parsed.error });
      continue;
    }
    const { participants, label, mobility } = parsed.data;
    const grant = grantWithSheet(mobility, resolved);
    const group: BudgetGroup = {
      source,
      index,
      ...(label === undefined ? {} : { label }),
      participants,
      grant,
      amount:
        participants === 1
          ? grant.total
          : formatMoney(new Decimal(grant.total).times(participants)),
    };
    mobilities.set(group, mobility);
    groups.push(group);
    if (!grant.complete) incomplete.push({ source, index, missing: grant.missing, error: null });
  }
  const mobilityOf = (g: BudgetGroup): Mobility => mobilities.get(g) as Mobility;

  const warnings: GrantWarning[] = [];
  const missing: MissingPart<BudgetLineKind>[] = [];
  const drafts = mobilityLines(groups);
  const { entries: osList, groupedIndividuals } = osEntries(groups, mobilityOf);
  if (groupedIndividuals) {
    warnings.push({
      code: 'assumption',
      message:
        'Individual group-mobility entries with the same receiving country and start date were treated as one group (for the per-group cap of organisational support).',
    });
  }
  drafts.push(...organisationalSupportLines(pack, action, osList, missing));
  const bip = bipOrganisationalSupportLine(pack, input.bips ?? [], warnings);
  if (bip) drafts.push(bip);
  const inclusion = inclusionSupportLine(
    pack,
    action,
    input.inclusionSupportParticipants ?? 0,
    warnings,
  );
  if (inclusion) drafts.push(inclusion);

  let total = new Decimal(0);
  const lines: BudgetLine[] = drafts.map((d) => {
    const amount = roundCents(d.amount);
    total = total.plus(amount);
    return {
      kind: d.kind as BudgetLineKind,
      quantity: d.quantity,
      amount: formatMoney(amount),
      basis: d.basis,
      rule: d.rule,
      figures: d.figures,
    };
  });

  const projectFigures = drafts
    .filter((d) => !(d.kind in KIND_LABELS))
    .flatMap((d) => d.figures)
    .filter((f) => isProvisional(f.status));
  if (projectFigures.length > 0) {
    warnings.unshift({
      code: 'provisional-figure',
      message: `The project-level lines used figures that are not confirmed: ${[...new Set(projectFigures.map((f) => `${f.path} (${f.status})`))].join(', ')}.`,
      paths: [...new Set(projectFigures.map((f) => f.path))],
    });
  }
  const seen = new Set(warnings.map((w) => `${w.code}|${w.message}`));
  for (const g of groups) {
    for (const w of g.grant.warnings) {
      const key = `${w.code}|${w.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        warnings.push(w);
      }
    }
  }
  const eligibleGroups = groups.filter((g) => g.grant.eligibility.eligible);
  const sum = (gs: readonly BudgetGroup[]) => gs.reduce((n, g) => n + g.participants, 0);
  return {
    action,
    callYear,
    total: formatMoney(total),
    currency: 'EUR',
    complete: incomplete.length === 0 && missing.length === 0,
    incomplete,
    missing,
    lines,
    groups,
    participants: {
      total: sum(groups),
      eligible: sum(eligibleGroups),
      zeroGrant: sum(eligibleGroups.filter((g) => mobilityOf(g).zeroGrant === true)),
    },
    rules: {
      callYear,
      provisional: projectFigures.length > 0 || groups.some((g) => g.grant.rules.provisional),
      rounding: resolved.rounding,
    },
    warnings,
  };
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
