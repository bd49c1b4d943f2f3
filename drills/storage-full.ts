import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LEASE_MS, senders, withRun, type DrillOptions, type DrillResult } from './drill.js';

const run = promisify(execFile);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Small enough to fill at once, large enough for the store's files at the start. */
const FILESYSTEM_SIZE = '8m';
const FULL_FOR_MS = 8_000;

/** Writes into the folder until the filesystem is full; returns the file that holds the space. */
async function fillUp(dataDir: string): Promise<string> {
  const filler = join(dataDir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  for (;;) {
    try {
      await appendFile(filler, chunk);
    } catch {
      return filler;
    }
  }
}

/**
 * The data folder on a small tmpfs that is filled up during the load, then freed: acknowledged
 * messages must all be answered once the space is back, with nobody restarting anything. Needs
 * the right to mount (root); without it the row says so and counts nothing.
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
        const filler = await fillUp(dataDir);
        options.log(`  storage full: ${FILESYSTEM_SIZE} tmpfs filled up`);
        await pause(FULL_FOR_MS);
        const waiting = drill.unanswered();
        await rm(filler);
        options.log(`  storage full: space freed, ${waiting.length} messages without a reply yet`);
        const recoverMs = await drill.timeUntilAnswered(waiting, LEASE_MS + 60_000);
        await load;
        await drill.settle(LEASE_MS * 3);
        return drill.result(`storage full (${FILESYSTEM_SIZE} tmpfs, filled ${FULL_FOR_MS / 1000} s)`, recoverMs);
      },
      dataDir,
    );
  } finally {
    await run('umount', [dataDir]).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}
