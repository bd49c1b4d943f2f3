import type { Filter } from '../../collection.js';
import { compareValues, isOperatorObject, valueAt, type Doc } from './query.js';
import { SortedEntries } from './sorted-entries.js';

const LOWEST = Symbol('lowest');
const HIGHEST = Symbol('highest');
type Bound = unknown;

interface Entry {
  key: unknown[];
  id: string;
}

/** The stretch of an index that holds every document a filter can match, in index order. */
export interface IndexScan {
  ids: Iterable<string>;
  /** Whether the ids come in the order of this sort (so that a limit can stop early). */
  ordered: (sort: Record<string, 1 | -1> | undefined) => boolean;
  /** How many leading fields of the index the filter pins (equalities, then at most one range). */
  score: number;
}

function compareBound(left: Bound, right: Bound): number {
  if (left === right) return 0;
  if (left === LOWEST || right === HIGHEST) return -1;
  if (left === HIGHEST || right === LOWEST) return 1;
  return compareValues(left, right);
}

function compareKeys(left: unknown[], right: unknown[]): number {
  for (let index = 0; index < left.length; index += 1) {
    const order = compareBound(left[index], right[index]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareEntries(left: Entry, right: Entry): number {
  const order = compareKeys(left.key, right.key);
  if (order !== 0) return order;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  );
}

/** A field value as a map key: equal values (as an equality filter sees them) give equal keys. */
function tag(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number') return `d${value}`;
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (value instanceof Date) return `t${value.getTime()}`;
  return `j${JSON.stringify(value)}`;
}

interface Bucket {
  /** The first field's value shared by the bucket's entries. */
  value: unknown;
  /** Sorted by the other fields, then by id (an index of several fields). */
  entries: SortedEntries<Entry>;
  /** In the order they came (an index of one field: nothing else to sort by). */
  ids: Set<string>;
}

/**
 * A declared index: documents grouped by the value of its first field, each group kept sorted by
 * the other fields (then by id), so that an equality on the first field, further equalities and a
 * range on the next field find their documents by one lookup and a binary search. A range on the
 * first field looks through the groups. An index over a field that holds an array in some
 * document stops being used (its documents would need one entry per element).
 */
export class SortedIndex {
  private buckets = new Map<string, Bucket>();
  private usable = true;

  constructor(
    readonly fields: string[],
    private readonly sparse: boolean,
  ) {}

  /** The first field's value and the entry's key (the other fields), or null when left out. */
  private keyOf(doc: Doc): { head: unknown; rest: unknown[] } | null {
    let head: unknown = null;
    const rest: unknown[] = [];
    let present = false;
    for (let index = 0; index < this.fields.length; index += 1) {
      const field = this.fields[index];
      const value = field === undefined ? undefined : valueAt(doc, field);
      if (Array.isArray(value)) {
        this.usable = false;
        this.buckets.clear();
        return null;
      }
      if (value !== undefined && value !== null) present = true;
      if (index === 0) head = value ?? null;
      else rest.push(value ?? null);
    }
    return this.sparse && !present ? null : { head, rest };
  }

  add(id: string, doc: Doc): void {
    if (!this.usable) return;
    const key = this.keyOf(doc);
    if (key) this.insert(key, id);
  }

  remove(id: string, doc: Doc): void {
    if (!this.usable) return;
    const key = this.keyOf(doc);
    if (key) this.delete(key, id);
  }

  /** Moves a document whose indexed fields changed; nothing to do when they did not. */
  update(id: string, before: Doc, after: Doc): void {
    if (!this.usable) return;
    const old = this.keyOf(before);
    const next = this.keyOf(after);
    if (old && next && tag(old.head) === tag(next.head) && sameKeys(old.rest, next.rest)) return;
    if (old) this.delete(old, id);
    if (next) this.insert(next, id);
  }

  private insert(key: { head: unknown; rest: unknown[] }, id: string): void {
    // Reading a key may have found an array and given the index up.
    if (!this.usable) return;
    const name = tag(key.head);
    let bucket = this.buckets.get(name);
    if (!bucket) {
      bucket = { value: key.head, entries: new SortedEntries(compareEntries), ids: new Set() };
      this.buckets.set(name, bucket);
    }
    if (this.fields.length === 1) {
      bucket.ids.add(id);
      return;
    }
    bucket.entries.insert({ key: key.rest, id });
  }

  private delete(key: { head: unknown; rest: unknown[] }, id: string): void {
    const name = tag(key.head);
    const bucket = this.buckets.get(name);
    if (!bucket) return;
    if (this.fields.length === 1) {
      bucket.ids.delete(id);
      if (bucket.ids.size === 0) this.buckets.delete(name);
      return;
    }
    if (!bucket.entries.delete({ key: key.rest, id })) return;
    if (bucket.entries.size === 0) this.buckets.delete(name);
  }

  clear(): void {
    this.buckets.clear();
    this.usable = true;
  }

  /** The entries a filter can match, or null when this index does not narrow it. */
  scan(filter: Filter): IndexScan | null {
    const [first, ...others] = this.fields;
    if (!this.usable || first === undefined) return null;
    const condition = filter[first];
    if (condition === undefined) return null;
    if (isOperatorObject(condition)) return this.scanHeads(condition);
    // A sparse index leaves out documents without the field, which an equality on null matches.
    if (!isScalar(condition) || (condition === null && this.sparse)) return null;
    const bucket = this.buckets.get(tag(condition));
    const pinned = new Set(this.fields.slice(0, 1));
    if (others.length === 0) {
      return {
        score: 1,
        ids: bucket?.ids ?? [],
        ordered: (sort) => sort === undefined || Object.keys(sort).every((path) => pinned.has(path)),
      };
    }
    const entries = bucket?.entries;
    const low: Bound[] = [];
    const high: Bound[] = [];
    let equalities = 1;
    let ranged = false;
    for (const field of others) {
      const value = filter[field];
      if (value === undefined) break;
      if (!isOperatorObject(value)) {
        if (!isScalar(value)) break;
        low.push(value);
        high.push(value);
        equalities += 1;
        continue;
      }
      const range = rangeOf(value);
      if (!range) break;
      low.push(range.low);
      high.push(range.high);
      ranged = true;
      break;
    }
    while (low.length < others.length) {
      low.push(LOWEST);
      high.push(HIGHEST);
    }
    const start: Entry = { key: low, id: '' };
    const sortable = this.fields.slice(equalities);
    for (const field of this.fields.slice(1, equalities)) pinned.add(field);
    return {
      score: equalities + (ranged ? 1 : 0),
      ids: {
        *[Symbol.iterator]() {
          if (!entries) return;
          for (const entry of entries.from(start)) {
            if (compareKeys(entry.key, high) > 0) return;
            yield entry.id;
          }
        },
      },
      ordered: (sort) => {
        if (!sort) return true;
        const keys = Object.entries(sort).filter(([path]) => !pinned.has(path));
        return keys.every(([path, direction], index) => direction === 1 && sortable[index] === path);
      },
    };
  }

  /** A range on the first field: the ids of every group whose value lies in it, in no useful order. */
  private scanHeads(condition: Doc): IndexScan | null {
    const range = rangeOf(condition);
    if (!range) return null;
    const ids: string[] = [];
    for (const bucket of this.buckets.values()) {
      if (compareBound(bucket.value, range.low) < 0 || compareBound(bucket.value, range.high) > 0) continue;
      if (this.fields.length === 1) ids.push(...bucket.ids);
      else for (const entry of bucket.entries) ids.push(entry.id);
    }
    return { score: 1, ids, ordered: (sort) => sort === undefined };
  }
}

/** Bounds of a range condition ($gt, $gte, $lt, $lte only), taken inclusive: the filter checks again. */
function rangeOf(condition: Doc): { low: Bound; high: Bound } | null {
  let low: Bound = LOWEST;
  let high: Bound = HIGHEST;
  for (const operator in condition) {
    const operand = condition[operator];
    if (!(operand instanceof Date || typeof operand === 'number' || typeof operand === 'string')) return null;
    if (operator === '$gt' || operator === '$gte') low = operand;
    else if (operator === '$lt' || operator === '$lte') high = operand;
    else return null;
  }
  return { low, high };
}

function sameKeys(left: unknown[], right: unknown[]): boolean {
  return left.every((value, index) => tag(value) === tag(right[index]));
}
