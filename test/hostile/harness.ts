/**
 * The checks of the hostile-input suite: a call returns a result or throws an erasmus-kit error;
 * results hold no NaN, no ±Infinity and no undefined; `Object.prototype` and `Array.prototype`
 * gain no keys; the arguments are left exactly as they were.
 */
import fc from 'fast-check';
import { isErasmusKitError } from '../../src/errors.js';
import type { EntryPoint } from './entryPoints.js';

const { CI } = process.env;

/** Generated cases per entry point: 10,000 in CI, 1,000 locally. */
export const NUM_RUNS = CI ? 10_000 : 1_000;

/** `fc.anything()` with every option that makes values awkward. */
export const hostileValue: fc.Arbitrary<unknown> = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 3,
});

const deepFrozen = new WeakMap<object, boolean>();

/** Whether an object and everything reachable from it is frozen (then it cannot change). */
function isDeepFrozen(root: object): boolean {
  const known = deepFrozen.get(root);
  if (known !== undefined) return known;
  const seen = new Set<object>();
  const stack: object[] = [root];
  let frozen = true;
  while (stack.length > 0 && frozen) {
    const value = stack.pop() as object;
    if (seen.has(value) || deepFrozen.get(value) === true) continue;
    seen.add(value);
    if (!Object.isFrozen(value) || value instanceof Map || value instanceof Set) frozen = false;
    else if (ArrayBuffer.isView(value) && value.byteLength > 0) frozen = false;
    else
      for (const key of Reflect.ownKeys(value)) {
        const child = (value as Record<PropertyKey, unknown>)[key];
        if ((typeof child === 'object' && child !== null) || typeof child === 'function')
          stack.push(child as object);
      }
  }
  deepFrozen.set(root, frozen);
  return frozen;
}

/**
 * A list that changes when anything reachable from `value` changes: own keys (symbols too),
 * property values and writability, array lengths and holes, Map and Set contents, dates, typed
 * arrays, boxed values and prototypes. Deep-frozen subtrees are named by identity. Primitives
 * are kept as they are (a 1,000,000-character string is compared, not copied). Iterative, so a
 * 10,000-deep object does not overflow the stack. Compare two with {@link sameFingerprint}.
 */
export function fingerprint(root: unknown): unknown[] {
  const out: unknown[] = [];
  const ids = new Map<object, number>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if ((typeof value !== 'object' || value === null) && typeof value !== 'function') {
      out.push(value);
      continue;
    }
    const object = value as object;
    const id = ids.get(object);
    if (id !== undefined) {
      out.push('@ref', id);
      continue;
    }
    ids.set(object, ids.size);
    if (Object.isFrozen(object) && isDeepFrozen(object)) {
      out.push('@frozen', object);
      continue;
    }
    out.push(
      '@object',
      Object.getPrototypeOf(object),
      Object.isFrozen(object),
      Object.isSealed(object),
    );
    if (object instanceof Date) out.push(object.getTime());
    if (object instanceof Map) stack.push([...object.entries()]);
    if (object instanceof Set) stack.push([...object.values()]);
    if (ArrayBuffer.isView(object)) out.push(new Uint8Array(object.buffer).join(','));
    for (const boxed of [Number, String, Boolean, BigInt, Symbol] as const) {
      if (object instanceof boxed) out.push(object.valueOf());
    }
    const keys = Reflect.ownKeys(object);
    out.push(keys.length);
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      out.push(key, descriptor?.writable, descriptor?.get, descriptor?.set);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return out;
}

/** Whether two fingerprints are equal (`Object.is` item by item: NaN equals NaN, 0 ≠ -0). */
export function sameFingerprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

const OTHER_PROTOTYPES = [Array.prototype, Function.prototype, String.prototype];
const OBJECT_KEYS = Reflect.ownKeys(Object.prototype);
const OBJECT_VALUES = OBJECT_KEYS.map((key) =>
  Object.getOwnPropertyDescriptor(Object.prototype, key),
);
const OTHER_COUNTS = OTHER_PROTOTYPES.map((proto) => Reflect.ownKeys(proto).length);

