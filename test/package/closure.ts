/**
 * What an entry point of the built package loads: the src/ areas whose code is in the chunks it
 * imports, directly or through other chunks (tsup's unminified output marks each module's code
 * with a `// src/<path>` comment), and the packages it imports. Used by test/package.test.ts to
 * hold the README's table of entry points to the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The entry-point area of each src/ directory (the others, such as _lib, belong to none). */
const AREA_OF: Readonly<Record<string, string>> = {
  distance: 'mobility',
  programme: 'rules',
};

/** The files an ES module of `dist` imports, itself included, transitively. */
function closure(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/from\s*"\.\/([^"]+)"/g)) closure(dist, m[1] ?? '', seen);
  return seen;
}

/** The entry-point areas whose code `dist/<entry>.js` loads, its own included, sorted. */
export function areasLoaded(dist: string, entry: string, areas: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of closure(dist, `${entry}.js`)) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/^\/\/ src\/([^/\s]+)\//gm)) {
      const dir = m[1] ?? '';
      const area = AREA_OF[dir] ?? dir;
      if (areas.includes(area)) found.add(area);
    }
  }
  return [...found].sort();
}

/**
 * The packages a built file imports or requires (`zod/mini`, `decimal.js`, …): every specifier of
 * an `import`, `export … from` or `require(…)` that is not a relative path.
 */
export function packagesIn(code: string): string[] {
  return [
    ...code.matchAll(
      /^(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?['"]([^'"]+)['"]|\brequire\(['"]([^'"]+)['"]\)/gm,
    ),
  ]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((specifier) => !specifier.startsWith('.'));
}

/** The packages that `dist/<entry>.js` imports, transitively, sorted. */
export function packagesLoaded(dist: string, entry: string): string[] {
  const found = new Set<string>();
  for (const file of closure(dist, `${entry}.js`)) {
    for (const name of packagesIn(readFileSync(join(dist, file), 'utf8'))) found.add(name);
  }
  return [...found].sort();
}
