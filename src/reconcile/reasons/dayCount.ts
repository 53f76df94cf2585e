/**
 * Private: the day-count reasons — the stored value follows another count of the same dates
 * (calendar days instead of 30/360, 30/360 with February as 30 days, or 30/360 instead of
 * calendar days).
 *
 * @module
 */
import { daysInclusive } from '../../_lib/calendar.js';
import type { Duration } from '../../mobility/computeDuration.js';
import { days30360, days30360EveryMonth30 } from '../../mobility/countDays.js';
import type { Mobility } from '../../mobility/MobilityInputSchema.js';
import { withCalculatedDays } from './shiftDays.js';
import type { Candidate, ExplainContext, Variant } from './types.js';

/** Another count of a mobility's dates, and its name. */
export interface AlternativeCount {
  readonly count: number;
  readonly name: string;
}

/** The other counts of the mobility's dates that differ from the library's. */
export function alternativeCounts(m: Mobility, duration: Duration): AlternativeCount[] {
  const { startDate: start, endDate: end } = m;
  const all: AlternativeCount[] =
    duration.method === '30/360'
      ? [
          { count: daysInclusive(start, end), name: 'calendar days' },
          {
            count: days30360EveryMonth30(start, end),
            name: '30/360 with every month of 30 days, February included',
          },
        ]
      : [{ count: days30360(start, end), name: '30/360' }];
  return all.filter(
    (alt, i) =>
      alt.count !== duration.calculatedDays && all.findIndex((a) => a.count === alt.count) === i,
  );
}

/** The library's count in words, for the `instead` part of a reason. */
function counted(duration: Duration): string {
  return duration.method === '30/360'
    ? `long-term student mobility counts them 30/360: ${duration.calculatedDays} days`
    : `this mobility counts calendar days: ${duration.calculatedDays} days`;
}

/** The mobility recounted with each other count of its dates. */
export const dayCount: Candidate = (ctx: ExplainContext) => {
  const d = ctx.grant.duration;
  const variants: Variant[] = [];
  for (const alt of alternativeCounts(ctx.mobility, d)) {
    const mobility = withCalculatedDays(ctx.mobility, d.method, alt.count);
    if (mobility === undefined) continue;
    variants.push({
      kind: 'variant',
      code: 'day-count',
      fields: ['calculatedDays', 'fundedDays', 'individualSupport', 'topUps', 'total'],
      mobility,
      what: `with a ${alt.count}-day count of these dates (${alt.name})`,
      instead: counted(d),
    });
  }
  return variants;
};
