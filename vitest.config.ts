import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Both cores: the suite is CPU-bound (property and hostile-input tests); by default vitest
    // leaves one core free, which made the gate take about 80 s longer on the 2-core CI machine.
    maxWorkers: 2,
    benchmark: { include: ['test/**/*.bench.ts'] },
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
    },
  },
});
