/**
 * Issue 17, `fromBeneficiaryModuleRows` and Acceptance "Header matching tests": alternative
 * spellings, a header row in another case, an override; a missing required column as one error;
 * cells read without guessing (dates, decimal commas, flags, codes), each problem with its row,
 * column and value; duplicate IDs; rows left aside with a warning.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { COLUMN_ALIASES, COLUMNS, normalizeHeader } from '../../src/reconcile/bm/columns.js';
import {
  fromBeneficiaryModuleRows,
  safeFromBeneficiaryModuleRows,
} from '../../src/reconcile/bm/fromBeneficiaryModuleRows.js';

/** A row with the BM screen / import-file labels. */
const row = (cells: Record<string, unknown> = {}): Record<string, unknown> => ({
  'Grant Agreement No.': '2024-1-RS01-KA131-HED-000001234',
  'Mobility activity ID': '001234-MOB-00001',
  'Activity Type': 'HE-SMS',
  'Long-term activity': 'YES',
  'Sending country': 'RS',
  'Receiving country': 'ES',
  'Start Date': '01-09-2024',
  'End Date': '14-01-2025',
  'Distance Band': '500-1999 km',
  ...cells,
});

const first = (
  rows: Record<string, unknown>[],
  options?: Parameters<typeof fromBeneficiaryModuleRows>[1],
) => fromBeneficiaryModuleRows(rows, options).records[0];

