import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and returns the same value', () => {
    const value = { a: { b: [1, { c: 2 }] }, [Symbol.for('s')]: { d: 3 } };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(Object.isFrozen(value[Symbol.for('s')])).toBe(true);
    expect(() => {
      (value.a.b as unknown[]).push(3);
    }).toThrow(TypeError);
  });

  it('leaves primitives alone and tolerates cycles', () => {
    expect(deepFreeze(5)).toBe(5);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(Object.isFrozen(deepFreeze(cyclic))).toBe(true);
  });

  it('visits own keys only, symbol keys included, and stops at frozen objects', () => {
    const inherited = { shared: { x: 1 } };
    const value = Object.assign(Object.create(inherited), { own: { y: 2 } });
    deepFreeze(value);
    expect(Object.isFrozen(value.own)).toBe(true);
    // An inherited object is not the value's own: it is left as it is.
    expect(Object.isFrozen(inherited.shared)).toBe(false);
    const inner = { z: 3 };
    const alreadyFrozen = Object.freeze({ inner });
    deepFreeze({ alreadyFrozen });
    expect(Object.isFrozen(inner)).toBe(false);
    const symbol = Symbol('hidden');
    const withHidden = {};
    Object.defineProperty(withHidden, symbol, { value: { w: 4 }, enumerable: false });
    deepFreeze(withHidden);
    expect(Object.isFrozen((withHidden as Record<symbol, object>)[symbol])).toBe(true);
  });
});
