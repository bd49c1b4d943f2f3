import type { BaseDocument, DocumentCollection, StorageEngine } from '../../src/store/index.js';

export interface FaultyStorage {
  engine: StorageEngine;
  /** Every write to these collections (all when none are named) fails like a full disk, until healed. */
  failWrites(...collections: string[]): void;
  heal(): void;
}

function diskFull(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** Wraps a storage engine so that writes can be made to fail as a full disk would; reads keep working. */
export function createFaultyStorage(inner: StorageEngine): FaultyStorage {
  let failing: Set<string> | 'all' | null = null;
  const fails = (name: string) => failing === 'all' || (failing !== null && failing.has(name));
  const guard = async <T>(name: string, write: () => Promise<T>): Promise<T> => {
    if (fails(name)) throw diskFull();
    return write();
  };
  function wrap<TDoc extends BaseDocument>(collection: DocumentCollection<TDoc>): DocumentCollection<TDoc> {
    const { name } = collection;
    return {
      name,
      findOne: (filter, options) => collection.findOne(filter, options),
      find: (filter, options) => collection.find(filter, options),
      countDocuments: (filter) => collection.countDocuments(filter),
      createIndex: (spec) => collection.createIndex(spec),
      insertOne: (doc) => guard(name, () => collection.insertOne(doc)),
      insertManyIgnoringDuplicates: (docs) => guard(name, () => collection.insertManyIgnoringDuplicates(docs)),
      updateOne: (filter, update, options) => guard(name, () => collection.updateOne(filter, update, options)),
      updateMany: (filter, update) => guard(name, () => collection.updateMany(filter, update)),
      findOneAndUpdate: (filter, update, options) =>
        guard(name, () => collection.findOneAndUpdate(filter, update, options)),
      deleteOne: (filter) => guard(name, () => collection.deleteOne(filter)),
      deleteMany: (filter) => guard(name, () => collection.deleteMany(filter)),
    };
  }
  return {
    engine: {
      kind: inner.kind,
      location: inner.location,
      collection: (name) => wrap(inner.collection(name)),
      supportsTransactions: inner.supportsTransactions,
      // A transaction touching a failing collection fails whole, as one write to a full disk would.
      transaction: async (writes) => {
        const failed = writes.find((write) => fails(write.collection));
        if (failed) throw diskFull();
        return inner.transaction(writes);
      },
      commitCount: () => inner.commitCount(),
      dropAll: () => inner.dropAll(),
      close: () => inner.close(),
    },
    failWrites(...collections) {
      failing = collections.length === 0 ? 'all' : new Set(collections);
    },
    heal() {
      failing = null;
    },
  };
}
