/**
 * Private: the budget of a read project — the grant of each valid entry, the grant lines summed
 * by kind, the project-level lines and the total, with what the budget lacks.
 *
 * @module
 */
import { type Decimal, dec } from '../../_lib/decimal.js';
import { formatMoney, mulMoney, roundCents, sumMoney } from '../../_lib/money.js';
import { type FigureUsed, isProvisional } from '../../_lib/provenance.js';
import type { Mobility } from '../../mobility/MobilityInputSchema.js';
import { getRules } from '../../rules/getRules.js';
import type {
  BudgetGroup,
  BudgetLine,
  BudgetLineKind,
  IncompleteBudgetEntry,
  ProjectBudget,
} from '../budgetTypes.js';
import type { readProject } from '../ProjectInputSchema.js';
import type { GrantLineKind, GrantWarning, MissingPart } from '../types.js';
import { grantOf, NO_MISSING } from './grantOf.js';
import type { ResolvedGrantOptions } from './options.js';
import {
  type BudgetLineDraft,
  bipOrganisationalSupportLine,
  inclusionSupportLine,
  type OsEntry,
  organisationalSupportLines,
} from './organisationalSupport.js';
import { packIndex } from './packIndex.js';
import { count } from './texts.js';

const KIND_LABELS: Readonly<Record<GrantLineKind, string>> = {
  'individual-support': 'Individual support',
  'fewer-opportunities-top-up': 'Fewer-opportunities top-up',
  'traineeship-top-up': 'Traineeship top-up',
  'green-travel-top-up': 'Green-travel top-up',
  travel: 'Travel support',
  'exceptional-travel': 'Exceptional travel costs',
  'course-fees': 'Course fees',
};

/** A computed entry: its group in the budget and its mobility. */
interface Computed {
  readonly group: BudgetGroup;
  readonly mobility: Mobility;
}

/** Sums the grant lines of every group by kind. */
function mobilityLines(groups: readonly BudgetGroup[]): BudgetLineDraft[] {
  const byKind = new Map<
    GrantLineKind,
    { amounts: Decimal[]; participants: number; entries: number; figures: Map<string, FigureUsed> }
  >();
  for (const group of groups) {
    for (const line of group.grant.lines) {
      let acc = byKind.get(line.kind);
      if (acc === undefined) {
        acc = { amounts: [], participants: 0, entries: 0, figures: new Map() };
        byKind.set(line.kind, acc);
      }
      acc.amounts.push(mulMoney(dec(line.amount), group.participants));
      acc.participants += group.participants;
      acc.entries += 1;
      for (const f of line.figures) acc.figures.set(f.path, f);
    }
  }
  return [...byKind.entries()].map(([kind, acc]) => ({
    kind,
    quantity: acc.participants,
    amount: sumMoney(acc.amounts),
    basis: `${KIND_LABELS[kind]} of ${count(acc.participants, 'participant')} (${count(acc.entries, 'mobility entry')}; see groups)`,
    rule: `The sum of the "${kind}" lines of the mobility grants (calculateGrant), each × its participants.`,
    figures: [...acc.figures.values()],
  }));
}

/** The organisational-support entries: eligible participants by activity; group mobility per group. */
function osEntries(computed: readonly Computed[]) {
  const entries: OsEntry[] = [];
  const groupEntries = new Map<string, { activity: string; participants: number }>();
  for (const { group: g, mobility: m } of computed) {
    if (!g.grant.eligibility.eligible) continue;
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
  for (const acc of groupEntries.values()) {
    entries.push({ activity: acc.activity, participants: acc.participants, group: true });
  }
  return { entries, groupedIndividuals: groupEntries.size > 0 };
}

/** The budget of a project read by `readProject`, with resolved options. */
export function budgetOf(
  read: ReturnType<typeof readProject>,
  options: ResolvedGrantOptions,
): ProjectBudget {
  const { project: input, entries } = read;
  const { action, callYear } = input;
  const index = packIndex(getRules(callYear));
  const computed: Computed[] = [];
  const incomplete: IncompleteBudgetEntry[] = [];
  for (const { source, index: at, parsed } of entries) {
    if (!parsed.success) {
      incomplete.push({ source, index: at, missing: NO_MISSING, error: parsed.error });
      continue;
    }
    const { participants, label, mobility } = parsed.data;
    const grant = grantOf(mobility, options);
    const amount =
      participants === 1 ? grant.total : formatMoney(mulMoney(dec(grant.total), participants));
    const group: BudgetGroup =
      label === undefined
        ? { source, index: at, participants, grant, amount }
        : { source, index: at, label, participants, grant, amount };
    computed.push({ group, mobility });
    if (!grant.complete) {
      incomplete.push({ source, index: at, missing: grant.missing, error: null });
    }
  }
  const groups = computed.map((c) => c.group);

  const warnings: GrantWarning[] = [];
  const missing: MissingPart<BudgetLineKind>[] = [];
  const drafts = mobilityLines(groups);
  const { entries: osList, groupedIndividuals } = osEntries(computed);
  if (groupedIndividuals) {
    warnings.push({
      code: 'assumption',
      message:
        'Individual group-mobility entries with the same receiving country and start date were treated as one group (for the per-group cap of organisational support).',
    });
  }
  drafts.push(...organisationalSupportLines(index, action, osList, missing));
  const bip = bipOrganisationalSupportLine(index, input.bips ?? [], warnings);
  if (bip) drafts.push(bip);
  const inclusion = inclusionSupportLine(
    index,
    action,
    input.inclusionSupportParticipants ?? 0,
    warnings,
  );
  if (inclusion) drafts.push(inclusion);

  const rounded = drafts.map((d) => roundCents(d.amount));
  const lines: BudgetLine[] = drafts.map((d, i) => ({
    kind: d.kind,
    quantity: d.quantity,
    amount: formatMoney(rounded[i] as Decimal),
    basis: d.basis,
    rule: d.rule,
    figures: d.figures,
  }));

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
  const eligible = computed.filter((c) => c.group.grant.eligibility.eligible);
  const sum = (list: readonly Computed[]) => list.reduce((n, c) => n + c.group.participants, 0);
  return {
    action,
    callYear,
    total: formatMoney(sumMoney(rounded)),
    currency: 'EUR',
    complete: incomplete.length === 0 && missing.length === 0,
    incomplete,
    missing,
    lines,
    groups,
    participants: {
      total: sum(computed),
      eligible: sum(eligible),
      zeroGrant: sum(eligible.filter((c) => c.mobility.zeroGrant === true)),
    },
    rules: {
      callYear,
      provisional: projectFigures.length > 0 || groups.some((g) => g.grant.rules.provisional),
      rounding: options.rounding,
    },
    warnings,
  };
}
