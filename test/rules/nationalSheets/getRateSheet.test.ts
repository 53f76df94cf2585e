/**
 * Issue 19, "National Agency rate sheets shipped with their sources": getRateSheet,
 * safeGetRateSheet and the shipped data (What to build; Acceptance).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../../src/_lib/decimal.js';
import { InputError } from '../../../src/errors.js';
import { getRateSheet, safeGetRateSheet } from '../../../src/rules/nationalSheets/getRateSheet.js';
import { listRateSheets } from '../../../src/rules/nationalSheets/listRateSheets.js';
import type { RateSheetPath } from '../../../src/rules/rateSheet/types.js';

/** The first issue of the error getRateSheet throws, and checks the safe twin returns the same. */
function refusal(agency: unknown, callYear: unknown) {
  let thrown: unknown;
  try {
    getRateSheet(agency, callYear);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  const error = thrown as InputError;
  const safe = safeGetRateSheet(agency, callYear);
  expect(safe.success).toBe(false);
  if (!safe.success) expect(safe.error.issues).toEqual(error.issues);
  const issue = error.issues[0];
  return {
    path: issue.path.join('.'),
    code: issue.code === 'custom' ? issue.params?.['code'] : issue.code,
    message: issue.message,
  };
}

const sheets = listRateSheets().filter((entry) => entry.kind === 'national-sheet');

describe('issue 19, Acceptance: at least 20 NA × call sheets shipped', () => {
  it('ships at least 20 sheets, each one buildable by getRateSheet', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(20);
    for (const entry of sheets) {
      const sheet = getRateSheet(entry.agency, entry.callYear);
      expect(sheet.agency).toBe(entry.agency);
      expect(sheet.callYear).toBe(entry.callYear);
    }
  });

  it('gives every value its sources (public URLs), status and call-year confidence', () => {
    for (const entry of sheets) {
      const sheet = getRateSheet(entry.agency, entry.callYear);
      for (const [section, tables] of [['ka131', sheet.ka131 ?? {}]] as const) {
        for (const [table, values] of Object.entries(tables)) {
          for (const group of [1, 2, 3] as const) {
            const path = `${section}.${table}.${group}` as RateSheetPath;
            const p = sheet.provenance?.[path];
            expect(p, `${entry.agency} ${entry.callYear} ${path}`).toBeDefined();
            expect(p?.sources.length).toBeGreaterThan(0);
            for (const url of p?.sources ?? []) expect(url).toMatch(/^https?:\/\/[^\s]+$/);
            expect(['high', 'medium', 'low']).toContain(p?.callYearConfidence);
            expect(values[group]).toMatch(/^\d+\.\d{2}$/);
            if (p?.status === 'derived') expect(p.derivation).toBeTruthy();
            if (p?.status === 'conflicting') expect(p.alternative).toBeTruthy();
          }
        }
      }
    }
  });
});

describe('issue 19, What to build: getRateSheet(agency, callYear)', () => {
  it('returns DE01 call 2024 with its sources and statuses, frozen', () => {
    const sheet = getRateSheet('DE01', 2024);
    expect(sheet.ka131?.studentMonthly).toEqual({ 1: '600.00', 2: '540.00', 3: '540.00' });
    expect(sheet.ka131?.staffDaily).toEqual({ 1: '180.00', 2: '160.00', 3: '140.00' });
    expect(sheet.provenance?.['ka131.studentMonthly.2']).toMatchObject({
      status: 'confirmed',
      callYearConfidence: 'high',
    });
    expect(sheet.provenance?.['ka131.staffDaily.1']).toMatchObject({
      status: 'single-source',
      callYearConfidence: 'medium',
      sources: ['https://www.ovgu.de/-p-74044', expect.stringContaining('hfoev.bremen.de')],
    });
    expect(Object.isFrozen(sheet)).toBe(true);
    expect(Object.isFrozen(sheet.provenance?.['ka131.staffDaily.1']?.sources)).toBe(true);
    expect(sheet.warnings).toBeUndefined();
  });

  it('finds a sheet by country and call year too (the country of one higher-education agency)', () => {
    expect(getRateSheet('DE', 2024)).toEqual(getRateSheet('DE01', 2024));
    expect(getRateSheet('de01', 2024).agency).toBe('DE01');
    expect(getRateSheet('TR', 2022).agency).toBe('TR01');
    // 'EL' is an alias of 'GR': no Greek sheet is shipped, so the error names the input.
    expect(refusal('EL', 2024).message).toContain('No rate sheet is shipped for "EL"');
  });

  it('builds a new sheet at each call (no cache), equal each time', () => {
    const a = getRateSheet('PL01', 2024);
    const b = getRateSheet('PL01', 2024);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
  });
});

