import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

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
    for (const dep of ['zod', 'decimal.js']) {
      symlinkSync(join(root, 'node_modules', dep), join(scratch, 'node_modules', dep), 'dir');
    }
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

  it('ships only dist/ and the package metadata', () => {
    const files = readdirSync(join(scratch, 'node_modules', 'erasmus-kit')).sort();
    expect(files).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
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
   * `InputError` and `isErasmusKitError` of every entry point. One entry point today; a new entry
   * point adds its line to `throwers` (a call that throws `InputError`) and to `errorHelpers`.
   */
  const throwers = [{ entry: 'erasmus-kit', call: "parseIsoDate('2023-02-30')" }];
  const errorHelpers = ['erasmus-kit'];

  it.each(['mjs', 'cjs'])('shares one InputError between its entry points (.%s)', (ext) => {
    const entries = [...new Set([...throwers.map((t) => t.entry), ...errorHelpers])];
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

  it('keeps zod and decimal.js external and uses nothing of Node (issue 16)', () => {
    const dist = join(scratch, 'node_modules', 'erasmus-kit', 'dist');
    const code = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n');
    const specifiers = new Set(
      [
        ...code.matchAll(
          /^(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?['"]([^'"]+)['"]|\brequire\(['"]([^'"]+)['"]\)/gm,
        ),
      ]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((specifier) => !specifier.startsWith('.')),
    );
    expect([...specifiers].sort()).toEqual(
      [...specifiers].filter((s) => s === 'decimal.js' || s.startsWith('zod/')).sort(),
    );
    expect(specifiers).toContain('decimal.js');
    expect(specifiers).toContain('zod/mini');
    // Code, not the TSDoc kept in the output (whose prose may say "process").
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(withoutComments).not.toMatch(
      /\b(?:process|console|Buffer)\s*[.[]|\b(?:__dirname|__filename)\b/,
    );
  });

  it('declares itself free of side effects and ships only dist/', () => {
    const pkg = JSON.parse(
      readFileSync(join(scratch, 'node_modules', 'erasmus-kit', 'package.json'), 'utf8'),
    );
    expect(pkg.files).toEqual(['dist']);
    expect(pkg.sideEffects).toBe(false);
  });
});
