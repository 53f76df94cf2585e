/**
 * Private: the grant of one validated mobility — the engine behind `calculateGrant`,
 * `calculateGrants` and `estimateProjectBudget` (which validate first).
 *
 * @module
 */
import type { FigureUsed } from '../../_lib/provenance.js';
import { eligibilityOf } from '../../mobility/checkEligibility.js';
import type { Mobility } from '../../mobility/MobilityInputSchema.js';
import { addIfProvisional } from '../../mobility/provisionalFigures.js';
import { getRules } from '../../rules/getRules.js';
import type { GrantLine, GrantResult, GrantWarning, MissingPart } from '../types.js';
import type { GrantContext } from './context.js';
import { addCourseFees } from './courseFees.js';
import { addIndividualSupport } from './individualSupport.js';
import { finishLines } from './lines.js';
import type { ResolvedGrantOptions } from './options.js';
import { packIndex } from './packIndex.js';
import { addGreenTravelTopUp, addStudentTopUps } from './topUps.js';
import { addTravel, travelEntitlement } from './travelSupport.js';
import {
  provisionalWarning,
  rateSheetWarnings,
  referenceWarning,
  withoutRepeats,
} from './warnings.js';

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

/** Computes the grant of a validated mobility, with the rate sheet of its call year if given. */
export function grantOf(m: Mobility, options: ResolvedGrantOptions): GrantResult {
  const index = packIndex(getRules(m.callYear));
  const sheet = options.sheet?.callYear === m.callYear ? options.sheet : undefined;
  const eligibility = eligibilityOf(index.pack, m);
  const rules = {
    callYear: m.callYear,
    provisional: eligibility.provisional,
    rates: sheet === undefined ? ('reference' as const) : ('rate-sheet' as const),
    rounding: options.rounding,
  };
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
      rules,
      warnings: eligibility.eligible ? ZERO_GRANT_WARNINGS : INELIGIBLE_WARNINGS,
    };
  }
  const ctx: GrantContext = {
    m,
    index,
    duration: eligibility.duration,
    sheet,
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
  // The warnings about figures come first: reference values, provisional figures, the sheet's.
  const { warnings } = ctx;
  if (sheet !== undefined) {
    warnings.unshift(...rateSheetWarnings(sheet.sheet, ctx.lines));
  }
  if (provisional !== undefined) {
    warnings.unshift(provisionalWarning(provisional));
    rules.provisional = true;
  }
  if (ctx.referencePaths.length > 0) {
    warnings.unshift(referenceWarning(ctx.referencePaths, m.callYear, options.sheet?.callYear));
  }
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
    rules,
    warnings: withoutRepeats(warnings),
  };
}
