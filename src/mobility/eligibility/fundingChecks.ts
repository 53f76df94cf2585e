import { describeDays } from '../countDays.js';
import { makeIssue } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

/** Zero-grant mobility and travel days beyond the call year's allowance. */
export function fundingChecks(ctx: CheckContext): EligibilityIssue[] {
  const { m, duration } = ctx;
  const issues: EligibilityIssue[] = [];
  if (m.zeroGrant === true) {
    issues.push(
      makeIssue(
        m,
        'zero-grant',
        'This is a zero-grant mobility: it receives no individual support and no travel grant, but it is an Erasmus+ mobility (the duration rules still apply) and it counts for organisational support.',
        { path: ['zeroGrant'] },
      ),
    );
  }
  if (duration.declaredTravelDays > duration.travelDayAllowance) {
    const green = m.travel?.green === true;
    issues.push(
      makeIssue(
        m,
        'travel-days-capped',
        duration.travelDayAllowance === 0
          ? `${describeDays(duration.declaredTravelDays)} of travel declared, but call ${m.callYear} funds no travel days for this activity with ${green ? 'green' : 'standard'} travel; none are funded.`
          : `${describeDays(duration.declaredTravelDays)} of travel declared, but call ${m.callYear} funds at most ${describeDays(duration.travelDayAllowance)} with ${green ? 'green' : 'standard'} travel; only ${describeDays(duration.travelDays)} are funded.`,
        { path: ['travelDays'], ...(duration.figures[0] ? { figure: duration.figures[0] } : {}) },
      ),
    );
  }
  return issues;
}
