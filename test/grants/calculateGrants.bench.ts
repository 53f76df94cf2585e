/**
 * Benchmark (not a test): validate + calculate 100,000 generated mixed mobilities.
 * Run: npx vitest bench --run test/grants/calculateGrants.bench.ts
 * Prints mobilities per second and peak memory (process.memoryUsage) after the timings.
 */
import fc from 'fast-check';
import { afterAll, bench, describe } from 'vitest';
import { calculateGrants } from '../../src/grants/calculateGrants.js';
import { type Mobility, parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { mobilityArb } from './arbitraries.js';

const N = 100_000;
const raw = fc.sample(mobilityArb, { numRuns: N, seed: 20_240_101 });
const parsed: Mobility[] = raw.map((m) => parseMobility(m));

const stats: Record<string, { ms: number[]; rss: number; heap: number; eligible: number }> = {};
function measure(name: string, run: () => { eligibility: { eligible: boolean } }[]) {
  const t0 = performance.now();
  const results = run();
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  stats[name] ??= { ms: [], rss: 0, heap: 0, eligible: 0 };
  const s = stats[name];
  s.ms.push(ms);
  s.rss = Math.max(s.rss, mem.rss);
  s.heap = Math.max(s.heap, mem.heapUsed);
  s.eligible = results.filter((r) => r.eligibility.eligible).length;
}

const options = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`calculateGrants, ${N.toLocaleString('en')} mixed mobilities`, () => {
  bench(
    'pre-parsed input (parseMobility beforehand)',
    () => {
      measure('pre-parsed', () => calculateGrants(parsed));
    },
    options,
  );
  bench(
    'including validation (plain objects)',
    () => {
      measure('with validation', () => calculateGrants(raw));
    },
    options,
  );
});

afterAll(() => {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  for (const [name, s] of Object.entries(stats)) {
    const sorted = [...s.ms].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    console.log(
      `[grants bench] ${name}: ${Math.round((N / median) * 1000).toLocaleString('en')} mobilities/s (median of ${sorted.length} runs, ${median.toFixed(0)} ms per ${N.toLocaleString('en')}; ${s.eligible.toLocaleString('en')} eligible); peak rss ${mb(s.rss)}, peak heapUsed ${mb(s.heap)}`,
    );
  }
});
