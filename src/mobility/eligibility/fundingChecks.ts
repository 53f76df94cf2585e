import type { FigureUsed } from '../../_lib/provenance.js';
import { describeDays } from '../countDays.js';
import type { Mobility } from '../MobilityInputSchema.js';
import { frozenIssues, makeIssue, NO_ISSUES } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

/** Zero-grant mobility and travel days beyond the call year's allowance. */
export function fundingChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  const { m, duration } = ctx;
  const zeroGrant = m.zeroGrant === true;
  const capped = duration.declaredTravelDays > duration.travelDayAllowance;
  if (!zeroGrant && !capped) return NO_ISSUES;
  const green = m.travel?.green === true;
  return frozenIssues(
    makeFundingIssues(m, duration, zeroGrant, capped, green, duration.figures[0]),
  );
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
