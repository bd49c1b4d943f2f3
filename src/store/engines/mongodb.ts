import { MongoClient, MongoServerError, type ClientSession, type Collection, type UpdateFilter } from 'mongodb';
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
import type { StorageEngine, TransactionResult, WriteOperation } from '../engine.js';

export interface MongoEngineOptions {
  uri: string;
  /** Database name; defaults to the one in the URI, then `duo-bot`. */
  database?: string;
}

const DUPLICATE_KEY = 11000;

interface StoredDocument {
  _id: string;
  [field: string]: unknown;
}

function toStored(doc: BaseDocument): StoredDocument {
  return { ...Object.fromEntries(Object.entries(doc)), _id: doc._id };
}

/** Repositories use the operator subset both engines share; the driver's type is the wider one. */
function toMongoUpdate(update: Update): UpdateFilter<StoredDocument> {
  return update as UpdateFilter<StoredDocument>;
}

export async function createMongoEngine(options: MongoEngineOptions): Promise<StorageEngine> {
  const client = new MongoClient(options.uri, { serverSelectionTimeoutMS: 10_000 });
  await client.connect();
  const db = client.db(options.database);
  const url = new URL(options.uri);
  const location = `${url.protocol}//${url.host}/${db.databaseName}`;
  const collections = new Map<string, MongoCollection<BaseDocument>>();
  const counter = { commits: 0 };
  const collectionOf = (name: string): MongoCollection<BaseDocument> => {
    let collection = collections.get(name);
    if (!collection) {
      collection = new MongoCollection(name, db.collection<StoredDocument>(name), counter);
      collections.set(name, collection);
    }
    return collection;
  };
  // Transactions need a replica set (or a sharded cluster); a standalone server has none.
  const hello = await db.admin().command({ hello: 1 });
  const supportsTransactions = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
  return {
    kind: 'mongodb',
    location,
    supportsTransactions,
    collection<TDoc extends BaseDocument>(name: string): DocumentCollection<TDoc> {
      // One instance per name; the document type is the caller's promise about that name.
      return collectionOf(name) as unknown as DocumentCollection<TDoc>;
    },
    async transaction(writes: WriteOperation[]): Promise<TransactionResult> {
      if (!supportsTransactions) {
        throw new Error('this MongoDB server is not a replica set: it has no transactions');
      }
      const session = client.startSession();
      const conflict = new TransactionConflict();
      try {
        await session.withTransaction(async () => {
          for (const [index, operation] of writes.entries()) {
            if (!(await collectionOf(operation.collection).applyWrite(operation, session))) {
              conflict.index = index;
              // Thrown out of the callback, it makes the driver abort the transaction.
              throw conflict;
            }
          }
        });
        counter.commits += 1;
        return { committed: true };
      } catch (error) {
        if (error === conflict) return { committed: false, conflict: conflict.index };
        throw error;
      } finally {
        await session.endSession();
      }
    },
    commitCount: () => counter.commits,
    async dropAll() {
      for (const name of await db.listCollections({}, { nameOnly: true }).toArray()) {
        await db.collection(name.name).drop();
      }
    },
    async close() {
      await client.close();
    },
  };
}

class TransactionConflict extends Error {
  index = -1;
}

class MongoCollection<TDoc extends BaseDocument> implements DocumentCollection<TDoc> {
  constructor(
    readonly name: string,
    private readonly collection: Collection<StoredDocument>,
    private readonly counter: { commits: number },
  ) {}

