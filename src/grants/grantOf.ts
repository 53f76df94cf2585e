/**
 * Private: the grant of one validated mobility with its call year's pack — the engine behind
 * `calculateGrant` and `calculateGrants` (which validate first).
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import { childMap, newMap } from '../_lib/childMap.js';
import type { RoundingPolicy } from '../_lib/money.js';
import { eligibilityOf } from '../mobility/checkEligibility.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import type { Mobility } from '../mobility/MobilityInputSchema.js';
import { addIfProvisional } from '../mobility/provisionalFigures.js';
import type { RulePack } from '../rules/types.js';
import { finishLines, type GrantContext, type RateLookup } from './grantContext.js';
import { addIndividualSupport } from './individualSupport.js';
import { addCourseFees, addGreenTravelTopUp, addStudentTopUps } from './topUps.js';
import { addTravel, travelEntitlement } from './travelSupport.js';
import type { GrantLine, GrantResult, GrantWarning, MissingPart } from './types.js';

/** Options after validation. */
export interface ResolvedGrantOptions {
  /** NA values by pack path, when a rate sheet was given. */
  readonly rates: RateLookup | undefined;
  /** Rounding policy. */
  readonly rounding: RoundingPolicy;
  /** The call year of a rate sheet that was given but not applied: it is for another call year. */
  readonly otherSheetYear?: CallYear;
}

const INELIGIBLE: GrantWarning = Object.freeze({
  code: 'ineligible',
  message: 'The mobility is not eligible (see eligibility.issues): the grant is 0.00.',
});
const ZERO_GRANT: GrantWarning = Object.freeze({
  code: 'zero-grant',
  message:
    'A zero-grant mobility: no individual support and no travel support (the grant is 0.00), but the participant counts for organisational support.',
});

/** Shared, frozen lists of the results that pay nothing (results are read-only). */
const NO_LINES: readonly GrantLine[] = Object.freeze([]);
/** The `missing` list of every complete result (and of a budget's invalid entries). */
export const NO_MISSING: readonly MissingPart[] = Object.freeze([]);
const INELIGIBLE_WARNINGS: readonly GrantWarning[] = Object.freeze([INELIGIBLE]);
const ZERO_GRANT_WARNINGS: readonly GrantWarning[] = Object.freeze([ZERO_GRANT]);

/** Shared `rules` records: by rates kind and rounding policy, then by call year and provisional. */
const rulesCache = new Map<string, Map<number, GrantResult['rules']>>();

/** The `rules` part of a result, shared between results (frozen). */
function rulesOf(
  callYear: GrantResult['rules']['callYear'],
  provisional: boolean,
  options: ResolvedGrantOptions,
): GrantResult['rules'] {
  const rates = options.rates === undefined ? 'reference' : 'rate-sheet';
  const policyKey = rates === 'reference' ? options.rounding : `sheet|${options.rounding}`;
  const byYear = childMap(rulesCache, policyKey, newMap);
  const key = provisional ? -callYear : callYear;
  let rules = byYear.get(key);
  if (rules === undefined) {
    rules = Object.freeze({ callYear, provisional, rates, rounding: options.rounding });
    byYear.set(key, rules);
  }
  return rules;
}

/**
 * The warnings without repeats (same code and message), in order; no strings are built. The
 * list has no spare room (results are kept; a list grown by `push` keeps some).
 */
function dedupe(warnings: readonly GrantWarning[]): GrantWarning[] {
  const out: GrantWarning[] = [];
  outer: for (let i = 0; i < warnings.length; i++) {
    const w = warnings[i] as GrantWarning;
    for (let j = 0; j < out.length; j++) {
      const seen = out[j] as GrantWarning;
      if (seen === w || (seen.code === w.code && seen.message === w.message)) continue outer;
    }
    out.push(w);
  }
  return out.slice();
}

/** Shared warnings of a key made of several strings (a trie of maps: no joined key is built). */
interface WarningNode {
  readonly next: Map<string, WarningNode>;
  warning?: GrantWarning;
}

/**
 * Its keys are rule-pack paths, their statuses and why no rate-sheet value was used (none, a
 * sheet without it, a sheet of another call year): a finite set, so the trie stays small without
 * a bound.
 */
const warningTries = new Map<string, WarningNode>();