/**
 * Whether the built-in prototypes are as they were: `Object.prototype` has exactly its original
 * properties (same keys, same values or accessors), the others no new key.
 */
function prototypesPristine(): boolean {
  const keys = Reflect.ownKeys(Object.prototype);
  if (keys.length !== OBJECT_KEYS.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const before = OBJECT_VALUES[i];
    const now = Object.getOwnPropertyDescriptor(Object.prototype, keys[i] as PropertyKey);
    if (
      keys[i] !== OBJECT_KEYS[i] ||
      now?.value !== before?.value ||
      now?.get !== before?.get ||
      now?.set !== before?.set
    ) {
      return false;
    }
  }
  return OTHER_PROTOTYPES.every((proto, i) => Reflect.ownKeys(proto).length === OTHER_COUNTS[i]);
}

/** Where a result holds NaN, ±Infinity or undefined, or `undefined` when it holds none. */
export function badValueIn(
  result: unknown,
  allowTopUndefined = false,
  allowUndefinedFields = false,
): string | undefined {
  if (result === undefined) return allowTopUndefined ? undefined : '(the result itself)';
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[result, '$']];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (value === undefined && !allowUndefinedFields) return `${path} is undefined`;
    if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is ${value}`;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (deepFrozen.get(value) === true && checkedResults.has(value)) continue;
    if (value instanceof Map) {
      for (const [key, child] of value) stack.push([child, `${path}.get(${typeof key})`]);
      continue;
    }
    for (const [key, child] of Object.entries(value)) stack.push([child, `${path}.${key}`]);
  }
  if (typeof result === 'object' && result !== null && isDeepFrozen(result)) {
    checkedResults.add(result);
  }
  return undefined;
}
const checkedResults = new WeakSet<object>();

/** A short description of a thrown value for failure messages. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) {
    return `${thrown.name}: ${thrown.message.slice(0, 300)}\n${thrown.stack ?? ''}`;
  }
  return `non-error ${typeof thrown}`;
}

/** A batch result is a list of `SafeResult`s whose failures are invalid-input errors. */
function checkBatch(entry: EntryPoint, items: unknown): void {
  if (!Array.isArray(items)) throw new Error(`${entry.name}: not a list of results`);
  for (const item of items as { success?: unknown; error?: unknown }[]) {
    const ok =
      item.success === true ||
      (item.success === false &&
        isErasmusKitError(item.error) &&
        (item.error as { code?: unknown }).code === 'invalid-input');
    if (!ok) throw new Error(`${entry.name}: an item is not a SafeResult`);
  }
}

/**
 * Calls an entry point with `args` and checks every promise of the contract; throws an Error
 * explaining the breach otherwise. Returns the outcome for further checks.
 */
export function callAndCheck(
  entry: EntryPoint,
  args: readonly unknown[],
  options: { readonly checkMutation?: boolean } = {},
): { readonly ok: boolean; readonly value: unknown } {
  const checkMutation = options.checkMutation ?? true;
  const before = checkMutation ? args.map(fingerprint) : [];
  let outcome: { ok: boolean; value: unknown };
  try {
    outcome = { ok: true, value: entry.fn(...args) };
  } catch (thrown) {
    if (!isErasmusKitError(thrown)) {
      throw new Error(`${entry.name} let escape ${describeThrown(thrown)}`, { cause: thrown });
    }
    outcome = { ok: false, value: thrown };
  }
  if (outcome.ok) {
    const result = outcome.value;
    if (entry.safe) {
      const safe = result as { success?: unknown; data?: unknown; error?: unknown };
      if (safe.success === true) {
        const bad = badValueIn(safe.data, entry.mayReturnUndefined, entry.echoesInput);
        if (bad !== undefined) throw new Error(`${entry.name}: data ${bad}`);
        if (entry.batch) checkBatch(entry, safe.data);
      } else if (safe.success !== false || !isErasmusKitError(safe.error)) {
        throw new Error(`${entry.name}: not a SafeResult`);
      }
    } else {
      const bad = badValueIn(result, entry.mayReturnUndefined, entry.echoesInput);
      if (bad !== undefined) throw new Error(`${entry.name}: result ${bad}`);
      if (entry.batch) checkBatch(entry, result);
    }
  }
  if (!prototypesPristine()) {
    throw new Error(`${entry.name} polluted a built-in prototype`);
  }
  if (checkMutation) {
    args.forEach((arg, index) => {
      if (!sameFingerprint(fingerprint(arg), before[index] as unknown[])) {
        throw new Error(`${entry.name} mutated argument ${index}`);
      }
    });
  }
  return outcome;
}

type Path = readonly (string | number)[];

/** The paths of the nodes of a value (up to `maxPaths`, breadth first). */
export function pathsOf(root: unknown, maxPaths = 2_000): Path[] {
  const paths: Path[] = [];
  const queue: [unknown, Path][] = [[root, []]];
  while (queue.length > 0 && paths.length < maxPaths) {
    const [value, path] = queue.shift() as [unknown, Path];
    if (path.length > 0) paths.push(path);
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      queue.push([child, [...path, Array.isArray(value) ? Number(key) : key]]);
    }
  }
  return paths;
}

/** A copy of `root` with the node at `path` replaced by `value` (or deleted when `remove`). */
export function replaceAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = replaceAt(copy[head], rest, value, remove);
  return copy;
}

/** Valid arguments with one node (any depth) replaced by a hostile value or removed. */
export function mutationsOf(valid: readonly unknown[]): fc.Arbitrary<unknown[]> {
  const paths = pathsOf(valid);
  if (paths.length === 0) return fc.constant([...valid]);
  return fc
    .tuple(fc.constantFrom(...paths), hostileValue, fc.boolean())
    .map(([path, value, remove]) => replaceAt(valid, path, value, remove) as unknown[]);
}

/** Argument lists to throw at an entry point: anything, JSON, mutations of valid arguments. */
export function hostileArgs(entry: EntryPoint): fc.Arbitrary<unknown[]> {
  const arity = Math.max(entry.valid.length, entry.fn.length, 1);
  return fc.oneof(
    { arbitrary: fc.array(hostileValue, { minLength: 0, maxLength: arity + 1 }), weight: 6 },
    { arbitrary: fc.array(fc.jsonValue(), { minLength: arity, maxLength: arity }), weight: 2 },
    // Mutations of valid arguments mostly stay valid and run the whole computation: a fifth of
    // the cases (a tenth where a valid call validates whole rule packs) keeps the suite fast.
    { arbitrary: mutationsOf(entry.valid), weight: entry.heavy === true ? 1 : 2 },
  );
}

/**
 * Calls an entry point and its `safeX` twin (if any) with the same arguments: both keep the
 * contract, and they agree — `x` throws an erasmus-kit error exactly when `safeX` returns
 * `{ success: false, error }` with an error of the same code (issue 15 item 7: a twin returns
 * every error a bad input causes, `unsupported-call-year` and `unknown-country` included).
 */
export function callFamily(entry: EntryPoint, args: readonly unknown[]): void {
  if (entry.twin === undefined) {
    callAndCheck(entry, args);
    return;
  }
  const before = args.map(fingerprint);
  const outcome = callAndCheck(entry, args, { checkMutation: false });
  const twin = callAndCheck(entry.twin, args, { checkMutation: false });
  args.forEach((arg, index) => {
    if (!sameFingerprint(fingerprint(arg), before[index] as unknown[])) {
      throw new Error(`${entry.name} or ${entry.twin?.name} mutated argument ${index}`);
    }
  });
  const code = (value: unknown) => (value as { code?: unknown }).code;
  const twinResult = twin.value as { success?: boolean; error?: unknown };
  const agree = outcome.ok
    ? twin.ok && twinResult.success === true
    : twin.ok && twinResult.success === false && code(twinResult.error) === code(outcome.value);
  if (!agree) throw new Error(`${entry.name} and ${entry.twin.name} disagree`);
}