describe('issue 19, Acceptance: unknown agencies and call years are clear InputErrors', () => {
  it('a call year without a sheet lists the years that exist for that agency', () => {
    expect(refusal('DE01', 2025)).toEqual({
      path: 'callYear',
      code: 'unknown-rate-sheet',
      message:
        "No DE01 rate sheet for call 2025: sheets exist for calls 2021, 2022, 2023, 2024 (a call without a source has no sheet; none is carried forward). Type the agency's call-2025 rates with defineRateSheet.",
    });
    expect(refusal('TR', 2019).message).toContain('sheets exist for calls 2021, 2022, 2023, 2024');
  });

  it('an unknown agency lists the agencies that have sheets and those that cannot', () => {
    const { path, code, message } = refusal('XX01', 2024);
    expect([path, code]).toEqual(['agency', 'unknown-rate-sheet']);
    expect(message).toContain('sheets exist for AT01, CZ01, DE01');
    expect(message).toContain('no national sheet for FR01, BE, LV01, BG01, IE02, NL01');
  });

  it('a malformed argument is an InputError at its path', () => {
    expect(refusal(5, 2024)).toMatchObject({ path: 'agency', code: 'invalid_type' });
    expect(refusal('DE01', '2024')).toMatchObject({ path: 'callYear', code: 'invalid_type' });
    expect(refusal('DE01', 2024.5).path).toBe('callYear');
  });
});

describe('issue 19, No national sheet (FR, BE, LV, BG, IE, NL)', () => {
  it("Acceptance: getRateSheet('FR01', 2024) explains that French rates are set per university", () => {
    const { path, code, message } = refusal('FR01', 2024);
    expect([path, code]).toEqual(['agency', 'no-national-sheet']);
    expect(message).toContain('French rates are set per university');
    expect(message).toContain('https://agence.erasmusplus.fr/');
    expect(message).toContain('defineRateSheet');
    expect(refusal('FR', 2021).message).toBe(message);
  });

  it.each([
    ['BE', 'vary by institution'],
    ['LV01', 'set per university'],
    ['BG', 'differ by university'],
    ['IE02', 'university level'],
    ['NL', 'distance to the host city'],
  ])('refuses %s and says why', (agency, why) => {
    const { code, message } = refusal(agency, 2024);
    expect(code).toBe('no-national-sheet');
    expect(message).toContain(why);
  });
});

describe('issue 19, nothing is carried into 2025 or 2026', () => {
  it('has no sheet for call 2026, and call-2025 sheets only where a 2025 source exists', () => {
    expect(sheets.filter((s) => s.callYear === 2026)).toEqual([]);
    expect(sheets.filter((s) => s.callYear === 2025).map((s) => s.agency)).toEqual([
      'AT01',
      'ES01',
      'IT02',
    ]);
    for (const entry of sheets) {
      expect(entry.statuses).not.toContain('carried-forward');
    }
    for (const agency of ['DE01', 'TR01', 'CZ01', 'PT01', 'PL01', 'SE01', 'FI01', 'LT01']) {
      expect(refusal(agency, 2025).code).toBe('unknown-rate-sheet');
    }
  });

  it('grounds each call-2025 value in a call-2025 source, not in the 2024 sheet', () => {
    const at = getRateSheet('AT01', 2025).provenance?.['ka131.studentMonthly.1'];
    expect(at?.sources).toEqual([
      'https://international.univie.ac.at/studierendenmobilitaet/outgoing-students/erasmus-studienaufenthalte/finanzielles',
    ]);
    expect(getRateSheet('IT02', 2025).ka131?.studentMonthly).toEqual({
      1: '350.00',
      2: '350.00',
      3: '300.00',
    });
    expect(getRateSheet('ES01', 2025).provenance?.['ka131.studentMonthly.1']?.status).toBe(
      'derived',
    );
  });
});

