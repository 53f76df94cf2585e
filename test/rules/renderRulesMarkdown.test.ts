import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { InputError } from '../../src/errors.js';
import { getRules } from '../../src/rules/getRules.js';
import { listFigures } from '../../src/rules/listFigures.js';
import { renderRulesMarkdown } from '../../src/rules/renderRulesMarkdown.js';
import { rules2021 } from '../../src/rules/rules2021.js';
import { rules2024 } from '../../src/rules/rules2024.js';
import { rules2026 } from '../../src/rules/rules2026.js';
import type { RulePack } from '../../src/rules/types.js';

const SNAPSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'rules');

describe('docs/rules/<year>.md snapshots', () => {
  it.each([...CALL_YEARS])('docs/rules/%i.md is up to date', (year) => {
    const committed = readFileSync(join(SNAPSHOTS, `${year}.md`), 'utf8');
    const fresh = renderRulesMarkdown(getRules(year));
    expect(
      committed === fresh,
      `docs/rules/${year}.md is out of date: run \`npm run rules:snapshot\` and commit the result`,
    ).toBe(true);
  });
});

describe('renderRulesMarkdown', () => {
  const md = renderRulesMarkdown(rules2024);
  const rows = md.split('\n').filter((line) => /^\| (?!Figure|Status|---)/.test(line));

  it('starts with front matter and a title', () => {
    expect(
      md.startsWith('---\ntitle: Rule pack for call 2024\n---\n\n# Rule pack for call 2024'),
    ).toBe(true);
  });

  it('has one table row per figure, plus the five status rows', () => {
    expect(rows.length).toBe(listFigures(rules2024).length + 5);
  });

  it('shows value, status, numbered sources and notes', () => {
    expect(md).toContain('| KA131-HED, 10–99 km, standard | 28.00 | confirmed |');
    expect(md).toContain('| KA131-HED, 8000+ km, green | 1735.00 | confirmed |');
    expect(md).toMatch(
      /\| KA131-HED\.student-studies\.standard\.green \| 6 \| confirmed \| .* \| Up to 6 funded travel days/,
    );
    expect(md).toMatch(
      /\| studentMonthly\.1 \| 350\.00–674\.00 \(reference 674\.00\) \| conflicting \| .* \| Alternative: 225\.00 as the minimum/,
    );
    expect(md).toMatch(
      /\| staffDaily\.1 \| 96\.00–190\.00 \(reference 190\.00\) \| single-source \|/,
    );
    expect(md).toMatch(/\| KA131-HED\.student-studies\.standard \| 2–12 months \| confirmed \|/);
    expect(md).toContain('1. [erasmus');
    expect(md).toMatch(/^\[s1\]: <https?:\/\//m);
  });

  it('shows carried-forward years and partial ranges', () => {
    const md2026 = renderRulesMarkdown(rules2026);
    expect(md2026).toContain('carried-forward from 2024');
    expect(md2026).toContain('**Provisional:**');
    const md2021 = renderRulesMarkdown(rules2021);
    expect(md2021).toMatch(/\| staffDaily\.1 \| ≤ 180\.00 \(reference 180\.00\) \|/);
    expect(md2021).toMatch(/\| learnerDaily\.1 \| range not found \(reference 64\.00\) \|/);
    expect(md2021).toContain('| KA122-VET.group-mobility | yes |');
  });

  it('escapes pipes in notes', () => {
    const piped = structuredClone(rules2024) as unknown as { bip: { minEcts: { note: string } } };
    piped.bip.minEcts.note = 'a | b\nc';
    expect(renderRulesMarkdown(piped as unknown as RulePack)).toContain('a \\| b c');
  });

  it('marks a pack whose figures are all confirmed as not provisional', () => {
    const pack = structuredClone(rules2024) as unknown as RulePack;
    const all = JSON.parse(
      JSON.stringify(pack)
        .replace(
          /"status":"(single-source|conflicting|carried-forward|derived)"/g,
          '"status":"confirmed"',
        )
        .replace(/,"carriedFrom":\d{4}/g, '')
        .replace(/,"derivation":"[^"]*"/g, ''),
    );
    all.provisional = false;
    expect(renderRulesMarkdown(all)).toContain('**Not provisional:**');
  });

  it('rejects what is not a pack', () => {
    expect(() => renderRulesMarkdown({} as RulePack)).toThrow(InputError);
  });
});
