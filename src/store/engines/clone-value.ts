type Doc = Record<string, unknown>;

/**
 * A deep copy of a document's value as the store keeps it: dates copied, `undefined` properties
 * left out and `undefined` array items made null (as JSON does), so that no caller shares an
 * object with the store.
 */
export function cloneValue<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) {
    const items: unknown[] = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      items[index] = item === undefined ? null : copy(item);
    }
    return items;
  }
  const copied: Doc = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child: unknown = (value as Doc)[key];
    if (child !== undefined) copied[key] = copy(child);
  }
  return copied;
}
