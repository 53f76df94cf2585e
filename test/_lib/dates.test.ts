import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInclusive,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  isLeapYear,
  parseIsoDate,
  safeParseIsoDate,
  toDayNumber,
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

describe('calendar arithmetic', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('counts days inclusively', () => {
    expect(daysInclusive('2023-02-01', '2023-03-31')).toBe(59);
    expect(daysInclusive('2024-02-01', '2024-03-31')).toBe(60);
    expect(daysInclusive('2023-12-30', '2024-01-02')).toBe(4);
    expect(daysInclusive('2023-05-10', '2023-05-10')).toBe(1);
  });

  it('anchors day numbers on 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(19723)).toBe('2024-01-01');
  });

  it('adds days over month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });

  it('round-trips every day number and agrees with UTC Date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (n) => {
        const iso = fromDayNumber(n);
        expect(toDayNumber(iso)).toBe(n);
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });

  it('rejects a malformed date given to the internal helpers', () => {
    expect(() => toDayNumber('2023-02-30' as IsoDate)).toThrow(RangeError);
  });
});

describe('time-zone independence', () => {
  const probe = fileURLToPath(new URL('./dates.tz-probe.ts', import.meta.url));
  const run = (tz: string) =>
    execFileSync(process.execPath, ['--import', 'tsx', probe], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });

  it('gives the same results under Pacific/Kiritimati, America/Los_Angeles and UTC', () => {
    const utc = run('UTC');
    expect(JSON.parse(utc).offset).toBe(0);
    const kiritimati = run('Pacific/Kiritimati');
    const losAngeles = run('America/Los_Angeles');
    // The probe really ran in each zone...
    expect(JSON.parse(kiritimati).offset).toBe(-840);
    expect(Math.abs(JSON.parse(losAngeles).offset)).toBeGreaterThanOrEqual(420);
    // ...and our results did not move.
    expect(JSON.parse(kiritimati).results).toEqual(JSON.parse(utc).results);
    expect(JSON.parse(losAngeles).results).toEqual(JSON.parse(utc).results);
  }, 30_000);
});
