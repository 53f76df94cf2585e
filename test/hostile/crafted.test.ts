/**
 * Crafted hostile input for every public function: prototype-pollution keys, extreme numbers,
 * 1,000,000-character strings, 10,000-deep nesting, sparse arrays, frozen and proxied arguments;
 * each put in place of every argument and of every top-level field of every valid argument.
 * Also: the table covers every exported function, and its valid arguments are valid.
 */
import { describe, expect, it } from 'vitest';
import { isErasmusKitError } from '../../src/errors.js';
import { ENTRY_POINTS, exportedFunctionNames, FAMILIES, NOT_ENTRY_POINTS } from './entryPoints.js';
import { callAndCheck, callFamily, replaceAt } from './harness.js';

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const LONG = 1_000_000;

/** Values that break naive code, by name. */
const CRAFTED: Readonly<Record<string, unknown>> = {
  'own __proto__ key': JSON.parse('{"__proto__": {"polluted": true}}'),
  'constructor.prototype': JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  'prototype key': { prototype: { polluted: true } },
  'null prototype': Object.create(null),
  'huge number': Number.MAX_VALUE,
  'tiny number': Number.MIN_VALUE,
  'minus huge': -Number.MAX_VALUE,
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
  'unsafe integer': 2 ** 53 + 1,
  'big int': 10n ** 30n,
  'long string': 'a'.repeat(LONG),
  'long digits': '9'.repeat(LONG),
  'long date-like': `2024-01-01${' '.repeat(LONG)}`,
  'long percentage': `${' '.repeat(LONG)}85%`,
  'long number-like': `1.${'1'.repeat(LONG)}x`,
  'deep object': nested(10_000, (inner) => ({ a: inner })),
  'deep array': nested(10_000, (inner) => [inner]),
  'sparse array': Object.assign(new Array(3), { 2: 1 }),
  'long sparse array': new Array(100_000),
  'frozen empty': Object.freeze({}),
  date: new Date(Number.NaN),
  map: new Map([['a', 1]]),
  set: new Set([1]),
  'typed array': new Uint8Array(8),
  symbol: Symbol('hostile'),
  function: () => 1,
  'boxed string': Object('KA131-HED'),
  'boxed number': Object(2024),
};

/** The crafted values also put in place of every top-level field (a subset, for time). */
const FIELD_VALUES = [
  'own __proto__ key',
  'NaN',
  'big int',
  'long string',
  'deep object',
  'sparse array',
  'symbol',
];

const objectArgs = (entry: (typeof ENTRY_POINTS)[number]) =>
  entry.valid.flatMap((arg, index) =>
    typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? [index] : [],
  );

describe('the table of entry points', () => {
  it('covers every exported function', () => {
    const covered = ENTRY_POINTS.map((entry) => entry.name).sort();
    expect(covered).toEqual(exportedFunctionNames());
    expect(exportedFunctionNames().length).toBeGreaterThan(50);
    expect(Object.keys(NOT_ENTRY_POINTS).sort()).toEqual(['ErasmusKitError', 'InputError']);
  });

  it('runs every entry point, alone or as a twin', () => {
    const run = FAMILIES.flatMap((entry) => [entry.name, ...(entry.twin ? [entry.twin.name] : [])]);
    expect(run.sort()).toEqual(ENTRY_POINTS.map((entry) => entry.name).sort());
  });

  it.each(FAMILIES.map((entry) => [entry.name, entry] as const))(
    'has valid arguments for %s (they return a result)',
    (_name, entry) => {
      const outcome = callAndCheck(entry, entry.valid);
      expect(outcome.ok).toBe(true);
      if (entry.twin !== undefined) {
        expect(callAndCheck(entry.twin, entry.valid).value).toMatchObject({ success: true });
      }
    },
  );
});