  /** One write of a transaction; false when it found a duplicate key or (when required) no document. */
  async applyWrite(operation: WriteOperation, session: ClientSession): Promise<boolean> {
    switch (operation.kind) {
      case 'insertOne':
        try {
          await this.collection.insertOne(toStored(operation.doc), { session });
          return true;
        } catch (error) {
          if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
          throw error;
        }
      case 'insertMany':
        // Inside a transaction a duplicate key aborts everything: insert only what is not there yet.
        for (const doc of operation.docs) {
          const { _id, ...fields } = toStored(doc);
          await this.collection.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true, session });
        }
        return true;
      case 'updateOne': {
        const result = await this.collection.updateOne(operation.filter, toMongoUpdate(operation.update), {
          upsert: operation.upsert ?? false,
          session,
        });
        return !operation.required || result.matchedCount > 0 || result.upsertedCount > 0;
      }
      case 'deleteMany':
        await this.collection.deleteMany(operation.filter, { session });
        return true;
    }
  }

  async findOne(filter: Filter, options?: { sort?: SortSpec }): Promise<TDoc | null> {
    const doc = await this.collection.findOne(filter, options?.sort ? { sort: options.sort } : {});
    return doc ? this.typed(doc) : null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<TDoc[]> {
    let cursor = this.collection.find(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()).map((doc) => this.typed(doc));
  }

  async insertOne(doc: TDoc): Promise<void> {
    await this.guard(() => this.collection.insertOne(toStored(doc)));
  }

  async insertManyIgnoringDuplicates(docs: TDoc[]): Promise<number> {
    if (docs.length === 0) return 0;
    this.counter.commits += 1;
    try {
      const result = await this.collection.insertMany(docs.map(toStored), { ordered: false });
      return result.insertedCount;
    } catch (error) {
      if (error instanceof MongoServerError && isOnlyDuplicateKeys(error)) {
        const result: unknown = error.result;
        const inserted =
          typeof result === 'object' && result !== null && 'insertedCount' in result ? result.insertedCount : 0;
        return typeof inserted === 'number' ? inserted : 0;
      }
      throw error;
    }
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    const result = await this.guard(() =>
      this.collection.updateOne(filter, toMongoUpdate(update), { upsert: options.upsert ?? false }),
    );
    return { matched: result.matchedCount, upserted: result.upsertedCount > 0 };
  }

  async updateMany(filter: Filter, update: Update): Promise<number> {
    const result = await this.guard(() => this.collection.updateMany(filter, toMongoUpdate(update)));
    return result.modifiedCount;
  }

  async findOneAndUpdate(
    filter: Filter,
    update: Update,
    options: { sort?: SortSpec; upsert?: boolean } = {},
  ): Promise<TDoc | null> {
    const doc = await this.guard(() =>
      this.collection.findOneAndUpdate(filter, toMongoUpdate(update), {
        returnDocument: 'after',
        upsert: options.upsert ?? false,
        ...(options.sort ? { sort: options.sort } : {}),
      }),
    );
    return doc ? this.typed(doc) : null;
  }

  async deleteOne(filter: Filter): Promise<number> {
    this.counter.commits += 1;
    return (await this.collection.deleteOne(filter)).deletedCount;
  }

  async deleteMany(filter: Filter): Promise<number> {
    this.counter.commits += 1;
    return (await this.collection.deleteMany(filter)).deletedCount;
  }

  countDocuments(filter: Filter): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    await this.collection.createIndex(
      spec.fields,
      {
        unique: spec.unique ?? false,
        sparse: spec.sparse ?? false,
        ...(spec.expireAfterSeconds === undefined ? {} : { expireAfterSeconds: spec.expireAfterSeconds }),
      },
      undefined,
    );
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    this.counter.commits += 1;
    try {
      return await operation();
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) {
        throw new DuplicateKeyError(this.name);
      }
      throw error;
    }
  }

  private typed(doc: StoredDocument): TDoc {
    // Documents in a collection are written only through its repository, which owns their shape.
    return doc as unknown as TDoc;
  }
}

function isOnlyDuplicateKeys(error: MongoServerError): boolean {
  const writeErrors: unknown = error.writeErrors;
  if (!Array.isArray(writeErrors)) return error.code === DUPLICATE_KEY;
  return writeErrors.every(
    (writeError: unknown) =>
      typeof writeError === 'object' &&
      writeError !== null &&
      'code' in writeError &&
      writeError.code === DUPLICATE_KEY,
  );
}
