import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type NedbModule from '@seald-io/nedb';
import { modify } from '@seald-io/nedb/lib/model.js';
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
import type { StorageEngine } from '../engine.js';
import { KeyedMutex } from './keyed-mutex.js';

export interface EmbeddedEngineOptions {
  /** Folder holding one `<collection>.db` file per collection; created when missing. */
  dataDir: string;
  /** How often each file is rewritten without its superseded lines. */
  compactionIntervalMs?: number;
}

const COMPACTION_MINIMUM_MS = 5_000;

// NeDB is CommonJS and its typings describe an ES default export that does not exist at run time.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- require() is untyped; the type is the package's own
const Datastore: typeof NedbModule.default = createRequire(import.meta.url)('@seald-io/nedb');

/**
 * NeDB keeps each collection in memory and appends every change to its file. Operations
 * that MongoDB does atomically but NeDB lacks (sorted find-and-update, $setOnInsert) run
 * under one mutex per collection, which makes them atomic inside this process; the data
 * folder itself is locked to one process (see data-dir-lock.ts).
 */
export function createEmbeddedEngine(options: EmbeddedEngineOptions): StorageEngine {
  const collections = new Map<string, EmbeddedCollection<BaseDocument>>();
  const compactionIntervalMs = Math.max(options.compactionIntervalMs ?? 10 * 60_000, COMPACTION_MINIMUM_MS);
  let ready: Promise<void> | undefined;
  const ensureDir = (): Promise<void> => (ready ??= mkdir(options.dataDir, { recursive: true }).then(() => undefined));

  return {
    kind: 'embedded',
    location: options.dataDir,
    collection<TDoc extends BaseDocument>(name: string): DocumentCollection<TDoc> {
      let collection = collections.get(name);
      if (!collection) {
        collection = new EmbeddedCollection(name, join(options.dataDir, `${name}.db`), {
          ensureDir,
          compactionIntervalMs,
        });
        collections.set(name, collection);
      }
      // One instance per name; the document type is the caller's promise about that name.
      return collection as unknown as DocumentCollection<TDoc>;
    },
    async dropAll() {
      for (const collection of collections.values()) await collection.drop();
    },
    async close() {
      for (const collection of collections.values()) await collection.close();
      collections.clear();
    },
  };
}

interface CollectionRuntime {
  ensureDir: () => Promise<void>;
  compactionIntervalMs: number;
}

class EmbeddedCollection<TDoc extends BaseDocument> implements DocumentCollection<TDoc> {
  private readonly store: NedbModule.default<TDoc>;
  private loaded: Promise<void> | undefined;
  private readonly mutex = new KeyedMutex();

