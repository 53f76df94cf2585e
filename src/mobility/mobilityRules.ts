/**
 * Reads the figures a mobility needs from its call year's rule pack: duration limits, travel-day
 * allowance, cycle caps. Private to the mobility module.
 *
 * @module
 */
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

type AnyActivities = Readonly<Record<string, unknown>>;

function activityEntry<T>(
  table: { readonly [action: string]: AnyActivities },
  m: Mobility,
): T | undefined {
  return table[m.action]?.[m.activity] as T | undefined;
}

/** Whether one end of the mobility is in a third country not associated to the Programme. */
export type NonAssociatedEnd = boolean;

/**
 * The duration limits that apply to the mobility, or `undefined` when the pack has none for its
 * activity (not available in the call year, or not found in the sources).
 */
export function durationLimitsFor(
  pack: RulePack,
  m: Mobility,
  involvesNonAssociated: NonAssociatedEnd,
): LocatedFigure<DurationFigure['value']> | undefined {
  const entry = activityEntry<{
    readonly standard: DurationFigure;
    readonly shortTerm?: DurationFigure;
    readonly blended?: DurationFigure;
    readonly nonAssociated?: DurationFigure;
  }>(pack.durations as never, m);
  if (!entry) return undefined;
  const base = `durations.${m.action}.${m.activity}`;
  if (isStudentActivity(m.action, m.activity) && m.format === 'short-term') {
    return entry.shortTerm ? { figure: entry.shortTerm, path: `${base}.shortTerm` } : undefined;
  }
  if (m.blended === true && entry.blended) {
    return { figure: entry.blended, path: `${base}.blended` };
  }
  if (involvesNonAssociated && entry.nonAssociated) {
    return { figure: entry.nonAssociated, path: `${base}.nonAssociated` };
  }
  return { figure: entry.standard, path: `${base}.standard` };
}

/** The shortest funded period (days) when part of the stay is not funded, if the pack has one. */
export function minFundedDaysFor(pack: RulePack, m: Mobility): LocatedFigure<number> | undefined {
  const entry = activityEntry<{ readonly minFundedDays?: Figure<number> }>(
    pack.durations as never,
    m,
  );
  return entry?.minFundedDays
    ? { figure: entry.minFundedDays, path: `durations.${m.action}.${m.activity}.minFundedDays` }
    : undefined;
}

/**
 * The funded travel-day allowance of the mobility (standard or green travel), or `undefined` when
 * the pack funds no travel days for its activity.
 */
export function travelDayAllowanceFor(
  pack: RulePack,
  m: Mobility,
): LocatedFigure<number> | undefined {
  const entry = activityEntry<{
    readonly standard: TravelDayRule;
    readonly shortTerm?: TravelDayRule;
  }>(pack.travelDays as never, m);
  if (!entry) return undefined;
  const shortTerm = isStudentActivity(m.action, m.activity) && m.format === 'short-term';
  const rule = shortTerm ? entry.shortTerm : entry.standard;
  if (!rule) return undefined;
  const kind = m.travel?.green === true ? 'green' : 'standard';
  return {
    figure: rule[kind],
    path: `travelDays.${m.action}.${m.activity}.${shortTerm ? 'shortTerm' : 'standard'}.${kind}`,
  };
}
