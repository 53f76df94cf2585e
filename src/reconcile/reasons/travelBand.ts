/**
 * Private: the travel-band reasons — the stored travel support is that of the neighbouring
 * distance band, or of green travel instead of standard travel (or the other way round; in calls
 * 2021–2023 this also moves the green-travel top-up).
 *
 * @module
 */
import { describeBand, distanceBand } from '../../distance/distanceBand.js';
import { greatCircleDistanceKm } from '../../distance/greatCircleDistanceKm.js';
import type { Mobility } from '../../mobility/MobilityInputSchema.js';
import { getRules } from '../../rules/getRules.js';
import type { ReconcileField } from '../types.js';
import type { Candidate, Variant } from './types.js';

const FIELDS: readonly ReconcileField[] = ['travel', 'total'];

/** The one-way distance the library used: given, or from the coordinates; `undefined` if neither. */
function distanceOf(m: Mobility): number | undefined {
  const travel = m.travel;
  if (travel?.distanceKm !== undefined) return travel.distanceKm;
  if (travel?.from !== undefined && travel.to !== undefined) {
    return greatCircleDistanceKm(travel.from, travel.to);
  }
  return undefined;
}

/** The neighbouring bands of the distance, and green travel turned over. */
export const travelBand: Candidate = ({ mobility: m }) => {
  const green = m.travel?.green === true;
  const variants: Variant[] = [
    {
      kind: 'variant',
      code: 'travel-band',
      fields: FIELDS,
      mobility: { ...m, travel: { ...m.travel, green: !green } },
      what: green ? 'with standard travel' : 'with green travel',
      instead: `the record declares ${green ? 'green' : 'standard'} travel`,
    },
  ];
  const km = distanceOf(m);
  if (km === undefined) return variants;
  const bands = getRules(m.callYear).travelBands[m.action];
  const here = distanceBand(km, m.callYear, { action: m.action, green }).band;
  const index = here?.index ?? -1;
  const where =
    here === null ? 'is below the first band' : `falls in the ${describeBand(here)} band`;
  for (const neighbour of [bands[index - 1], bands[index + 1]]) {
    if (neighbour === undefined) continue;
    const { from: _from, to: _to, ...travel } = m.travel ?? {};
    variants.push({
      kind: 'variant',
      code: 'travel-band',
      fields: FIELDS,
      mobility: { ...m, travel: { ...travel, distanceKm: neighbour.fromKm } },
      what: `with the ${describeBand(neighbour)} band`,
      instead: `the one-way distance of ${Math.round(km)} km ${where}`,
    });
  }
  return variants;
};
