/**
 * Reads the figures a mobility needs from its call year's rule pack: duration limits, travel-day
 * allowance, the activity's availability. Private to the mobility module.
 *
 * The pack's entries for the activity are read once per mobility ({@link activityFigures}); a
 * figure a check uses comes with the pack's record of it (see rules/packIndex.ts), found by the
 * keys of its path without writing the path.
 *
 * @module
 */
import type { Figure, FigureUsed } from '../_lib/provenance.js';
import { figureRecordAt } from '../rules/packIndex.js';
import type {
  ActivityDurations,
  ActivityTravelDays,
  DurationFigure,
  RulePack,
} from '../rules/types.js';
import { isStudentActivity } from './activityKinds.js';
import type { Mobility } from './MobilityInputSchema.js';

/** Whether one end of the mobility is in a third country not associated to the Programme. */
export type NonAssociatedEnd = boolean;

/** What the pack says about one activity of one action. */
export interface ActivityFigures {
  readonly pack: RulePack;
  readonly action: string;
  readonly activity: string;
  /** Present when the activity is known not to be available in the call year. */
  readonly unavailable: Figure<true> | undefined;
  /** The activity's duration limits, if the pack has them. */
  readonly durations: ActivityDurations | undefined;
  /** The activity's funded travel days, if the pack funds any. */
  readonly travel: ActivityTravelDays | undefined;
}

type Table = { readonly [action: string]: { readonly [activity: string]: unknown } | undefined };

/** The pack's entries for the mobility's action and activity. */
export function activityFigures(
  pack: RulePack,
  { action, activity }: { readonly action: string; readonly activity: string },
): ActivityFigures {
  return {
    pack,
    action,
    activity,
    unavailable: (pack.unavailableActivities as unknown as Table)[action]?.[activity] as
      | Figure<true>
      | undefined,
    durations: (pack.durations as unknown as Table)[action]?.[activity] as
      | ActivityDurations
      | undefined,
    travel: (pack.travelDays as unknown as Table)[action]?.[activity] as
      | ActivityTravelDays
      | undefined,
  };
}

/** A figure of the pack and the pack's record of it (the record a result reports). */
export interface LocatedFigure<T> {
  /** The figure. */
  readonly figure: Figure<T>;
  /** Its record. */
  readonly used: FigureUsed;
}

/** The figure with its record, found by the keys of its path in the entry's section. */
function located<T>(
  figure: Figure<T> | undefined,
  entry: ActivityFigures,
  section: string,
  ...keys: string[]
): LocatedFigure<T> | undefined {
  if (figure === undefined) return undefined;
  return {
    figure,
    used: figureRecordAt(entry.pack, section, entry.action, entry.activity, ...keys),
  };
}

/** The figure saying the activity is not available in the call year, if there is one. */
export function unavailableFigure(entry: ActivityFigures): LocatedFigure<true> | undefined {
  return located(entry.unavailable, entry, 'unavailableActivities');
}

/** The activity's shortest funded period of a partly funded stay, if the pack sets one. */
export function minFundedDaysFor(entry: ActivityFigures): LocatedFigure<number> | undefined {
  return located(entry.durations?.minFundedDays, entry, 'durations', 'minFundedDays');
}

/**
 * The duration limits that apply to the mobility, or `undefined` when the pack has none for its
 * activity (not available in the call year, or not found in the sources).
 */
export function durationLimitsFor(
  entry: ActivityFigures,
  m: Mobility,
  involvesNonAssociated: NonAssociatedEnd,
): LocatedFigure<DurationFigure['value']> | undefined {
  const durations = entry.durations;
  if (durations === undefined) return undefined;
  const variant =
    isStudentActivity(m.action, m.activity) && m.format === 'short-term'
      ? 'shortTerm'
      : m.blended === true && durations.blended
        ? 'blended'
        : involvesNonAssociated && durations.nonAssociated
          ? 'nonAssociated'
          : 'standard';
  return located(durations[variant], entry, 'durations', variant);
}

/**
 * The funded travel-day allowance of the mobility (standard or green travel), or `undefined` when
 * the pack funds no travel days for its activity.
 */
export function travelDayAllowanceFor(
  entry: ActivityFigures,
  m: Mobility,
): LocatedFigure<number> | undefined {
  const format =
    isStudentActivity(m.action, m.activity) && m.format === 'short-term' ? 'shortTerm' : 'standard';
  const travel = m.travel?.green === true ? 'green' : 'standard';
  return located(entry.travel?.[format]?.[travel], entry, 'travelDays', format, travel);
}
