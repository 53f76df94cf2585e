/**
 * Benchmark (not a test): validate + calculate 100,000 mobilities of a list like an office's
 * real one (issue 15, "Speed without copies": at least 90 % eligible and paid; see officeMix.ts).
 * Run: npx vitest bench --run test/grants/calculateGrants.bench.ts
 * Prints mobilities per second, the share of the list eligible and paid, and peak memory
 * (process.memoryUsage) after the timings, and the time of a fixed arithmetic loop run before
 * each batch: this virtual machine's speed drifts by a third from minute to minute, and the loop
 * shows how fast it was while the batches ran.
 */
import { afterAll, bench, describe } from 'vitest';
import type { SafeResult } from '../../src/_lib/zod.js';
import { calculateGrants } from '../../src/grants/calculateGrants.js';
import type { GrantResult } from '../../src/grants/types.js';
import { type Mobility, parseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { collectGarbage, medianOf, referenceLoop } from '../benchTools.js';
import { officeMix } from './officeMix.js';

const N = 100_000;
const raw = officeMix(N, 20_240_101);
const parsed: Mobility[] = raw.map((m) => parseMobility(m));

const stats: Record<
  string,
  { ms: number[]; reference: number[]; rss: number; heap: number; paid: number }
> = {};
function measure(name: string, run: () => SafeResult<GrantResult>[]) {
  // Outside the timing: the heap holds the 100,000 inputs twice (plain and parsed) and one
  // batch's results, and a major collection of it took up to 0.5 s inside a batch.
  collectGarbage();
  const reference = referenceLoop();
  const t0 = performance.now();
  const results = run();
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  stats[name] ??= { ms: [], reference: [], rss: 0, heap: 0, paid: 0 };
  const s = stats[name];
  s.ms.push(ms);
  s.reference.push(reference);
  s.rss = Math.max(s.rss, mem.rss);
  s.heap = Math.max(s.heap, mem.heapUsed);
  s.paid = results.filter(
    (r) => r.success && r.data.eligibility.eligible && r.data.total !== '0.00',
  ).length;
}

const options = { iterations: 8, warmupIterations: 1, time: 0, warmupTime: 0 };
/** The first runs of each case warm the JIT up (the bench records every call): not counted. */
const WARM_UP_RUNS = 2;

describe(`calculateGrants, ${N.toLocaleString('en')} mobilities of an office's list`, () => {
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
    const timed = s.ms.slice(WARM_UP_RUNS);
    const median = medianOf(timed);
    console.log(
      `[grants bench] ${name}: ${Math.round((N / median) * 1000).toLocaleString('en')} mobilities/s (median of ${timed.length} runs after ${WARM_UP_RUNS} warm-up runs, ${median.toFixed(0)} ms per ${N.toLocaleString('en')}; ${((s.paid / N) * 100).toFixed(1)} % eligible and paid); peak rss ${mb(s.rss)}, peak heapUsed ${mb(s.heap)}; runs ${s.ms.map((ms) => ms.toFixed(0)).join(' ')} ms; reference loop median ${medianOf(s.reference).toFixed(0)} ms (batch / loop ${(median / medianOf(s.reference)).toFixed(1)})`,
    );
  }
});
