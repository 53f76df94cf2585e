/**
 * An indicator's years, worked out once per evaluation: each target or milestone year with the
 * kind it is judged as, oldest first (internal).
 *
 * @module
 */
import type { Indicator, IndicatorKind } from './indicatorTypes.js';

/** One target or milestone year of an indicator. */
export interface IndicatorYear {
  /** The plan year. */
  readonly year: number;
  /** The year as the key of the indicator's `targets` and `milestones` records. */
  readonly key: string;
  /** How the year is judged: the indicator's kind, or `milestone` for a milestone year. */
  readonly kind: IndicatorKind;
}

/** The years of an indicator (targets and milestones), oldest first, each with its kind. */
export function indicatorYears(indicator: Indicator): IndicatorYear[] {
  const milestones = indicator.milestones;
  const targets = indicator.kind === 'milestone' ? undefined : Object.keys(indicator.targets);
  let keys: string[];
  if (milestones === undefined) keys = targets ?? [];
  else {
    keys = Object.keys(milestones);
    if (targets !== undefined)
      for (const key of targets) if (milestones[key] === undefined) keys.push(key);
  }
  // Four-digit keys: their text order is their numeric order (and usually already theirs).
  if (!ascending(keys)) keys.sort();
  const years: IndicatorYear[] = [];
  for (const key of keys) {
    const kind = milestones?.[key] !== undefined ? 'milestone' : indicator.kind;
    years.push({ year: Number(key), key, kind });
  }
  return years;
}

function ascending(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++)
    if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/** The position of `year` among an indicator's years, or -1 when it has no target that year. */
export function slotOf(years: readonly IndicatorYear[], year: number): number {
  for (let i = 0; i < years.length; i++) if ((years[i] as IndicatorYear).year === year) return i;
  return -1;
}
