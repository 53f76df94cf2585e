/**
 * What the calculator's forms hold, turned into the library's inputs. No checking happens here:
 * the library validates what it is given and its messages say what is wrong, so the page never
 * has a second set of rules. Empty number fields become `NaN`, which the library rejects with
 * the field's path.
 */

import type { RateSheetTable } from '../../src/entries/rules.js';
import type {
  EvaluateSatisfactionOptions,
  SatisfactionCounts,
  SatisfactionThreshold,
} from '../../src/entries/satisfaction.js';

/** The value of a form field by name, as text (`''` when empty or, for a checkbox, unticked). */
export type FormValues = (name: string) => string;

/** The National Agency rate tables a sheet can set (`RateSheetInput`), by their path in a sheet. */
export const RATE_TABLES = [
  { path: 'ka131.studentMonthly', label: 'KA131 student monthly rates' },
  { path: 'ka131.staffDaily', label: 'KA131 staff daily rates' },
  { path: 'vetSchAdu.staffDaily', label: 'VET, school and adult education staff daily rates' },
  { path: 'vetSchAdu.learnerDaily', label: 'VET, school and adult education learner daily rates' },
] as const satisfies readonly { path: RateSheetTable; label: string }[];

/** The value of the rate-sheet choice that means "the rates typed in the form". */
export const TYPED_SHEET = 'typed';

/** A number typed in a field; `NaN` for an empty field, so the library reports it. */
export function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

const given = (text: string) => text.trim() !== '';

/** A point from two coordinate fields, or `undefined` when both are empty. */
function pointOf(value: FormValues, prefix: 'from' | 'to'): Record<string, number> | undefined {
  const lat = value(`${prefix}Lat`);
  const lon = value(`${prefix}Lon`);
  return given(lat) || given(lon) ? { lat: numberOf(lat), lon: numberOf(lon) } : undefined;
}

/** The mobility the form describes, as plain data for `safeParseMobility`. */
export function mobilityOf(value: FormValues): Record<string, unknown> {
  const mobility: Record<string, unknown> = {
    action: value('action'),
    callYear: numberOf(value('callYear')),
    activity: value('activity'),
    sendingCountry: value('sendingCountry'),
    receivingCountry: value('receivingCountry'),
    startDate: value('startDate'),
    endDate: value('endDate'),
  };
  if (given(value('format'))) mobility['format'] = value('format');
  if (given(value('travelDays'))) mobility['travelDays'] = numberOf(value('travelDays'));
  const travel: Record<string, unknown> = {};
  if (given(value('distanceKm'))) travel['distanceKm'] = numberOf(value('distanceKm'));
  const from = pointOf(value, 'from');
  const to = pointOf(value, 'to');
  if (from !== undefined) travel['from'] = from;
  if (to !== undefined) travel['to'] = to;
  if (given(value('green'))) travel['green'] = true;
  if (Object.keys(travel).length > 0) mobility['travel'] = travel;
  if (given(value('fewerOpportunities'))) mobility['participant'] = { fewerOpportunities: true };
  return mobility;
}

/**
 * The rate sheet typed in the form, as plain data for `safeDefineRateSheet`, or `undefined`
 * unless the typed-in sheet is chosen. Every group is passed on, an empty one as `''`, so that a
 * missing group is reported by the library at its path.
 */
export function typedRateSheetOf(value: FormValues): Record<string, unknown> | undefined {
  if (value('rateSheet') !== TYPED_SHEET) return undefined;
  const [section = '', table = ''] = value('rateTable').split('.');
  const groups = { 1: value('rateGroup1'), 2: value('rateGroup2'), 3: value('rateGroup3') };
  return { callYear: numberOf(value('callYear')), [section]: { [table]: groups } };
}

/** The satisfaction survey, target and confidence level of the second panel. */
export function satisfactionOf(value: FormValues): {
  readonly input: SatisfactionCounts;
  readonly threshold: SatisfactionThreshold;
  readonly options: EvaluateSatisfactionOptions;
} {
  const counts = {
    satisfied: numberOf(value('satisfied')),
    responses: numberOf(value('responses')),
  };
  const input = given(value('invited'))
    ? { ...counts, invited: numberOf(value('invited')) }
    : counts;
  const target = `${numberOf(value('target'))}%` as const;
  return {
    input,
    threshold: value('direction') === 'at-most' ? { atMost: target } : { atLeast: target },
    options: { confidence: `${numberOf(value('confidence'))}%` },
  };
}
