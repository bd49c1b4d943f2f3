import type { BaseDocument, DocumentCollection, Filter, Update } from './collection.js';

/**
 * One write of a transaction. Every write of a transaction lands, or none does.
 * - insertOne: a duplicate key cancels the transaction (a conflict);
 * - insertMany: documents clashing with a unique key are skipped, the others inserted;
 * - updateOne: with `required`, matching no document cancels the transaction (a conflict);
 * - deleteMany: removes every match.
 */
export type WriteOperation =
  | { collection: string; kind: 'insertOne'; doc: BaseDocument }
  | { collection: string; kind: 'insertMany'; docs: BaseDocument[] }
  | { collection: string; kind: 'updateOne'; filter: Filter; update: Update; upsert?: boolean; required?: boolean }
  | { collection: string; kind: 'deleteMany'; filter: Filter };

/** `conflict` is the index of the write that found a duplicate key or no document: nothing was written. */
export type TransactionResult = { committed: true } | { committed: false; conflict: number };

/** A storage engine hands out collections by name and closes cleanly. */
export interface StorageEngine {
  readonly kind: 'embedded' | 'mongodb';
  /** Where the data lives, safe to print (no credentials). */
  readonly location: string;
  collection<TDoc extends BaseDocument>(name: string): DocumentCollection<TDoc>;
  /**
   * False on a MongoDB server that is not a replica set: `transaction` then rejects, and the
   * store carries a turn's writes in the one document write it can make atomically.
   */
  readonly supportsTransactions: boolean;
  /** Applies the writes in order, all or nothing. */
  transaction(writes: WriteOperation[]): Promise<TransactionResult>;
  /** Commits made so far (a single write or a transaction counts one), for the benchmark. */
  commitCount(): number;
  /**
   * Makes what deleted documents held unreadable in the engine's own files (the embedded engine
   * zeroes deleted content as it goes and empties its write-ahead log here); after an erasure.
   * Absent where the engine cannot (MongoDB: its storage engine reuses the space in time).
   */
  forgetDeleted?(): Promise<void>;
  /** Drops every collection: used by the contract tests and by nothing in production. */
  dropAll(): Promise<void>;
  close(): Promise<void>;
}
