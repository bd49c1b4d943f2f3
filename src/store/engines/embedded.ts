import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
import { applyTransaction, settle } from './synchronous.js';
import { startCheckpointer } from './sqlite/checkpointer.js';
import { createGroupCommit, type GroupCommit } from './sqlite/group-commit.js';
import { checkDatabaseFile, markAsDuoDatabase, type DatabaseFileCheck } from './sqlite/database-file.js';
import { decodeDocument, decodeString, encodeDocument, encodeString } from './sqlite/document-codec.js';
import { importNedbFolder } from './sqlite/nedb-import.js';
import {
  fieldExpression,
  filterShape,
  jsonPath,
  translateFilter,
  translateSort,
  type SqlCondition,
} from './sqlite/sql-filter.js';
import { updateInPlace } from './sqlite/update-in-place.js';
import { applyUpdate, upsertDocument } from './sqlite/update-document.js';

export interface EmbeddedEngineOptions {
  /** Folder holding the database file `duo-bot.sqlite`; created when missing. */
  dataDir: string;
  /** How often documents past a TTL index's date are deleted (default one minute). */
  ttlSweepIntervalMs?: number;
}

/** The embedded engine, with the TTL sweep it runs by itself also callable at will. */
export interface EmbeddedEngine extends StorageEngine {
  /** Deletes every document past the date of a TTL index; returns how many. */
  sweepExpired(now: Date): number;
  /** Bytes of stored documents (id and JSON text) per collection, for the benchmark. */
  storedBytes(): Record<string, number>;
}

/** The engine on SQLite, whose file size can be capped. */
export interface SqliteEngine extends EmbeddedEngine {
  /**
   * Caps the database file at its current size plus `extraPages` (SQLite's `max_page_count`):
   * beyond it writes fail with SQLITE_FULL, a full disk without one, for tests; null lifts the cap.
   */
  limitPages(extraPages: number | null): void;
}

export const DATABASE_FILE = 'duo-bot.sqlite';
const COLLECTION_NAME = /^[A-Za-z0-9_]+$/;
/** Filter shapes whose SQL a collection keeps (the repositories use a few dozen). */
const MAX_FILTER_SHAPES = 500;
/** How often the checkpointer thread copies the write-ahead log into the database file. */
const CHECKPOINT_EVERY_MS = 200;
/**
 * Pages in the write-ahead log after which a `COMMIT` copies it back by itself: only when the
 * checkpointer thread has not caught up (continuous writes) or stopped. SQLite's default is 1,000.
 */
const WRITER_CHECKPOINT_PAGES = 10_000;
/** Tries at emptying the write-ahead log after an erasure, 20 ms apart. */
const CHECKPOINT_ATTEMPTS = 25;
/** SQLite's largest `max_page_count`. */
const NO_PAGE_LIMIT = 4_294_967_294;

/** Whether the data folder's database file may be opened: run before createEmbeddedEngine, at start. */
export function checkEmbeddedDataFolder(dataDir: string): DatabaseFileCheck {
  return checkDatabaseFile(join(dataDir, DATABASE_FILE));
}

