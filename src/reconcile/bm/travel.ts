/**
 * Private: the travel of a row — the one-way distance from "Real distance in kilometers" or,
 * without it, the lower bound of the "Distance Band" (checked against the call year's bands),
 * and green travel from its flag or from the main means of transport
 * (https://wikis.ec.europa.eu/display/NAITDOC/Distance+band+and+Main+means+of+transport).
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import { describeBand } from '../../distance/distanceBand.js';
import { getRules } from '../../rules/getRules.js';
import type { MobilityAction } from '../../rules/vocabulary.js';
import { normalizeHeader } from './columns.js';

/** The lower bound of a distance band written as text ("500–1999 km", "Between 500 and 1999 KM"). */
export function bandDistance(
  text: string,
  action: MobilityAction,
  callYear: CallYear,
): { readonly km: number } | { readonly error: string } {
  const numbers = [...text.matchAll(/\d{1,3}(?:[ .,]\d{3})+|\d+/g)].map((m) =>
    Number(m[0].replace(/[ .,]/g, '')),
  );
  const bands = getRules(callYear).travelBands[action];
  const band = bands.find(
    (b) =>
      b.fromKm === numbers[0] &&
      (numbers.length === 1 || (b.belowKm !== null && numbers[1] === b.belowKm - 1)),
  );
  if (band === undefined || numbers.length > 2) {
    return {
      error: `not a distance band of ${action} in call ${callYear} (${bands.map(describeBand).join(', ')})`,
    };
  }
  return { km: band.fromKm };
}

const GREEN_MEANS = [
  'train',
  'rail',
  'bus',
  'coach',
  'bicycle',
  'bike',
  'car pooling',
  'carpooling',
  'car sharing',
  'other sustainable transportation',
  'sustainable',
];
const STANDARD_MEANS = [
  'plane',
  'airplane',
  'aeroplane',
  'air',
  'flight',
  'car',
  'non sustainable',
];

/** The two lists as normalised keys, built on the first question (nothing is built at import). */
let meansKeys:
  | { readonly green: ReadonlySet<string>; readonly standard: ReadonlySet<string> }
  | undefined;

/** Whether a main means of transport is sustainable (green), or why it cannot be told. */
export function greenMeans(text: string): { readonly green: boolean } | { readonly error: string } {
  meansKeys ??= {
    green: new Set(GREEN_MEANS.map(normalizeHeader)),
    standard: new Set(STANDARD_MEANS.map(normalizeHeader)),
  };
  const key = normalizeHeader(text);
  if (meansKeys.green.has(key)) return { green: true };
  if (meansKeys.standard.has(key)) return { green: false };
  return {
    error:
      'a means of transport erasmus-kit cannot class as sustainable or not: give the green-travel column',
  };
}
