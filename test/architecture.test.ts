/**
 * The layout of CONTRIBUTING.md ("Layout and style"), enforced:
 * - the rooms and doors: which module may import which at run time;
 * - no import cycle between files, counting type-only imports (issue 15, "What to build" §3: a
 *   cycle through types is still a cycle a reader has to untangle);
 * - no cycle between rooms either, counting type-only imports: a type may cross a room's doors
 *   (`report` names the result types of `grants` it renders), but only downwards, never into a
 *   room that itself imports the importing room;
 * - nothing in src/ importing examples/, test/ or Node.
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

/**
 * The cycles of a directed graph, each as the list of its nodes with the first repeated at the
 * end: one cycle for every edge that leads back into the current path of a depth-first walk (so
 * every strongly connected part with a loop shows at least one of its cycles).
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: readonly string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      cycles.push([...path.slice(path.indexOf(node)), node]);
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) visit(node, []);
  return cycles;
}

/** The graph of a list of edges (`from` → its `to`s, each once). */
function graphOf(list: readonly { readonly from: string; readonly to: string }[]) {
  const graph = new Map<string, string[]>();
  for (const { from, to } of list) {
    const targets = graph.get(from) ?? [];
    if (!targets.includes(to)) targets.push(to);
    graph.set(from, targets);
  }
  return graph;
}

const moduleOf = (path: string) => (path.includes('/') ? (path.split('/')[0] ?? path) : '(root)');

/**
 * The import cycles between files, type-only imports included, in words: `→` a step with a
 * run-time import, `⇢` a step with type-only imports.
 */
function fileCycles(list: readonly Edge[]): string[] {
  const runTime = new Set(list.filter((e) => !e.typeOnly).map((e) => `${e.from} ${e.to}`));
  return findCycles(graphOf(list)).map((cycle) =>
    cycle
      .map((node, i) =>
        i === 0 ? node : `${runTime.has(`${cycle[i - 1]} ${node}`) ? '→' : '⇢'} ${node}`,
      )
      .join(' '),
  );
}

/** The cycles between rooms (modules), type-only imports included; the root files aside. */
function roomCycles(list: readonly Edge[]): string[] {
  const betweenRooms = list
    .map((e) => ({ from: moduleOf(e.from), to: moduleOf(e.to) }))
    .filter((e) => e.from !== e.to && e.from !== '(root)' && e.to !== '(root)');
  return findCycles(graphOf(betweenRooms)).map((cycle) => cycle.join(' → '));
}

/** The modules each module may import at run time (besides itself, _lib and the root files). */
const allowed: Record<string, readonly string[]> = {
  '(root)': ['*'],
  // The public entry points (issue 16): each re-exports its area.
  entries: ['*'],
  _lib: [],
  programme: [],
  rules: ['programme'],
  distance: ['rules'],
  mobility: ['programme', 'rules', 'distance'],
  grants: ['mobility', 'rules', 'distance', 'programme'],
  // reconcile recomputes through the public engines; report reads its results' types only.
  reconcile: ['grants', 'mobility', 'rules', 'programme', 'distance'],
  satisfaction: [],
  indicators: ['satisfaction'],
  report: [],
  schemas: ['*'],
};

describe('the cycle checks on tiny graphs (issue 15, "What to build" §3: they can fail)', () => {
  const edge = (from: string, to: string, typeOnly = false): Edge => ({ from, to, typeOnly });

  it('find a loop between files closed by a type-only import, and a file importing itself', () => {
    const loop = [
      edge('m/a.ts', 'm/b.ts'),
      edge('m/b.ts', 'm/c.ts', true),
      edge('m/c.ts', 'm/a.ts', true),
      edge('m/d.ts', 'm/a.ts'),
    ];
    expect(fileCycles(loop)).toEqual(['m/a.ts → m/b.ts ⇢ m/c.ts ⇢ m/a.ts']);
    expect(fileCycles([edge('m/e.ts', 'm/e.ts')])).toEqual(['m/e.ts → m/e.ts']);
  });

  it('find a loop between rooms closed by a type-only import (a type crossing a door upwards)', () => {
    const upwards = [
      edge('mobility/computeDuration.ts', 'distance/distanceBand.ts'),
      edge('distance/distanceBand.ts', 'mobility/computeDuration.ts', true),
    ];
    expect(roomCycles(upwards)).toEqual(['distance → mobility → distance']);
  });

  it('find none without a loop (a diamond is not a cycle; the root files do not count)', () => {
    const diamond = [
      edge('a/x.ts', 'b/x.ts'),
      edge('a/x.ts', 'c/x.ts', true),
      edge('b/x.ts', 'd/x.ts'),
      edge('c/x.ts', 'd/x.ts', true),
      edge('d/x.ts', 'errors.ts'),
      edge('errors.ts', 'a/x.ts'),
    ];
    expect(fileCycles(diamond.slice(0, 4))).toEqual([]);
    expect(roomCycles(diamond)).toEqual([]);
  });
});

/**
 * Whether src/ may import `name` from outside: zod/mini (and two tree-shakable zod paths),
 * decimal.js, and date-fns one function per subpath (`date-fns/addMonths`, never the whole
 * `date-fns` index) with the UTC date of `@date-fns/utc/date/mini` (issue 16).
 */
function isAllowedExternal(name: string): boolean {
  return (
    ['zod/mini', 'zod/v4/locales', 'zod/v4/core', 'decimal.js', '@date-fns/utc/date/mini'].includes(
      name,
    ) || /^date-fns\/\w+$/.test(name)
  );
}

describe('architecture', () => {
  const all = edges();
  const internal = all.filter((e) => !e.to.startsWith('node:') && e.to.endsWith('.ts'));

  it('finds the imports (sanity check of the parser)', () => {
    expect(internal.length).toBeGreaterThan(100);
    expect(internal.some((e) => e.typeOnly)).toBe(true);
  });

  it('imports only zod/mini (and two tree-shakable zod paths), decimal.js and date-fns by subpath from outside, never Node', () => {
    const external = new Set(all.filter((e) => !e.to.endsWith('.ts')).map((e) => e.to));
    expect([...external].sort()).toEqual([...external].filter(isAllowedExternal).sort());
    expect(external).toContain('date-fns/addMonths');
  });

  it('refuses the whole date-fns index and other outside imports (issue 16: date-fns by subpath only)', () => {
    expect(
      ['date-fns/addMonths', 'date-fns/constants', '@date-fns/utc/date/mini'].every(
        isAllowedExternal,
      ),
    ).toBe(true);
    expect(
      ['date-fns', 'date-fns/', '@date-fns/utc', '@date-fns/tz', 'zod', 'node:fs', 'fs'].some(
        isAllowedExternal,
      ),
    ).toBe(false);
  });

  it('respects the rooms and doors of CONTRIBUTING.md (run-time imports)', () => {
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

  it('has nothing importing report (but its entry point)', () => {
    const intoReport = internal.filter(
      (e) =>
        moduleOf(e.to) === 'report' &&
        moduleOf(e.from) !== 'report' &&
        e.from !== 'entries/report.ts',
    );
    expect(intoReport).toEqual([]);
  });

  it('has no import cycle between files, counting type-only imports', () => {
    expect(fileCycles(internal)).toEqual([]);
  });

  it('has no cycle between rooms, counting type-only imports (the root files aside)', () => {
    expect(roomCycles(internal)).toEqual([]);
  });
});
