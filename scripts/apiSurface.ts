/**
 * The public surface of erasmus-kit: every name src/index.ts exports, with its kind and the file
 * it comes from, rendered as Markdown. `npm run api:surface` writes it to docs/api-surface.md;
 * test/api-surface.test.ts fails when the committed file differs, so an accidental export or
 * removal shows up in review.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  return 'other';
}

/** Renders the surface as Markdown (deterministic: sorted by kind, then name). */
export function renderApiSurface(): string {
  const entry = `${root}src/index.ts`;
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/index.ts has no module symbol');
  const rows = checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const target =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const file = target.declarations?.[0]?.getSourceFile().fileName ?? '';
    return {
      name: exported.getName(),
      kind: kindOf(target),
      from: file.slice(root.length),
    };
  });
  const order = ['function', 'class', 'const', 'interface', 'type', 'enum', 'other'];
  rows.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'en'),
  );
  const counts = order
    .map((kind) => [kind, rows.filter((r) => r.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : kind === 'class' ? 'es' : 's'}`)
    .join(', ');
  return [
    '---',
    'title: API surface',
    '---',
    '',
    '# API surface',
    '',
    'Every name the package exports, generated from `src/index.ts` by `npm run api:surface`.',
    'A test fails when this file is out of date, so adding or removing an export is a visible,',
    'reviewed change.',
    '',
    `${rows.length} exports: ${counts}.`,
    '',
    '| name | kind | defined in |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| \`${r.name}\` | ${r.kind} | \`${r.from}\` |`),
    '',
  ].join('\n');
}
