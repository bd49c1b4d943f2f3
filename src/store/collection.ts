/**
 * The small subset of the MongoDB collection API that duo-bot's repositories are written
 * against. Both engines (embedded NeDB files, MongoDB) implement it with the same semantics,
 * so a repository works unchanged on either.
 */
export type Filter = Record<string, unknown>;
export type Update = {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true | '' | 1>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $pull?: Record<string, unknown>;
  $setOnInsert?: Record<string, unknown>;
  $min?: Record<string, unknown>;
  $max?: Record<string, unknown>;
};
export type SortSpec = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: SortSpec;
  limit?: number;
  skip?: number;
}

export interface IndexSpec {
  fields: Record<string, 1 | -1>;
  unique?: boolean;
  /** Documents without the field are left out of the index (needed for optional unique fields). */
  sparse?: boolean;
  /** TTL: the document is removed once the (Date) field is this many seconds in the past. */
  expireAfterSeconds?: number;
  /**
   * Only worth keeping on a database server (a query planner, indexes on disk). NeDB keeps the
   * documents of one key in an array it splices on every update, so a key shared by thousands of
   * documents (a state, a missing date) costs more than the scan it saves.
   */
  serverOnly?: boolean;
}

export interface UpdateResult {
  matched: number;
  upserted: boolean;
}

export interface BaseDocument {
  _id: string;
}

export interface DocumentCollection<TDoc extends BaseDocument> {
  readonly name: string;
  findOne(filter: Filter, options?: Pick<FindOptions, 'sort'>): Promise<TDoc | null>;
  find(filter: Filter, options?: FindOptions): Promise<TDoc[]>;
  /** Rejects with DuplicateKeyError when a unique index is violated; nothing is written then. */
  insertOne(doc: TDoc): Promise<void>;
  /** Inserts each document; those violating a unique index are skipped. Returns how many were inserted. */
  insertManyIgnoringDuplicates(docs: TDoc[]): Promise<number>;
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update): Promise<number>;
  /** Atomic: the first document matching (in sort order) is updated and returned as it is after the update. */
  findOneAndUpdate(
    filter: Filter,
    update: Update,
    options?: { sort?: SortSpec; upsert?: boolean },
  ): Promise<TDoc | null>;
  deleteOne(filter: Filter): Promise<number>;
  deleteMany(filter: Filter): Promise<number>;
  countDocuments(filter: Filter): Promise<number>;
  createIndex(spec: IndexSpec): Promise<void>;
}

export class DuplicateKeyError extends Error {
  constructor(collection: string) {
    super(`duplicate key in collection ${collection}`);
    this.name = 'DuplicateKeyError';
  }
}
