import { randomUUID } from 'node:crypto';
import {
  DuplicateKeyError,
  type BaseDocument,
  type DocumentCollection,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type SortSpec,
  type Update,
  type UpdateResult,
} from '../collection.js';
import type { TransactionResult, WriteOperation } from '../engine.js';
import { applyTransaction, settle } from './synchronous.js';
import type { EmbeddedEngine } from './embedded.js';
import { cloneValue, compareBySort, matches, valueAt, type Doc } from './memory/query.js';
import { SortedIndex } from './memory/sorted-index.js';
import { encodeDocument } from './sqlite/document-codec.js';
import { applyUpdate, updatedPaths, upsertDocument } from './sqlite/update-document.js';

type Stored = Doc & BaseDocument;

/** An undo step of the transaction under way. */
type Undo = () => void;

interface Runtime {
  /** Undo steps of the write under way, or null outside a write. */
  journal: Undo[] | null;
  ttl: Map<string, { path: string; seconds: number }[]>;
}

/**
 * The store in plain `Map`s, for tests and `npm run bench -- --store memory`: the same contract as
 * the SQLite engine (tests/store/contract.test.ts runs on both), nothing kept after the process.
 * Every call runs to its end synchronously, so each write and each transaction is atomic; a
 * transaction that finds a conflict is undone step by step.
 */
export function createMemoryEngine(): EmbeddedEngine {
  const runtime: Runtime = { journal: null, ttl: new Map() };
  const collections = new Map<string, MemoryCollection>();
  let commits = 0;

  const collectionOf = (name: string): MemoryCollection => {
    let collection = collections.get(name);
    if (!collection) {
      collection = new MemoryCollection(name, runtime);
      collections.set(name, collection);
    }
    return collection;
  };

  /** Runs writes as one commit, counted when something changed; undone entirely when one throws. */
  const write = <T>(task: () => T): T => {
    if (runtime.journal) return task();
    const journal: Undo[] = [];
    runtime.journal = journal;
    try {
      const result = task();
      if (journal.length > 0) commits += 1;
      return result;
    } catch (error) {
      for (let index = journal.length - 1; index >= 0; index -= 1) journal[index]?.();
      throw error;
    } finally {
      runtime.journal = null;
    }
  };

  const sweepExpired = (now: Date): number => {
    let deleted = 0;
    for (const [name, fields] of runtime.ttl) {
      for (const { path, seconds } of fields) {
        const before = new Date(now.getTime() - seconds * 1000);
        deleted += collectionOf(name).deleteSync({ [path]: { $lte: before } }, true);
      }
    }
    return deleted;
  };

  return {
    kind: 'embedded',
    location: ':memory:',
    supportsTransactions: true,
    collection<TDoc extends BaseDocument>(name: string): DocumentCollection<TDoc> {
      const collection = collectionOf(name);
      // One instance per name; the document type is the caller's promise about that name.
      return {
        name,
        findOne: (filter, options) => settle(() => collection.findOneSync(filter, options?.sort) as TDoc | null),
        find: (filter, options) => settle(() => collection.findSync(filter, options) as TDoc[]),
        insertOne: (doc) => settle(() => write(() => collection.insertSync(doc))),
        insertManyIgnoringDuplicates: (docs) => settle(() => write(() => collection.insertManySync(docs))),
        updateOne: (filter, update, options) =>
          settle(() => write(() => collection.updateOneSync(filter, update, options?.upsert ?? false))),
        updateMany: (filter, update) => settle(() => write(() => collection.updateManySync(filter, update))),
        findOneAndUpdate: (filter, update, options) =>
          settle(() => write(() => collection.findOneAndUpdateSync(filter, update, options ?? {}) as TDoc | null)),
        deleteOne: (filter) => settle(() => write(() => collection.deleteSync(filter, false))),
        deleteMany: (filter) => settle(() => write(() => collection.deleteSync(filter, true))),
        countDocuments: (filter) => settle(() => collection.countSync(filter)),
        createIndex: (spec) => settle(() => collection.createIndexSync(spec)),
      };
    },
    transaction: (writes: WriteOperation[]): Promise<TransactionResult> =>
      settle(() => applyTransaction({ writes, collectionOf, atomically: write })),
    commitCount: () => commits,
    sweepExpired: (now) => write(() => sweepExpired(now)),
    storedBytes() {
      const bytes: Record<string, number> = {};
      for (const [name, collection] of collections) bytes[name] = collection.storedBytes();
      return bytes;
    },
    dropAll() {
      return settle(() => {
        for (const collection of collections.values()) collection.drop();
        runtime.ttl.clear();
      });
    },
    close: () => Promise.resolve(),
  };
}

interface UniqueIndex {
  fields: string[];
  sparse: boolean;
  owners: Map<string, string>;
}

class MemoryCollection {
  private readonly docs = new Map<string, Stored>();
  private sorted: SortedIndex[] = [];
  private unique: UniqueIndex[] = [];

