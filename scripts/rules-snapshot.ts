/**
 * Writes the human-readable snapshots of the rule packs, docs/rules/<year>.md, from
 * renderRulesMarkdown (src/rules), and of the shipped National Agency rate sheets,
 * docs/rate-sheets.md. Run with `npm run rules:snapshot` after changing a pack or a sheet; the
 * test suite fails while a snapshot is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALL_YEARS } from '../src/_lib/callYear.js';
import { getRules } from '../src/rules/getRules.js';
import { renderRateSheetsMarkdown } from '../src/rules/nationalSheets/renderRateSheetsMarkdown.js';
import { renderRulesMarkdown } from '../src/rules/renderRulesMarkdown.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
const outDir = join(docs, 'rules');
mkdirSync(outDir, { recursive: true });
for (const year of CALL_YEARS) {
  const file = join(outDir, `${year}.md`);
  writeFileSync(file, renderRulesMarkdown(getRules(year)));
  console.log(`wrote ${file}`);
}
const sheets = join(docs, 'rate-sheets.md');
writeFileSync(sheets, renderRateSheetsMarkdown());
console.log(`wrote ${sheets}`);
