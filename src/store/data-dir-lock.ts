import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type DataDirLockResult = { ok: true; release: () => Promise<void> } | { ok: false; reason: string };

/**
 * The embedded engine's files may be written by one process only: a second `npm start` on the
 * same folder would interleave appends and corrupt them. The lock file names the owning process;
 * a lock left by a process that no longer runs (a crash, kill -9) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLockResult> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'LOCK');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return { ok: true, release: () => rm(path, { force: true }) };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
        return { ok: false, reason: `the data folder ${dataDir} is in use by process ${owner}` };
      }
      await rm(path, { force: true });
    }
  }
  return { ok: false, reason: `could not lock the data folder ${dataDir}` };
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
