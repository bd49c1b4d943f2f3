import type { Filter, Update } from '../../collection.js';
import { cloneValue } from '../clone-value.js';
import { encodeDocument } from './document-codec.js';

type Doc = Record<string, unknown>;

/**
 * MongoDB's update operators (the subset in collection.ts) applied to the document itself, which
 * is returned: callers pass a copy of their own (a document just decoded), so none is made here.
 * With `copyOnWrite`, the document is left as it is: the result shares what the update does not
 * touch and copies the objects along each path it writes (the memory engine keeps the original).
 */
export function applyUpdate(doc: Doc, update: Update, options: { inserting: boolean; copyOnWrite?: boolean }): Doc {
  const next = options.copyOnWrite ? { ...doc } : doc;
  const copied = options.copyOnWrite ? new Set<Doc>([next]) : null;
  for (const [operator, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries<unknown>(fields)) {
      applyOperator({ doc: next, operator, path, value, inserting: options.inserting, copied });
    }
  }
  return next;
}

/** The fields an update writes (its paths, whatever the operator). */
export function updatedPaths(update: Update): string[] {
  const paths: string[] = [];
  for (const fields of Object.values(update)) paths.push(...Object.keys(fields));
  return paths;
}

/** The document an upsert creates: the filter's equality fields, then $setOnInsert, then the other operators. */
export function upsertDocument(filter: Filter, update: Update, newId: () => string): Doc {
  const base: Doc = {};
  for (const [path, value] of Object.entries(filter)) {
    if (path.startsWith('$') || isOperatorObject(value)) continue;
    setPath(base, path, cloneValue(value));
  }
  const created = applyUpdate(base, update, { inserting: true });
  if (typeof created._id !== 'string') created._id = newId();
  return created;
}

interface OperatorInput {
  doc: Doc;
  operator: string;
  path: string;
  value: unknown;
  inserting: boolean;
  /** Objects of the result made for it (copy on write), which may be changed in place. */
  copied: Set<Doc> | null;
}

function applyOperator(input: OperatorInput): void {
  const { doc, operator, path, value, copied } = input;
  switch (operator) {
    case '$set':
      writePath({ doc, path, value: cloneValue(value), copied });
      return;
    case '$setOnInsert':
      if (input.inserting) writePath({ doc, path, value: cloneValue(value), copied });
      return;
    case '$unset':
      unsetPath(doc, path, copied);
      return;
    case '$inc': {
      const current = getPath(doc, path) ?? 0;
      if (typeof current !== 'number' || typeof value !== 'number') throw new Error(`$inc on a non-number at ${path}`);
      writePath({ doc, path, value: current + value, copied });
      return;
    }
    case '$min':
    case '$max': {
      const current = getPath(doc, path);
      const replace =
        current === undefined ||
        (operator === '$min' ? compareValues(value, current) < 0 : compareValues(value, current) > 0);
      if (replace) writePath({ doc, path, value: cloneValue(value), copied });
      return;
    }
    case '$push': {
      const current: unknown = getPath(doc, path) ?? [];
      if (!Array.isArray(current)) throw new Error(`$push on a non-array at ${path}`);
      const { items, slice } = pushArguments(value);
      let pushed: unknown[] = [...(current as unknown[]), ...cloneValue(items)];
      if (slice !== undefined) pushed = slice < 0 ? pushed.slice(slice) : pushed.slice(0, slice);
      writePath({ doc, path, value: pushed, copied });
      return;
    }
    case '$pull': {
      const current: unknown = getPath(doc, path);
      if (!Array.isArray(current)) return;
      const unwanted = encodeDocument({ v: value });
      const kept: unknown[] = [];
      for (const item of current as unknown[]) if (encodeDocument({ v: item }) !== unwanted) kept.push(item);
      writePath({ doc, path, value: kept, copied });
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
  writePath({ doc, path, value, copied: null });
}

/** A child object that may be written: itself, or (copy on write) a copy put in its place. */
function writable(parent: Doc, key: string, child: Doc, copied: Set<Doc> | null): Doc {
  if (!copied || copied.has(child)) return child;
  const copy = { ...child };
  parent[key] = copy;
  copied.add(copy);
  return copy;
}

function writePath(input: { doc: Doc; path: string; value: unknown; copied: Set<Doc> | null }): void {
  const { doc, value, copied } = input;
  const parts = input.path.split('.');
  const last = parts.pop();
  if (last === undefined) return;
  let current = doc;
  for (const part of parts) {
    const child = current[part];
    if (isPlainObject(child)) {
      current = writable(current, part, child, copied);
    } else {
      const created: Doc = {};
      current[part] = created;
      copied?.add(created);
      current = created;
    }
  }
  current[last] = value;
}

function unsetPath(doc: Doc, path: string, copied: Set<Doc> | null): void {
  const parts = path.split('.');
  const last = parts.pop();
  if (last === undefined) return;
  let current = doc;
  for (const part of parts) {
    const child = current[part];
    if (!isPlainObject(child)) return;
    current = writable(current, part, child, copied);
  }
  if (last in current) Reflect.deleteProperty(current, last);
}
