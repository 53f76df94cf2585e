/**
 * A deeply read-only view of a type: every property, array and nested object read-only (what the
 * library's frozen results and parsed inputs are typed as).
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from 'erasmus-kit';
 * const point: DeepReadonly<{ lat: number; tags: string[] }> = { lat: 45, tags: ['a'] };
 * point.tags.length; // 1
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** Freezes `value` and what it reaches, unless it is a primitive or already frozen. */
function visit(value: unknown): void {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeTree(value);
}

/** Freezes a not yet frozen object, then its array items, own string keys and own symbol keys. */
function freezeTree(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i]);
    return;
  }
  const record = value as Record<PropertyKey, unknown>;
  for (const key in record) if (Object.hasOwn(record, key)) visit(record[key]);
  const symbols = Object.getOwnPropertySymbols(record);
  for (let i = 0; i < symbols.length; i++) visit(record[symbols[i] as symbol]);
}

/**
 * Freezes a value and everything reachable from it (array items, own enumerable string keys and
 * own symbol keys); returns the same value, typed read-only. An object that is already frozen is
 * taken as frozen all the way down and not visited again, which also makes cycles safe.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  visit(value);
  return value as DeepReadonly<T>;
}
