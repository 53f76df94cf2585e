import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { makeParser, toInputError, toSafe } from '../src/_lib/zod.js';
import { ErasmusKitError, InputError, isErasmusKitError } from '../src/errors.js';
import { errorMessages } from '../src/messages.js';

describe('ErasmusKitError', () => {
  it('carries a literal code and the message from the table', () => {
    const error = new ErasmusKitError('unsupported-call-year', { callYear: 2019 });
    expect(error.code).toBe('unsupported-call-year');
    expect(error.message).toBe('Call year 2019 is not supported: rule packs exist for 2021–2026.');
    expect(error).toBeInstanceOf(Error);
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it('has a message for every code', () => {
    for (const [code, template] of Object.entries(errorMessages)) {
      expect(template({} as never), code).toMatch(/\S/);
    }
  });
});

describe('InputError via makeParser', () => {
  const schema = z.object({ a: z.number(), b: z.object({ c: z.string() }) });
  const { parse, safeParse } = makeParser(schema);

  it('lists each problem with its path', () => {
    const result = safeParse({ a: 'x', b: { c: 1 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(InputError);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues.map((i) => i.path)).toEqual([['a'], ['b', 'c']]);
    expect(result.error.message).toContain('→ at a');
    expect(result.error.message).toContain('→ at b.c');
  });

  it('returns the data on success and throws InputError on failure', () => {
    expect(parse({ a: 1, b: { c: 'x' } })).toEqual({ a: 1, b: { c: 'x' } });
    expect(() => parse(undefined)).toThrow(InputError);
  });

  it('never builds an InputError without issues', () => {
    const error = toInputError(new z.core.$ZodError([]));
    expect(error.issues).toHaveLength(1);
  });

  it('toSafe turns InputError into a failure and lets other errors through', () => {
    const safe = toSafe((x: unknown) => parse(x));
    expect(safe({ a: 1, b: { c: '' } }).success).toBe(true);
    expect(safe(null).success).toBe(false);
    const boom = toSafe(() => {
      throw new TypeError('boom');
    });
    expect(() => boom()).toThrow(TypeError);
  });
});

describe('isErasmusKitError', () => {
  it('recognises our errors and nothing else', () => {
    expect(isErasmusKitError(new ErasmusKitError('internal-error', {}))).toBe(true);
    expect(isErasmusKitError(new Error('x'))).toBe(false);
    expect(isErasmusKitError({ code: 'invalid-input' })).toBe(false);
    expect(isErasmusKitError(null)).toBe(false);
    expect(isErasmusKitError('invalid-input')).toBe(false);
  });

  it('works on an error from a second copy of the module', async () => {
    vi.resetModules();
    const copy = (await import('../src/errors.js')) as typeof import('../src/errors.js');
    expect(copy.ErasmusKitError).not.toBe(ErasmusKitError);
    const foreign = new copy.ErasmusKitError('internal-error', {});
    expect(foreign instanceof ErasmusKitError).toBe(false);
    expect(isErasmusKitError(foreign)).toBe(true);
    expect(copy.isErasmusKitError(new ErasmusKitError('internal-error', {}))).toBe(true);
  });
});

describe('zod messages', () => {
  it('are English without touching the global zod config', async () => {
    const { parse } = makeParser(z.object({ n: z.number() }));
    expect(() => parse({ n: 'x' })).toThrow(/expected number, received string/);
    const core = await import('zod/v4/core');
    expect(core.config().localeError).toBeUndefined();
  });
});
