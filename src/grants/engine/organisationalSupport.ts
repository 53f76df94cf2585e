/**
 * Private: project-level unit costs — organisational support (KA131: 400 per participant up to
 * the 100th, 230 beyond, zero-grant participants counted; VET/school/adult per activity, tiered
 * or capped per group), BIP organisational support with its participant limits, and inclusion
 * support for organisations.
 *
 * @module
 */
import type { Decimal } from '../../_lib/decimal.js';
import { capMoney, mulMoney, twoTiers } from '../../_lib/money.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import { INCLUSION_SUPPORT_WIKI, OS_WIKI } from '../../rules/sources.js';
import type { OrganisationalSupportRule } from '../../rules/types.js';
import type { MobilityAction } from '../../rules/vocabulary.js';
import type { BudgetLineKind } from '../budgetTypes.js';
import type { GrantWarning, MissingPart } from '../types.js';
import { figureAt, type PackIndex, rateAt } from './packIndex.js';
import { count, euros } from './texts.js';

/** A budget line with an exact amount. */
export interface BudgetLineDraft {
  /** What it pays for. */
  readonly kind: BudgetLineKind;
  /** What it counts. */
  readonly quantity: number;
  /** Exact amount. */
  readonly amount: Decimal;
  /** In words. */
  readonly basis: string;
  /** The rule. */
  readonly rule: string;
  /** Figures used. */
  readonly figures: readonly FigureUsed[];
}

/** Eligible participants of one activity, possibly forming one group (group mobility). */
export interface OsEntry {
  /** The activity. */
  readonly activity: string;
  /** Participants (zero-grant included). */
  readonly participants: number;
  /** Whether the entry is one group activity (its support may be capped per group). */
  readonly group: boolean;
}

const KA131_OS_ACTIVITIES: ReadonlySet<string> = new Set([
  'student-studies',
  'student-traineeship',
  'staff-teaching',
  'staff-training',
  'invited-staff',
]);

function participantsText(n: number): string {
  return count(n, 'participant');
}

/**
 * `n` participants of the rule at `path`: the first ones (up to the shared threshold, of which
 * `alreadyCounted` are taken) at its per-participant amount, the rest at the amount beyond.
 */
function tiered(
  index: PackIndex,
  path: string,
  rule: OrganisationalSupportRule,
  n: number,
  alreadyCounted: number,
): { readonly amount: Decimal; readonly basis: string } {
  const per = rateAt(index, `${path}.perParticipant`).value;
  if (!rule.tierThreshold || !rule.beyondThreshold) {
    return { amount: mulMoney(per, n), basis: `${participantsText(n)} × ${euros(per)}` };
  }
  const threshold = rule.tierThreshold.value;
  const below = Math.min(Math.max(threshold - alreadyCounted, 0), n);
  const above = n - below;
  const beyond = rateAt(index, `${path}.beyondThreshold`).value;
  const parts: string[] = [];
  if (below > 0 || above === 0) parts.push(`${participantsText(below)} × ${euros(per)}`);
  if (above > 0) parts.push(`${participantsText(above)} × ${euros(beyond)}`);
  return { amount: twoTiers(per, below, beyond, above), basis: parts.join(' + ') };
}

/** The records of the rule's figures. */
function ruleFigures(
  index: PackIndex,
  rule: OrganisationalSupportRule,
  path: string,
): FigureUsed[] {
  const out = [figureAt(index, `${path}.perParticipant`)];
  if (rule.tierThreshold) out.push(figureAt(index, `${path}.tierThreshold`));
  if (rule.beyondThreshold) out.push(figureAt(index, `${path}.beyondThreshold`));
  if (rule.capPerGroup) out.push(figureAt(index, `${path}.capPerGroup`));
  return out;
}

/**
 * The organisational-support lines of a project's eligible participants; a unit cost the pack
 * lacks is added to `missing` (the budget is then not complete).
 */
