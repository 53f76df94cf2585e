/**
 * Citations a user cannot open: the patterns, and a scanner over files. One list, used by
 * test/docs/citations.test.ts (src/, docs/, README.md, CONTRIBUTING.md, and the build outputs
 * when present) and by scripts/check-citations.mjs (the built dist/ and docs/api/, at the end of
 * `npm run docs`).
 *
 * A user can open the Programme Guide, a legal act, a source URL or a page of the package's
 * docs; not the project's research notes, its design file, nor a path on someone's machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** What is forbidden, each with the name a failure report shows (global: every match is found). */
export const CITATION_PATTERNS = Object.freeze([
  {
    name: 'research-note file name',
    pattern:
      /\b(?:he-mobility-rules|programme-catalogue|vet-sch-adu-rates|rates-2025-2026|practice-notes|corrections-2026-12|na-rate-sheets|bm-export-fields)\b/g,
  },
  { name: '"domain notes"', pattern: /\bdomain notes\b/gi },
  // Upper case only: "design" in prose is fine, DESIGN.md and "DESIGN principle 4" are not.
  { name: 'DESIGN file or principle', pattern: /\bDESIGN(?:\.md)?\b/g },
  { name: 'shared/ path', pattern: /\bshared\//g },
  // A URL path such as https://example.org/home/ is not a machine path (a host precedes it).
  { name: 'machine path', pattern: /(?<![\w.-])\/(?:work|home|root|tmp)\/|\b[A-Z]:\\{1,2}[\w.-]/g },
  { name: 'URL host with a trailing dot', pattern: /https?:\/\/[^\s/'"`<>()]+\.\//g },
]);

/**
 * The forbidden citations in a text, every match, line by line.
 *
 * @param {string} text
 * @returns {{ line: number, pattern: string, match: string }[]}
 */
export function findCitations(text) {
  const hits = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    for (const { name, pattern } of CITATION_PATTERNS) {
      for (const match of lines[index].matchAll(pattern)) {
        hits.push({ line: index + 1, pattern: name, match: match[0] });
      }
    }
  }
  return hits;
}

/**
 * The files under `path` (a file or a directory, searched recursively) whose extension is one of
 * `extensions`, as paths relative to `root`, sorted.
 *
 * @param {string} root
 * @param {string} path relative to root
 * @param {readonly string[]} extensions e.g. ['.md', '.ts']
 * @returns {string[]}
 */
export function listFiles(root, path, extensions) {
  const full = join(root, path);
  const files = statSync(full).isDirectory()
    ? readdirSync(full, { recursive: true }).map((name) => join(full, String(name)))
    : [full];
  return files
    .filter((file) => extensions.includes(extname(file)) && statSync(file).isFile())
    .map((file) => relative(root, file))
    .sort();
}

/**
 * Scans files for forbidden citations.
 *
 * @param {string} root
 * @param {readonly string[]} files relative to root
 * @returns {string[]} one `file:line: pattern: match` per hit
 */
export function scanFiles(root, files) {
  return files.flatMap((file) =>
    findCitations(readFileSync(join(root, file), 'utf8')).map(
      (hit) => `${file}:${hit.line}: ${hit.pattern}: ${hit.match}`,
    ),
  );
}

/** The text files of a build that are scanned: code, declarations, source maps, pages. */
export const BUILT_EXTENSIONS = Object.freeze([
  '.js',
  '.cjs',
  '.mjs',
  '.ts',
  '.cts',
  '.mts',
  '.map',
  '.json',
  '.md',
  '.html',
]);

/**
 * The built outputs `npm run docs` checks, with the files scanned in each. The TypeDoc site is
 * checked page by page (.html) and in the files it copies (media/*.md: CONTRIBUTING.md, the rule
 * pack snapshots); its assets/ hold the pages' text again, compressed.
 */
export const BUILT_PARTS = Object.freeze([
  { path: 'dist', extensions: BUILT_EXTENSIONS, builtBy: 'npm run build' },
  { path: join('docs', 'api'), extensions: ['.html', '.md'], builtBy: 'npm run docs' },
]);