  constructor(
    readonly name: string,
    filename: string,
    private readonly runtime: CollectionRuntime,
  ) {
    this.store = new Datastore<TDoc>({ filename, autoload: false });
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      await this.runtime.ensureDir();
      await this.store.loadDatabaseAsync();
      this.store.setAutocompactionInterval(this.runtime.compactionIntervalMs);
    })();
    return this.loaded;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.mutex.run('collection', async () => {
      await this.load();
      return task();
    });
  }

  findOne(filter: Filter, options?: { sort?: SortSpec }): Promise<TDoc | null> {
    return this.exclusive(async () => (await this.findSorted(filter, { ...options, limit: 1 }))[0] ?? null);
  }

  find(filter: Filter, options: FindOptions = {}): Promise<TDoc[]> {
    return this.exclusive(() => this.findSorted(filter, options));
  }

  private async findSorted(filter: Filter, options: FindOptions): Promise<TDoc[]> {
    let cursor = this.store.findAsync(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return await cursor;
  }

  insertOne(doc: TDoc): Promise<void> {
    return this.exclusive(async () => {
      await this.insertMapped(doc);
    });
  }

  insertManyIgnoringDuplicates(docs: TDoc[]): Promise<number> {
    return this.exclusive(async () => {
      if (docs.length === 0) return 0;
      // One appended write for the whole batch; NeDB rolls a batch back whole when one document
      // clashes, and then each is inserted on its own so the others still land.
      try {
        await this.store.insertAsync(docs);
        return docs.length;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      let inserted = 0;
      for (const doc of docs) {
        try {
          await this.store.insertAsync(doc);
          inserted += 1;
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return inserted;
    });
  }

  private async insertMapped(doc: TDoc): Promise<void> {
    try {
      await this.store.insertAsync(doc);
    } catch (error) {
      throw this.mapError(error);
    }
  }

  updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    return this.exclusive(async () => {
      // NeDB's typings omit the null of "no match".
      const target = (await this.store.findOneAsync(filter)) as TDoc | null;
      if (target) {
        await this.updateById(target._id, withoutSetOnInsert(update));
        return { matched: 1, upserted: false };
      }
      if (!options.upsert) return { matched: 0, upserted: false };
      await this.insertMapped(buildUpsertDocument<TDoc>(filter, update));
      return { matched: 0, upserted: true };
    });
  }

  updateMany(filter: Filter, update: Update): Promise<number> {
    return this.exclusive(async () => {
      try {
        const { numAffected } = await this.store.updateAsync(filter, withoutSetOnInsert(update), {
          multi: true,
        });
        return numAffected;
      } catch (error) {
        throw this.mapError(error);
      }
    });
  }

  findOneAndUpdate(
    filter: Filter,
    update: Update,
    options: { sort?: SortSpec; upsert?: boolean } = {},
  ): Promise<TDoc | null> {
    return this.exclusive(async () => {
      const [target] = await this.findSorted(filter, { sort: options.sort, limit: 1 });
      if (target) return this.updateById(target._id, withoutSetOnInsert(update));
      if (!options.upsert) return null;
      const created = buildUpsertDocument<TDoc>(filter, update);
      await this.insertMapped(created);
      return this.store.findOneAsync({ _id: created._id });
    });
  }

  private async updateById(id: string, update: Update): Promise<TDoc | null> {
    try {
      const result = await this.store.updateAsync({ _id: id }, update, {
        multi: false,
        returnUpdatedDocs: true,
      });
      return result.affectedDocuments ?? null;
    } catch (error) {
      throw this.mapError(error);
    }
  }

  deleteOne(filter: Filter): Promise<number> {
    return this.exclusive(() => this.store.removeAsync(filter, { multi: false }));
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.exclusive(() => this.store.removeAsync(filter, { multi: true }));
  }

  countDocuments(filter: Filter): Promise<number> {
    return this.exclusive(async () => await this.store.countAsync(filter));
  }

  createIndex(spec: IndexSpec): Promise<void> {
    if (spec.serverOnly) return Promise.resolve();
    return this.exclusive(async () => {
      const fields = Object.keys(spec.fields);
      const fieldName = fields.length === 1 ? fields[0] : fields;
      if (fieldName === undefined) throw new Error(`index without fields on ${this.name}`);
      try {
        await this.store.ensureIndexAsync({
          fieldName,
          unique: spec.unique ?? false,
          sparse: spec.sparse ?? false,
          ...(spec.expireAfterSeconds === undefined ? {} : { expireAfterSeconds: spec.expireAfterSeconds }),
        });
      } catch (error) {
        throw this.mapError(error);
      }
    });
  }

  async drop(): Promise<void> {
    await this.exclusive(async () => {
      await this.store.removeAsync({}, { multi: true });
      await this.store.compactDatafileAsync();
    });
  }

  async close(): Promise<void> {
    this.store.stopAutocompaction();
    if (!this.loaded) return;
    // Rewriting the file on close keeps the next start fast.
    await this.exclusive(() => this.store.compactDatafileAsync());
  }

  private mapError(error: unknown): unknown {
    if (isUniqueViolation(error)) return new DuplicateKeyError(this.name);
    return error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorType' in error && error.errorType === 'uniqueViolated';
}

function withoutSetOnInsert(update: Update): Update {
  const { $setOnInsert: _ignored, ...rest } = update;
  return rest;
}

/** MongoDB's upsert: the filter's equality fields, then $setOnInsert, then the update operators. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller's document type
function buildUpsertDocument<TDoc extends BaseDocument>(filter: Filter, update: Update): TDoc {
  const base: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$') || isOperatorObject(value)) continue;
    base[key] = value;
  }
  Object.assign(base, update.$setOnInsert ?? {});
  const modified = modify(base, withoutSetOnInsert(update));
  if (typeof modified._id !== 'string') modified._id = cryptoRandomId();
  return modified as TDoc;
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

function cryptoRandomId(): string {
  return globalThis.crypto.randomUUID();
}