export function organisationalSupportLines(
  index: PackIndex,
  action: MobilityAction,
  entries: readonly OsEntry[],
  missing: MissingPart<BudgetLineKind>[],
): BudgetLineDraft[] {
  const { pack } = index;
  if (action === 'KA171-HED') {
    if (entries.length > 0) {
      missing.push({
        kind: 'organisational-support',
        reason: 'figure-missing',
        message: `Organisational support is missing: the rule pack of call ${pack.callYear} has no KA171 organisational-support unit cost (none was found in the published sources), so the total leaves it out.`,
        paths: ['ka171'],
      });
    }
    return [];
  }
  if (action === 'KA131-HED') {
    const n = entries
      .filter((e) => KA131_OS_ACTIVITIES.has(e.activity))
      .reduce((sum, e) => sum + e.participants, 0);
    if (n === 0) return [];
    const path = 'ka131.organisationalSupport';
    const rule = pack.ka131.organisationalSupport;
    const { amount, basis } = tiered(index, path, rule, n, 0);
    return [
      {
        kind: 'organisational-support',
        quantity: n,
        amount,
        basis,
        rule: `KA131 organisational support per participant (SMS, SMT, STA, STT), tiered at the 100th participant; zero-grant participants count (${index.fundingRules[action]}; ${OS_WIKI}). Invited enterprise staff are counted too (assumption: the sources list SMS/SMT/STA/STT only).`,
        figures: ruleFigures(index, rule, path),
      },
    ];
  }
  const sector = action.slice(-3) as 'VET' | 'SCH' | 'ADU';
  const rules = pack.vetSchAdu.organisationalSupport[sector] as Readonly<
    Record<string, OrganisationalSupportRule | undefined>
  >;
  const lines: BudgetLineDraft[] = [];
  const without = new Set<string>();
  let counted = 0;
  for (const entry of entries) {
    const rule = rules[entry.activity];
    if (!rule) {
      without.add(entry.activity);
      continue;
    }
    const path = `vetSchAdu.organisationalSupport.${sector}.${entry.activity}`;
    let { amount, basis } = tiered(index, path, rule, entry.participants, counted);
    if (rule.tierThreshold) counted += entry.participants;
    if (entry.group && rule.capPerGroup) {
      const cap = rateAt(index, `${path}.capPerGroup`).value;
      const capped = capMoney(amount, cap);
      if (capped !== amount) {
        amount = capped;
        basis = `${basis}, capped at ${euros(cap)} per group`;
      }
    }
    lines.push({
      kind: 'organisational-support',
      quantity: entry.participants,
      amount,
      basis: `${entry.activity}: ${basis}`,
      rule: `${action} organisational support per participant for ${entry.activity} (${index.fundingRules[action]}); accompanying persons never count. Where a rule is tiered at the 100th participant, the participants of all tiered activities are counted together in input order (assumption: the sources do not say).`,
      figures: ruleFigures(index, rule, path),
    });
  }
  if (without.size > 0) {
    missing.push({
      kind: 'organisational-support',
      reason: 'figure-missing',
      message: `Organisational support is missing for ${[...without].join(', ')}: no ${action} unit cost was found in the published sources for call ${pack.callYear}, so the total leaves it out.`,
      paths: [...without].map((a) => `vetSchAdu.organisationalSupport.${sector}.${a}`),
    });
  }
  return lines;
}

/** The BIP organisational-support line: per BIP, its participants within the limits. */
export function bipOrganisationalSupportLine(
  index: PackIndex,
  bips: readonly { readonly participants: number; readonly label?: string | undefined }[],
  warnings: GrantWarning[],
): BudgetLineDraft | undefined {
  if (bips.length === 0) return undefined;
  const per = rateAt(index, 'bip.organisationalSupportPerParticipant');
  const min = figureAt(index, 'bip.minParticipants');
  const max = figureAt(index, 'bip.maxParticipants');
  let counted = 0;
  const parts: string[] = [];
  bips.forEach((bip, i) => {
    const name = bip.label ?? `BIP ${i + 1}`;
    if (bip.participants < (min.value as number)) {
      parts.push(
        `${name}: ${participantsText(bip.participants)}, below the minimum of ${min.value}: €0.00`,
      );
      warnings.push({
        code: 'assumption',
        message: `${name} has ${participantsText(bip.participants)}, fewer than the ${min.value} a BIP needs for organisational support: none is paid.`,
        paths: ['bip.minParticipants'],
      });
      return;
    }
    const n = Math.min(bip.participants, max.value as number);
    counted += n;
    parts.push(
      `${name}: ${participantsText(n)} × ${euros(per.value)}${bip.participants > n ? ` (${bip.participants} participants, at most ${max.value} count)` : ''}`,
    );
  });
  return {
    kind: 'bip-organisational-support',
    quantity: counted,
    amount: mulMoney(per.value, counted),
    basis: parts.join('; '),
    rule: `BIP organisational support for the coordinating HEI: per mobile participant, ${min.value}–${max.value} participants per BIP; staff delivering the BIP do not count (${index.fundingRules['KA131-HED']}).`,
    figures: [per.used, min, max],
  };
}

/** The inclusion-support-for-organisations line. */
export function inclusionSupportLine(
  index: PackIndex,
  action: MobilityAction,
  participants: number,
  warnings: GrantWarning[],
): BudgetLineDraft | undefined {
  if (participants === 0) return undefined;
  const path =
    action === 'KA131-HED' || action === 'KA171-HED'
      ? 'ka131.inclusionSupportPerParticipant'
      : 'vetSchAdu.inclusionSupportPerParticipant';
  if (action === 'KA171-HED') {
    warnings.push({
      code: 'assumption',
      message: `KA171 inclusion support for organisations uses the KA131 unit cost, and one source says it is not part of the KA171 mobility total (${INCLUSION_SUPPORT_WIKI}): check with your National Agency.`,
      paths: [path],
    });
  }
  const per = rateAt(index, path);
  return {
    kind: 'inclusion-support-organisations',
    quantity: participants,
    amount: mulMoney(per.value, participants),
    basis: `${participantsText(participants)} with fewer opportunities receiving real-cost inclusion support × ${euros(per.value)}`,
    rule: `Inclusion support for organisations: a unit cost per participant with fewer opportunities who receives real-cost inclusion support (${index.fundingRules[action]}).`,
    figures: [per.used],
  };
}