describe('header matching (issue 17 Acceptance)', () => {
  it('reads the BM labels into a mobility', () => {
    const read = fromBeneficiaryModuleRows([row({ 'Individual support': '3010,53' })]);
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([
      {
        id: '001234-MOB-00001',
        project: '2024-1-RS01-KA131-HED-000001234',
        mobility: {
          action: 'KA131-HED',
          callYear: 2024,
          activity: 'student-studies',
          format: 'long-term',
          sendingCountry: 'RS',
          receivingCountry: 'ES',
          startDate: '2024-09-01',
          endDate: '2025-01-14',
          travel: { distanceKm: 500 },
        },
        reported: { individualSupport: '3010.53' },
      },
    ]);
  });

  it('accepts the alternative spellings (data dictionary, Mobility Tool+)', () => {
    const read = fromBeneficiaryModuleRows([
      {
        'Grant Agreement No.': '2024-1-RS01-KA131-HED-000001234',
        'Mobility ID': 'M1',
        'activity-type': 'Staff mobility for training',
        'sending-country': 'RS',
        'receiving-country': 'HR',
        'start-date': '07.10.2024',
        'end-date': '11.10.2024',
        'Travel Days (max. 2)': '2',
        'Interruption Duration (days)': '0',
        'Force Majeure ?': 'NO',
        'EU Individual Support': '1036.00',
        'EU Travel Grant': '211.00',
        'EU Mobility Total Grant Calculated': '1247.00',
        'Duration Calculated (days)': '5',
        'Funded Duration (days)': '7',
        'Real distance in kilometers': '370',
      },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.columns.unused).toEqual([]);
    expect(read.records[0]?.mobility).toMatchObject({
      activity: 'staff-training',
      travelDays: 2,
      interruptionDays: 0,
      travel: { distanceKm: 370 },
    });
    expect(read.records[0]?.reported).toEqual({
      calculatedDays: 5,
      fundedDays: 7,
      individualSupport: '1036.00',
      travel: '211.00',
      total: '1247.00',
    });
  });

  it('matches a header row in another case, with other spacing and marks', () => {
    const upper = Object.fromEntries(
      Object.entries(row()).map(([k, v]) => [`  ${k.toUpperCase().replace(/ /g, '  ')} *`, v]),
    );
    const read = fromBeneficiaryModuleRows([upper]);
    expect(read.problems).toEqual([]);
    expect(read.records[0]?.mobility.startDate).toBe('2024-09-01');
  });

  it('takes a header named in options.columns, and says when it is not there', () => {
    const cells = row({ 'Grant (EUR)': '3319,53' });
    expect(first([cells], { columns: { total: 'grant (eur)' } })?.reported).toEqual({
      total: '3319.53',
    });
    const read = fromBeneficiaryModuleRows([cells], { columns: { total: 'Grant total EUR' } });
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', row: 1, column: 'Grant total EUR' }),
    ]);
    expect(read.problems[0]?.message).toContain('is not a header of the file');
  });

  it('gives one error for the missing required columns, naming what it looked for and found', () => {
    const read = fromBeneficiaryModuleRows([{ 'Mobility ID': 'M1', Foo: 'x' }]);
    expect(read.records).toEqual([]);
    expect(read.problems).toHaveLength(1);
    const message = read.problems[0]?.message ?? '';
    expect(message).toContain('Required columns not found');
    expect(message).toContain('"Start Date", "start-date"');
    expect(message).toContain('found: "Mobility ID", "Foo"');
    expect(read.columns).toEqual({ mapped: { id: 'Mobility ID' }, unused: ['Foo'] });
  });

  it('does not need the project or sending country columns when the options give them', () => {
    const { 'Grant Agreement No.': _p, 'Sending country': _s, ...rest } = row();
    const read = fromBeneficiaryModuleRows([rest], {
      action: 'KA131-HED',
      callYear: 2024,
      sendingCountry: 'rs',
    });
    expect(read.problems).toEqual([]);
    expect(read.records[0]?.mobility).toMatchObject({
      action: 'KA131-HED',
      callYear: 2024,
      sendingCountry: 'RS',
    });
  });

  it('refuses two columns that could be the same field', () => {
    const read = fromBeneficiaryModuleRows([row({ 'Travel grant': '1', 'EU Travel Grant': '2' })]);
    expect(read.problems[0]?.message).toContain('Several columns could be travel');
    expect(read.records).toEqual([]);
  });

  it('has no header spelling shared by two columns', () => {
    const all = COLUMNS.flatMap((c) => [...new Set(COLUMN_ALIASES[c].map(normalizeHeader))]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('cells (issue 17: read without guessing, problems with row, column and value)', () => {
  it.each([
    ['01-09-2024', '2024-09-01'],
    ['1/9/2024', '2024-09-01'],
    ['01.09.2024', '2024-09-01'],
    ['2024-09-01', '2024-09-01'],
    ['2024-09-01 00:00:00', '2024-09-01'],
    [45536, '2024-09-01'],
    ['45536', '2024-09-01'],
    [new Date(Date.UTC(2024, 8, 1)), '2024-09-01'],
    [2_958_465, '9999-12-31'], // issue 16 (date-fns): the last serial number
    [61, '1900-03-01'], // and the first
  ])('reads the date %s', (cell, iso) => {
    expect(first([row({ 'Start Date': cell })])?.mobility.startDate).toBe(iso);
  });

  it.each([
    ['31/02/2024', 'this date does not exist'],
    ['01/09/24', 'two-digit year is ambiguous'],
    ['September 1, 2024', 'not a date in a known form'],
    [45536.5, 'time of day'],
    [new Date(Date.UTC(2024, 8, 1, 10)), 'time of day'],
    // issue 16 (date-fns): a Date cell is held to the years 1000–9999 like a written date
    [new Date(Date.UTC(10_000, 0, 1)), 'this date does not exist'],
  ])('refuses the date %s', (cell, message) => {
    const read = fromBeneficiaryModuleRows([row({ 'Start Date': cell })]);
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', row: 2, column: 'Start Date' }),
    ]);
    expect(read.problems[0]?.message).toContain(message);
  });

  it('reads one date form only with options.dateFormat (month first when asked)', () => {
    expect(
      first([row({ 'Start Date': '09/01/2024', 'End Date': '01/14/2025' })], {
        dateFormat: 'MM/DD/YYYY',
      })?.mobility.startDate,
    ).toBe('2024-09-01');
    const read = fromBeneficiaryModuleRows([row()], { dateFormat: 'DD/MM/YYYY' });
    expect(read.problems[0]?.message).toContain('known form (DD/MM/YYYY)');
  });

  it('reads amounts with a decimal comma or point and space-grouped thousands, and refuses ambiguous ones', () => {
    const amounts = (cell: unknown) => fromBeneficiaryModuleRows([row({ 'Total grant': cell })]);
    expect(amounts('3 319,53').records[0]?.reported.total).toBe('3319.53');
    expect(amounts('€ 3319.5').records[0]?.reported.total).toBe('3319.50');
    expect(amounts(3319.53).records[0]?.reported.total).toBe('3319.53');
    expect(amounts('').records[0]?.reported).toEqual({});
    for (const bad of ['3.319,53', '3,319', '1e3', -5, 0.125]) {
      const read = amounts(bad);
      expect(read.records, String(bad)).toEqual([]);
      expect(read.problems[0]).toMatchObject({ column: 'Total grant', value: String(bad) });
    }
  });

  it('reads flags, EC country codes and activity labels; refuses what it does not know', () => {
    const m = first([
      row({
        'Receiving country': 'el',
        'Zero grant': 'Y',
        'Force majeure': 'true',
        'Long-term activity': 0,
      }),
    ])?.mobility;
    expect(m).toMatchObject({
      receivingCountry: 'GR',
      zeroGrant: true,
      forceMajeure: true,
      format: 'short-term',
    });
    expect(first([row({ 'Receiving country': 'UK' })])?.mobility.receivingCountry).toBe('GB');
    const bad = fromBeneficiaryModuleRows([
      row({ 'Zero grant': 'maybe' }),
      row({ 'Mobility activity ID': 'M2', 'Receiving country': 'XX' }),
      row({ 'Mobility activity ID': 'M3', 'Activity Type': 'HE-XYZ' }),
      row({ 'Mobility activity ID': 'M4', 'Activity Type': 'HE-BIP' }),
      row({ 'Mobility activity ID': 'M5', 'Activity Type': 'LM-SHORT-VET' }),
    ]);
    expect(bad.records).toEqual([]);
    expect(bad.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'Zero grant', 'maybe'],
      [3, 'Receiving country', 'XX'],
      [4, 'Activity Type', 'HE-XYZ'],
      [5, 'Activity Type', 'HE-BIP'],
      [6, 'Activity Type', 'LM-SHORT-VET'],
    ]);
    expect(bad.problems[4]?.message).toContain('not an activity of KA131-HED projects');
  });

  it('reads the action and call year from the grant agreement number, and refuses others', () => {
    const vet = first([
      row({
        'Grant Agreement No.': '2023-1-LT01-KA121-VET-000123456',
        'Activity Type': 'Courses and training',
        'Start Date': '06-03-2023',
        'End Date': '10-03-2023',
        'Distance Band': '',
      }),
    ])?.mobility;
    expect(vet).toMatchObject({ action: 'KA121-VET', callYear: 2023, activity: 'staff-course' });
    const read = fromBeneficiaryModuleRows([
      row({ 'Grant Agreement No.': '2019-1-RS01-KA103-000001' }),
      row({ 'Mobility activity ID': 'M2', 'Grant Agreement No.': '2020-1-RS01-KA131-HED-000001' }),
      row({ 'Mobility activity ID': 'M3', 'Grant Agreement No.': '2024-1-RS01-KA220-HED-000001' }),
    ]);
    expect(read.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('not a grant agreement number'),
      expect.stringContaining('call 2020 has no rules'),
      expect.stringContaining('KA220-HED is not a mobility action'),
    ]);
  });

  it('takes the distance from the real distance or the band of the call year, and green travel from the means', () => {
    expect(
      first([row({ 'Real distance': '1 800', 'Distance Band': '500-1999 km' })]),
    ).toBeUndefined();
    expect(first([row({ 'Real distance': '1800,5' })])?.mobility.travel).toEqual({
      distanceKm: 1800.5,
    });
    expect(first([row({ 'Distance Band': 'Between 2000 and 2999 KM' })])?.mobility.travel).toEqual({
      distanceKm: 2000,
    });
    expect(first([row({ 'Distance Band': '8000 km or more' })])?.mobility.travel).toEqual({
      distanceKm: 8000,
    });
    expect(first([row({ 'Main means of transport': 'Train' })])?.mobility.travel).toEqual({
      distanceKm: 500,
      green: true,
    });
    expect(
      first([row({ 'Main means of transport': 'Plane', 'Green travel': 'YES' })])?.mobility.travel,
    ).toEqual({ distanceKm: 500, green: true });
    const read = fromBeneficiaryModuleRows([
      row({ 'Distance Band': 'BAND_40' }),
      row({ 'Mobility activity ID': 'M2', 'Main means of transport': 'Hovercraft' }),
    ]);
    expect(read.problems.map((p) => p.column)).toEqual([
      'Distance Band',
      'Main means of transport',
    ]);
    expect(read.problems[0]?.message).toContain('500–1999 km');
  });

  it('needs the long-term flag column for student mobility', () => {
    const { 'Long-term activity': _l, ...rest } = row();
    const read = fromBeneficiaryModuleRows([rest]);
    expect(read.records).toEqual([]);
    expect(read.problems[0]?.message).toContain('student mobility needs it');
  });

  it('lists every problem of a row, and reports required cells left empty', () => {
    const read = fromBeneficiaryModuleRows([
      row({ 'Mobility activity ID': '', 'Receiving country': '', 'End Date': 'soon' }),
    ]);
    expect(read.problems.map((p) => p.column)).toEqual([
      'Mobility activity ID',
      'Receiving country',
      'End Date',
    ]);
  });
});

