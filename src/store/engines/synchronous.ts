import { DuplicateKeyError, type BaseDocument, type Filter, type Update, type UpdateResult } from '../collection.js';
import type { TransactionResult, WriteOperation } from '../engine.js';

/** What a transaction needs of a collection whose calls run at once (the embedded and `Map` engines). */
export interface SynchronousCollection {
  insertSync(doc: BaseDocument): void;
  /** Inserts the documents that clash with no unique key. */
  insertManySync(docs: BaseDocument[], ignoreDuplicates: true): number;
  updateOneSync(filter: Filter, update: Update, upsert: boolean): UpdateResult;
  deleteSync(filter: Filter, many: boolean): number;
}

/**
 * Applies the writes in order inside `atomically`, which undoes them all when the task throws;
 * a duplicate key or a required update that matched nothing stops it and names the write.
 */
export function applyTransaction(input: {
  writes: WriteOperation[];
  collectionOf: (name: string) => SynchronousCollection;
  atomically: (task: () => void) => void;
}): TransactionResult {
  try {
    input.atomically(() => {
      input.writes.forEach((operation, index) => {
        if (!applyWrite(input.collectionOf(operation.collection), operation)) {
          throw new ConflictSignal(index);
        }
      });
    });
    return { committed: true };
  } catch (error) {
    if (error instanceof ConflictSignal) return { committed: false, conflict: error.index };
    throw error;
  }
}

/** The collection API is asynchronous; these engines are not: each call runs at once and settles its promise. */
export function settle<T>(task: () => T): Promise<T> {
  try {
    return Promise.resolve(task());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Thrown inside a transaction to undo it when a write finds a conflict. */
class ConflictSignal extends Error {
  constructor(readonly index: number) {
    super(`write ${index} of the transaction found a conflict`);
  }
}

/** False when the write found a duplicate key or (for a required update) no document. */
function applyWrite(collection: SynchronousCollection, operation: WriteOperation): boolean {
  switch (operation.kind) {
    case 'insertOne':
      try {
        collection.insertSync(operation.doc);
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    case 'insertMany':
      collection.insertManySync(operation.docs, true);
      return true;
    case 'updateOne': {
      const result = collection.updateOneSync(operation.filter, operation.update, operation.upsert ?? false);
      return !operation.required || result.matched > 0 || result.upserted;
    }
    case 'deleteMany':
      collection.deleteSync(operation.filter, true);
      return true;
  }
}
