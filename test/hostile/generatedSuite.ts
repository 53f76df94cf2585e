/**
 * Every public function under generated hostile input: `fc.anything()` with every awkward
 * option, random JSON and valid arguments with one node replaced or removed; 10,000 cases per
 * entry point when `CI` is set. Each call returns a clean result or throws an erasmus-kit error,
 * leaves the built-in prototypes alone and does not mutate its arguments; a `safeX` twin gets
 * the same arguments and agrees with `x`. The entry points are
 * shared out over several test files so that vitest runs them in parallel.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FAMILIES } from './entryPoints.js';
import { callFamily, hostileArgs, NUM_RUNS } from './harness.js';

/** The number of `generated.<part>.test.ts` files. */
export const PARTS = 4;

/** Declares the tests of one part: the entry points whose index is `part` modulo {@link PARTS}. */
export function generatedSuite(part: number): void {
  describe(`hostile generated input (part ${part + 1} of ${PARTS})`, () => {
    for (const [index, entry] of FAMILIES.entries()) {
      if (index % PARTS !== part) continue;
      const names = entry.twin === undefined ? entry.name : `${entry.name} and ${entry.twin.name}`;
      it(`${names}: ${NUM_RUNS} generated cases`, { timeout: 120_000 }, () => {
        fc.assert(
          fc.property(hostileArgs(entry), (args) => {
            fc.pre(entry.knownBug?.(args) !== true);
            callFamily(entry, args);
          }),
          { numRuns: NUM_RUNS },
        );
      });
    }
  });
}
