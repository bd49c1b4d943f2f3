import { execFile } from 'node:child_process';
import { mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fillDisk } from './fill-disk.js';
import Database from 'better-sqlite3';
import { LEASE_MS, SETTLE_MS, senders, withRun, type DrillOptions, type DrillResult, type DrillRun } from './drill.js';

const run = promisify(execFile);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Small enough to fill at once, large enough for the store's files at the start. */
const FILESYSTEM_SIZE = '8m';
/** The disk stays full until the server refused a webhook and said so on /healthz, at most this long. */
const PROOF_WAIT_MS = 30_000;
/** And at least this long, so that the server's retries of pending turns (every 5 s) meet the full disk too. */
const FULL_AT_LEAST_MS = 6_000;

/**
 * Copies the write-ahead log into the database and empties it, from a connection of the drill's
 * own beside the server's. A log that already has its room lets SQLite commit on a full disk
 * (it writes the log again from its start after a checkpoint): emptied, every commit needs bytes.
 */
async function emptyWriteAheadLog(dataDir: string): Promise<void> {
  const db = new Database(join(dataDir, 'duo-bot.sqlite'), { fileMustExist: true, timeout: 1_000 });
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (result?.busy === 0) return;
      } catch {
        // The server held the write lock longer than the timeout: try again.
      }
      await pause(100);
    }
    throw new Error('the write-ahead log could not be emptied');
  } finally {
    db.close();
  }
}

/**
 * Waits until a webhook was answered 5xx after `refusedBefore` and `/healthz` reported the store
 * unavailable; returns what was missing when `maxMs` ran out, or undefined.
 */
async function untilRefused(drill: DrillRun, refusedBefore: number, maxMs: number): Promise<string | undefined> {
  const until = Date.now() + maxMs;
  let healthSaidUnavailable = false;
  for (;;) {
    if (!healthSaidUnavailable) {
      const health = await drill.health();
      healthSaidUnavailable = health?.status === 503 && health.store === 'unavailable';
    }
    const refused = drill.answers5xx > refusedBefore;
    if (refused && healthSaidUnavailable) return undefined;
    if (Date.now() >= until) {
      const missing = [
        refused ? '' : 'no webhook answered 503',
        healthSaidUnavailable ? '' : '/healthz never said the store was unavailable',
      ];
      return `${missing.filter(Boolean).join(', ')} within ${maxMs / 1000} s of a full disk`;
    }
    await pause(200);
  }
}

/** Waits until `/healthz` answers 200 again; returns how long it took, or null after `maxMs`. */
async function untilHealthy(drill: DrillRun, maxMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < maxMs) {
    if ((await drill.health())?.status === 200) return Date.now() - started;
    await pause(200);
  }
  return null;
}

/**
 * The data folder on a small tmpfs, its write-ahead log emptied and the disk then filled to its
 * last byte during the load; kept full until the server refused a webhook (503) and `/healthz`
 * said the store was unavailable, then freed: acknowledged messages must all be answered once the
 * space is back, with nobody restarting anything. The row fails when the disk never refused a
 * write. Needs the right to mount (root); without it the row says so and counts nothing.
 */
export async function storageFull(options: DrillOptions): Promise<DrillResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duo-drill-full-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${FILESYSTEM_SIZE}`, 'tmpfs', dataDir]);
  } catch (error) {
    await rmdir(dataDir);
    options.log(
      `  storage full: not run, mounting a tmpfs was refused (${error instanceof Error ? error.message : ''})`,
    );
    return {
      name: 'storage full (not run: mount refused)',
      sent: 0,
      replied: null,
      lost: null,
      doubled: null,
      outOfOrder: null,
      answers5xx: 0,
      recoverMs: null,
    };
  }
  try {
    return await withRun(
      'full',
      async (drill) => {
        const load = senders(drill, options);
        await pause(1_500);
        await emptyWriteAheadLog(dataDir);
        // The disk is full before the last bytes are taken: the 503s count from the start of the filling.
        const refusedBefore = drill.answers5xx;
        const filler = await fillDisk(dataDir);
        const fullSince = Date.now();
        options.log(`  storage full: ${FILESYSTEM_SIZE} tmpfs filled to its last byte`);
        const notPutToTheTest = await untilRefused(drill, refusedBefore, PROOF_WAIT_MS);
        await pause(fullSince + FULL_AT_LEAST_MS - Date.now());
        const fullMs = Date.now() - fullSince;
        const refusedWhileFull = drill.answers5xx - refusedBefore;
        const waiting = drill.unanswered();
        await rm(filler);
        options.log(
          `  storage full: freed after ${(fullMs / 1000).toFixed(1)} s (${refusedWhileFull} webhooks answered 5xx), ${waiting.length} messages without a reply yet`,
        );
        const healthyAfterMs = await untilHealthy(drill, LEASE_MS + 60_000);
        const recoverMs = await drill.timeUntilAnswered(waiting, LEASE_MS + 60_000);
        await load;
        await drill.settle(SETTLE_MS);
        const result = drill.result(
          `storage full (${FILESYSTEM_SIZE} tmpfs, full ${(fullMs / 1000).toFixed(1)} s, ${refusedWhileFull} answers 503 meanwhile)`,
          recoverMs,
        );
        const stillDown = healthyAfterMs === null ? '/healthz not back to 200 after the space was freed' : undefined;
        const why = [notPutToTheTest, stillDown].filter(Boolean).join('; ');
        return why ? { ...result, notPutToTheTest: why } : result;
      },
      dataDir,
    );
  } finally {
    await run('umount', [dataDir]).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}
