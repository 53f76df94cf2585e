/**
 * Matching actuals to an indicator's years, checking their kind, and combining several readings
 * of the same year (internal).
 *
 * @module
 */

import type { IsoDate } from '../_lib/dates.js';
import type { InputIssueCode } from '../inputIssueCodes.js';
import { type ParsedSurvey, tally } from '../satisfaction/schemas.js';
import { type PayloadKey, payloadOf } from './actualSchema.js';
import type { Actual, MilestoneStatus } from './actualTypes.js';
import type { Indicator, IndicatorKind } from './indicatorTypes.js';
import { type IndicatorYear, slotOf } from './indicatorYears.js';

/** The payloads an actual may carry for a year judged as `kind`. */
export const PAYLOADS_BY_KIND: Readonly<Record<IndicatorKind, readonly PayloadKey[]>> = {
  numeric: ['value'],
  limit: ['value'],
  frequency: ['value', 'occurrences'],
  percentage: ['survey', 'value'],
  'per-unit': ['perUnit'],
  'event-driven': ['events'],
  milestone: ['milestone'],
};

/** A problem found while matching actuals: its message and the path inside the actuals list. */
export interface MatchIssue {
  /** The message. */
  readonly message: string;
  /** The path relative to the actuals list. */
  readonly path: PropertyKey[];
  /** The issue's `params.code`. */
  readonly code: InputIssueCode;
}

/**
 * Checks the actuals of one indicator (`indexes` holds the position of each in the list given):
 * each payload fits the kind of its year; frequency values are whole numbers ≥ 0; percentage
 * values are shares in [0, 1], one per year, not mixed with surveys. Actuals for years without a
 * target are left to the warnings.
 */
export function checkActuals(
  indicator: Indicator,
  years: readonly IndicatorYear[],
  actuals: readonly Actual[],
  indexes: readonly number[],
): MatchIssue[] {
  const issues: MatchIssue[] = [];
  // The payloads given for each percentage year (made at the first one).
  let percentYears: Map<number, PayloadKey[]> | undefined;
  for (let i = 0; i < actuals.length; i++) {
    const actual = actuals[i] as Actual;
    const index = indexes[i] as number;
    const slot = slotOf(years, actual.year);
    if (slot < 0) continue;
    const kind = (years[slot] as IndicatorYear).kind;
    const payload = payloadOf(actual);
    const allowed = PAYLOADS_BY_KIND[kind];
    if (!allowed.includes(payload)) {
      issues.push({
        code: 'conflicting-fields',
        path: [index, payload],
        message: `Indicator "${indicator.id}" is judged as ${kind} in ${actual.year}: expected ${allowed.map((k) => `"${k}"`).join(' or ')}, got "${payload}"`,
      });
      continue;
    }
    if (!('value' in actual)) {
      if (kind === 'percentage') percentYears = notePercent(percentYears, actual.year, payload);
      continue;
    }
    const value = actual.value;
    if (kind === 'frequency' && !(Number.isInteger(value) && value >= 0)) {
      issues.push({
        code: 'out-of-range',
        path: [index, 'value'],
        message: 'A frequency is a whole number ≥ 0',
      });
    }
    if (kind === 'percentage') {
      if (value < 0 || value > 1) {
        issues.push({
          code: 'out-of-range',
          path: [index, 'value'],
          message: 'A share is a number between 0 and 1',
        });
      }
      percentYears = notePercent(percentYears, actual.year, payload);
    }
  }
  for (const [year, payloads] of percentYears ?? []) {
    if (payloads.includes('value') && payloads.length > 1) {
      const first = actuals.findIndex((a) => a.year === year && 'value' in a);
      issues.push({
        code: 'conflicting-fields',
        path: [indexes[first] ?? 0, 'value'],
        message: `Indicator "${indicator.id}" has a bare share for ${year} and other readings: give one share or survey counts only`,
      });
    }
  }
  return issues;
}

/** Notes the payload given for a percentage year; returns the map (made when there is none). */
function notePercent(
  byYear: Map<number, PayloadKey[]> | undefined,
  year: number,
  payload: PayloadKey,
): Map<number, PayloadKey[]> {
  const map = byYear ?? new Map<number, PayloadKey[]>();
  const payloads = map.get(year);
  if (payloads === undefined) map.set(year, [payload]);
  else payloads.push(payload);
  return map;
}

