/**
 * Benchmark (not a test; issue 17 Acceptance, "Benchmark: 10,000 records reconciled"): an
 * office's list of 10,000 mobilities (test/grants/officeMix.ts) with what another system stored
 * for each — the library's own values for nine in ten, and for every tenth a total one euro off,
 * which no single change explains, so every family of reasons is recomputed for it (the slowest
 * path). Run: npx vitest bench --run test/reconcile/reconcileGrants.bench.ts
 * Prints records per second, and beside it the time of `calculateGrants` of the same mobilities
 * and of a fixed arithmetic loop, each run before the batch in the same process: this virtual
 * machine's speed drifts by a third from minute to minute, and the loop shows how fast it was.
 */
import { afterAll, bench, describe } from 'vitest';
import { dec } from '../../src/_lib/decimal.js';
import { formatMoney } from '../../src/_lib/money.js';
import { calculateGrants } from '../../src/grants/calculateGrants.js';
import { reconcileGrants } from '../../src/reconcile/reconcileGrants.js';
import type { ReconcileRecord } from '../../src/reconcile/types.js';
import { collectGarbage, medianOf, referenceLoop } from '../benchTools.js';
import { officeMix } from '../grants/officeMix.js';

const N = 10_000;
const mobilities = officeMix(N, 20_250_101);
const records: ReconcileRecord[] = calculateGrants(mobilities).map((result, i) => {
  if (!result.success) throw new Error(`mobility ${i} is invalid`);
  const grant = result.data;
  const total = i % 10 === 9 ? formatMoney(dec(grant.total).plus(1)) : grant.total;
  return {
    id: `MOB-${i}`,
    mobility: mobilities[i] as ReconcileRecord['mobility'],
    reported: {
      calculatedDays: grant.duration.calculatedDays,
      fundedDays: grant.duration.fundedDays,
      total,
    },
  };
});

const stats = {
  reconcile: [] as number[],
  grants: [] as number[],
  loop: [] as number[],
  differs: 0,
};
const options = { iterations: 8, warmupIterations: 1, time: 0, warmupTime: 0 };
/** The first runs warm the JIT up (the bench records every call): not counted. */
const WARM_UP_RUNS = 2;

describe(`reconcileGrants, ${N.toLocaleString('en')} records of an office's list`, () => {
  bench(
    'reconcile (1 in 10 differs, unexplained)',
    () => {
      collectGarbage();
      stats.loop.push(referenceLoop());
      let t0 = performance.now();
      calculateGrants(mobilities);
      stats.grants.push(performance.now() - t0);
      collectGarbage();
      t0 = performance.now();
      const result = reconcileGrants(records);
      stats.reconcile.push(performance.now() - t0);
      stats.differs = result.summary.byStatus.differs;
    },
    options,
  );
});

afterAll(() => {
  const median = (values: number[]) => medianOf(values.slice(WARM_UP_RUNS));
  const ms = median(stats.reconcile);
  console.log(
    `[reconcile bench] ${Math.round((N / ms) * 1000).toLocaleString('en')} records/s (median of ${stats.reconcile.length - WARM_UP_RUNS} runs after ${WARM_UP_RUNS} warm-up runs: ${ms.toFixed(0)} ms per ${N.toLocaleString('en')}, ${stats.differs} differing); runs ${stats.reconcile.map((t) => t.toFixed(0)).join(' ')} ms; calculateGrants of the same mobilities median ${median(stats.grants).toFixed(0)} ms; reference loop median ${median(stats.loop).toFixed(0)} ms (batch / loop ${(ms / median(stats.loop)).toFixed(1)})`,
  );
});
