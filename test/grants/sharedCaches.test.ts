/**
 * The engine keeps findings, rules and warnings it has made in caches keyed by numbers and
 * nested maps (no key text). A key that mixed up two mobilities would show as a result that
 * depends on what was computed before; this test computes the same mobilities in two orders,
 * each in its own copy of the modules (cold caches), and compares every result.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type MobilityInput, safeParseMobility } from '../../src/mobility/MobilityInputSchema.js';
import { mobilityArb as anyMobilityArb } from '../mobility/arbitraries.js';
import { mobilityArb as grantMobilityArb } from './arbitraries.js';

type Module = typeof import('../../src/grants/calculateGrants.js');

/** A fresh copy of `calculateGrants`, with empty caches. */
async function freshCalculateGrants(): Promise<Module['calculateGrants']> {
  vi.resetModules();
  const module = (await import('../../src/grants/calculateGrants.js')) as Module;
  return module.calculateGrants;
}

/** A mobility as plain fields, for making variants of it. */
interface Fields {
  [key: string]: unknown;
  participant?: object | undefined;
  bip?: boolean | undefined;
  forceMajeure?: boolean | undefined;
  zeroGrant?: boolean | undefined;
  travel?: object | undefined;
  travelDays?: number | undefined;
  receivingCountry?: string | undefined;
  format?: string | undefined;
}

/** Some mobilities get a country of residence (the receiving one or another) and a BIP flag. */
const withExtras = (arb: fc.Arbitrary<MobilityInput>) =>
  fc
    .tuple(arb, fc.constantFrom(undefined, 'receiving', 'DE'), fc.boolean())
    .map(([m, residence, bip]) => {
      const out: Fields = { ...m };
      if (residence !== undefined) {
        out.participant = {
          ...(m.participant ?? {}),
          residenceCountry: residence === 'receiving' ? m.receivingCountry : residence,
        };
      }
      if (bip && m.action === 'KA131-HED') out.bip = true;
      return out as MobilityInput;
    });

/** The same mobility with one thing changed that a cache key must tell apart. */
const TWEAKS: Record<string, (m: Fields) => Fields> = {
  forceMajeure: (m) => ({ ...m, forceMajeure: m.forceMajeure !== true }),
  zeroGrant: (m) => ({ ...m, zeroGrant: m.zeroGrant !== true }),
  green: (m) => ({ ...m, travel: { ...(m.travel ?? {}), green: true } }),
  travelDays: (m) => ({ ...m, travelDays: (m.travelDays ?? 0) + 3 }),
  interruption: (m) => ({ ...m, interruptionDays: 1 }),
  residence: (m) => ({ ...m, participant: { residenceCountry: m.receivingCountry } }),
  format: (m) =>
    m.format === undefined
      ? m
      : { ...m, format: m.format === 'long-term' ? 'short-term' : 'long-term' },
};

/** Each mobility, then its twin with one change (when the twin is still valid). */
function withTwins(list: readonly MobilityInput[]): MobilityInput[] {
  const names = Object.keys(TWEAKS);
  const out: MobilityInput[] = [];
  list.forEach((m, i) => {
    out.push(m);
    const tweak = TWEAKS[names[i % names.length] as string] as (typeof TWEAKS)[string];
    const twin = tweak(m as Fields) as unknown as MobilityInput;
    if (safeParseMobility(twin).success) out.push(twin);
  });
  return out;
}

describe('cached findings, rules and warnings', () => {
  it('give every mobility the same result whatever was computed before it', async () => {
    const mobilities = withTwins([
      ...fc.sample(withExtras(grantMobilityArb), { numRuns: 2000, seed: 7 }),
      ...fc.sample(withExtras(anyMobilityArb), { numRuns: 2000, seed: 11 }),
    ]);
    // Every mobility is valid: unwrap each result (a failure would throw here).
    const grants = (results: ReturnType<Module['calculateGrants']>) =>
      results.map((r) => {
        if (!r.success) throw r.error;
        return r.data;
      });
    const forwards = grants((await freshCalculateGrants())(mobilities));
    const backwards = grants((await freshCalculateGrants())([...mobilities].reverse())).reverse();
    expect(forwards.filter((r) => r.eligibility.eligible).length).toBeGreaterThan(500);
    expect(forwards.filter((r) => !r.eligibility.eligible).length).toBeGreaterThan(500);
    for (let i = 0; i < mobilities.length; i++) {
      expect(backwards[i], `mobility ${i}: ${JSON.stringify(mobilities[i])}`).toEqual(forwards[i]);
    }
  }, 60_000);
});
