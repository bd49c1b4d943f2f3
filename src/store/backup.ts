import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './engines/embedded.js';
import { checkDatabaseFile } from './engines/sqlite/database-file.js';

export type BackupResult = { ok: true; file: string; pages: number } | { ok: false; reason: string };

/** Pages copied per step: all of them, so that the copy is one read of one moment and a write cannot restart it. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of the embedded store's database while duo-bot may be running: read through a
 * read-only connection (the data folder's lock is not needed; in WAL mode a reader never blocks the
 * server's writes), written beside the target first, checked, then renamed, so that a failure
 * never leaves a half-written backup under the target's name.
 */
export async function backupDatabase(options: { dataDir: string; target: string }): Promise<BackupResult> {
  const source = join(options.dataDir, DATABASE_FILE);
  const target = resolve(options.target);
  if (!existsSync(source)) return { ok: false, reason: `there is no database to back up in ${options.dataDir}` };
  if (existsSync(target)) return { ok: false, reason: `${target} exists already: name a new file` };
  const sourceCheck = checkDatabaseFile(source);
  if (!sourceCheck.ok) return sourceCheck;
  const partial = `${target}.partial`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(partial, { progress: () => ALL_PAGES });
    const copyCheck = checkDatabaseFile(partial);
    if (!copyCheck.ok) throw new Error(copyCheck.reason);
    await rename(partial, target);
    return { ok: true, file: target, pages: totalPages };
  } catch (error) {
    await rm(partial, { force: true });
    return { ok: false, reason: `the backup failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    db.close();
  }
}
