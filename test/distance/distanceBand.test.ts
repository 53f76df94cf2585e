import { describe, expect, it } from 'vitest';
import { describeBand, distanceBand } from '../../src/distance/distanceBand.js';
import { InputError } from '../../src/errors.js';

// Band tables: he-mobility-rules.md §5.2 (one-way distance chooses the band, return trip paid).
const STANDARD_2021 = ['23.00', '180.00', '275.00', '360.00', '530.00', '820.00', '1500.00'];
const GREEN_2021 = [undefined, '210.00', '320.00', '410.00', '610.00', undefined, undefined];
const STANDARD_2024 = ['28.00', '211.00', '309.00', '395.00', '580.00', '1188.00', '1735.00'];
const GREEN_2024 = ['56.00', '285.00', '417.00', '535.00', '785.00', '1188.00', '1735.00'];
const LOWER = [10, 100, 500, 2000, 3000, 4000, 8000];

describe('distanceBand', () => {
  it('Warsaw–Oslo (1050 km one way) is the 500–1999 km band, 275 for the return trip (call 2023)', () => {
    const result = distanceBand(1050, 2023);
    expect(result).toMatchObject({
      km: 1050,
      band: { index: 2, fromKm: 500, belowKm: 2000 },
      green: false,
      greenUnavailable: false,
      amount: '275.00',
    });
    expect(result.figure?.path).toBe('travelBands.KA131-HED.2.standard');
    expect(result.figure?.sources.length).toBeGreaterThan(0);
    // Not the 2000–2999 band that doubling the distance would give.
    expect(result.amount).not.toBe('360.00');
  });

  it.each(LOWER.map((km, i) => [km, i] as const))(
    'the band starting at %i km pays the published amounts (2021 and 2024)',
    (km, i) => {
      expect(distanceBand(km, 2021).amount).toBe(STANDARD_2021[i]);
      expect(distanceBand(km, 2024).amount).toBe(STANDARD_2024[i]);
      expect(distanceBand(km, 2024, { green: true }).amount).toBe(GREEN_2024[i]);
      const green2021 = distanceBand(km, 2021, { green: true });
      expect(green2021.amount).toBe(GREEN_2021[i] ?? STANDARD_2021[i]);
      expect(green2021.greenUnavailable).toBe(GREEN_2021[i] === undefined);
      expect(green2021.green).toBe(GREEN_2021[i] !== undefined);
    },
  );

  it('band limits: upper bounds are exclusive', () => {
    expect(distanceBand(99.99, 2024).amount).toBe('28.00');
    expect(distanceBand(100, 2024).amount).toBe('211.00');
    expect(distanceBand(1999, 2024).amount).toBe('309.00');
    expect(distanceBand(7999.9, 2024).amount).toBe('1188.00');
    expect(distanceBand(20_000, 2024).amount).toBe('1735.00');
  });

  it('under 10 km pays nothing', () => {
    for (const km of [0, 5, 9.99]) {
      const result = distanceBand(km, 2024, { green: true });
      expect(result).toEqual({
        km,
        band: null,
        green: false,
        greenUnavailable: false,
        amount: '0.00',
      });
    }
  });

  it('KA171 pays 20 for 10–99 km in calls 2021–2023 (KA131: 23)', () => {
    expect(distanceBand(50, 2022, { action: 'KA171-HED' }).amount).toBe('20.00');
    expect(distanceBand(50, 2022, { action: 'KA131-HED' }).amount).toBe('23.00');
    expect(distanceBand(50, 2022, { action: 'KA122-SCH' }).amount).toBe('23.00');
  });

  it('rejects bad input with InputError', () => {
    expect(() => distanceBand(-1, 2024)).toThrow(InputError);
    expect(() => distanceBand(Number.NaN, 2024)).toThrow(InputError);
    expect(() => distanceBand(Number.POSITIVE_INFINITY, 2024)).toThrow(InputError);
    expect(() => distanceBand(100, 2019 as never)).toThrow(/Call year 2019 is not supported/);
    expect(() => distanceBand(100, 2024, { green: 'yes' } as never)).toThrow(InputError);
    expect(() => distanceBand(100, 2024, { colour: 'green' } as never)).toThrow(InputError);
    expect(() => distanceBand(100, 2024, { action: 'KA999' } as never)).toThrow(InputError);
  });

  it('describes bands as the Programme Guide prints them', () => {
    expect(describeBand({ fromKm: 500, belowKm: 2000 })).toBe('500–1999 km');
    expect(describeBand({ fromKm: 8000, belowKm: null })).toBe('8000 km or more');
  });
});
