import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Written into the header of duo-bot's database file (PRAGMA application_id): "DUO1". */
const DUO_APPLICATION_ID = 0x44554f31;
/** A table every duo-bot database has had since the first SQLite one, before the header mark. */
const LEGACY_MARK_TABLE = 'duo_array_paths';

export type DatabaseFileCheck = { ok: true } | { ok: false; reason: string };

/** Marks a database file as duo-bot's own, once. */
export function markAsDuoDatabase(db: Database.Database): void {
  if (db.pragma('application_id', { simple: true }) !== DUO_APPLICATION_ID) {
    db.pragma(`application_id = ${DUO_APPLICATION_ID}`);
  }
}

/**
 * Before start: the file is absent or empty (a new store), or a sound duo-bot database. A damaged
 * file, one that is not SQLite, or another application's database is refused with the path and
 * what to do, so that duo-bot never writes into it.
 */
export function checkDatabaseFile(path: string): DatabaseFileCheck {
  if (!existsSync(path) || statSync(path).size === 0) return { ok: true };
  const restore = `stop duo-bot, move it aside and put a backup in its place (backups are made with \`npm run backup -- <file>\`; see "Backup and restore" in the README)`;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const problems = db.pragma('quick_check(3)', { simple: false }) as { quick_check: string }[];
    const found = problems.map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (found.length > 0) {
      return { ok: false, reason: `the database file ${path} is damaged (${found.join('; ')}): ${restore}` };
    }
    if (db.pragma('application_id', { simple: true }) === DUO_APPLICATION_ID) return { ok: true };
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    if (tables.length === 0 || tables.includes(LEGACY_MARK_TABLE)) return { ok: true };
    return {
      ok: false,
      reason: `the database file ${path} belongs to another application (it has none of duo-bot's tables): point DUO_DATA_DIR at duo-bot's data folder, or ${restore}`,
    };
  } catch (error) {
    const code = error instanceof Database.SqliteError ? error.code : 'unreadable';
    const what = code === 'SQLITE_NOTADB' ? 'is not a SQLite database' : `cannot be read (${code})`;
    return { ok: false, reason: `the database file ${path} ${what}: ${restore}` };
  } finally {
    db?.close();
  }
}
