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
/** Update shapes whose SQL expression is kept (the repositories use a few dozen). */
const MAX_SHAPES = 500;
/** The SQL expression by update shape (operators, fields, items pushed): built once, as a filter's SQL is. */
const expressions = new Map<string, string>();

/**
 * The update as SQL JSON functions applied to the stored document, so that it is changed where it
 * lies instead of read, decoded, changed, encoded and written whole; null when the update needs
 * the document in hand (dotted paths, `$pull`, `$slice`, `$min`, a `$max` that is not a date…).
 * `$setOnInsert` is left out: it applies only when an upsert inserts, which is done apart.
 * The parameters are taken from the values at each call; the expression only once per shape of
 * update, and the same string is returned for it (its statement is then found without building it).
 */
export function updateInPlace(update: Update): InPlaceUpdate | null {
  /** In the order of the fields; `pushed` and `others` split them for an update with one `$push`. */
  const params: SqlValue[] = [];
  const pushed: SqlValue[] = [];
  const others: SqlValue[] = [];
  const pushPaths: string[] = [];
  const removedPaths: string[] = [];
  const written: Record<string, unknown> = {};
  let shape = '';
  for (const operator in update) {
    const fields = (update as Record<string, Record<string, unknown> | undefined>)[operator];
    if (fields === undefined) continue;
    shape += `${operator}(`;
    for (const path in fields) {
      const value = fields[path];
      if (!TOP_LEVEL.test(path) || path === '_id') return null;
      switch (operator) {
        case '$setOnInsert':
          break;
        case '$set':
          if (value === undefined) {
            shape += `${path}-,`;
            removedPaths.push(path);
            break;
          }
          written[path] = value;
          shape += `${path},`;
          {
            const encoded = encodeValue(value);
            params.push(encoded);
            others.push(encoded);
          }
          break;
        case '$unset':
          shape += `${path},`;
          removedPaths.push(path);
          break;
        case '$inc':
          if (typeof value !== 'number') return null;
          shape += `${path},`;
          params.push(value);
          others.push(value);
          break;
        case '$max': {
          if (!(value instanceof Date)) return null;
          shape += `${path},`;
          const encoded = encodeDate(value);
          params.push(encoded, AFTER_DATES, encoded);
          others.push(encoded, AFTER_DATES, encoded);
          break;
        }
        case '$push': {
          const items = pushedItems(value);
          if (!items) return null;
          written[path] = items;
          shape += `${path}+${String(items.length)},`;
          pushPaths.push(path);
          const encoded = items.map(encodeValue);
          params.push(...encoded, ...encoded);
          pushed.push(...encoded, ...encoded);
          break;
        }
        default:
          return null;
      }
    }
    shape += ')';
  }
  const append = appendsInPlace(pushPaths, removedPaths);
  if (append) shape += '!';
  let expression = expressions.get(shape);
  if (expression === undefined) {
    expression = buildExpression(update, append);
    if (expressions.size >= MAX_SHAPES) expressions.clear();
    expressions.set(shape, expression);
  }
  return { expression, params: append ? [...pushed, ...others] : params, written };
}

/**
 * Whether the update's `$push` appends to the stored array where it lies (jsonb_insert) rather
 * than through a copy of the array as JSON text: with one `$push` on a field the update does not
 * also remove. The pushed values then come first among the parameters.
 */
function appendsInPlace(pushPaths: string[], removedPaths: string[]): boolean {
  const [path] = pushPaths;
  return pushPaths.length === 1 && path !== undefined && !removedPaths.includes(path);
}

/** The expression of an update updateInPlace takes, its parameters in the order updateInPlace gives them. */
function buildExpression(update: Update, append: boolean): string {
  let expression = 'doc';
  /** The one `$push` appended where the array lies, around the document as the removals left it. */
  let appending: ((base: string) => string) | null = null;
  const pairs: { path: string; value: string }[] = [];
  const removed: string[] = [];
  for (const [operator, fields] of Object.entries(update as Record<string, Record<string, unknown> | undefined>)) {
    if (fields === undefined) continue;
    for (const [path, value] of Object.entries<unknown>(fields)) {
      const at = jsonPath(path);
      switch (operator) {
        case '$set':
          if (value === undefined) removed.push(at);
          else pairs.push({ path: at, value: 'json(?)' });
          break;
        case '$unset':
          removed.push(at);
          break;
        case '$inc':
          pairs.push({ path: at, value: `coalesce(json_extract(doc, ${at}), 0) + ?` });
          break;
        case '$max': {
          const current = `json_extract(doc, ${at})`;
          // A later date stays; anything else (missing, not a date, earlier) gives way.
          pairs.push({ path: at, value: `CASE WHEN ${current} >= ? AND ${current} < ? THEN ${current} ELSE ? END` });
          break;
        }
        case '$push': {
          const items = pushedItems(value) ?? [];
          if (append) {
            // Each `[#]` is the end of the array as it then stands: the items go in order.
            const end = `${at.slice(0, -1)}[#]'`;
            const inserted = items.map(() => `${end}, json(?)`).join(', ');
            const created = `json_array(${items.map(() => 'json(?)').join(', ')})`;
            appending = (base) =>
              `CASE WHEN json_type(doc, ${at}) = 'array' THEN jsonb_insert(${base}, ${inserted}) ELSE jsonb_set(${base}, ${at}, ${created}) END`;
            break;
          }
          const appended = items.map(() => `'$[#]', json(?)`).join(', ');
          const created = `json_array(${items.map(() => 'json(?)').join(', ')})`;
          pairs.push({
            path: at,
            value: `CASE WHEN json_type(doc, ${at}) = 'array' THEN json_insert(doc -> ${at}, ${appended}) ELSE ${created} END`,
          });
          break;
        }
      }
    }
  }
  if (removed.length > 0) expression = `jsonb_remove(${expression}, ${removed.join(', ')})`;
  // The document appears twice in the CASE: what is removed from it holds no parameter.
  if (appending) expression = appending(expression);
  if (pairs.length > 0) {
    expression = `jsonb_set(${expression}, ${pairs.map((pair) => `${pair.path}, ${pair.value}`).join(', ')})`;
  }
  return expression;
}

/** The items of a `$push` without `$slice` (a value, or `$each`), or null. */
function pushedItems(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null || !('$each' in value)) return [value];
  if ('$slice' in value) return null;
  const each: unknown = value.$each;
  return Array.isArray(each) ? each : null;
}
