import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  unbundle: true,
  dts: true,
  sourcemap: false,
  clean: true,
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist',
  tsconfig: 'tsconfig.json',
});
