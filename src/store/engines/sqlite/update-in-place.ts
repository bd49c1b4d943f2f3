import type { Update } from '../../collection.js';
import { AFTER_DATES, encodeDate, encodeValue } from './document-codec.js';
import { jsonPath, type SqlValue } from './sql-filter.js';

export interface InPlaceUpdate {
  /** The new `doc` as an SQL expression over the current one. */
  expression: string;
  params: SqlValue[];
  /** What the update writes, field by field (an array for a push), for the collection's list of array paths. */
  written: Record<string, unknown>;
}

const TOP_LEVEL = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The update as SQL JSON functions applied to the stored document, so that it is changed where it
 * lies instead of read, decoded, changed, encoded and written whole; null when the update needs
 * the document in hand (dotted paths, `$pull`, `$slice`, `$min`, a `$max` that is not a date…).
 * `$setOnInsert` is left out: it applies only when an upsert inserts, which is done apart.
 */
export function updateInPlace(update: Update): InPlaceUpdate | null {
  let expression = 'doc';
  const params: SqlValue[] = [];
  const written: Record<string, unknown> = {};
  const pairs: { path: string; value: string; params: SqlValue[] }[] = [];
  const removed: string[] = [];
  for (const [operator, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries<unknown>(fields)) {
      if (!TOP_LEVEL.test(path) || path === '_id') return null;
      const at = jsonPath(path);
      switch (operator) {
        case '$setOnInsert':
          break;
        case '$set':
          if (value === undefined) {
            removed.push(at);
            break;
          }
          written[path] = value;
          pairs.push({ path: at, value: 'json(?)', params: [encodeValue(value)] });
          break;
        case '$unset':
          removed.push(at);
          break;
        case '$inc':
          if (typeof value !== 'number') return null;
          pairs.push({ path: at, value: `coalesce(json_extract(doc, ${at}), 0) + ?`, params: [value] });
          break;
        case '$max': {
          if (!(value instanceof Date)) return null;
          const current = `json_extract(doc, ${at})`;
          // A later date stays; anything else (missing, not a date, earlier) gives way.
          pairs.push({
            path: at,
            value: `CASE WHEN ${current} >= ? AND ${current} < ? THEN ${current} ELSE ? END`,
            params: [encodeDate(value), AFTER_DATES, encodeDate(value)],
          });
          break;
        }
        case '$push': {
          const items = pushedItems(value);
          if (!items) return null;
          written[path] = items;
          const appended = items.map(() => `'$[#]', json(?)`).join(', ');
          const created = `json_array(${items.map(() => 'json(?)').join(', ')})`;
          const encoded = items.map(encodeValue);
          pairs.push({
            path: at,
            value: `CASE WHEN json_type(doc, ${at}) = 'array' THEN json_insert(doc -> ${at}, ${appended}) ELSE ${created} END`,
            params: [...encoded, ...encoded],
          });
          break;
        }
        default:
          return null;
      }
    }
  }
  if (removed.length > 0) expression = `jsonb_remove(${expression}, ${removed.join(', ')})`;
  if (pairs.length > 0) {
    expression = `jsonb_set(${expression}, ${pairs.map((pair) => `${pair.path}, ${pair.value}`).join(', ')})`;
    for (const pair of pairs) params.push(...pair.params);
  }
  return { expression, params, written };
}

/** The items of a `$push` without `$slice` (a value, or `$each`), or null. */
function pushedItems(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null || !('$each' in value)) return [value];
  if ('$slice' in value) return null;
  const each: unknown = value.$each;
  return Array.isArray(each) ? each : null;
}