  constructor(
    readonly name: string,
    private readonly runtime: Runtime,
  ) {}

  drop(): void {
    this.docs.clear();
    this.sorted = [];
    this.unique = [];
  }

  storedBytes(): number {
    let bytes = 0;
    for (const [id, { _id: _omitted, ...fields }] of this.docs) bytes += id.length + encodeDocument(fields).length;
    return bytes;
  }

  createIndexSync(spec: IndexSpec): void {
    const fields = Object.keys(spec.fields);
    if (fields.length === 0) throw new Error(`index without fields on ${this.name}`);
    if (fields.length === 1 && fields[0] === '_id') return;
    const sparse = spec.sparse ?? false;
    const same = (index: { fields: string[] }) => index.fields.join('\n') === fields.join('\n');
    if (!this.sorted.some(same)) {
      const index = new SortedIndex(fields, sparse);
      for (const [id, doc] of this.docs) index.add(id, doc);
      this.sorted.push(index);
    }
    if (spec.unique && !this.unique.some(same)) {
      const index: UniqueIndex = { fields, sparse, owners: new Map() };
      for (const [id, doc] of this.docs) {
        const key = uniqueKey(index, doc);
        if (key === null) continue;
        if (index.owners.has(key)) throw new DuplicateKeyError(this.name);
        index.owners.set(key, id);
      }
      this.unique.push(index);
    }
    const [field] = fields;
    if (spec.expireAfterSeconds !== undefined && fields.length === 1 && field) {
      const ttl = this.runtime.ttl.get(this.name) ?? [];
      if (!ttl.some((entry) => entry.path === field)) ttl.push({ path: field, seconds: spec.expireAfterSeconds });
      this.runtime.ttl.set(this.name, ttl);
    }
  }

  /** The stored documents a filter matches, in sort order, at most `limit` after `skip` (not copied). */
  private select(filter: Filter, options: FindOptions = {}): Stored[] {
    const wanted = options.limit ? options.limit + (options.skip ?? 0) : Infinity;
    const found: Stored[] = [];
    const { candidates, ordered } = this.candidates(filter, options.sort);
    for (const doc of candidates) {
      if (!matches(doc, filter)) continue;
      found.push(doc);
      if (ordered && found.length >= wanted) break;
    }
    if (options.sort && !ordered) found.sort(compareBySort(options.sort));
    const start = options.skip ?? 0;
    return start === 0 && found.length <= wanted ? found : found.slice(start, wanted);
  }

  /** Documents that may match: by id, through the index that pins most of the filter, or all. */
  private candidates(filter: Filter, sort: SortSpec | undefined): { candidates: Iterable<Stored>; ordered: boolean } {
    const id = filter._id;
    if (typeof id === 'string') {
      const doc = this.docs.get(id);
      return { candidates: doc ? [doc] : [], ordered: true };
    }
    // "one of these ids" (a message id hashed two ways): each looked up, never a scan
    const ids: unknown = typeof id === 'object' && id !== null && '$in' in id ? id.$in : undefined;
    if (Array.isArray(ids) && ids.every((each): each is string => typeof each === 'string')) {
      return { candidates: this.lookup(new Set(ids)), ordered: !sort };
    }
    let best: ReturnType<SortedIndex['scan']> = null;
    for (const index of this.sorted) {
      const scan = index.scan(filter);
      if (scan && (!best || scan.score > best.score)) best = scan;
    }
    if (!best) return { candidates: this.docs.values(), ordered: !sort };
    return { candidates: this.lookup(best.ids), ordered: best.ordered(sort) };
  }

