/**
 * Private: the top-ups of higher-education students — fewer opportunities (monthly for long-term,
 * one-off by length for short-term), traineeship (monthly, not for international mobility) and
 * the one-off green-travel top-up of the call years that have it.
 *
 * @module
 */
import { isStudentActivity } from '../../mobility/activityKinds.js';
import { type GrantContext, warn } from './context.js';
import type { SupportInfo } from './individualSupport.js';
import { monthlyLine, oneOffLine } from './lines.js';
import { rateAt } from './packIndex.js';
import { count } from './texts.js';

/** Adds the fewer-opportunities and traineeship top-ups of an HE student. */
export function addStudentTopUps(ctx: GrantContext, info: SupportInfo): void {
  const { m, index, duration } = ctx;
  if (!isStudentActivity(m.action, m.activity)) return;
  const cite = index.fundingRules[m.action];
  const fewer = m.participant?.fewerOpportunities === true;
  if (m.format === 'short-term') {
    if (!fewer) return;
    const long = duration.mobilityDays >= 15;
    const topUp = rateAt(
      index,
      long
        ? 'ka131.shortTermFewerOpportunitiesTopUp.days15to30'
        : 'ka131.shortTermFewerOpportunitiesTopUp.days5to14',
    );
    ctx.lines.push(
      oneOffLine(
        'fewer-opportunities-top-up',
        'one-off',
        topUp,
        `one-off for ${count(duration.mobilityDays, 'physical day')} (${long ? '15–30' : '5–14'} days): €${topUp.text}`,
        `Short-term students with fewer opportunities receive a one-off top-up by the length of the physical activity (${cite}).`,
        [topUp.used],
        { form: 'one-off', amount: topUp.text, physicalDays: duration.mobilityDays },
      ),
    );
    return;
  }
  if (fewer) {
    const topUp = rateAt(index, 'ka131.fewerOpportunitiesTopUpMonthly');
    if (m.action === 'KA171-HED') {
      warn(
        ctx,
        'assumption',
        'The KA131 monthly fewer-opportunities top-up was applied to a KA171 student: the sources give no KA171-specific amount.',
        ['ka131.fewerOpportunitiesTopUpMonthly'],
      );
    }
    ctx.lines.push(
      monthlyLine(
        'fewer-opportunities-top-up',
        topUp,
        duration.fullMonths,
        duration.extraDays,
        `Long-term students with fewer opportunities: a monthly top-up for the funded period, cumulative with the traineeship top-up (${cite}).`,
        [topUp.used],
      ),
    );
  }
  if (m.activity === 'student-traineeship' && !info.international) {
    const topUp = rateAt(index, 'ka131.traineeshipTopUpMonthly');
    ctx.lines.push(
      monthlyLine(
        'traineeship-top-up',
        topUp,
        duration.fullMonths,
        duration.extraDays,
        `Long-term traineeships within Europe: a monthly top-up for the funded period; not for international mobility (${cite}).`,
        [topUp.used],
      ),
    );
  }
}

/** Adds the one-off green-travel top-up of an HE student without travel support, where the call year has it. */
export function addGreenTravelTopUp(ctx: GrantContext, entitledToTravel: boolean): void {
  const { m, index } = ctx;
  if (
    entitledToTravel ||
    index.pack.ka131.greenTravelTopUp === undefined ||
    m.travel?.green !== true ||
    !isStudentActivity(m.action, m.activity)
  ) {
    return;
  }
  const topUp = rateAt(index, 'ka131.greenTravelTopUp');
  ctx.lines.push(
    oneOffLine(
      'green-travel-top-up',
      'one-off',
      topUp,
      `one-off for green travel: €${topUp.text} (extra green travel days, if any, are in individual support)`,
      `Students without travel support who travel green receive a one-off top-up and up to 4 extra funded travel days (calls 2021–2023: ${index.fundingRules[m.action]}).`,
      [topUp.used],
      { form: 'one-off', amount: topUp.text, physicalDays: null },
    ),
  );
}
