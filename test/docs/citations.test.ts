/**
 * Issue 14, "Citations a user can open": nothing the package ships or documents may cite the
 * project's research notes, "domain notes", DESIGN, shared/ or a path on someone's machine.
 * The patterns live in scripts/citations.mjs, shared with scripts/check-citations.mjs, which
 * checks the built dist/ and docs/api/ at the end of `npm run docs` (the gate runs the tests
 * before the build, so here those two parts are checked only when present, and say so when not).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_PARTS,
  CITATION_PATTERNS,
  findCitations,
  listFiles,
  scanFiles,
} from '../../scripts/citations.mjs';

const root = join(import.meta.dirname, '..', '..');

describe('issue 14: the citation patterns', () => {
  it.each([
    ['he-mobility-rules.md §2.1'],
    ['(programme-catalogue.md §6.3)'],
    ['vet-sch-adu-rates.md §4'],
    ['rates-2025-2026.md §6'],
    ['rates-2025-2026-update.md'],
    ['practice-notes.md §2.3'],
    ['corrections-2026-12.md §1a'],
    ['na-rate-sheets.md'],
    ['bm-export-fields.md'],
    ['see the domain notes'],
    ['The Domain Notes say'],
    ['DESIGN principle 4'],
    ['the full design is DESIGN.md'],
    ['`../shared/DESIGN.md`'],
    ['in `shared/domain/`'],
    ['/work/shared/domain/*.md'],
    ['written in /home/someone/erasmus'],
    ['cd /root/project'],
    ['a file in /tmp/out.txt'],
    ['C:\\Users\\someone\\erasmus'],
    ['https://erasmus-plus.ec.europa.eu./programme-guide'],
  ])('finds %s', (text) => {
    expect(findCitations(text)).not.toEqual([]);
  });

  it.each([
    [
      'Erasmus+ Programme Guide 2024, Part B, "Mobility projects for higher education students and staff"',
    ],
    ['Regulation (EU) 2021/817, Art. 2(2)'],
    ['see docs/sources.md and docs/rules/2024.md'],
    ['https://erasmus-plus.ec.europa.eu/programme-guide/part-a/eligible-countries'],
    ['https://example.org/home/tmp/work/page'],
    ['the design of the report; a well-designed chart'],
    ['the practice of National Agencies; the programme catalogue; notes on rates'],
    ['a shared table; shared by calls 2023 and 2024'],
    ['input:\\n  × bad'],
  ])('passes %s', (text) => {
    expect(findCitations(text)).toEqual([]);
  });

  it('reports every hit with its line and pattern', () => {
    const text = 'fine\nsee he-mobility-rules.md §2, vet-sch-adu-rates.md §4 and DESIGN.md';
    expect(findCitations(text)).toEqual([
      { line: 2, pattern: CITATION_PATTERNS[0]?.name, match: 'he-mobility-rules' },
      { line: 2, pattern: CITATION_PATTERNS[0]?.name, match: 'vet-sch-adu-rates' },
      { line: 2, pattern: 'DESIGN file or principle', match: 'DESIGN.md' },
    ]);
    expect(findCitations(text)).toEqual(findCitations(text)); // no state kept between calls
  });
});

describe('issue 14: citations a user can open', () => {
  it('src/, docs/ (every .md), README.md and CONTRIBUTING.md cite nothing a user cannot open', () => {
    const files = [
      ...listFiles(root, 'src', ['.ts']),
      ...listFiles(root, 'docs', ['.md']).filter((file) => !file.startsWith(join('docs', 'api'))),
      'README.md',
      'CONTRIBUTING.md',
    ];
    expect(files).toContain(join('docs', 'sources.md'));
    expect(files).toContain(join('src', 'messages.ts'));
    expect(scanFiles(root, files)).toEqual([]);
  });

  for (const part of BUILT_PARTS) {
    const present = existsSync(join(root, part.path));
    const title = present
      ? `the built ${part.path}/ cites nothing a user cannot open`
      : `NOT CHECKED: ${part.path}/ is absent (made by ${part.builtBy}); npm run docs checks it with scripts/check-citations.mjs`;
    it.skipIf(!present)(title, () => {
      const files = listFiles(root, part.path, part.extensions);
      expect(files.length).toBeGreaterThan(0);
      expect(
        scanFiles(root, files),
        `${part.path}/ may predate your change: ${part.builtBy}`,
      ).toEqual([]);
    });
  }
});