/** SQLite (better-sqlite3) in one file of the data folder: WAL journal, one table per collection. */
export function createEmbeddedEngine(options: EmbeddedEngineOptions): SqliteEngine {
  mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(join(options.dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  markAsDuoDatabase(db);
  // A commit is durable once the WAL is written; the WAL is synced at checkpoints: a process
  // crash loses nothing, a power cut may lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(join(options.dataDir, DATABASE_FILE), CHECKPOINT_EVERY_MS);
  const engine = createSqliteEngine(db, {
    location: options.dataDir,
    ttlSweepIntervalMs: options.ttlSweepIntervalMs,
    beforeClose: () => checkpointer.stop(),
  });
  importNedbFolder({ dataDir: options.dataDir, insert: (name, docs) => engine.importDocuments(name, docs) });
  return engine.engine;
}

/** The store in memory (plain maps, same contract): for tests and the benchmark; nothing is kept. */
export { createMemoryEngine } from './memory.js';

type Doc = Record<string, unknown> & BaseDocument;
type Row = { id: string; doc: string };

function createSqliteEngine(
  db: Database.Database,
  settings: { location: string; ttlSweepIntervalMs?: number | undefined; beforeClose?: () => Promise<void> },
): { engine: SqliteEngine; importDocuments: (name: string, docs: Doc[]) => void } {
  db.pragma('temp_store = MEMORY');
  // Deleted content is overwritten with zeros, so that an erased person leaves nothing in free pages.
  db.pragma('secure_delete = ON');
  db.exec(
    'CREATE TABLE IF NOT EXISTS duo_array_paths (collection TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (collection, path)) WITHOUT ROWID',
  );
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const collections = new Map<string, SqliteCollection>();
  const ttl = new Map<string, { path: string; seconds: number }[]>();
  let commits = 0;
  const changes = { rows: 0 };
  const group = createGroupCommit({
    db,
    changedRows: () => changes.rows,
    onCommit: () => {
      commits += 1;
    },
    // Tables created and array paths learned inside an undone savepoint or transaction are gone.
    onRollback: () => {
      for (const collection of collections.values()) collection.forgetUncommitted();
      relearnArrayPaths();
    },
  });
  const write = <T>(task: () => T): T => group.writeNow(task);

  const arrayPathsOf = new Map<string, Set<string>>();
  /** The paths as committed (or as the open transaction has them): the sets are shared with the collections. */
  const readArrayPaths = (): void => {
    const known = prepare('SELECT collection, path FROM duo_array_paths').all() as {
      collection: string;
      path: string;
    }[];
    for (const set of arrayPathsOf.values()) set.clear();
    for (const { collection, path } of known) {
      const set = arrayPathsOf.get(collection) ?? new Set<string>();
      set.add(path);
      arrayPathsOf.set(collection, set);
    }
  };
  readArrayPaths();
  function relearnArrayPaths(): void {
    try {
      readArrayPaths();
    } catch {
      // Unreadable now (the table is a page in the cache, so hardly ever): the paths stay as they were.
    }
  }

  const collectionOf = (name: string): SqliteCollection => {
    let collection = collections.get(name);
    if (!collection) {
      if (!COLLECTION_NAME.test(name)) throw new Error(`collection name ${JSON.stringify(name)} is not allowed`);
      const arrays = arrayPathsOf.get(name) ?? new Set<string>();
      arrayPathsOf.set(name, arrays);
      collection = new SqliteCollection({ name, db, prepare, group, arrays, ttl, changes });
      collections.set(name, collection);
    }
    return collection;
  };

  const sweepExpired = (now: Date): number => {
    let deleted = 0;
    for (const [name, fields] of ttl) {
      const table = collectionOf(name);
      for (const { path, seconds } of fields) {
        deleted += table.deleteSync({ [path]: { $lte: new Date(now.getTime() - seconds * 1000) } }, true);
      }
    }
    return deleted;
  };
  const sweepTimer =
    settings.ttlSweepIntervalMs === undefined && settings.location === ':memory:'
      ? undefined
      : setInterval(() => {
          try {
            write(() => sweepExpired(new Date()));
          } catch {
            // The next sweep tries again; the store's own purge runs hourly as well.
          }
        }, settings.ttlSweepIntervalMs ?? 60_000);
  sweepTimer?.unref();

  const engine: SqliteEngine = {
    kind: 'embedded',
    location: settings.location,
    supportsTransactions: true,
    collection<TDoc extends BaseDocument>(name: string): DocumentCollection<TDoc> {
      // One instance per name; the document type is the caller's promise about that name.
      return collectionOf(name) as unknown as DocumentCollection<TDoc>;
    },
    transaction: (writes: WriteOperation[]): Promise<TransactionResult> =>
      group.write(() => applyTransaction({ writes, collectionOf, atomically: write })),
    commitCount: () => commits,
    async forgetDeleted() {
      // The checkpointer thread's round (a few milliseconds) makes this one busy: it is tried again.
      for (let attempt = 1; ; attempt += 1) {
        const busy = await settle((): unknown => {
          group.flush();
          // Older versions of the pages (the erased documents) stay in the write-ahead log until it
          // is copied into the database and emptied.
          // `simple`: the first column of the result, `busy` (0 when the whole log was copied and emptied).
          return db.pragma('wal_checkpoint(TRUNCATE)', { simple: true });
        });
        if (busy === 0) return;
        if (attempt >= CHECKPOINT_ATTEMPTS)
          throw new Error('the write-ahead log could not be emptied: a reader holds it');
        await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_EVERY_MS / 10));
      }
    },
    sweepExpired: (now) => write(() => sweepExpired(now)),
    limitPages(extraPages) {
      const pages =
        extraPages === null ? NO_PAGE_LIMIT : Number(db.pragma('page_count', { simple: true })) + extraPages;
      db.pragma(`max_page_count = ${Math.floor(pages)}`);
    },
    storedBytes() {
      const bytes: Record<string, number> = {};
      for (const [name, collection] of collections) bytes[name] = collection.storedBytes();
      return bytes;
    },
    dropAll() {
      return settle(() => {
        group.flush();
        write(() => {
          for (const collection of collections.values()) collection.drop();
          db.exec('DELETE FROM duo_array_paths');
        });
        statements.clear();
        ttl.clear();
      });
    },
    async close() {
      await settings.beforeClose?.();
      return settle(() => {
        clearInterval(sweepTimer);
        if (db.open) group.flush();
        statements.clear();
        if (db.open) db.close();
      });
    },
  };
  return {
    engine,
    importDocuments: (name, docs) => {
      write(() => {
        collectionOf(name).insertManySync(docs, true);
      });
    },
  };
}

