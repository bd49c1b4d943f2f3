import type { Filter, Update } from '../../collection.js';
import { encodeDocument } from './document-codec.js';

type Doc = Record<string, unknown>;

/**
 * MongoDB's update operators (the subset in collection.ts) applied to the document itself, which
 * is returned: callers pass a copy of their own (a document just decoded), so none is made here.
 */
export function applyUpdate(doc: Doc, update: Update, options: { inserting: boolean }): Doc {
  const next = doc;
  for (const [operator, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries<unknown>(fields)) {
      applyOperator({ doc: next, operator, path, value, inserting: options.inserting });
    }
  }
  return next;
}

/** The document an upsert creates: the filter's equality fields, then $setOnInsert, then the other operators. */
export function upsertDocument(filter: Filter, update: Update, newId: () => string): Doc {
  const base: Doc = {};
  for (const [path, value] of Object.entries(filter)) {
    if (path.startsWith('$') || isOperatorObject(value)) continue;
    setPath(base, path, structuredClone(value));
  }
  const created = applyUpdate(base, update, { inserting: true });
  if (typeof created._id !== 'string') created._id = newId();
  return created;
}

function applyOperator(input: { doc: Doc; operator: string; path: string; value: unknown; inserting: boolean }): void {
  const { doc, operator, path, value } = input;
  switch (operator) {
    case '$set':
      setPath(doc, path, structuredClone(value));
      return;
    case '$setOnInsert':
      if (input.inserting) setPath(doc, path, structuredClone(value));
      return;
    case '$unset':
      unsetPath(doc, path);
      return;
    case '$inc': {
      const current = getPath(doc, path) ?? 0;
      if (typeof current !== 'number' || typeof value !== 'number') throw new Error(`$inc on a non-number at ${path}`);
      setPath(doc, path, current + value);
      return;
    }
    case '$min':
    case '$max': {
      const current = getPath(doc, path);
      const replace =
        current === undefined ||
        (operator === '$min' ? compareValues(value, current) < 0 : compareValues(value, current) > 0);
      if (replace) setPath(doc, path, structuredClone(value));
      return;
    }
    case '$push': {
      const current: unknown = getPath(doc, path) ?? [];
      if (!Array.isArray(current)) throw new Error(`$push on a non-array at ${path}`);
      const { items, slice } = pushArguments(value);
      let pushed: unknown[] = [...(current as unknown[]), ...structuredClone(items)];
      if (slice !== undefined) pushed = slice < 0 ? pushed.slice(slice) : pushed.slice(0, slice);
      setPath(doc, path, pushed);
      return;
    }
    case '$pull': {
      const current: unknown = getPath(doc, path);
      if (!Array.isArray(current)) return;
      const unwanted = encodeDocument({ v: value });
      const kept: unknown[] = [];
      for (const item of current as unknown[]) if (encodeDocument({ v: item }) !== unwanted) kept.push(item);
      setPath(doc, path, kept);
      return;
    }
    default:
      throw new Error(`update operator ${operator} is not supported by the embedded store`);
  }
}

function pushArguments(value: unknown): { items: unknown[]; slice?: number } {
  if (typeof value === 'object' && value !== null && '$each' in value) {
    const each: unknown = value.$each;
    const slice: unknown = '$slice' in value ? value.$slice : undefined;
    if (!Array.isArray(each)) throw new Error('$push $each takes an array');
    return { items: each, ...(typeof slice === 'number' ? { slice } : {}) };
  }
  return { items: [value] };
}

function compareValues(a: unknown, b: unknown): number {
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : b;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  throw new Error('$min and $max compare numbers, strings or dates');
}

function isOperatorObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !Array.isArray(value) &&
    Object.keys(value).some((key) => key.startsWith('$'))
  );
}

function isPlainObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function getPath(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop();
  if (last === undefined) return;
  let current = doc;
  for (const part of parts) {
    const child = current[part];
    if (isPlainObject(child)) {
      current = child;
    } else {
      const created: Doc = {};
      current[part] = created;
      current = created;
    }
  }
  current[last] = value;
}

function unsetPath(doc: Doc, path: string): void {
  const parts = path.split('.');
  const last = parts.pop();
  if (last === undefined) return;
  let current: unknown = doc;
  for (const part of parts) {
    if (!isPlainObject(current)) return;
    current = current[part];
  }
  if (isPlainObject(current)) Reflect.deleteProperty(current, last);
}
