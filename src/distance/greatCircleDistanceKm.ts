import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, toSafe, unwrapLazy } from '../_lib/zod.js';

/**
 * A point on the Earth in decimal degrees (WGS 84 latitude and longitude).
 *
 * @example
 * ```ts
 * import type { GeoPoint } from 'erasmus-kit';
 * const noviSad: GeoPoint = { lat: 45.2671, lon: 19.8335 };
 * ```
 */
export interface GeoPoint {
  /** Latitude in degrees, −90 (south pole) to 90 (north pole). */
  readonly lat: number;
  /** Longitude in degrees, −180 to 180 (east positive). */
  readonly lon: number;
}

/**
 * The zod schema of a {@link GeoPoint}: finite degrees within range, no other keys.
 *
 * @example
 * ```ts
 * import { GeoPointSchema } from 'erasmus-kit';
 * GeoPointSchema.safeParse({ lat: 91, lon: 0 }).success; // false
 * ```
 */
export const GeoPointSchema = lazySchema(
  () =>
    z.strictObject({
      /** Latitude in decimal degrees, −90 to 90. */
      lat: z.number().check(z.gte(-90), z.lte(90)),
      /** Longitude in decimal degrees, −180 to 180. */
      lon: z.number().check(z.gte(-180), z.lte(180)),
    }),
  {
    description: 'A point on the Earth: latitude and longitude in decimal degrees (WGS 84).',
    examples: [
      { lat: 52.2297, lon: 21.0122 },
      { lat: 59.9139, lon: 10.7522 },
    ],
  },
);

/**
 * The mean Earth radius used for great-circle distances, in km: the IUGG mean radius
 * R₁ = 6371.0088 km. The European Commission does not publish the formula or radius of its
 * distance calculator (see docs/sources.md, "Travel bands"), so a distance from the
 * official calculator should be preferred where available; this one is an estimate.
 *
 * @example
 * ```ts
 * import { EARTH_MEAN_RADIUS_KM } from 'erasmus-kit';
 * EARTH_MEAN_RADIUS_KM; // 6371.0088
 * ```
 */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

const pairParser = makeParser(
  lazySchema(() => z.tuple([unwrapLazy(GeoPointSchema), unwrapLazy(GeoPointSchema)])),
  {
    root: { args: ['from', 'to'] },
  },
);
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle ("as the crow flies") distance between two points, in km, by the haversine
 * formula on a sphere of radius {@link EARTH_MEAN_RADIUS_KM}. Erasmus+ travel bands are chosen by
 * this one-way distance. Distances are plain numbers (not money), unrounded.
 *
 * @param from - the starting point (usually the sending organisation's city)
 * @param to - the destination (usually the receiving organisation's city)
 * @returns the distance in kilometres, 0 for the same point
 * @throws InputError when a coordinate is missing, not a finite number, or out of range
 *
 * @example
 * ```ts
 * import { greatCircleDistanceKm } from 'erasmus-kit';
 * const km = greatCircleDistanceKm({ lat: 52.2297, lon: 21.0122 }, { lat: 59.9139, lon: 10.7522 });
 * Math.round(km); // 1063 (the 500–1999 km band)
 * ```
 */
export function greatCircleDistanceKm(from: GeoPoint, to: GeoPoint): number {
  const [a, b] = pairParser.parse([from, to]);
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const trySafeGreatCircleDistanceKm = toSafe(greatCircleDistanceKm);

/**
 * The non-throwing twin of {@link greatCircleDistanceKm}: `{ success: false, error }` with the
 * {@link InputError} for a missing, non-finite or out-of-range coordinate.
 *
 * @param from - the starting point
 * @param to - the destination
 * @returns `{ success: true, data }` with the distance in km, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGreatCircleDistanceKm } from 'erasmus-kit';
 * const km = safeGreatCircleDistanceKm({ lat: 52.2297, lon: 21.0122 }, { lat: 59.9139, lon: 10.7522 });
 * if (km.success) console.log(Math.round(km.data)); // 1063
 * const result = safeGreatCircleDistanceKm({ lat: 91, lon: 0 }, { lat: 0, lon: 0 });
 * // a latitude above 90:
 * result.success; // false
 * ```
 */
export function safeGreatCircleDistanceKm(from: GeoPoint, to: GeoPoint): SafeResult<number> {
  return trySafeGreatCircleDistanceKm(from, to);
}