/** The combined reading of one indicator-year. */
export type Reading =
  | {
      /** A count, amount, latest reading, or a share (percentage without counts). */
      readonly type: 'number';
      /** The value. */
      readonly value: number;
    }
  | {
      /** Summed survey counts. */
      readonly type: 'survey';
      /** Respondents satisfied. */
      readonly satisfied: number;
      /** Respondents. */
      readonly responses: number;
      /** Invited, when every survey gave it. */
      readonly invited?: number;
    }
  | {
      /** Summed per-unit counts. */
      readonly type: 'per-unit';
      /** Total amount. */
      readonly amount: number;
      /** Units. */
      readonly units: number;
      /** Units short. */
      readonly unitsShort: number;
    }
  | {
      /** Summed event counts. */
      readonly type: 'events';
      /** Events. */
      readonly events: number;
      /** Responses. */
      readonly responses: number;
    }
  | {
      /** Combined milestone readings. */
      readonly type: 'milestone';
      /** The status. */
      readonly status: MilestoneStatus;
    };

/**
 * Combines the readings of one year (already checked to fit its kind). Order never matters:
 * sums are commutative, `latest` takes the latest date (undated = `undatedAs`), breaking ties by
 * the larger value, and milestone evidence is sorted.
 */
export function combineReadings(
  actuals: readonly Actual[],
  latest: boolean,
  undatedAs: IsoDate,
): Reading {
  const first = actuals[0];
  /* v8 ignore next -- only called with at least one actual */
  if (first === undefined) return { type: 'number', value: 0 };
  const payload = payloadOf(first);
  if (payload === 'survey') {
    let satisfied = 0;
    let responses = 0;
    let invited: number | undefined = 0;
    for (const a of actuals) {
      if (!('survey' in a)) continue;
      const t = tally(a.survey as ParsedSurvey, undefined);
      satisfied += t.satisfied;
      responses += t.responses;
      invited = invited === undefined || t.invited === undefined ? undefined : invited + t.invited;
    }
    return { type: 'survey', satisfied, responses, ...(invited === undefined ? {} : { invited }) };
  }
  if (payload === 'perUnit') {
    const amounts: number[] = [];
    let units = 0;
    let unitsShort = 0;
    for (const a of actuals) {
      if (!('perUnit' in a)) continue;
      amounts.push(a.perUnit.amount);
      units += a.perUnit.units;
      unitsShort += a.perUnit.unitsShort ?? 0;
    }
    return { type: 'per-unit', amount: sortedSum(amounts), units, unitsShort };
  }
  if (payload === 'events') {
    let events = 0;
    let responses = 0;
    for (const a of actuals) {
      if (!('events' in a)) continue;
      events += a.events.events;
      responses += a.events.responses;
    }
    return { type: 'events', events, responses };
  }
  if (payload === 'milestone') {
    const done = actuals.filter((a) => 'milestone' in a && a.milestone.done);
    const dates = done
      .map((a) => ('milestone' in a ? a.milestone.date : undefined))
      .filter((d): d is IsoDate => d !== undefined)
      .sort();
    const evidence = [
      ...new Set(
        actuals
          .map((a) => ('milestone' in a ? a.milestone.evidence : undefined))
          .filter((e): e is string => e !== undefined),
      ),
    ].sort();
    const status: MilestoneStatus = {
      done: done.length > 0,
      ...(dates[0] === undefined ? {} : { date: dates[0] }),
      ...(evidence.length === 0 ? {} : { evidence: evidence.join('; ') }),
    };
    return { type: 'milestone', status };
  }
  // value or occurrences
  if (latest) {
    let best: { date: IsoDate; value: number } | undefined;
    for (const a of actuals) {
      if (!('value' in a)) continue;
      const date = a.date ?? undatedAs;
      if (best === undefined || date > best.date || (date === best.date && a.value > best.value)) {
        best = { date, value: a.value };
      }
    }
    return { type: 'number', value: best?.value ?? 0 };
  }
  const values = actuals.map((a) =>
    'value' in a ? a.value : 'occurrences' in a ? a.occurrences.length : 0,
  );
  return { type: 'number', value: sortedSum(values) };
}

/** Sums in ascending order, so the floating-point result never depends on the input order. */
export function sortedSum(values: readonly number[]): number {
  if (values.length === 1) return values[0] as number;
  return [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0);
}
