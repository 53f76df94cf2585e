/**
 * Issue 19, "What to build": listRateSheets (one entry per shipped sheet, with what it covers and
 * its flags; "no national sheet" where it applies), the sources named once, and the rendered
 * snapshot docs/rate-sheets.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencies } from '../../../src/rules/nationalSheets/data/agencies.js';
import { NO_NATIONAL_SHEET } from '../../../src/rules/nationalSheets/data/noNationalSheet.js';
import {
  listRateSheets,
  type NationalRateSheetInfo,
} from '../../../src/rules/nationalSheets/listRateSheets.js';
import { renderRateSheetsMarkdown } from '../../../src/rules/nationalSheets/renderRateSheetsMarkdown.js';
import * as N from '../../../src/rules/nationalSheets/sources.js';
import * as S from '../../../src/rules/sources.js';

const entries = listRateSheets();
const sheet = (agency: string, callYear: number) =>
  entries.find(
    (e): e is NationalRateSheetInfo =>
      e.kind === 'national-sheet' && e.agency === agency && e.callYear === callYear,
  );

describe('issue 19: listRateSheets', () => {
  it('lists one entry per shipped sheet, by agency and call year, then the agencies without one', () => {
    const kinds = entries.map((e) => e.kind);
    expect(kinds.lastIndexOf('national-sheet')).toBeLessThan(kinds.indexOf('no-national-sheet'));
    const keys = entries
      .filter((e) => e.kind === 'national-sheet')
      .map((e) => `${e.agency} ${e.callYear}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(agencies().reduce((n, a) => n + a.sheets.length, 0));
  });

  it('says what each sheet covers, and its call-year confidence (the lowest of its values)', () => {
    expect(sheet('DE01', 2024)).toMatchObject({
      country: 'DE',
      covers: ['ka131.studentMonthly', 'ka131.staffDaily'],
      statuses: ['confirmed', 'single-source'],
      callYearConfidence: 'medium',
      minima: false,
      nationalMoney: false,
      outsideRange: [],
    });
    expect(sheet('DE01', 2024)?.agencyCodeSource).toBeUndefined();
    expect(sheet('TR01', 2023)).toMatchObject({
      callYearConfidence: 'high',
      covers: ['ka131.studentMonthly'],
    });
    expect(sheet('TR01', 2023)?.agencyCodeSource).toContain('tr01-ka171');
  });

  it('flags minima (ES), national money (AT, LT) and values above a range not confirmed', () => {
    for (const year of [2023, 2024, 2025]) expect(sheet('ES01', year)?.minima).toBe(true);
    expect(sheet('AT01', 2024)?.nationalMoney).toBe(true);
    expect(sheet('LT01', 2023)?.nationalMoney).toBe(true);
    expect(sheet('PL01', 2023)).toMatchObject({ minima: false, nationalMoney: false });
    expect(sheet('SK01', 2022)?.outsideRange).toEqual([
      'ka131.studentMonthly.2',
      'ka131.studentMonthly.3',
    ]);
    expect(sheet('TR01', 2021)?.outsideRange).toEqual(['ka131.studentMonthly.2']);
  });

  it('says "no national sheet" for FR, BE, LV, BG, IE and NL, with why and where', () => {
    const none = entries.filter((e) => e.kind === 'no-national-sheet');
    expect(none.map((e) => e.country)).toEqual(['FR', 'BE', 'LV', 'BG', 'IE', 'NL']);
    for (const entry of none) {
      expect(entry.reason.length).toBeGreaterThan(20);
      expect(entry.sources.length).toBeGreaterThan(0);
    }
    expect(none[0]).toMatchObject({
      agency: 'FR01',
      reason: expect.stringContaining('per university'),
    });
    expect('agency' in (none[1] ?? {})).toBe(false);
  });

  it('is frozen, and lists no university ranges while none is known', () => {
    expect(Object.isFrozen(entries)).toBe(true);
    expect(Object.isFrozen(entries[0])).toBe(true);
    expect(entries.some((e) => e.kind === 'university-range')).toBe(false);
  });
});

const urls = (module: Record<string, unknown>) =>
  Object.values(module).filter((v): v is string => typeof v === 'string');

describe('issue 19: sources', () => {
  it('names every URL of the sheets once, none already named by the packs’ sources', () => {
    const packs = new Set(urls(S));
    const own = urls(N);
    expect(own.filter((url, i) => own.indexOf(url) !== i || packs.has(url))).toEqual([]);
    for (const url of urls(N)) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+[a-z0-9]\//);
  });

  it('cites only URLs named in a sources module', () => {
    const known = new Set([...urls(S), ...urls(N)]);
    const cited = [
      ...agencies().flatMap((a) => [
        ...(a.codeSeenIn === undefined ? [] : [a.codeSeenIn]),
        ...a.sheets.flatMap((s) =>
          Object.values(s.ka131).flatMap((t) => [
            ...t.sources,
            ...[1, 2, 3].flatMap((g) => t.groups?.[g as 1 | 2 | 3]?.sources ?? []),
          ]),
        ),
      ]),
      ...NO_NATIONAL_SHEET.flatMap((n) => n.sources),
    ];
    expect(cited.filter((url) => !known.has(url))).toEqual([]);
  });
});

const NOTES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'domain');

describe.skipIf(!existsSync(NOTES))('issue 19: every source traces to the research notes', () => {
  it('cites only URLs that appear in ../shared/domain/*.md (a stray ":" after a host dropped)', () => {
    const notes = readdirSync(NOTES)
      .filter((file) => file.endsWith('.md'))
      .map((file) =>
        readFileSync(join(NOTES, file), 'utf8').replace(/(https:\/\/[^/\s]+):\//g, '$1/'),
      )
      .join('\n');
    const sheetUrls = urls(N).filter((url) => !notes.includes(url));
    expect(sheetUrls).toEqual([]);
  });
});

describe('issue 19: docs/rate-sheets.md, the rendered snapshot', () => {
  const file = join(import.meta.dirname, '..', '..', '..', 'docs', 'rate-sheets.md');

  it('is up to date (run `npm run rules:snapshot` after changing a sheet)', () => {
    const committed = readFileSync(file, 'utf8');
    expect(
      committed === renderRateSheetsMarkdown(),
      'docs/rate-sheets.md is out of date: run `npm run rules:snapshot` and commit the result',
    ).toBe(true);
  });

  it('shows every sheet, its values, statuses, call years, derivations and the agencies without one', () => {
    const md = renderRateSheetsMarkdown();
    expect(md).toContain(
      '| [DE01](#de01) | DE | 2024 | ka131.studentMonthly, ka131.staffDaily | confirmed, single-source | medium |  |',
    );
    expect(md).toContain(
      '| 2024 | Staff, daily (days 1–14) | — | — | 133.20 | derived | medium | ',
    );
    expect(md).toContain('0.90 × 148.00 = 133.20');
    expect(md).toMatch(
      /\| FR01 \| Agence Erasmus\+ France .* \| FR \| French rates are set per university/,
    );
    expect(md).toContain('**Minima.** SEPIE');
    expect(md).toContain('**National money.**');
    expect(md).toMatch(/^\[s1\]: <https:\/\//m);
    // A stale file differs: the comparison above can fail.
    expect(md.replace('133.20', '133.00')).not.toBe(md);
  });
});
