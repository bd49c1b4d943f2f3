/**
 * Sets `key` as the most recent entry of `map` (a Map keeps insertion order) and drops the
 * oldest once it holds more than `limit`: a bounded memory of the latest few.
 */
export function rememberRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (oldest.done !== true) map.delete(oldest.value);
  }
}