/** The shared warning for `kind` and the strings `parts`, made once by `make` (frozen). */
function warningFor(
  kind: string,
  parts: readonly string[],
  make: () => GrantWarning,
): GrantWarning {
  let node: WarningNode | undefined = warningTries.get(kind);
  if (node === undefined) {
    node = { next: new Map() };
    warningTries.set(kind, node);
  }
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    let child: WarningNode | undefined = node.next.get(part);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(part, child);
    }
    node = child;
  }
  node.warning ??= Object.freeze(make());
  return node.warning;
}

/** The strings in order of first appearance, without repeats. */
function uniqueStrings(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}

/** Why the Programme Guide reference values were used: no rate sheet, one of another year, or one without the value. */
function referenceMessage(options: ResolvedGrantOptions, callYear: CallYear): string {
  const used =
    'the Programme Guide reference values were used for the rates a National Agency chooses';
  if (options.otherSheetYear !== undefined) {
    return `The rate sheet is for call ${options.otherSheetYear} and was not applied to this call-${callYear} mobility: ${used}. Pass a rate sheet of call ${callYear} for your National Agency’s rates.`;
  }
  if (options.rates !== undefined) {
    return `The rate sheet gives no value for these rates: ${used}. Add them to the rate sheet for your National Agency’s rates.`;
  }
  return `No rate sheet was given: ${used}. Pass options.rateSheet for your National Agency’s rates.`;
}

/** Computes the grant of a validated mobility. */
export function grantOf(pack: RulePack, m: Mobility, options: ResolvedGrantOptions): GrantResult {
  const eligibility = eligibilityOf(pack, m);
  if (!eligibility.eligible || m.zeroGrant === true) {
    // Nothing is paid: one shared warning, no lines.
    return {
      total: '0.00',
      currency: 'EUR',
      complete: true,
      missing: NO_MISSING,
      lines: NO_LINES,
      duration: eligibility.duration,
      eligibility,
      rules: rulesOf(pack.callYear, eligibility.provisional, options),
      warnings: eligibility.eligible ? ZERO_GRANT_WARNINGS : INELIGIBLE_WARNINGS,
    };
  }
  const ctx: GrantContext = {
    m,
    pack,
    duration: eligibility.duration,
    rates: options.rates,
    lines: [],
    warnings: [],
    missing: [],
    referencePaths: [],
  };
  const info = addIndividualSupport(ctx);
  addStudentTopUps(ctx, info);
  addCourseFees(ctx);
  const travel = travelEntitlement(ctx);
  if (travel.entitled) addTravel(ctx, travel.why);
  addGreenTravelTopUp(ctx, travel.entitled);

  // The not-confirmed figures of the lines, one per path in order of first use.
  let provisional: FigureUsed[] | undefined;
  for (const line of ctx.lines) {
    for (const figure of line.figures) provisional = addIfProvisional(provisional, figure);
  }
  const warnings: GrantWarning[] = [];
  if (ctx.referencePaths.length > 0) {
    const paths = uniqueStrings(ctx.referencePaths);
    // The message depends on why there is no value (and, for another year's sheet, on both years).
    const why =
      options.otherSheetYear !== undefined
        ? `${options.otherSheetYear}>${pack.callYear}`
        : options.rates
          ? 'sheet'
          : '';
    warnings.push(
      warningFor('ref', [why, ...paths], () => ({
        code: 'reference-values',
        message: referenceMessage(options, pack.callYear),
        paths: Object.freeze(paths),
      })),
    );
  }
  if (provisional !== undefined) {
    // Keyed by each figure's path and status as they are, so no text is built per mobility.
    const parts: string[] = [];
    for (const f of provisional) parts.push(f.path, f.status);
    warnings.push(
      warningFor('prov', parts, () => ({
        code: 'provisional-figure',
        message: `This result used figures that are not confirmed: ${provisional.map((f) => `${f.path} (${f.status})`).join(', ')}. The amount may change when they are.`,
        paths: Object.freeze(provisional.map((f) => f.path)),
      })),
    );
  }
  for (const w of ctx.warnings) warnings.push(w);
  const { lines, total } = finishLines(ctx.lines, options.rounding);
  const complete = ctx.missing.length === 0;
  return {
    total,
    currency: 'EUR',
    complete,
    missing: complete ? NO_MISSING : ctx.missing.slice(),
    lines,
    duration: eligibility.duration,
    eligibility,
    rules: rulesOf(pack.callYear, provisional !== undefined || eligibility.provisional, options),
    warnings: dedupe(warnings),
  };
}
