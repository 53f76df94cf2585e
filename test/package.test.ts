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

  it('declares itself free of side effects and ships only dist/', () => {
    const pkg = JSON.parse(
      readFileSync(join(scratch, 'node_modules', 'erasmus-kit', 'package.json'), 'utf8'),
    );
    expect(pkg.files).toEqual(['dist']);
    expect(pkg.sideEffects).toBe(false);
  });
});
