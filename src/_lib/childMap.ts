/** What {@link childMap} needs of a `Map` or `WeakMap`. */
interface MapLike<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The map stored under `key` in `outer`, made by `make` (and stored) on first use: the inner level
 * of the nested caches that look results up without building a key text.
 */
export function childMap<K, C>(outer: MapLike<K, C>, key: K, make: () => NoInfer<C>): C {
  let child = outer.get(key);
  if (child === undefined) {
    child = make();
    outer.set(key, child);
  }
  return child;
}

/** `make` for {@link childMap}: a new, empty `Map`. */
export const newMap = <K, V>(): Map<K, V> => new Map<K, V>();

/** `make` for {@link childMap}: a new, empty `WeakMap`. */
export const newWeakMap = <K extends WeakKey, V>(): WeakMap<K, V> => new WeakMap<K, V>();
