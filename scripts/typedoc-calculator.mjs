/**
 * TypeDoc plugin (typedoc.json `plugin`): after the site is written, bundles the calculator page's
 * script (site/calculator/main.ts, which imports the library from src/entries/) together with
 * zod, decimal.js and date-fns into <site>/assets/calculator.js, so that the page
 * (docs/calculator.md) computes in the browser from the built files alone: no server, no CDN.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { RendererEvent } from 'typedoc';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the calculator into `outDir` as one classic script, calculator.js. */
export async function bundleCalculator(outDir) {
  await build({
    config: false,
    entry: { calculator: join(root, 'site/calculator/main.ts') },
    outDir,
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    treeshake: true,
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
  });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(RendererEvent.BEGIN, () => {
    app.renderer.postRenderAsyncJobs.push(async (event) => {
      await bundleCalculator(join(event.outputDirectory, 'assets'));
    });
  });
}