interface CollectionRuntime {
  name: string;
  db: Database.Database;
  prepare: (sql: string) => Database.Statement;
  /** Writes share the transaction of the event loop's turn; every promise settles after its commit. */
  group: GroupCommit;
  /** Paths where a document of this collection ever held an array (MongoDB matches their elements). */
  arrays: Set<string>;
  ttl: Map<string, { path: string; seconds: number }[]>;
  /** Rows written so far: a commit that changed nothing is not counted. */
  changes: { rows: number };
}

class SqliteCollection implements DocumentCollection<Doc> {
  readonly name: string;
  private readonly table: string;
  private created = false;
  /** SQL conditions by filter shape; emptied when a field turns out to hold arrays (its SQL changes). */
  private readonly conditions = new Map<string, string>();
  /** In-place `UPDATE` statements' SQL by update expression, then by condition ('' for an id). */
  private readonly updates = new Map<string, Map<string, string>>();

  constructor(private readonly runtime: CollectionRuntime) {
    this.name = runtime.name;
    this.table = `"c_${runtime.name}"`;
  }

  /** After a rollback: the table may have been created, a field's arrays learned, by the undone writes. */
  forgetUncommitted(): void {
    this.created = false;
    this.conditions.clear();
  }

  private ensureTable(): void {
    if (this.created) return;
    this.runtime.db.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (id TEXT PRIMARY KEY, doc BLOB NOT NULL)`);
    this.created = true;
  }

  /** The filter's SQL condition: built once per shape of filter, its values as parameters. */
  private where(filter: Filter): SqlCondition {
    const { shape, params } = filterShape(filter);
    let sql = this.conditions.get(shape);
    if (sql === undefined) {
      sql = translateFilter(filter, (path) => this.runtime.arrays.has(path)).sql;
      if (this.conditions.size >= MAX_FILTER_SHAPES) this.conditions.clear();
      // A shape with a value the store cannot compare is never kept (its translation throws anyway).
      if (!shape.includes('?')) this.conditions.set(shape, sql);
    }
    return { sql, params };
  }

  storedBytes(): number {
    this.ensureTable();
    const row = this.runtime
      .prepare(`SELECT coalesce(sum(length(CAST(id AS BLOB)) + length(CAST(doc AS BLOB))), 0) AS n FROM ${this.table}`)
      .get() as {
      n: number;
    };
    return row.n;
  }

  drop(): void {
    this.conditions.clear();
    this.runtime.db.exec(`DROP TABLE IF EXISTS ${this.table}`);
    this.runtime.arrays.clear();
    this.created = false;
  }

  private select(filter: Filter, options: FindOptions & { columns?: string } = {}): Row[] {
    this.ensureTable();
    const where = this.where(filter);
    const limit = options.limit ? ` LIMIT ${Math.floor(options.limit)}` : options.skip ? ' LIMIT -1' : '';
    const offset = options.skip ? ` OFFSET ${Math.floor(options.skip)}` : '';
    const sql = `SELECT id, json(doc) AS doc FROM ${this.table} WHERE ${where.sql}${translateSort(options.sort)}${limit}${offset}`;
    return this.runtime.prepare(sql).all(...where.params) as Row[];
  }

  findOne(filter: Filter, options?: { sort?: SortSpec }): Promise<Doc | null> {
    return this.runtime.group.read(() => {
      const [row] = this.select(filter, { ...options, limit: 1 });
      return row ? decode(row) : null;
    });
  }

  find(filter: Filter, options: FindOptions = {}): Promise<Doc[]> {
    return this.runtime.group.read(() => this.select(filter, options).map(decode));
  }

  countDocuments(filter: Filter): Promise<number> {
    return this.runtime.group.read(() => {
      this.ensureTable();
      const where = this.where(filter);
      const row = this.runtime
        .prepare(`SELECT count(*) AS n FROM ${this.table} WHERE ${where.sql}`)
        .get(...where.params) as {
        n: number;
      };
      return row.n;
    });
  }

  insertOne(doc: Doc): Promise<void> {
    return this.runtime.group.write(() => {
      this.insertSync(doc);
    });
  }

  insertManyIgnoringDuplicates(docs: Doc[]): Promise<number> {
    if (docs.length === 0) return Promise.resolve(0);
    return this.runtime.group.write(() => this.insertManySync(docs, true));
  }

  updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    return this.runtime.group.write(() => this.updateOneSync(filter, update, options.upsert ?? false));
  }

  updateMany(filter: Filter, update: Update): Promise<number> {
    return this.runtime.group.write(() => {
      const rows = this.select(filter);
      for (const row of rows) this.replace(applyUpdate(decode(row), update, { inserting: false }));
      return rows.length;
    });
  }

  findOneAndUpdate(
    filter: Filter,
    update: Update,
    options: { sort?: SortSpec; upsert?: boolean } = {},
  ): Promise<Doc | null> {
    return this.runtime.group.write(() => {
      const [row] = this.select(filter, { ...(options.sort ? { sort: options.sort } : {}), limit: 1 });
      if (row) return this.replace(applyUpdate(decode(row), update, { inserting: false }));
      if (!options.upsert) return null;
      const created = toDoc(upsertDocument(filter, update, randomUUID));
      this.insertSync(created);
      return created;
    });
  }

  deleteOne(filter: Filter): Promise<number> {
    return this.runtime.group.write(() => this.deleteSync(filter, false));
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.runtime.group.write(() => this.deleteSync(filter, true));
  }

  createIndex(spec: IndexSpec): Promise<void> {
    return this.runtime.group.write(() => {
      this.ensureTable();
      const paths = Object.keys(spec.fields);
      if (paths.length === 0) throw new Error(`index without fields on ${this.name}`);
      const suffix = paths.map((path) => path.replace(/[^A-Za-z0-9_]/g, '_')).join('__');
      const ordered = paths.map((path) => `${fieldExpression(path)}${spec.fields[path] === -1 ? ' DESC' : ''}`);
      const present = paths.map((path) => `${fieldExpression(path)} IS NOT NULL`).join(' OR ');
      if (!(paths.length === 1 && paths[0] === '_id') && spec.sparse) {
        // A partial index: documents without the field (a reply not yet sent has no provider id, a
        // pending entry no purge date) add no entry; a comparison on the field still uses it.
        this.runtime.db.exec(`DROP INDEX IF EXISTS "i_${this.name}__${suffix}"`);
        this.runtime.db.exec(
          `CREATE INDEX IF NOT EXISTS "s_${this.name}__${suffix}" ON ${this.table} (${ordered.join(', ')}) WHERE ${present}`,
        );
      } else if (!(paths.length === 1 && paths[0] === '_id')) {
        this.runtime.db.exec(
          `CREATE INDEX IF NOT EXISTS "i_${this.name}__${suffix}" ON ${this.table} (${ordered.join(', ')})`,
        );
        // An index on the first of these fields serves no query this one does not: it only costs writes.
        for (let length = 1; length < paths.length; length += 1) {
          const prefix = paths.slice(0, length).map((path) => path.replace(/[^A-Za-z0-9_]/g, '_'));
          this.runtime.db.exec(`DROP INDEX IF EXISTS "i_${this.name}__${prefix.join('__')}"`);
        }
      }
      if (spec.unique && !(paths.length === 1 && paths[0] === '_id')) {
        // MongoDB's unique index: a missing field counts as null, so two documents without it clash,
        // unless the index is sparse, which leaves such documents out.
        const keys = paths.map((path) =>
          spec.sparse ? fieldExpression(path) : `coalesce(doc -> ${jsonPath(path)}, 'null')`,
        );
        const partial = spec.sparse ? ` WHERE ${present}` : '';
        this.runtime.db.exec(
          `CREATE UNIQUE INDEX IF NOT EXISTS "u_${this.name}__${suffix}" ON ${this.table} (${keys.join(', ')})${partial}`,
        );
      }
      if (spec.expireAfterSeconds !== undefined && paths.length === 1 && paths[0]) {
        const fields = this.runtime.ttl.get(this.name) ?? [];
        if (!fields.some((field) => field.path === paths[0]))
          fields.push({ path: paths[0], seconds: spec.expireAfterSeconds });
        this.runtime.ttl.set(this.name, fields);
      }
    });
  }

  insertSync(doc: BaseDocument): void {
    this.ensureTable();
    try {
      this.runtime
        .prepare(`INSERT INTO ${this.table} (id, doc) VALUES (?, jsonb(?))`)
        .run(encodeString(doc._id), this.encode(doc));
      this.runtime.changes.rows += 1;
    } catch (error) {
      throw this.mapError(error);
    }
  }

  /** Inserts the documents that clash with no unique key; returns how many. */
  insertManySync(docs: BaseDocument[], ignoreDuplicates: boolean): number {
    this.ensureTable();
    const statement = this.runtime.prepare(
      `INSERT ${ignoreDuplicates ? 'OR IGNORE ' : ''}INTO ${this.table} (id, doc) VALUES (?, jsonb(?))`,
    );
    let inserted = 0;
    for (const doc of docs) inserted += statement.run(encodeString(doc._id), this.encode(doc)).changes;
    this.runtime.changes.rows += inserted;
    return inserted;
  }

  updateOneSync(filter: Filter, update: Update, upsert: boolean): UpdateResult {
    const inPlace = updateInPlace(update);
    if (inPlace) {
      this.ensureTable();
      const id = filter._id;
      const onlyId = typeof id === 'string' && Object.keys(filter).length === 1;
      const where = onlyId ? { sql: 'id = ?', params: [encodeString(id)] } : this.where(filter);
      this.learnArrays(inPlace.written, '', 0);
      let changed: number;
      try {
        changed = this.runtime
          .prepare(this.updateSql(inPlace.expression, onlyId ? null : where.sql))
          .run(...inPlace.params, ...where.params).changes;
      } catch (error) {
        throw this.mapError(error);
      }
      this.runtime.changes.rows += changed;
      if (changed > 0) return { matched: 1, upserted: false };
      if (!upsert) return { matched: 0, upserted: false };
      this.insertSync(toDoc(upsertDocument(filter, update, randomUUID)));
      return { matched: 0, upserted: true };
    }
    const [row] = this.select(filter, { limit: 1 });
    if (row) {
      this.replace(applyUpdate(decode(row), update, { inserting: false }));
      return { matched: 1, upserted: false };
    }
    if (!upsert) return { matched: 0, upserted: false };
    this.insertSync(toDoc(upsertDocument(filter, update, randomUUID)));
    return { matched: 0, upserted: true };
  }

  /**
   * The in-place `UPDATE` of one document, by id (`where` null) or by the first that matches: built
   * once per expression and condition, both strings that are themselves built once per shape.
   */
  private updateSql(expression: string, where: string | null): string {
    let byWhere = this.updates.get(expression);
    if (!byWhere) {
      if (this.updates.size >= MAX_FILTER_SHAPES) this.updates.clear();
      byWhere = new Map();
      this.updates.set(expression, byWhere);
    }
    const key = where ?? '';
    let sql = byWhere.get(key);
    if (sql === undefined) {
      const target = where === null ? 'id = ?' : `id = (SELECT id FROM ${this.table} WHERE ${where} LIMIT 1)`;
      sql = `UPDATE ${this.table} SET doc = ${expression} WHERE ${target}`;
      if (byWhere.size >= MAX_FILTER_SHAPES) byWhere.clear();
      byWhere.set(key, sql);
    }
    return sql;
  }

  deleteSync(filter: Filter, many: boolean): number {
    this.ensureTable();
    const where = this.where(filter);
    const sql = many
      ? `DELETE FROM ${this.table} WHERE ${where.sql}`
      : `DELETE FROM ${this.table} WHERE id IN (SELECT id FROM ${this.table} WHERE ${where.sql} LIMIT 1)`;
    const deleted = this.runtime.prepare(sql).run(...where.params).changes;
    this.runtime.changes.rows += deleted;
    return deleted;
  }

  private replace(doc: Record<string, unknown>): Doc {
    const typed = toDoc(doc);
    try {
      this.runtime
        .prepare(`UPDATE ${this.table} SET doc = jsonb(?) WHERE id = ?`)
        .run(this.encode(typed), encodeString(typed._id));
      this.runtime.changes.rows += 1;
    } catch (error) {
      throw this.mapError(error);
    }
    return typed;
  }

  /** The document without its `_id`, which the `id` column holds already. */
  private encode({ _id: _omitted, ...fields }: BaseDocument): string {
    this.learnArrays(fields, '', 0);
    return encodeDocument(fields);
  }

  /** Remembers where arrays live, so that an equality on such a field matches one of its elements. */
  private learnArrays(value: unknown, prefix: string, depth: number): void {
    if (depth > 4 || typeof value !== 'object' || value === null || value instanceof Date) return;
    for (const key of Object.keys(value)) {
      const child: unknown = Reflect.get(value, key);
      if (typeof child !== 'object' || child === null || child instanceof Date) continue;
      const path = `${prefix}${key}`;
      if (!Array.isArray(child)) {
        this.learnArrays(child, `${path}.`, depth + 1);
        continue;
      }
      if (!this.runtime.arrays.has(path)) {
        this.runtime.arrays.add(path);
        this.conditions.clear();
        this.runtime
          .prepare('INSERT OR IGNORE INTO duo_array_paths (collection, path) VALUES (?, ?)')
          .run(this.name, path);
      }
    }
  }

  private mapError(error: unknown): unknown {
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
      return new DuplicateKeyError(this.name);
    }
    return error;
  }
}

/** Rows written before the id was left out of `doc` hold it twice: the column wins, with the same value. */
function decode(row: Row): Doc {
  return { ...decodeDocument(row.doc), _id: decodeString(row.id) };
}

function toDoc(value: Record<string, unknown>): Doc {
  const id = value._id;
  if (typeof id !== 'string') throw new Error('a document without a string _id');
  return { ...value, _id: id };
}
