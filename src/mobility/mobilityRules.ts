/**
 * Reads the figures a mobility needs from its call year's rule pack: duration limits, travel-day
 * allowance, cycle caps. Private to the mobility module.
 *
 * The lookups of one (pack, action, activity) are made once and kept: packs are frozen, so the
 * located figures (and their dotted paths) are shared, frozen objects.
 *
 * @module
 */
import { childMap, newMap } from '../_lib/childMap.js';
import type { Figure } from '../_lib/provenance.js';
import type { DurationFigure, RulePack, TravelDayRule } from '../rules/types.js';
import { isStudentActivity } from './activityKinds.js';
import type { Mobility } from './MobilityInputSchema.js';

/** A figure together with the path it has in the pack (`durations.KA131-HED.student-studies.standard`). */
export interface LocatedFigure<T> {
  /** The figure (value + provenance). */
  readonly figure: Figure<T>;
  /** Where it lives in the pack, dotted. */
  readonly path: string;
}

/** Whether one end of the mobility is in a third country not associated to the Programme. */
export type NonAssociatedEnd = boolean;

type Located<T> = LocatedFigure<T> | undefined;

/** Everything the pack says about one activity of one action, located once. */
export interface ActivityFigures {
  /** The activity is known not to be available in the call year. */
  readonly unavailable: Located<true>;
  /** The pack has duration limits for the activity. */
  readonly hasDurations: boolean;
  readonly standard: Located<DurationFigure['value']>;
  readonly shortTerm: Located<DurationFigure['value']>;
  readonly blended: Located<DurationFigure['value']>;
  readonly nonAssociated: Located<DurationFigure['value']>;
  readonly minFundedDays: Located<number>;
  /** Travel-day allowance: `[standard format][standard, green]`, `[short-term][standard, green]`. */
  readonly travel: readonly [Located<number>, Located<number>, Located<number>, Located<number>];
}

type Table = { readonly [action: string]: { readonly [activity: string]: unknown } | undefined };

function locate<T>(figure: Figure<T> | undefined, path: string): Located<T> {
  return figure === undefined ? undefined : Object.freeze({ figure, path });
}

function locateAll(pack: RulePack, action: string, activity: string): ActivityFigures {
  const durations = (pack.durations as unknown as Table)[action]?.[activity] as
    | {
        readonly standard: DurationFigure;
        readonly shortTerm?: DurationFigure;
        readonly blended?: DurationFigure;
        readonly nonAssociated?: DurationFigure;
        readonly minFundedDays?: Figure<number>;
      }
    | undefined;
  const travel = (pack.travelDays as unknown as Table)[action]?.[activity] as
    | { readonly standard: TravelDayRule; readonly shortTerm?: TravelDayRule }
    | undefined;
  const unavailable = (pack.unavailableActivities as unknown as Table)[action]?.[activity] as
    | Figure<true>
    | undefined;
  const base = `durations.${action}.${activity}`;
  const travelBase = `travelDays.${action}.${activity}`;
  return Object.freeze({
    unavailable: locate(unavailable, `unavailableActivities.${action}.${activity}`),
    hasDurations: durations !== undefined,
    standard: locate(durations?.standard, `${base}.standard`),
    shortTerm: locate(durations?.shortTerm, `${base}.shortTerm`),
    blended: locate(durations?.blended, `${base}.blended`),
    nonAssociated: locate(durations?.nonAssociated, `${base}.nonAssociated`),
    minFundedDays: locate(durations?.minFundedDays, `${base}.minFundedDays`),
    travel: Object.freeze([
      locate(travel?.standard.standard, `${travelBase}.standard.standard`),
      locate(travel?.standard.green, `${travelBase}.standard.green`),
      locate(travel?.shortTerm?.standard, `${travelBase}.shortTerm.standard`),
      locate(travel?.shortTerm?.green, `${travelBase}.shortTerm.green`),
    ] as const),
  });
}

const byPack = new WeakMap<RulePack, Map<string, Map<string, ActivityFigures>>>();

/** The located figures of the mobility's action and activity in `pack` (cached per pack). */
export function activityFigures(
  pack: RulePack,
  m: { readonly action: string; readonly activity: string },
): ActivityFigures {
  const byAction = childMap(byPack, pack, newMap);
  const byActivity = childMap(byAction, m.action, newMap);
  let figures = byActivity.get(m.activity);
  if (figures === undefined) {
    figures = locateAll(pack, m.action, m.activity);
    byActivity.set(m.activity, figures);
  }
  return figures;
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
  if (!entry.hasDurations) return undefined;
  if (isStudentActivity(m.action, m.activity) && m.format === 'short-term') return entry.shortTerm;
  if (m.blended === true && entry.blended) return entry.blended;
  if (involvesNonAssociated && entry.nonAssociated) return entry.nonAssociated;
  return entry.standard;
}

/**
 * The funded travel-day allowance of the mobility (standard or green travel), or `undefined` when
 * the pack funds no travel days for its activity.
 */
export function travelDayAllowanceFor(
  entry: ActivityFigures,
  m: Mobility,
): LocatedFigure<number> | undefined {
  const shortTerm = isStudentActivity(m.action, m.activity) && m.format === 'short-term';
  const green = m.travel?.green === true;
  return entry.travel[(shortTerm ? 2 : 0) + (green ? 1 : 0)];
}
