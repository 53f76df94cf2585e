import type { CallYear } from '../../_lib/callYear.js';
import { childMap, newMap } from '../../_lib/childMap.js';
import type { FigureUsed } from '../computeDuration.js';
import { describeDays } from '../countDays.js';
import type { Mobility } from '../MobilityInputSchema.js';
import { makeIssue, NO_ISSUES } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

/**
 * Findings already made, shared (frozen) by every mobility they fit: by call year, then by the
 * travel-day figure (or none), then by what else the texts say.
 */
const found = new Map<
  CallYear,
  Map<FigureUsed | undefined, Map<number | string, readonly EligibilityIssue[]>>
>();

/** Zero-grant mobility and travel days beyond the call year's allowance. */
export function fundingChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  const { m, duration } = ctx;
  const zeroGrant = m.zeroGrant === true;
  const capped = duration.declaredTravelDays > duration.travelDayAllowance;
  if (!zeroGrant && !capped) return NO_ISSUES;
  const figure = duration.figures[0];
  const byFigure = childMap(found, m.callYear, newMap);
  const byKey = childMap(byFigure, figure, newMap);
  const green = m.travel?.green === true;
  // The funded travel days are the smaller of the declared days and the allowance. A number key
  // (no text to build and hash) unless the counts are absurdly large.
  const flags = (zeroGrant ? 2 : 0) + (green ? 1 : 0);
  const { declaredTravelDays: declared, travelDayAllowance: allowance } = duration;
  const key = !capped
    ? -1
    : declared < 2 ** 30 && allowance < 2 ** 10
      ? (declared * 2 ** 10 + allowance) * 4 + flags
      : `${declared}|${allowance}|${flags}`;
  let issues = byKey.get(key);
  if (issues === undefined) {
    issues = Object.freeze(makeFundingIssues(m, duration, zeroGrant, capped, green, figure));
    if (byKey.size >= 10_000) byKey.clear();
    byKey.set(key, issues);
  }
  return issues;
}

function makeFundingIssues(
  m: Mobility,
  duration: CheckContext['duration'],
  zeroGrant: boolean,
  capped: boolean,
  green: boolean,
  figure: FigureUsed | undefined,
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  if (zeroGrant) {
    issues.push(
      makeIssue(
        m,
        'zero-grant',
        'This is a zero-grant mobility: it receives no individual support and no travel grant, but it is an Erasmus+ mobility (the duration rules still apply) and it counts for organisational support.',
        { path: ['zeroGrant'] },
      ),
    );
  }
  if (capped) {
    issues.push(
      makeIssue(
        m,
        'travel-days-capped',
        duration.travelDayAllowance === 0
          ? `${describeDays(duration.declaredTravelDays)} of travel declared, but call ${m.callYear} funds no travel days for this activity with ${green ? 'green' : 'standard'} travel; none are funded.`
          : `${describeDays(duration.declaredTravelDays)} of travel declared, but call ${m.callYear} funds at most ${describeDays(duration.travelDayAllowance)} with ${green ? 'green' : 'standard'} travel; only ${describeDays(duration.travelDays)} are funded.`,
        figure ? { path: ['travelDays'], figure } : { path: ['travelDays'] },
      ),
    );
  }
  return issues;
}
