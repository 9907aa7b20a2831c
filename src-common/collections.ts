// Small helpers for lists that grow with the input.

/**
 * Appends every item, one by one. Not `target.push(...items)`: spread arguments overflow the call stack once a
 * pasted letter's lines, blocks or suggestions run to the tens of thousands.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) {
    target.push(item);
  }
}

/** Adds a value to the list kept under a key, growing it in place (copying it per value is quadratic). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
