import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies the write-ahead log back into the database file from a thread of its own (a second
 * connection, `wal_checkpoint(PASSIVE)` every `everyMs`), so that a `COMMIT` on the event loop
 * no longer stops to copy pages and wait for two syncs of the disk. A passive checkpoint takes
 * no lock that a writer needs and never waits; the file is as a `COMMIT`'s own checkpoint leaves
 * it. Under continuous writes it may not catch up to the last commit, so the log is not emptied:
 * the writing connection keeps an automatic checkpoint of its own at a higher mark for that.
 */
export interface Checkpointer {
  /** Stops the thread and closes its connection; settles once it has ended. */
  stop(): Promise<void>;
}

// Plain CommonJS run by the worker as it is: no TypeScript loader is needed in the thread.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing now: the next round tries again, and the writer's own checkpoint remains.
  }
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(file: string, everyMs: number): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, everyMs } });
  // The thread never keeps the process alive, and an error in it leaves the writer's checkpoints.
  worker.unref();
  const ended = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.once('error', () => resolve());
  });
  return {
    stop() {
      // Held until it has ended: closing waits for its connection to close.
      worker.ref();
      worker.postMessage('stop');
      return ended;
    },
  };
}
