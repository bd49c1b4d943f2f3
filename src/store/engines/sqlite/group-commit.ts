import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../storage-fault.js';

/**
 * Group commit: better-sqlite3 runs each call at once, so the writes that different conversations
 * issue in one turn of the event loop can share a single SQLite transaction. The first write opens
 * it (`BEGIN IMMEDIATE`) and the check phase of the same turn commits it; each write runs in its
 * own savepoint, so a duplicate key or a conflict undoes only that write's rows. No promise
 * settles before the shared `COMMIT`, reads included (a read may see another conversation's rows
 * of the open transaction): nothing outside the process can learn of data that is not committed,
 * and a crash before the `COMMIT` loses only work no one was told about.
 *
 * A full disk or an I/O error may make SQLite roll back the whole transaction, not only the
 * failing statement: then every write and read of the moment fails as a storage fault, none is
 * acknowledged, and the next write opens a new transaction.
 */
export interface GroupCommit {
  /** Runs the task in its own savepoint of the shared transaction; settles after the `COMMIT`. */
  write<T>(task: () => T): Promise<T>;
  /** Runs the task now; settles at once, or after the `COMMIT` when a transaction is open. */
  read<T>(task: () => T): Promise<T>;
  /** Runs the task synchronously as part of the open transaction, or as a transaction of its own. */
  writeNow<T>(task: () => T): T;
  /** Commits the open transaction now (before a checkpoint, a drop or closing the database). */
  flush(): void;
}

const UNDONE = 'the store undid a transaction (disk full or I/O error)';

interface Waiting {
  settle: () => void;
  fail: (error: Error) => void;
}

export function createGroupCommit(input: {
  db: Database.Database;
  /** Called once per `COMMIT` that wrote something (rows counted by `changedRows`). */
  onCommit: () => void;
  changedRows: () => number;
  /** Called when a savepoint or the whole transaction was undone (e.g. tables created in it are gone). */
  onRollback: () => void;
}): GroupCommit {
  const { db } = input;
  // One transaction function, reused: better-sqlite3 makes it a savepoint inside an open transaction.
  const inTransaction = db.transaction((task: () => void) => {
    task();
  });
  let waiting: Waiting[] = [];
  let open = false;
  let rowsAtBegin = 0;
  /** Which transaction a scheduled commit belongs to: one undone by SQLite leaves its commit behind. */
  let generation = 0;

  const failAll = (error: Error): void => {
    const failed = waiting;
    waiting = [];
    for (const entry of failed) entry.fail(error);
  };

  /** The shared transaction is gone while this moment still counts on it: SQLite rolled it back by itself. */
  const undoneBySqlite = (): boolean => open && !db.inTransaction;

  /** What the moment wrote so far is gone: every write and read waiting on it fails, with the error returned. */
  const abandon = (cause: unknown): StoreUnavailableError => {
    open = false;
    input.onRollback();
    const error = new StoreUnavailableError(UNDONE, { cause });
    failAll(error);
    return error;
  };

  const savepoint = <T>(task: () => T): T => {
    let result!: T;
    try {
      inTransaction(() => {
        result = task();
      });
    } catch (error) {
      if (undoneBySqlite()) throw abandon(error);
      input.onRollback();
      throw error;
    }
    if (undoneBySqlite()) throw abandon(new Error('the transaction ended inside a write'));
    return result;
  };

  const commit = (): void => {
    if (!open) return;
    open = false;
    let failure: Error | null = null;
    try {
      if (db.inTransaction) db.exec('COMMIT');
      else throw new Error('the transaction was no longer open at its commit');
      if (input.changedRows() > rowsAtBegin) input.onCommit();
    } catch (error) {
      failure = new StoreUnavailableError('the store could not commit (disk full or I/O error)', { cause: error });
      try {
        if (db.open && db.inTransaction) db.exec('ROLLBACK');
      } catch {
        // SQLite may have rolled back already; nothing of the moment is acknowledged either way.
      }
      input.onRollback();
    }
    if (failure) failAll(failure);
    else {
      const settled = waiting;
      waiting = [];
      for (const entry of settled) entry.settle();
    }
  };

  const begin = (): void => {
    if (open) return;
    db.exec('BEGIN IMMEDIATE');
    open = true;
    rowsAtBegin = input.changedRows();
    generation += 1;
    const mine = generation;
    setImmediate(() => {
      if (mine === generation) commit();
    });
  };

  const afterCommit = <T>(result: T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ settle: () => resolve(result), fail: reject });
    });

  return {
    write<T>(task: () => T): Promise<T> {
      try {
        begin();
        return afterCommit(savepoint(task));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    read<T>(task: () => T): Promise<T> {
      try {
        const result = task();
        return open ? afterCommit(result) : Promise.resolve(result);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    writeNow<T>(task: () => T): T {
      if (open) return savepoint(task);
      const before = input.changedRows();
      let result!: T;
      try {
        inTransaction.immediate(() => {
          result = task();
        });
      } catch (error) {
        input.onRollback();
        throw error;
      }
      if (input.changedRows() > before) input.onCommit();
      return result;
    },
    flush: commit,
  };
}
