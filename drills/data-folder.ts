import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Collections that hold what came from outside: a refused request must add nothing to them. */
const FROM_OUTSIDE = ['inbox', 'people', 'botframework_references'];

/** Documents stored from outside so far, read beside the running server (WAL: a reader never blocks it). */
export function storedFromOutside(dataDir: string, collections = FROM_OUTSIDE): number {
  const db = new Database(join(dataDir, 'duo-bot.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .pluck()
        .all()
        .map((name) => String(name)),
    );
    let count = 0;
    for (const name of collections) {
      if (tables.has(`c_${name}`)) count += Number(db.prepare(`SELECT count(*) FROM "c_${name}"`).pluck().get());
    }
    return count;
  } finally {
    db.close();
  }
}

/** How many of the values occur in any file of the folder (database, write-ahead log, keys…). */
export async function occurrencesInFolder(dataDir: string, values: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dataDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name)).catch(() => Buffer.alloc(0));
    for (const value of values) if (bytes.includes(value)) found.push(`${value} in ${entry.name}`);
  }
  return found;
}
