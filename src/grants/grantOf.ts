/**
 * Private: the grant of one validated mobility with its call year's pack — the engine behind
 * `calculateGrant` and `calculateGrants` (which validate first).
 *
 * @module
 */
import type { RoundingPolicy } from '../_lib/money.js';
import { isProvisional } from '../_lib/provenance.js';
import { eligibilityOf } from '../mobility/checkEligibility.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import type { Mobility } from '../mobility/MobilityInputSchema.js';
import type { RulePack } from '../rules/types.js';
import { finishLines, type GrantContext, type RateLookup, remember } from './grantContext.js';
import { addIndividualSupport } from './individualSupport.js';
import { addCourseFees, addGreenTravelTopUp, addStudentTopUps } from './topUps.js';
import { addTravel, travelEntitlement } from './travelSupport.js';
import type { GrantResult, GrantWarning } from './types.js';

/** Options after validation. */
export interface ResolvedGrantOptions {
  /** NA values by pack path, when a rate sheet was given. */
  readonly rates: RateLookup | undefined;
  /** Rounding policy. */
  readonly rounding: RoundingPolicy;
  /** Why the rate sheet was not applied, when it was given for another call year. */
  readonly note?: string;
}

const warningCache = new Map<string, GrantWarning>();

/** A warning object, shared between results that give the same one (warnings are frozen). */
function cachedWarning(key: string, make: () => GrantWarning): GrantWarning {
  let w = warningCache.get(key);
  if (w === undefined) {
    w = remember(warningCache, key, Object.freeze(make()));
  }
  return w;
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
  let byYear = rulesCache.get(policyKey);
  if (byYear === undefined) {
    byYear = new Map();
    rulesCache.set(policyKey, byYear);
  }
  const key = provisional ? -callYear : callYear;
  let rules = byYear.get(key);
  if (rules === undefined) {
    rules = Object.freeze({ callYear, provisional, rates, rounding: options.rounding });
    byYear.set(key, rules);
  }
  return rules;
}

function dedupe(warnings: readonly GrantWarning[]): GrantWarning[] {
  if (warnings.length < 2) return [...warnings];
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Computes the grant of a validated mobility. */
export function grantOf(pack: RulePack, m: Mobility, options: ResolvedGrantOptions): GrantResult {
  const eligibility = eligibilityOf(pack, m);
  if (!eligibility.eligible || m.zeroGrant === true) {
    // Nothing is paid: one shared warning, no lines.
    return {
      total: '0.00',
      currency: 'EUR',
      lines: [],
      duration: eligibility.duration,
      eligibility,
      rules: rulesOf(pack.callYear, eligibility.provisional, options),
      warnings: [eligibility.eligible ? ZERO_GRANT : INELIGIBLE],
    };
  }
  const ctx: GrantContext = {
    m,
    pack,
    duration: eligibility.duration,
    rates: options.rates,
    lines: [],
    warnings: [],
    referencePaths: [],
  };
  const info = addIndividualSupport(ctx);
  addStudentTopUps(ctx, info);
  addCourseFees(ctx);
  const travel = travelEntitlement(ctx);
  if (travel.entitled) addTravel(ctx, travel.why);
  addGreenTravelTopUp(ctx, travel.entitled);

  const used = new Map<string, FigureUsed>();
  for (const line of ctx.lines) for (const f of line.figures) used.set(f.path, f);
  const provisional = [...used.values()].filter((f) => isProvisional(f.status));
  const warnings: GrantWarning[] = [];
  if (ctx.referencePaths.length > 0) {
    const paths = [...new Set(ctx.referencePaths)];
    warnings.push(
      cachedWarning(`ref|${options.note ?? ''}|${paths.join(',')}`, () => ({
        code: 'reference-values',
        message: `${options.note ? `${options.note} ` : ''}No rate sheet value was given for the rates a National Agency chooses: the Programme Guide reference values were used (DESIGN principle 4). Pass options.rateSheet for your National Agency’s rates.`,
        paths: Object.freeze(paths),
      })),
    );
  }
  if (provisional.length > 0) {
    const list = provisional.map((f) => `${f.path} (${f.status})`).join(', ');
    warnings.push(
      cachedWarning(`prov|${list}`, () => ({
        code: 'provisional-figure',
        message: `This result used figures that are not confirmed: ${list}. The amount may change when they are.`,
        paths: Object.freeze(provisional.map((f) => f.path)),
      })),
    );
  }
  warnings.push(...ctx.warnings);
  const { lines, total } = finishLines(ctx.lines, options.rounding);
  return {
    total,
    currency: 'EUR',
    lines,
    duration: eligibility.duration,
    eligibility,
    rules: rulesOf(pack.callYear, provisional.length > 0 || eligibility.provisional, options),
    warnings: dedupe(warnings),
  };
}
