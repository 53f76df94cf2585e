/**
 * Shared by the benchmarks: a full garbage collection to run before a timed batch (outside its
 * timing), and the median of a list of timings.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each timed run, so that one run does not pay for collecting what the
// run before it left (the benches keep every result, as a caller would).
setFlagsFromString('--expose-gc');

/** Runs a full garbage collection now. */
export const collectGarbage = runInNewContext('gc') as () => void;

/** The median of the values (the upper one of the two middle values for an even count). */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * A fixed amount of integer arithmetic (xorshift), timed in milliseconds: this virtual machine's
 * speed drifts by a third from minute to minute, and the loop shows how fast it was at the moment.
 */
export function referenceLoop(): number {
  const t0 = performance.now();
  let x = 2_463_534_242;
  for (let i = 0; i < 20_000_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  if (x === 0) throw new Error('unreachable');
  return performance.now() - t0;
}
