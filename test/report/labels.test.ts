import { describe, expect, it } from 'vitest';
import { REPORT_LOCALES, reportLabels } from '../../src/report/labels/reportLabels.js';

type Tree = { readonly [key: string]: string | Tree };

/** Every key path of a label table with its string. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

/** Serbian Latin → Cyrillic, letter for letter (digraphs lj, nj, dž first); keeps `{name}` and Erasmus+. */
function toCyrillic(text: string): string {
  const pairs: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ', Lj: 'Љ', Nj: 'Њ', Dž: 'Џ' };
  const single: Record<string, string> = {
    a: 'а',
    b: 'б',
    c: 'ц',
    č: 'ч',
    ć: 'ћ',
    d: 'д',
    đ: 'ђ',
    e: 'е',
    f: 'ф',
    g: 'г',
    h: 'х',
    i: 'и',
    j: 'ј',
    k: 'к',
    l: 'л',
    m: 'м',
    n: 'н',
    o: 'о',
    p: 'п',
    r: 'р',
    s: 'с',
    š: 'ш',
    t: 'т',
    u: 'у',
    v: 'в',
    z: 'з',
    ž: 'ж',
  };
  const letter = (ch: string) => {
    const lower = single[ch.toLowerCase()];
    if (pairs[ch]) return pairs[ch];
    if (single[ch]) return single[ch];
    return lower ? lower.toUpperCase() : ch;
  };
  return text
    .split(/(\{[a-zA-Z]+\}|Erasmus\+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/lj|nj|dž|Lj|Nj|Dž|./gu, letter)))
    .join('');
}

describe('report label tables', () => {
  const reference = leaves(reportLabels.en as unknown as Tree);

  it('has the five locales of the seeds', () => {
    expect([...REPORT_LOCALES]).toEqual(['en', 'sr-Cyrl', 'sr-Latn', 'hr', 'lt']);
    expect(Object.keys(reportLabels).sort()).toEqual([...REPORT_LOCALES].sort());
  });

  it.each(REPORT_LOCALES)(
    '%s has every key, each a non-empty string with the same placeholders',
    (locale) => {
      const table = leaves(reportLabels[locale] as unknown as Tree);
      expect([...table.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [path, text] of table) {
        expect(text.trim(), path).not.toBe('');
        expect(placeholders(text), path).toEqual(placeholders(reference.get(path) ?? ''));
      }
    },
  );

  it('has the status, verdict, kind and grant line words of every value', () => {
    for (const locale of REPORT_LOCALES) {
      const l = reportLabels[locale];
      expect(Object.keys(l.yearStatus).sort()).toEqual([
        'inconclusive',
        'met',
        'no-data',
        'not-due',
        'not-met',
      ]);
      expect(Object.keys(l.overallStatus).sort()).toEqual([
        'achieved',
        'at-risk',
        'off-track',
        'on-track',
      ]);
      expect(Object.keys(l.verdict).sort()).toEqual([
        'inconclusive',
        'insufficient-data',
        'met',
        'not-met',
      ]);
      expect(Object.keys(l.indicatorKind)).toHaveLength(7);
      expect(Object.keys(l.grantLineKind)).toHaveLength(7);
      // distinct words for distinct statuses
      expect(new Set(Object.values(l.yearStatus)).size).toBe(5);
      expect(new Set(Object.values(l.overallStatus)).size).toBe(4);
    }
  });

  it('writes Serbian Cyrillic letter for letter as Serbian Latin', () => {
    const latin = leaves(reportLabels['sr-Latn'] as unknown as Tree);
    const cyrillic = leaves(reportLabels['sr-Cyrl'] as unknown as Tree);
    for (const [path, text] of latin) expect(cyrillic.get(path), path).toBe(toCyrillic(text));
    // and the Cyrillic table really is Cyrillic
    expect(reportLabels['sr-Cyrl'].text.summary).toBe('Сажетак');
  });

  it('uses the plural forms Intl.PluralRules selects', () => {
    const form = (locale: 'hr' | 'lt' | 'sr-Latn' | 'en', n: number) =>
      reportLabels[locale].units.day[new Intl.PluralRules(locale).select(n)];
    expect([1, 2, 5, 21, 22, 25].map((n) => form('hr', n))).toEqual([
      'dan',
      'dana',
      'dana',
      'dan',
      'dana',
      'dana',
    ]);
    expect([1, 2, 10, 11, 21, 29].map((n) => form('lt', n))).toEqual([
      'diena',
      'dienos',
      'dienų',
      'dienų',
      'diena',
      'dienos',
    ]);
    expect(
      [1, 2, 5].map((n) => reportLabels.hr.units.month[new Intl.PluralRules('hr').select(n)]),
    ).toEqual(['mjesec', 'mjeseca', 'mjeseci']);
    expect(
      [1, 3, 5].map(
        (n) => reportLabels['sr-Latn'].units.month[new Intl.PluralRules('sr-Latn').select(n)],
      ),
    ).toEqual(['mesec', 'meseca', 'meseci']);
    expect([1, 2].map((n) => form('en', n))).toEqual(['day', 'days']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(reportLabels.hr.text)).toBe(true);
    expect(Object.isFrozen(reportLabels)).toBe(true);
  });
});
