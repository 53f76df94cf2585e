import { defineConfig } from 'tsup';

/**
 * The public entry points: `'<name>': 'src/…'` is emitted as dist/<name>.js, .cjs, .d.ts and
 * .d.cts, and package.json's `exports` maps `erasmus-kit/<name>` to them (`index` is the package
 * itself). test/package.test.ts checks that the two lists agree.
 */
export const entry = {
  index: 'src/index.ts',
  errors: 'src/entries/errors.ts',
  grants: 'src/entries/grants.ts',
  indicators: 'src/entries/indicators.ts',
  mobility: 'src/entries/mobility.ts',
  reconcile: 'src/entries/reconcile.ts',
  report: 'src/entries/report.ts',
  rules: 'src/entries/rules.ts',
  satisfaction: 'src/entries/satisfaction.ts',
  schemas: 'src/entries/schemas.ts',
};

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  // Code shared by several entry points goes into common chunks, so every entry point uses the
  // one copy of each class (an InputError from one is `instanceof InputError` from another), in
  // CJS too: test/package.test.ts checks it on the packed tarball.
  splitting: true,
  dts: {
    // tsup's declaration build sets `baseUrl`, which TypeScript 6.0 deprecates: without this the
    // build fails with TS5101.
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: false,
  clean: true,
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist',
  tsconfig: 'tsconfig.json',
});
