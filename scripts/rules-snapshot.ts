/**
 * Writes the human-readable snapshots of the rule packs, docs/rules/<year>.md, from
 * renderRulesMarkdown (src/rules). Run with `npm run rules:snapshot` after changing a pack; the
 * test suite fails while a snapshot is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALL_YEARS } from '../src/_lib/callYear.js';
import { getRules } from '../src/rules/getRules.js';
import { renderRulesMarkdown } from '../src/rules/renderRulesMarkdown.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
mkdirSync(outDir, { recursive: true });
for (const year of CALL_YEARS) {
  const file = join(outDir, `${year}.md`);
  writeFileSync(file, renderRulesMarkdown(getRules(year)));
  console.log(`wrote ${file}`);
}