describe('rows (issue 17: duplicate IDs, nothing dropped silently)', () => {
  it('leaves out every row of a duplicated mobility activity ID, with an error each', () => {
    const read = fromBeneficiaryModuleRows([row(), row({ 'Mobility activity ID': 'M2' }), row()]);
    expect(read.records.map((r) => r.id)).toEqual(['M2']);
    expect(read.problems.map((p) => [p.severity, p.row, p.value])).toEqual([
      ['error', 2, '001234-MOB-00001'],
      ['error', 4, '001234-MOB-00001'],
    ]);
    expect(read.problems[0]?.message).toContain('also the id of row 4');
  });

  it('leaves aside a format row, sub-rows and empty rows with a warning; counts rows from firstRow', () => {
    const format = Object.fromEntries(
      Object.keys(row()).map((k) => [k, k.includes('Date') ? 'DD-MM-YYYY' : '*']),
    );
    const read = fromBeneficiaryModuleRows(
      [
        format,
        row({ 'Data type': 'Mobility' }),
        row({ 'Data type': 'Itinerary', 'Mobility activity ID': '' }),
        Object.fromEntries(Object.keys(row()).map((k) => [k, ''])),
        'junk' as never,
      ],
      { firstRow: 3 },
    );
    expect(read.records).toHaveLength(1);
    expect(read.problems.map((p) => [p.severity, p.row])).toEqual([
      ['warning', 3],
      ['warning', 5],
      ['warning', 6],
      ['error', 7],
    ]);
  });

  it('throws InputError for rows that are not a list and for invalid options; the safe twin returns them', () => {
    expect(() => fromBeneficiaryModuleRows('a,b' as never)).toThrow(InputError);
    expect(() => fromBeneficiaryModuleRows([], { columns: { nope: 'x' } } as never)).toThrow(
      InputError,
    );
    expect(safeFromBeneficiaryModuleRows([], { callYear: 2019 } as never).success).toBe(false);
    expect(safeFromBeneficiaryModuleRows([row()]).success).toBe(true);
  });
});
