/**
 * Checks the built package (dist/) and the TypeDoc site (docs/api/) for citations a user cannot
 * open (research-note names, "domain notes", DESIGN, shared/, machine paths), with the patterns
 * of scripts/citations.mjs. Run at the end of `npm run docs`, after the build and typedoc, so the
 * gate checks what ships; test/docs/citations.test.ts checks the sources before the build.
 * Exits 1 on any hit, or when a part is missing.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_PARTS, listFiles, scanFiles } from './citations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
let scanned = 0;
for (const part of BUILT_PARTS) {
  if (!existsSync(join(root, part.path))) {
    problems.push(`${part.path}/ not found: run ${part.builtBy} first`);
    continue;
  }
  const files = listFiles(root, part.path, part.extensions);
  scanned += files.length;
  problems.push(...scanFiles(root, files));
}
for (const problem of problems) console.error(`citations: ${problem}`);
const parts = BUILT_PARTS.map((part) => `${part.path}/`).join(' and ');
console.log(`citations: ${scanned} files of ${parts} checked, ${problems.length} problems`);
if (problems.length > 0) process.exit(1);
