/**
 * Private: project-level unit costs — organisational support (KA131: 400 per participant up to
 * the 100th, 230 beyond, zero-grant participants counted; VET/school/adult per activity, tiered
 * or capped per group), BIP organisational support with its participant limits, and inclusion
 * support for organisations.
 *
 * @module
 */
import { Decimal } from '../_lib/decimal.js';
import { usedFigure } from '../distance/distanceBand.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import { fundingRules } from '../rules/citations.js';
import { INCLUSION_SUPPORT_WIKI, OS_WIKI } from '../rules/sources.js';
import type { OrganisationalSupportRule, RulePack } from '../rules/types.js';
import type { MobilityAction } from '../rules/vocabulary.js';
import type { BudgetLineKind } from './budgetTypes.js';
import { count, euros, money } from './grantContext.js';
import type { GrantWarning, MissingPart } from './types.js';

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

/** `n` participants, the first ones (up to the shared `threshold`) at `per`, the rest at `beyond`. */
function tiered(
  rule: OrganisationalSupportRule,
  n: number,
  alreadyCounted: number,
): { readonly amount: Decimal; readonly basis: string } {
  const per = money(rule.perParticipant);
  if (!rule.tierThreshold || !rule.beyondThreshold) {
    return { amount: per.times(n), basis: `${participantsText(n)} × ${euros(per)}` };
  }
  const threshold = rule.tierThreshold.value;
  const below = Math.min(Math.max(threshold - alreadyCounted, 0), n);
  const above = n - below;
  const beyond = money(rule.beyondThreshold);
  const parts: string[] = [];
  if (below > 0 || above === 0) parts.push(`${participantsText(below)} × ${euros(per)}`);
  if (above > 0) parts.push(`${participantsText(above)} × ${euros(beyond)}`);
  return { amount: per.times(below).plus(beyond.times(above)), basis: parts.join(' + ') };
}

function ruleFigures(rule: OrganisationalSupportRule, path: string): FigureUsed[] {
  const out = [usedFigure(`${path}.perParticipant`, rule.perParticipant)];
  if (rule.tierThreshold) out.push(usedFigure(`${path}.tierThreshold`, rule.tierThreshold));
  if (rule.beyondThreshold) out.push(usedFigure(`${path}.beyondThreshold`, rule.beyondThreshold));
  if (rule.capPerGroup) out.push(usedFigure(`${path}.capPerGroup`, rule.capPerGroup));
  return out;
}

/**
 * The organisational-support lines of a project's eligible participants; a unit cost the pack
 * lacks is added to `missing` (the budget is then not complete).
 */
export function organisationalSupportLines(
  pack: RulePack,
  action: MobilityAction,
  entries: readonly OsEntry[],
  missing: MissingPart<BudgetLineKind>[],
): BudgetLineDraft[] {
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
    const rule = pack.ka131.organisationalSupport;
    const { amount, basis } = tiered(rule, n, 0);
    return [
      {
        kind: 'organisational-support',
        quantity: n,
        amount,
        basis,
        rule: `KA131 organisational support per participant (SMS, SMT, STA, STT), tiered at the 100th participant; zero-grant participants count (${fundingRules(pack.callYear, action)}; ${OS_WIKI}). Invited enterprise staff are counted too (assumption: the sources list SMS/SMT/STA/STT only).`,
        figures: ruleFigures(rule, 'ka131.organisationalSupport'),
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
    let { amount, basis } = tiered(rule, entry.participants, counted);
    if (rule.tierThreshold) counted += entry.participants;
    if (entry.group && rule.capPerGroup) {
      const cap = money(rule.capPerGroup);
      if (amount.greaterThan(cap)) {
        amount = cap;
        basis = `${basis}, capped at ${euros(cap)} per group`;
      }
    }
    lines.push({
      kind: 'organisational-support',
      quantity: entry.participants,
      amount,
      basis: `${entry.activity}: ${basis}`,
      rule: `${action} organisational support per participant for ${entry.activity} (${fundingRules(pack.callYear, action)}); accompanying persons never count. Where a rule is tiered at the 100th participant, the participants of all tiered activities are counted together in input order (assumption: the sources do not say).`,
      figures: ruleFigures(rule, path),
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
  pack: RulePack,
  bips: readonly { readonly participants: number; readonly label?: string | undefined }[],
  warnings: GrantWarning[],
): BudgetLineDraft | undefined {
  if (bips.length === 0) return undefined;
  const { minParticipants, maxParticipants, organisationalSupportPerParticipant } = pack.bip;
  const per = money(organisationalSupportPerParticipant);
  let amount = new Decimal(0);
  let counted = 0;
  const parts: string[] = [];
  bips.forEach((bip, i) => {
    const name = bip.label ?? `BIP ${i + 1}`;
    if (bip.participants < minParticipants.value) {
      parts.push(
        `${name}: ${participantsText(bip.participants)}, below the minimum of ${minParticipants.value}: €0.00`,
      );
      warnings.push({
        code: 'assumption',
        message: `${name} has ${participantsText(bip.participants)}, fewer than the ${minParticipants.value} a BIP needs for organisational support: none is paid.`,
        paths: ['bip.minParticipants'],
      });
      return;
    }
    const n = Math.min(bip.participants, maxParticipants.value);
    counted += n;
    amount = amount.plus(per.times(n));
    parts.push(
      `${name}: ${participantsText(n)} × ${euros(per)}${bip.participants > n ? ` (${bip.participants} participants, at most ${maxParticipants.value} count)` : ''}`,
    );
  });
  return {
    kind: 'bip-organisational-support',
    quantity: counted,
    amount,
    basis: parts.join('; '),
    rule: `BIP organisational support for the coordinating HEI: per mobile participant, ${minParticipants.value}–${maxParticipants.value} participants per BIP; staff delivering the BIP do not count (${fundingRules(pack.callYear, 'KA131-HED')}).`,
    figures: [
      usedFigure('bip.organisationalSupportPerParticipant', organisationalSupportPerParticipant),
      usedFigure('bip.minParticipants', minParticipants),
      usedFigure('bip.maxParticipants', maxParticipants),
    ],
  };
}

/** The inclusion-support-for-organisations line. */
export function inclusionSupportLine(
  pack: RulePack,
  action: MobilityAction,
  participants: number,
  warnings: GrantWarning[],
): BudgetLineDraft | undefined {
  if (participants === 0) return undefined;
  const he = action === 'KA131-HED' || action === 'KA171-HED';
  const figure = he
    ? pack.ka131.inclusionSupportPerParticipant
    : pack.vetSchAdu.inclusionSupportPerParticipant;
  const path = he
    ? 'ka131.inclusionSupportPerParticipant'
    : 'vetSchAdu.inclusionSupportPerParticipant';
  if (action === 'KA171-HED') {
    warnings.push({
      code: 'assumption',
      message: `KA171 inclusion support for organisations uses the KA131 unit cost, and one source says it is not part of the KA171 mobility total (${INCLUSION_SUPPORT_WIKI}): check with your National Agency.`,
      paths: [path],
    });
  }
  const per = money(figure);
  return {
    kind: 'inclusion-support-organisations',
    quantity: participants,
    amount: per.times(participants),
    basis: `${participantsText(participants)} with fewer opportunities receiving real-cost inclusion support × ${euros(per)}`,
    rule: `Inclusion support for organisations: a unit cost per participant with fewer opportunities who receives real-cost inclusion support (${fundingRules(pack.callYear, action)}).`,
    figures: [usedFigure(path, figure)],
  };
}
