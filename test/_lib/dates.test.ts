import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInclusive, daysInMonth } from '../../src/_lib/calendar.js';
import {
  type IsoDate,
  IsoDateSchema,
  packedDate,
  parseIsoDate,
  safeParseIsoDate,
} from '../../src/_lib/dates.js';
import { InputError } from '../../src/errors.js';

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2023-01-01', '2023-12-31', '2000-02-29', '1999-04-30'])(
    'accepts %s',
    (d) => {
      expect(parseIsoDate(d)).toBe(d);
    },
  );

  it.each([
    '2023-02-29',
    '2023-02-30',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-1-5',
    '23-01-05',
    '2023-01-05T00:00:00Z',
    '2023-01-05Z',
    '2023-01-05+02:00',
    ' 2023-01-05',
    '2023/01/05',
    '',
    'yesterday',
    '0999-12-31',
    '2023-01-0a',
    'a023-01-05',
    '2023-0x-05',
    '2023-01/05',
    '２０２３-01-05',
    '2023-01-05\n',
  ])('rejects %j with InputError', (d) => {
    expect(() => parseIsoDate(d)).toThrow(InputError);
    const result = safeParseIsoDate(d);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toContain('YYYY-MM-DD');
  });

  it.each([20230105, null, undefined, {}, new Date(0), ['2023-01-05']])(
    'rejects the non-string %j with InputError',
    (d) => {
      expect(() => parseIsoDate(d)).toThrow(InputError);
    },
  );
});

describe('calendar arithmetic by date-fns (issue 16, "date-fns (4.x) for the calendar")', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('counts days inclusively', () => {
    expect(daysInclusive('2023-02-01', '2023-03-31')).toBe(59);
    expect(daysInclusive('2024-02-01', '2024-03-31')).toBe(60);
    expect(daysInclusive('2023-12-30', '2024-01-02')).toBe(4);
    expect(daysInclusive('2023-05-10', '2023-05-10')).toBe(1);
  });

  it('adds days over month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });

  it('adds months, a day the target month lacks becoming its last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 12)).toBe('2024-08-31');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('agrees with the UTC dates of the JavaScript engine on days 1000–9999 (property)', () => {
    // Day 0 is 1970-01-01; the range covers every year the schema accepts.
    fc.assert(
      fc.property(fc.integer({ min: -354_000, max: 2_900_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10) as IsoDate;
        expect(addDays('1970-01-01', n)).toBe(iso);
        expect(daysInclusive('1970-01-01', iso)).toBe(n + 1);
        expect(addDays(iso, -n)).toBe('1970-01-01');
      }),
    );
  });

  it('calls a date real exactly when its month has the day, leap years included (property)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    // An independent oracle: the Gregorian month lengths.
    const monthLength = (year: number, month: number) => {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const real = day <= monthLength(year, month);
          expect(daysInMonth(year, month)).toBe(monthLength(year, month));
          expect(packedDate(iso) >= 0).toBe(real);
          expect(IsoDateSchema.safeParse(iso).success).toBe(real);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects a malformed date given to the internal helpers', () => {
    expect(() => daysInclusive('2023-02-30' as IsoDate, '2023-03-01')).toThrow(RangeError);
    expect(() => addDays('2023-13-01' as IsoDate, 1)).toThrow(/2023-13-01/);
    expect(() => addMonths('2023-02-29' as IsoDate, 1)).toThrow(RangeError);
  });
});

describe('time-zone independence (issue 16: results must not depend on the host time zone)', () => {
  const probe = fileURLToPath(new URL('./dates.tz-probe.ts', import.meta.url));
  interface ProbeOutput {
    offsets: [number, number];
    results: unknown;
    localTime: { exists20111230: boolean; exists19941231: boolean; daysInDecember1994: number };
  }
  const run = async (tz: string): Promise<ProbeOutput> => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    return JSON.parse(stdout) as ProbeOutput;
  };
  // January and July offsets (minutes behind UTC) that show the probe ran in the zone.
  const zones: Record<string, [number, number]> = {
    UTC: [0, 0],
    'Pacific/Apia': [-780, -780],
    'Pacific/Kiritimati': [-840, -840],
    'America/Sao_Paulo': [180, 180],
    'Asia/Tehran': [-210, -210],
    'Europe/London': [0, -60],
    'America/Los_Angeles': [480, 420],
  };

  it('gives the same results in seven zones, on days some of them skipped', async () => {
    const outputs = await Promise.all(Object.keys(zones).map(run));
    for (const [i, offsets] of Object.values(zones).entries()) {
      expect(outputs[i]?.offsets).toEqual(offsets);
      expect(outputs[i]?.results).toEqual({
        valid: [true, true, true, true, true, false],
        days: [3, 3, 3, 3, 3, 10],
        addDays: ['2011-12-30', '1994-12-31', '2018-11-04', '2022-03-22', '2024-01-01'],
        addMonths: ['2011-12-30', '1994-12-31', '2018-11-04', '2024-02-29'],
        daysInMonth: [31, 31, 29],
        days30360: [30, 60],
        lastDayOfFebruary: [true, false],
      });
    }
    // The probe met the skipped days: on plain Dates, date-fns sees them in the host's zone.
    const [utc, apia, kiritimati] = outputs;
    expect(utc?.localTime).toEqual({
      exists20111230: true,
      exists19941231: true,
      daysInDecember1994: 31,
    });
    expect(apia?.localTime.exists20111230).toBe(false);
    expect(kiritimati?.localTime).toMatchObject({ exists19941231: false, daysInDecember1994: 1 });
  }, 60_000);
});
