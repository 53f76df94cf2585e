/**
 * Issue 15 §2, "No result caches" (acceptance: "no module-level Map/WeakMap caches beyond the
 * ones named above (a test lists them)"). Results are computed directly; the module-level state
 * left in src/ is listed below, each entry with its kind and why it is allowed.
 *
 * What the scan finds, outside any function and outside class instance fields (state that lives
 * as long as the module):
 * - every `new Map`, `new WeakMap`, `new Set`, `new WeakSet` (a transient one spread into an
 *   array, `[...new Set(list)]`, is not kept and is not reported);
 * - every `const` / `let` / `var` whose declared type names `Map`, `WeakMap`, `Set` or `WeakSet`;
 * - every `let` / `var`: a binding assigned after load (a lazily built value, a counter).
 *
 * The rule for constant lookup tables: a `Map` or `Set` filled with its entries at module load
 * and declared `ReadonlyMap` / `ReadonlySet` (so the type checker refuses any later write) is a
 * constant, not a cache, and needs no entry here:
 * `const CODES: ReadonlySet<string> = new Set(['CH', 'GB'])`. Anything else must be listed.
 *
 * Allowed kinds (issue 15 §2): `Intl` formatter caches, the set of already-parsed inputs, one
 * index per rule pack, and lazily built singletons (a compiled schema, a frozen table built on
 * first use). Nothing keyed by a mobility's values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

type Kind = 'intl-formatter' | 'parsed-inputs' | 'pack-index' | 'lazy-singleton';

/** Every piece of module-level state in src/, by `file#name`, with its kind and why. */
const ALLOWED: Readonly<Record<string, { readonly kind: Kind; readonly why: string }>> = {
  'src/_lib/zod.ts#englishErrors': {
    kind: 'lazy-singleton',
    why: "zod's English error map, loaded on the first parse",
  },
  'src/mobility/MobilityInputSchema.ts#parsedMobilities': {
    kind: 'parsed-inputs',
    why: 'the mobilities parseMobility returned (frozen), so they are not validated twice',
  },
  'src/programme/actionCatalogue.ts#built': {
    kind: 'lazy-singleton',
    why: 'the frozen action catalogue, built on the first call (issue 16: no work at import)',
  },
  'src/programme/countries.ts#placed': {
    kind: 'lazy-singleton',
    why: 'where each country code sits in the programme, and every code sorted, built on first use (issue 16: no work at import)',
  },
  'src/programme/countries.ts#displayNames': {
    kind: 'intl-formatter',
    why: 'one Intl.DisplayNames per locale asked for',
  },
  'src/programme/countries.ts#englishTables': {
    kind: 'lazy-singleton',
    why: 'the frozen English infos of every country, one table per call year (six at most), built on first use',
  },
  'src/rules/packIndex.ts#indexes': {
    kind: 'pack-index',
    why: "the one index per rule pack: its frozen figure records, and the tables derived from it (the grant engine's rates and bands, eligibility's provisional-rule warnings)",
  },
  'src/report/labels/reportLabels.ts#tables': {
    kind: 'lazy-singleton',
    why: 'the frozen label table of each report locale (five at most), built on its first read (issue 16: no work at import)',
  },
  'src/reconcile/bm/travel.ts#meansKeys': {
    kind: 'lazy-singleton',
    why: 'the normalised names of the means of transport, green and not, built on the first question (issue 16: no work at import)',
  },
  'src/report/format.ts#cache': {
    kind: 'intl-formatter',
    why: 'one Intl.NumberFormat / Intl.PluralRules / Intl.DateTimeFormat per locale and style',
  },
  'src/schemas/jsonSchemas.ts#built': {
    kind: 'lazy-singleton',
    why: 'the frozen JSON Schemas, parsed from their generated JSON text on the first call',
  },
};

/** What the scan found: `file#name` and what made it report the name. */
interface Found {
  readonly key: string;
  readonly what: string;
}

const COLLECTIONS = new Set(['Map', 'WeakMap', 'Set', 'WeakSet']);
const READONLY = new Set(['ReadonlyMap', 'ReadonlySet']);

/** Whether a type annotation names Map, WeakMap, Set or WeakSet anywhere (not the readonly views). */
function namesCollection(type: ts.TypeNode): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (
      ts.isTypeReferenceNode(node) &&
      ts.isIdentifier(node.typeName) &&
      COLLECTIONS.has(node.typeName.text)
    ) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(type);
  return found;
}

/** Whether `node` ends a module-level scope: code in it runs per call or per instance. */
function isBoundary(node: ts.Node): boolean {
  if (ts.isFunctionLike(node)) return true;
  return (
    ts.isPropertyDeclaration(node) &&
    !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)
  );
}

/** The name the state is kept under: its variable, or `Class.field` for a static field. */
function holderName(node: ts.Node): string {
  for (let at: ts.Node | undefined = node; at !== undefined; at = at.parent) {
    if (ts.isVariableDeclaration(at)) return at.name.getText();
    if (ts.isPropertyDeclaration(at)) {
      const owner = ts.isClassLike(at.parent) ? (at.parent.name?.text ?? '(class)') : '(class)';
      return `${owner}.${at.name.getText()}`;
    }
  }
  return `(line ${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1})`;
}

