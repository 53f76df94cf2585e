import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EARTH_MEAN_RADIUS_KM,
  greatCircleDistanceKm,
} from '../../src/distance/greatCircleDistanceKm.js';
import { InputError } from '../../src/errors.js';

const warsaw = { lat: 52.2297, lon: 21.0122 };
const oslo = { lat: 59.9139, lon: 10.7522 };

describe('greatCircleDistanceKm', () => {
  it('gives Warsaw–Oslo about 1,050 km, as the EC calculator example in the notes does', () => {
    // practice-notes.md §2.3: "Warsaw–Oslo is 1,050 km" (calculator's rounding of city centres).
    expect(greatCircleDistanceKm(warsaw, oslo)).toBeGreaterThan(1040);
    expect(greatCircleDistanceKm(warsaw, oslo)).toBeLessThan(1070);
  });

  it('matches independent haversine values (python3 math, R = 6371.0088 km)', () => {
    // Computed with: python3 -c "from math import *; ..." (haversine, same radius).
    expect(greatCircleDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.195, 3);
    expect(greatCircleDistanceKm(warsaw, oslo)).toBeCloseTo(1063.0973, 3);
    expect(greatCircleDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(
      Math.PI * EARTH_MEAN_RADIUS_KM,
      6,
    );
    expect(greatCircleDistanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(
      Math.PI * EARTH_MEAN_RADIUS_KM,
      6,
    );
  });

  it('is zero for the same point and symmetric', () => {
    expect(greatCircleDistanceKm(warsaw, warsaw)).toBe(0);
    expect(greatCircleDistanceKm(warsaw, oslo)).toBe(greatCircleDistanceKm(oslo, warsaw));
  });

  it('is bounded by half the circumference and never NaN (property)', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = greatCircleDistanceKm(a, b);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * EARTH_MEAN_RADIUS_KM + 1e-6);
      }),
    );
  });

  it.each([
    [{ lat: 91, lon: 0 }, oslo, 'from.lat'],
    [warsaw, { lat: 0, lon: -181 }, 'to.lon'],
    [{ lat: Number.NaN, lon: 0 }, oslo, 'from.lat'],
    [{ lat: 0 }, oslo, 'from.lon'],
    [{ lat: '52', lon: 21 }, oslo, 'from.lat'],
    [null, oslo, 'from'],
    [{ lat: 0, lon: 0, alt: 3 }, oslo, 'from'],
    // issue 15, item 7: paths start at the argument's name (`from`, `to`), not its position
  ])('rejects bad coordinates with an InputError naming the field (%j)', (a, b, path) => {
    try {
      greatCircleDistanceKm(a as never, b as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const paths = (error as InputError).issues.map((i) => i.path.join('.'));
      expect(paths.some((p) => p === path || p.startsWith(`${path}`))).toBe(true);
    }
  });
});
