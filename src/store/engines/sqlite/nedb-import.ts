import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseDocument } from '../../collection.js';

/** Where the files of the first embedded engine (NeDB) are moved once their data is in the database. */
export const IMPORTED_FOLDER = 'nedb-imported';

/**
 * The first embedded engine kept one `<collection>.db` file per collection: JSON lines where a
 * later line for an `_id` replaces an earlier one, `{"$$deleted":true}` removes it, `$$indexCreated`
 * lines declare indexes and dates are `{"$$date": <ms>}`. Each file found is read into its
 * collection once, then moved to `nedb-imported/` so that the next start does not read it again.
 */
export function importNedbFolder(input: {
  dataDir: string;
  insert: (collection: string, docs: (BaseDocument & Record<string, unknown>)[]) => void;
}): { collections: number; documents: number } {
  const files = readdirSync(input.dataDir).filter((file) => /^[A-Za-z0-9_]+\.db$/.test(file));
  let documents = 0;
  for (const file of files) {
    const path = join(input.dataDir, file);
    const docs = readNedbFile(readFileSync(path, 'utf8'));
    input.insert(file.slice(0, -3), docs);
    documents += docs.length;
    mkdirSync(join(input.dataDir, IMPORTED_FOLDER), { recursive: true });
    renameSync(path, join(input.dataDir, IMPORTED_FOLDER, file));
  }
  return { collections: files.length, documents };
}

function readNedbFile(text: string): (BaseDocument & Record<string, unknown>)[] {
  const byId = new Map<string, BaseDocument & Record<string, unknown>>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line, (_key, value: unknown) => reviveNedbDate(value));
    } catch {
      // NeDB itself skips a line cut short by a crash.
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
    const record: Record<string, unknown> = Object.fromEntries(Object.entries(parsed));
    if ('$$indexCreated' in record || '$$indexRemoved' in record) continue;
    const id = record._id;
    if (typeof id !== 'string') continue;
    if (record.$$deleted === true) {
      byId.delete(id);
      continue;
    }
    byId.set(id, { ...record, _id: id });
  }
  return [...byId.values()];
}

function reviveNedbDate(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$$date' && '$$date' in value && typeof value.$$date === 'number') {
      return new Date(value.$$date);
    }
  }
  return value;
}
