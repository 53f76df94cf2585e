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