describe('issue 19, call-year confidence is recorded apart from the status', () => {
  it('keeps confirmed values with a low call-year confidence (CZ01, 2022 or 2023)', () => {
    for (const year of [2022, 2023]) {
      expect(getRateSheet('CZ01', year).provenance?.['ka131.studentMonthly.1']).toMatchObject({
        status: 'confirmed',
        callYearConfidence: 'low',
      });
    }
    expect(getRateSheet('TR01', 2024).provenance?.['ka131.studentMonthly.1']).toMatchObject({
      status: 'confirmed',
      callYearConfidence: 'high',
    });
  });
});

describe('issue 19, staff daily rates where the sources give them', () => {
  it('DE 180/160/140 in 2023 (the maxima) and 2024 (below the maxima)', () => {
    for (const year of [2023, 2024]) {
      expect(getRateSheet('DE01', year).ka131?.staffDaily).toEqual({
        1: '180.00',
        2: '160.00',
        3: '140.00',
      });
    }
    expect(getRateSheet('DE01', 2022).ka131?.staffDaily).toBeUndefined();
  });

  it('TR 90 % of the maxima, with exact decimals: 171.00 / 153.00 / 133.20 in 2024', () => {
    const sheet = getRateSheet('TR01', 2024);
    expect(sheet.ka131?.staffDaily).toEqual({ 1: '171.00', 2: '153.00', 3: '133.20' });
    expect(sheet.provenance?.['ka131.staffDaily.1']?.status).toBe('single-source');
    expect(sheet.provenance?.['ka131.staffDaily.3']?.status).toBe('derived');
    expect(getRateSheet('TR01', 2022).ka131?.staffDaily).toEqual({
      1: '162.00',
      2: '144.00',
      3: '126.00',
    });
  });
});

/**
 * Every derived value of the shipped sheets, recomputed here: the published figures and the
 * operation. A derived value added without a line here fails the second test.
 */
const DERIVED: Readonly<Record<string, readonly [string, (d: typeof dec) => string]>> = {
  'DE01 2021 ka131.studentMonthly': ['450.00/390.00/330.00', () => minus150('600', '540', '480')],
  'ES01 2025 ka131.studentMonthly': ['350.00/300.00/250.00', () => minus150('500', '450', '400')],
  'IT02 2024 ka131.studentMonthly': ['350.00/300.00/300.00', () => minus150('500', '450', '450')],
  'AT01 2021 ka131.studentMonthly': ['480.00/430.00/380.00', () => minus150('630', '580', '530')],
  'AT01 2022 ka131.studentMonthly': ['490.00/440.00/390.00', () => minus150('640', '590', '540')],
  'AT01 2023 ka131.studentMonthly': ['520.00/470.00/420.00', () => minus150('670', '620', '570')],
  'FI01 2024 ka131.studentMonthly.2': ['490.00', () => minus150('640')],
  'FI01 2024 ka131.studentMonthly.3': ['490.00', () => minus150('640')],
  'TR01 2024 ka131.staffDaily.3': ['133.20', (d) => d('148').times('0.90').toFixed(2)],
};

function minus150(...smt: string[]): string {
  return smt.map((v) => dec(v).minus(150).toFixed(2)).join('/');
}

describe('issue 19, derived figures keep the exact arithmetic and say how', () => {
  it.each(Object.entries(DERIVED))('%s', (_key, [value, compute]) => {
    expect(compute(dec)).toBe(value);
  });

  it('lists every derived value of the shipped sheets, with the value shipped', () => {
    const found: Record<string, string> = {};
    for (const entry of sheets) {
      const sheet = getRateSheet(entry.agency, entry.callYear);
      for (const [path, p] of Object.entries(sheet.provenance ?? {})) {
        if (p?.status !== 'derived') continue;
        expect(p.derivation, path).toMatch(/\d+\.\d{2}/);
        const [section, table, group] = path.split('.') as ['ka131', 'studentMonthly', '1'];
        const value = sheet[section]?.[table]?.[group] ?? '';
        const tableKey = `${entry.agency} ${entry.callYear} ${section}.${table}`;
        const key = `${tableKey}.${group}` in DERIVED ? `${tableKey}.${group}` : tableKey;
        found[key] = key === tableKey ? `${found[key] ? `${found[key]}/` : ''}${value}` : value;
      }
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(DERIVED).sort());
    for (const [key, value] of Object.entries(found)) expect(value).toBe(DERIVED[key]?.[0]);
  });
});