  private *lookup(ids: Iterable<string>): Generator<Stored> {
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (doc) yield doc;
    }
  }

  findOneSync(filter: Filter, sort: SortSpec | undefined): Stored | null {
    const [doc] = this.select(filter, { ...(sort ? { sort } : {}), limit: 1 });
    return doc ? cloneValue(doc) : null;
  }

  findSync(filter: Filter, options: FindOptions = {}): Stored[] {
    return this.select(filter, options).map((doc) => cloneValue(doc));
  }

  countSync(filter: Filter): number {
    return this.select(filter).length;
  }

  insertSync(doc: BaseDocument): void {
    this.put(toStored(cloneValue<Doc>({ ...doc })));
  }

  insertManySync(docs: BaseDocument[]): number {
    let inserted = 0;
    for (const doc of docs) if (this.tryPut(toStored(cloneValue<Doc>({ ...doc })))) inserted += 1;
    return inserted;
  }

  updateOneSync(filter: Filter, update: Update, upsert: boolean): UpdateResult {
    const [doc] = this.select(filter, { limit: 1 });
    if (doc) {
      this.update(doc, update);
      return { matched: 1, upserted: false };
    }
    if (!upsert) return { matched: 0, upserted: false };
    this.put(toStored(upsertDocument(filter, update, randomUUID)));
    return { matched: 0, upserted: true };
  }

  updateManySync(filter: Filter, update: Update): number {
    const docs = this.select(filter);
    for (const doc of docs) this.update(doc, update);
    return docs.length;
  }

  findOneAndUpdateSync(filter: Filter, update: Update, options: { sort?: SortSpec; upsert?: boolean }): Stored | null {
    const [doc] = this.select(filter, { ...(options.sort ? { sort: options.sort } : {}), limit: 1 });
    if (doc) return cloneValue(this.update(doc, update));
    if (!options.upsert) return null;
    const created = toStored(upsertDocument(filter, update, randomUUID));
    this.put(created);
    return cloneValue(created);
  }

  deleteSync(filter: Filter, many: boolean): number {
    const docs = this.select(filter, many ? {} : { limit: 1 });
    for (const doc of docs) this.remove(doc);
    return docs.length;
  }

  /** Adds a document the store owns already (a fresh copy); a clash with the id or a unique key throws. */
  private put(doc: Stored): void {
    if (!this.tryPut(doc)) throw new DuplicateKeyError(this.name);
  }

  /** Adds a document the store owns already; false (nothing written) when its id or a unique key is taken. */
  private tryPut(doc: Stored): boolean {
    if (this.docs.has(doc._id)) return false;
    const keys = this.uniqueKeys(doc, null);
    if (!keys) return false;
    this.docs.set(doc._id, doc);
    keys.forEach((key, index) => {
      if (key !== null) this.unique[index]?.owners.set(key, doc._id);
    });
    for (const index of this.sorted) index.add(doc._id, doc);
    this.runtime.journal?.push(() => {
      this.detach(doc);
    });
    return true;
  }

  /**
   * Replaces a stored document by its updated copy (the stored one is not changed: an undo puts
   * it back). Indexes over fields the update does not write are left alone.
   */
  private update(before: Stored, update: Update): Stored {
    const after = toStored(applyUpdate(before, update, { inserting: false, copyOnWrite: true }));
    if (after._id !== before._id) throw new Error(`an update cannot change the _id of a document in ${this.name}`);
    const paths = updatedPaths(update);
    const unique = this.unique.filter((index) => writesAny(paths, index.fields));
    const keys = this.uniqueKeys(after, before, unique);
    if (!keys) throw new DuplicateKeyError(this.name);
    unique.forEach((index, position) => {
      const old = uniqueKey(index, before);
      if (old !== null) index.owners.delete(old);
      const key = keys[position];
      if (key !== null && key !== undefined) index.owners.set(key, after._id);
    });
    for (const index of this.sorted) if (writesAny(paths, index.fields)) index.update(after._id, before, after);
    this.docs.set(after._id, after);
    this.runtime.journal?.push(() => {
      this.detach(after);
      this.attach(before);
    });
    return after;
  }

  private remove(doc: Stored): void {
    this.detach(doc);
    this.runtime.journal?.push(() => {
      this.attach(doc);
    });
  }

  /** Takes a document out of the map and every index (no checks: used by writes and their undo). */
  private detach(doc: Stored): void {
    this.docs.delete(doc._id);
    for (const index of this.unique) {
      const key = uniqueKey(index, doc);
      if (key !== null && index.owners.get(key) === doc._id) index.owners.delete(key);
    }
    for (const index of this.sorted) index.remove(doc._id, doc);
  }

  private attach(doc: Stored): void {
    this.docs.set(doc._id, doc);
    for (const index of this.unique) {
      const key = uniqueKey(index, doc);
      if (key !== null) index.owners.set(key, doc._id);
    }
    for (const index of this.sorted) index.add(doc._id, doc);
  }

  /** Each unique index's key for the document, or null when another document holds one of them. */
  private uniqueKeys(doc: Stored, replacing: Stored | null, indexes = this.unique): (string | null)[] | null {
    const keys: (string | null)[] = [];
    for (const index of indexes) {
      const key = uniqueKey(index, doc);
      const owner = key === null ? undefined : index.owners.get(key);
      if (owner !== undefined && owner !== replacing?._id) return null;
      keys.push(key);
    }
    return keys;
  }
}

/**
 * The value a unique index keeps for a document, or null when a sparse index leaves it out.
 * As in MongoDB, a missing field counts as null (two documents without it clash) unless sparse.
 */
function uniqueKey(index: UniqueIndex, doc: Doc): string | null {
  const values = index.fields.map((field) => valueAt(doc, field) ?? null);
  if (index.sparse && values.every((value) => value === null)) return null;
  return encodeDocument(values);
}

/** Whether one of the written paths is one of the fields, inside it or around it. */
function writesAny(paths: string[], fields: string[]): boolean {
  for (const field of fields) {
    for (const path of paths) {
      if (path === field) return true;
      if (field.length > path.length && field.startsWith(path) && field[path.length] === '.') return true;
      if (path.length > field.length && path.startsWith(field) && path[field.length] === '.') return true;
    }
  }
  return false;
}

function toStored(value: Doc): Stored {
  const id = value._id;
  if (typeof id !== 'string') throw new Error('a document without a string _id');
  return { ...value, _id: id };
}