/** A constant table: the initializer of a `ReadonlyMap`/`ReadonlySet` `const`, with entries. */
function isConstantTable(node: ts.NewExpression): boolean {
  let at: ts.Node = node.parent;
  while (ts.isParenthesizedExpression(at) || ts.isAsExpression(at) || ts.isSatisfiesExpression(at))
    at = at.parent;
  if (!ts.isVariableDeclaration(at) || at.type === undefined) return false;
  const list = at.parent;
  const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  const type = at.type;
  return (
    isConst &&
    ts.isTypeReferenceNode(type) &&
    ts.isIdentifier(type.typeName) &&
    READONLY.has(type.typeName.text) &&
    (node.arguments?.length ?? 0) > 0
  );
}

/** The module-level state of one file's source text. */
function moduleLevelState(file: string, text: string): Found[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Found[] = [];
  const add = (node: ts.Node, what: string) =>
    found.push({ key: `${file}#${holderName(node)}`, what });
  const visit = (node: ts.Node): void => {
    if (isBoundary(node)) return;
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      COLLECTIONS.has(node.expression.text) &&
      !ts.isSpreadElement(node.parent) &&
      !isConstantTable(node)
    ) {
      add(node, `new ${node.expression.text}`);
    }
    if (ts.isVariableDeclaration(node)) {
      const list = node.parent;
      const mutable =
        ts.isVariableDeclarationList(list) &&
        (list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0;
      if (mutable) add(node, 'let');
      if (node.type !== undefined && namesCollection(node.type)) add(node, 'typed as a collection');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The names found that the list does not allow. */
function unlisted(found: readonly Found[], allowed: Readonly<Record<string, unknown>>): string[] {
  return [...new Set(found.map((f) => f.key))].filter((key) => !(key in allowed)).sort();
}

/** The names the list allows that were not found (the list must stay exact). */
function stale(found: readonly Found[], allowed: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set(found.map((f) => f.key));
  return Object.keys(allowed)
    .filter((key) => !keys.has(key))
    .sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the scanner (issue 15 §2)', () => {
  const keys = (text: string) => [...new Set(moduleLevelState('x.ts', text).map((f) => f.key))];

  it('finds module-level maps and sets, whatever holds them', () => {
    expect(keys('const cache = new Map<string, number>();')).toEqual(['x.ts#cache']);
    expect(keys('export const seen = new WeakSet<object>();')).toEqual(['x.ts#seen']);
    expect(keys('const byPack: WeakMap<object, string> = new WeakMap();')).toEqual(['x.ts#byPack']);
    expect(keys('const state = { seen: new Set<string>() };')).toEqual(['x.ts#state']);
    expect(keys('class A { static cache = new Map(); }')).toEqual(['x.ts#A.cache']);
    expect(keys('const codes = new Set(["CH", "GB"]);')).toEqual(['x.ts#codes']);
  });

  it('finds module-level bindings assigned later, and Map-typed ones', () => {
    expect(keys('let compiled: string | undefined;')).toEqual(['x.ts#compiled']);
    expect(keys('let next = 0;')).toEqual(['x.ts#next']);
    expect(keys('let table: Map<string, number> | undefined;')).toEqual(['x.ts#table']);
  });

  it('leaves out state made per call or per instance, constants and transient sets', () => {
    expect(keys('function f() { const m = new Map(); let n = 0; return [m, n]; }')).toEqual([]);
    expect(keys('const f = () => new Set<string>();')).toEqual([]);
    expect(keys('class A { readonly #names = new Map<string, number>(); }')).toEqual([]);
    expect(keys('const CODES: ReadonlySet<string> = new Set(["CH", "GB"]);')).toEqual([]);
    expect(keys('const LIST = [...new Set(["a", "a"])];')).toEqual([]);
    expect(keys('const N = 3; const T: Readonly<Record<string, number>> = {};')).toEqual([]);
  });

  it('reports a constant table that is writable or empty', () => {
    expect(keys('const CODES: ReadonlySet<string> = new Set();')).toEqual(['x.ts#CODES']);
    expect(keys('let CODES: ReadonlySet<string> = new Set(["CH"]);')).toEqual(['x.ts#CODES']);
  });

  it('fails on an unlisted name and on a stale entry', () => {
    const found = moduleLevelState('x.ts', 'const a = new Map(); const b = new WeakMap();');
    expect(unlisted(found, { 'x.ts#a': {} })).toEqual(['x.ts#b']);
    expect(unlisted(found, { 'x.ts#a': {}, 'x.ts#b': {} })).toEqual([]);
    expect(stale(found, { 'x.ts#a': {}, 'x.ts#b': {}, 'x.ts#gone': {} })).toEqual(['x.ts#gone']);
  });
});

describe('module-level state in src/ (issue 15 §2 acceptance)', () => {
  const found = walk(join(root, 'src')).flatMap((path) =>
    moduleLevelState(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8')),
  );

  it('is exactly the allowed list: Intl caches, parsed inputs, pack indexes, lazy singletons', () => {
    const detail = (key: string) =>
      `${key} (${found
        .filter((f) => f.key === key)
        .map((f) => f.what)
        .join(', ')})`;
    expect(
      unlisted(found, ALLOWED).map(detail),
      'compute the result directly, or list the state above with its kind and why',
    ).toEqual([]);
    expect(stale(found, ALLOWED), 'these entries name nothing any more: remove them').toEqual([]);
  });

  it('gives every entry a reason', () => {
    for (const [key, entry] of Object.entries(ALLOWED)) {
      expect(entry.why.length, key).toBeGreaterThan(10);
    }
  });
});