describe('crafted hostile values', () => {
  it.each(FAMILIES.map((entry) => [entry.name, entry] as const))(
    '%s: every crafted value as every argument and every top-level field',
    { timeout: 60_000 },
    (_name, entry) => {
      const arity = Math.max(entry.valid.length, 1);
      for (const [label, value] of Object.entries(CRAFTED)) {
        for (let index = 0; index < arity; index++) {
          const args = [...entry.valid];
          args[index] = value;
          if (entry.knownBug?.(args) === true) continue; // reported, see KNOWN_BUGS
          try {
            callFamily(entry, args);
          } catch (error) {
            throw new Error(`${label} as argument ${index}: ${(error as Error).message}`);
          }
        }
        if (!FIELD_VALUES.includes(label)) continue;
        for (const index of objectArgs(entry)) {
          for (const key of Object.keys(entry.valid[index] as object)) {
            const args = replaceAt(entry.valid, [index, key], value) as unknown[];
            if (entry.knownBug?.(args) === true) continue; // reported, see KNOWN_BUGS
            try {
              callFamily(entry, args);
            } catch (error) {
              throw new Error(`${label} at ${index}.${key}: ${(error as Error).message}`);
            }
          }
        }
      }
    },
  );

  it.each(FAMILIES.map((entry) => [entry.name, entry] as const))(
    '%s: an own __proto__ key beside valid fields changes nothing global',
    (_name, entry) => {
      for (const index of objectArgs(entry)) {
        const polluted = {
          ...(entry.valid[index] as object),
          ...JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}'),
        };
        const args = [...entry.valid];
        args[index] = polluted;
        callFamily(entry, args);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }
    },
  );
});

/** A deep copy of plain data, left unfrozen. */
const thaw = (value: unknown): unknown =>
  typeof value !== 'object' || value === null || value instanceof Error
    ? value
    : Array.isArray(value)
      ? value.map(thaw)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, thaw(v)]));

describe('frozen and proxied arguments', () => {
  it.each(FAMILIES.map((entry) => [entry.name, entry] as const))(
    '%s: frozen (the table) and unfrozen copies give the same result',
    (_name, entry) => {
      const frozen = callAndCheck(entry, entry.valid);
      const unfrozen = callAndCheck(entry, entry.valid.map(thaw));
      expect(unfrozen.ok).toBe(true);
      expect(unfrozen.value).toEqual(frozen.value);
    },
  );

  it.each(FAMILIES.map((entry) => [entry.name, entry] as const))(
    '%s: transparent proxies work like the objects they wrap',
    (_name, entry) => {
      const plain = callAndCheck(entry, entry.valid);
      const proxied = entry.valid.map((arg) =>
        typeof arg === 'object' && arg !== null ? new Proxy(arg, {}) : arg,
      );
      const outcome = callAndCheck(entry, proxied);
      expect(outcome.ok).toBe(true);
      expect(outcome.value).toEqual(plain.value);
    },
  );

  /**
   * A proxy whose traps throw is a bug of the host, not input the library can validate: the
   * trap's own error propagates unchanged (zod reads the object, the trap throws), or the library
   * never touches the object and answers. Either way nothing else escapes.
   */
  it.each(FAMILIES.map((entry) => [entry.name, entry] as const))(
    '%s: a proxy whose traps throw lets only the trap error (or an erasmus-kit error) out',
    (_name, entry) => {
      const sentinel = new Error('trap');
      const trap = () => {
        throw sentinel;
      };
      const hostile = new Proxy(
        {},
        {
          get: trap,
          has: trap,
          ownKeys: trap,
          getOwnPropertyDescriptor: trap,
          getPrototypeOf: trap,
        },
      );
      for (let index = 0; index < Math.max(entry.valid.length, 1); index++) {
        const args = [...entry.valid];
        args[index] = hostile;
        for (const fn of [entry.fn, ...(entry.twin ? [entry.twin.fn] : [])]) {
          try {
            fn(...args);
          } catch (error) {
            if (error !== sentinel) expect(isErasmusKitError(error)).toBe(true);
          }
        }
      }
    },
  );
});
