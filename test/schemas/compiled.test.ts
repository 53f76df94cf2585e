/**
 * Issue 15, item 1: each input has one schema, compiled by zod (`z.compile`) for speed. Two traps
 * of zod's compiler are pinned here: it never throws (a schema it cannot model comes back
 * uncompiled, silently), and it ignores zod's `jitless` setting (it would call `new Function`
 * under a strict Content-Security-Policy).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { seed001Actuals } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { compiled, unwrapLazy } from '../../src/_lib/zod.js';
import { GrantOptionsSchema } from '../../src/grants/GrantOptionsSchema.js';
import { ProjectInputSchema } from '../../src/grants/ProjectInputSchema.js';
import { ActualSchema, ActualsSchema } from '../../src/indicators/actualSchema.js';
import { IndicatorSchema } from '../../src/indicators/indicatorSchema.js';
import { StrategySchema } from '../../src/indicators/strategySchema.js';
import { MobilityInputSchema } from '../../src/mobility/MobilityInputSchema.js';
import { SurveySchema } from '../../src/satisfaction/schemas.js';
import { mobilityArb as grantMobilityArb } from '../grants/arbitraries.js';
import { mobilityArb } from '../mobility/arbitraries.js';

/**
 * The schemas read in bulk: each must compile whole, with no part left to the plain parser (each
 * as its parser compiles it: the schema its `lazySchema` stand-in is built into).
 */
const HOT: Record<string, z.ZodMiniType> = {
  MobilityInputSchema,
  StrategySchema,
  IndicatorSchema,
  ActualSchema,
  ActualsSchema,
  SurveySchema,
  GrantOptionsSchema,
  ProjectInputSchema,
};

describe('compiled schemas (issue 15, item 1)', () => {
  it.each(Object.entries(HOT))('%s compiles under z.compile({ strict: true })', (_name, schema) => {
    expect(() => z.compile(unwrapLazy(schema), { strict: true })).not.toThrow();
  });

  it('would see a schema zod cannot compile (strict mode throws, the default does not)', () => {
    const unsupported = z.string().check(z.refine(async () => true));
    expect(() => z.compile(unsupported, { strict: true })).toThrow();
    expect(z.compile(unsupported)).toBe(unsupported);
  });

  it('gives the plain parser’s result and issues, valid input or not', () => {
    const mobility = compiled(unwrapLazy(MobilityInputSchema));
    const plain = (input: unknown) => MobilityInputSchema.safeParse(input, {});
    const broken = fc
      .tuple(fc.oneof(mobilityArb, grantMobilityArb), fc.boolean())
      .map(([input, spoil]): unknown =>
        spoil ? { ...input, endDate: input.startDate.replace(/-\d\d$/, '-00') } : input,
      );
    for (const input of fc.sample(broken, { numRuns: 300, seed: 15 })) {
      const [a, b] = [mobility(input), plain(input)];
      expect(a.success).toBe(b.success);
      if (a.success && b.success) expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
      else expect(a.error?.issues.map((i) => i.path)).toEqual(b.error?.issues.map((i) => i.path));
    }
    expect(compiled(unwrapLazy(StrategySchema))(seed001Plan).data).toStrictEqual(
      StrategySchema.safeParse(seed001Plan).data,
    );
    expect(compiled(unwrapLazy(ActualsSchema))(seed001Actuals).data).toStrictEqual(
      ActualsSchema.safeParse(seed001Actuals).data,
    );
  });
});

describe('zod’s jitless setting (issue 15, item 1)', () => {
  const original = globalThis.Function;

  /** Replaces the global `Function` by a proxy that counts its calls, with and without `new`. */
  function countFunctionCalls(): { readonly calls: number } {
    const counter = { calls: 0 };
    globalThis.Function = new Proxy(original, {
      apply(target, self, args) {
        counter.calls += 1;
        return Reflect.apply(target, self, args);
      },
      construct(target, args, newTarget) {
        counter.calls += 1;
        return Reflect.construct(target, args, newTarget);
      },
    });
    return counter;
  }

  /** Every entry point that reads a compiled schema, on valid input. */
  async function runEntryPoints(): Promise<string> {
    vi.resetModules();
    const kit = await import('../../src/index.js');
    // `as never`: the freshly imported copy of the library has its own (equal) types.
    const mobility = fc.sample(grantMobilityArb, { numRuns: 1, seed: 15 })[0] as never;
    const results = [
      kit.parseMobility(mobility),
      kit.calculateGrants([mobility], { rounding: 'per-line' }),
      kit.calculateGrant(mobility),
      kit.checkEligibility(mobility),
      kit.computeDuration(mobility),
      kit.parseStrategy(seed001Plan),
      kit.parseActuals(seed001Actuals),
      kit.evaluatePlan(seed001Plan, seed001Actuals, { asOf: '2019-01-01' }),
      kit.estimateProjectBudget({
        action: 'KA131-HED',
        callYear: 2024,
        bips: [{ participants: 9 }],
      }),
      kit.countMobilities([mobility], { indicatorId: 'x' }),
    ];
    return JSON.stringify(results);
  }

  afterEach(() => {
    globalThis.Function = original;
    z.config({ jitless: false });
  });

  it('compiles (and calls new Function) when jitless is off: the counter sees it', async () => {
    const counter = countFunctionCalls();
    await runEntryPoints();
    expect(counter.calls).toBeGreaterThan(0);
  });

  it('never calls new Function or Function(...) while jitless is on, with the same results', async () => {
    const expected = await runEntryPoints();
    z.config({ jitless: true });
    const counter = countFunctionCalls();
    const results = await runEntryPoints();
    expect(counter.calls).toBe(0);
    expect(results).toBe(expected);
  });
});
