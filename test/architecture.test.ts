/**
 * The rooms and doors of DESIGN.md, enforced: which module may import which (at run time; type
 * imports are free), no import cycles, and nothing in src/ importing examples/, test/ or Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every relative import and re-export of src/, resolved to a file, and whether it is type-only. */
function edges(): Edge[] {
  const pattern = /^(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gms;
  return walk(src).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(pattern)].map((m) => ({
      from: relative(src, file),
      to: (m[3] ?? '').startsWith('.')
        ? relative(src, resolve(dirname(file), (m[3] ?? '').replace(/\.js$/, '.ts')))
        : (m[3] ?? ''),
      typeOnly: m[2] !== undefined,
    }));
  });
}

const moduleOf = (path: string) => (path.includes('/') ? (path.split('/')[0] ?? path) : '(root)');

/** The modules each module may import at run time (besides itself, _lib and the root files). */
const allowed: Record<string, readonly string[]> = {
  '(root)': ['*'],
  _lib: [],
  programme: [],
  rules: ['programme'],
  distance: ['rules'],
  mobility: ['programme', 'rules', 'distance'],
  grants: ['mobility', 'rules', 'distance', 'programme'],
  satisfaction: [],
  indicators: ['satisfaction'],
  report: [],
  schemas: ['*'],
};

describe('architecture', () => {
  const all = edges();
  const internal = all.filter((e) => !e.to.startsWith('node:') && e.to.endsWith('.ts'));

  it('finds the imports (sanity check of the parser)', () => {
    expect(internal.length).toBeGreaterThan(100);
    expect(internal.some((e) => e.typeOnly)).toBe(true);
  });

  it('imports only zod/mini (and two tree-shakable zod paths) and decimal.js from outside, never Node', () => {
    const external = new Set(all.filter((e) => !e.to.endsWith('.ts')).map((e) => e.to));
    expect([...external].sort()).toEqual(
      [...external]
        .filter((name) => ['zod/mini', 'zod/locales', 'zod/v4/core', 'decimal.js'].includes(name))
        .sort(),
    );
  });

  it('respects the rooms and doors of DESIGN.md', () => {
    const violations = internal
      .filter((e) => !e.typeOnly)
      .filter((e) => {
        const from = moduleOf(e.from);
        const to = moduleOf(e.to);
        if (from === to || to === '_lib' || to === '(root)') return false;
        const doors = allowed[from];
        return doors === undefined || !(doors.includes('*') || doors.includes(to));
      })
      .map((e) => `${e.from} → ${e.to}`);
    expect(violations).toEqual([]);
  });

  it('has nothing importing report (but the index)', () => {
    const intoReport = internal.filter(
      (e) => moduleOf(e.to) === 'report' && moduleOf(e.from) !== 'report' && e.from !== 'index.ts',
    );
    expect(intoReport).toEqual([]);
  });

  it('has no import cycles (run-time imports)', () => {
    const graph = new Map<string, string[]>();
    for (const e of internal.filter((edge) => !edge.typeOnly)) {
      graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
