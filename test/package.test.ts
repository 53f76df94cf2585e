import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areasLoaded, packagesIn, packagesLoaded } from './package/closure.js';
import { consumerSource } from './package/consumer.js';
import { deadLinks } from './package/links.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The entry points of the exports map, as a consumer imports them. */
const entryPoints = Object.keys(manifest.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'erasmus-kit' : `erasmus-kit/${key.slice(2)}`));

/**
 * Packs the library (which builds it through `prepack`), unpacks the tarball into a scratch
 * project's node_modules, and uses it from there as a consumer would, with no access to src/.
 */
describe('the packed tarball', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'erasmus-kit-consumer-'));
    execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    const target = join(scratch, 'node_modules', 'erasmus-kit');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', target, '--strip-components=1']);
    // The runtime dependencies come from this checkout's node_modules (no network needed).
    mkdirSync(join(scratch, 'node_modules', '@date-fns'));
    for (const dep of ['zod', 'decimal.js', 'date-fns', '@date-fns/utc']) {
      symlinkSync(join(root, 'node_modules', dep), join(scratch, 'node_modules', dep), 'dir');
    }
    mkdirSync(join(scratch, 'node_modules', '@types'));
    symlinkSync(
      join(root, 'node_modules', '@types', 'node'),
      join(scratch, 'node_modules', '@types', 'node'),
      'dir',
    );
    writeFileSync(join(scratch, 'package.json'), '{ "name": "consumer", "private": true }\n');
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const run = (file: string, code: string) => {
    writeFileSync(join(scratch, file), code);
    return execFileSync(process.execPath, [join(scratch, file)], {
      cwd: scratch,
      encoding: 'utf8',
    });
  };

  it('ships dist/, the guides with their picture and rule snapshots, and the changelog (issue 16)', () => {
    const pkg = join(scratch, 'node_modules', 'erasmus-kit');
    expect(readdirSync(pkg).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist',
      'docs',
      'package.json',
    ]);
    const docs = readdirSync(join(pkg, 'docs')).sort();
    expect(docs).toContain('getting-started.md');
    expect(docs).toContain('images');
    expect(docs).toContain('rules');
    expect(docs).not.toContain('api');
  });

  it('can be required as CommonJS', () => {
    const out = run(
      'use.cjs',
      `const kit = require('erasmus-kit');
       console.log(typeof kit.parseIsoDate, kit.parseIsoDate('2024-02-29'));`,
    );
    expect(out.trim()).toBe('function 2024-02-29');
  });

  it('can be imported as ESM', () => {
    const out = run(
      'use.mjs',
      `import { parseIsoDate, InputError } from 'erasmus-kit';
       try { parseIsoDate('2023-02-30'); } catch (e) { console.log(e instanceof InputError, e.code); }`,
    );
    expect(out.trim()).toBe('true invalid-input');
  });

  it('recognises an error from the other build (a second copy) with isErasmusKitError', () => {
    const out = run(
      'dual.mjs',
      `import { createRequire } from 'node:module';
       import * as esm from 'erasmus-kit';
       const cjs = createRequire(import.meta.url)('erasmus-kit');
       let caught;
       try { cjs.parseIsoDate('nope'); } catch (e) { caught = e; }
       console.log(caught instanceof esm.InputError, esm.isErasmusKitError(caught));`,
    );
    expect(out.trim()).toBe('false true');
  });

  /**
   * Issue 16 (the tsup build shares code between entry points): in each format, an error thrown
   * by a function of any entry point is an `InputError` and an erasmus-kit error for the
   * `InputError` and `isErasmusKitError` of every entry point that exports them. A new entry
   * point adds its line to `throwers` (a call that throws `InputError`); the test below checks
   * that every entry point of the exports map has one.
   */
  const throwers = [
    { entry: 'erasmus-kit', call: "parseIsoDate('2023-02-30')" },
    { entry: 'erasmus-kit/mobility', call: "parseIsoDate('2023-02-30')" },
    { entry: 'erasmus-kit/grants', call: "sumAmounts(['ten'])" },
    { entry: 'erasmus-kit/rules', call: "getCountry('??', 2024)" },
    { entry: 'erasmus-kit/satisfaction', call: 'wilsonInterval(3, 2)' },
    { entry: 'erasmus-kit/indicators', call: 'parseIndicator({})' },
    { entry: 'erasmus-kit/reconcile', call: 'reconcileGrants(null)' },
    { entry: 'erasmus-kit/report', call: 'renderGrantStatement(null, {})' },
  ];
  /** The entry points without a function that throws: `errors` is checked as a catcher. */
  const withoutThrower = ['erasmus-kit/errors', 'erasmus-kit/schemas'];
  const errorHelpers = ['erasmus-kit', 'erasmus-kit/errors'];

  it('has a thrower for every entry point of the exports map (issue 16)', () => {
    expect([...throwers.map((t) => t.entry), ...withoutThrower].sort()).toEqual(
      entryPoints.slice().sort(),
    );
  });

  it.each(['mjs', 'cjs'])('shares one InputError between its entry points (.%s)', (ext) => {
    const entries = [...new Set([...errorHelpers, ...throwers.map((t) => t.entry)])];
    const name = (entry: string) => `m${entries.indexOf(entry)}`;
    const loads = entries.map((entry) =>
      ext === 'mjs'
        ? `import * as ${name(entry)} from '${entry}';`
        : `const ${name(entry)} = require('${entry}');`,
    );
    const checks = throwers.flatMap(({ entry, call }) =>
      errorHelpers.map((helpers) => {
        const h = name(helpers);
        return `try { ${name(entry)}.${call}; console.log('no error'); }
          catch (e) { console.log('${entry} ${helpers}', e instanceof ${h}.InputError, ${h}.isErasmusKitError(e)); }`;
      }),
    );
    const out = run(`entries.${ext}`, [...loads, ...checks].join('\n'));
    expect(out.trim().split('\n')).toEqual(
      throwers.flatMap(({ entry }) =>
        errorHelpers.map((helpers) => `${entry} ${helpers} true true`),
      ),
    );
  });

  it('keeps zod, decimal.js, date-fns and @date-fns/utc (by subpath) external and uses nothing of Node (issue 16)', () => {
    const dist = join(scratch, 'node_modules', 'erasmus-kit', 'dist');
    const code = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n');
    const specifiers = new Set(packagesIn(code));
    expect([...specifiers].sort()).toEqual(
      [...specifiers]
        .filter(
          (s) =>
            s === 'decimal.js' ||
            s.startsWith('zod/') ||
            s.startsWith('date-fns/') ||
            s.startsWith('@date-fns/utc/'),
        )
        .sort(),
    );
    expect(specifiers).toContain('decimal.js');
    expect(specifiers).toContain('zod/mini');
    expect(specifiers).toContain('date-fns/addMonths');
    // Code, not the TSDoc kept in the output (whose prose may say "process").
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(withoutComments).not.toMatch(
      /\b(?:process|console|Buffer)\s*[.[]|\b(?:__dirname|__filename)\b/,
    );
  });

  /**
   * A CJS consumer on Node 20 before 20.19 cannot `require` an ES module: each package the CJS
   * build requires must resolve, under the `require` condition, to a CommonJS file.
   */
  it('requires only CommonJS files of its dependencies from its CJS build', () => {
    const dist = join(scratch, 'node_modules', 'erasmus-kit', 'dist');
    const requireFromDist = createRequire(join(dist, 'index.cjs'));
    const required = new Set(
      readdirSync(dist)
        .filter((file) => file.endsWith('.cjs'))
        .flatMap((file) => packagesIn(readFileSync(join(dist, file), 'utf8'))),
    );
    const esm = [...required].filter((specifier) => isEsmFile(requireFromDist.resolve(specifier)));
    expect(required).toContain('zod/mini');
    expect(esm).toEqual([]);
  });

  it('declares itself free of side effects', () => {
    const pkg = JSON.parse(
      readFileSync(join(scratch, 'node_modules', 'erasmus-kit', 'package.json'), 'utf8'),
    );
    expect(pkg.sideEffects).toBe(false);
  });

  it.each(['mjs', 'cjs'])(
    'loads every entry point (.%s); the package itself exports what the areas export (issue 16)',
    (ext) => {
      const names = run(
        `names.${ext}`,
        ext === 'mjs'
          ? `const out = {};
             for (const e of ${JSON.stringify(entryPoints)}) out[e] = Object.keys(await import(e)).sort();
             console.log(JSON.stringify(out));`
          : `const out = {};
             for (const e of ${JSON.stringify(entryPoints)}) out[e] = Object.keys(require(e)).filter((k) => k !== '__esModule').sort();
             console.log(JSON.stringify(out));`,
      );
      const byEntry: Record<string, string[]> = JSON.parse(names);
      const areas = entryPoints.filter((e) => e !== 'erasmus-kit');
      for (const area of areas) expect(byEntry[area]?.length, area).toBeGreaterThan(0);
      const union = [...new Set(areas.flatMap((e) => byEntry[e] ?? []))].sort();
      expect(byEntry['erasmus-kit']).toEqual(union);
      // No name in two areas: each name has one home.
      expect(areas.flatMap((e) => byEntry[e] ?? []).length).toBe(union.length);
    },
  );

  /**
   * Issue 16, "Entry points per area": an area never pulls in another it does not use, and the
   * README says which each one loads (its table's last column), as the build does.
   */
  it('loads, for each entry point, the areas the README says and no other', () => {
    const readme = readFileSync(join(scratch, 'node_modules', 'erasmus-kit', 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `erasmus-kit\/(\w+)`\s*\|[^|]*\|\s*([^|]*?)\s*\|$/gm)];
    const areas = rows.map((row) => row[1] ?? '');
    expect(areas.slice().sort()).toEqual(
      entryPoints
        .filter((e) => e !== 'erasmus-kit')
        .map((e) => e.slice('erasmus-kit/'.length))
        .sort(),
    );
    const dist = join(scratch, 'node_modules', 'erasmus-kit', 'dist');
    for (const [, area = '', said = ''] of rows) {
      const claimed = said === '—' ? [] : said.split(/,\s*/);
      const loaded = areasLoaded(dist, area, areas).filter((a) => a !== area);
      expect(loaded, area).toEqual(claimed.slice().sort());
    }
  });

  /** `erasmus-kit/schemas` ships its JSON Schemas as data, generated ahead of time: no zod. */
  it('loads no package for erasmus-kit/schemas, and zod for an area that validates', () => {
    const dist = join(scratch, 'node_modules', 'erasmus-kit', 'dist');
    expect(packagesLoaded(dist, 'schemas')).toEqual([]);
    expect(packagesLoaded(dist, 'satisfaction')).toContain('zod/mini');
  });

  /**
   * Issue 16, "Public types self-contained": a consumer compiles with `skipLibCheck: false`
   * against the packed tarball, for ESM (node16 and bundler resolution) and CJS, with Node types
   * and, separately, with DOM types.
   */
  describe('type-checks a consumer with skipLibCheck false', () => {
    const configs = {
      'node16, Node types': { module: 'node16', moduleResolution: 'node16', types: ['node'] },
      'node16, DOM types': {
        module: 'node16',
        moduleResolution: 'node16',
        types: [],
        lib: ['ES2022', 'DOM'],
      },
      'bundler, Node types': { module: 'esnext', moduleResolution: 'bundler', types: ['node'] },
    };
    it.each(Object.entries(configs))(
      '%s',
      (name, options) => {
        const dir = join(scratch, `types-${name.replace(/\W+/g, '-')}`);
        mkdirSync(dir, { recursive: true });
        for (const file of ['esm.mts', 'cjs.cts', 'bundled.ts'])
          writeFileSync(join(dir, file), consumerSource);
        const files =
          options.moduleResolution === 'bundler' ? ['bundled.ts'] : ['esm.mts', 'cjs.cts'];
        const tsconfig = {
          compilerOptions: {
            target: 'es2022',
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            typeRoots: [join(scratch, 'node_modules', '@types')],
            ...options,
          },
          files,
        };
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
        const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
        const result = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
        expect(result.stdout + result.stderr).toBe('');
        expect(result.status).toBe(0);
      },
      60_000,
    );
  });

  /**
   * Issue 16, "A README for npm": the README as the npm page shows it, and every guide shipped
   * with it, has no dead relative link inside the tarball (files, pictures and `#anchors`).
   */
  it('has no dead relative link in the packed README and guides', () => {
    const pkg = join(scratch, 'node_modules', 'erasmus-kit');
    const pages = [
      'README.md',
      'CHANGELOG.md',
      ...readdirSync(join(pkg, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const dead = pages.flatMap((page) => deadLinks(pkg, page));
    expect(dead).toEqual([]);
    expect(pages.length).toBeGreaterThan(10);
  });
});

/** Whether Node reads a file as an ES module: `.mjs`, or `.js` under a `"type": "module"` package. */
function isEsmFile(file: string): boolean {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type === 'module';
  }
  return false;
}
