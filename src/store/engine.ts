import type { BaseDocument, DocumentCollection } from './collection.js';

/** A storage engine hands out collections by name and closes cleanly. */
export interface StorageEngine {
  readonly kind: 'embedded' | 'mongodb';
  /** Where the data lives, safe to print (no credentials). */
  readonly location: string;
  collection<TDoc extends BaseDocument>(name: string): DocumentCollection<TDoc>;
  /** Drops every collection: used by the contract tests and by nothing in production. */
  dropAll(): Promise<void>;
  close(): Promise<void>;
}
