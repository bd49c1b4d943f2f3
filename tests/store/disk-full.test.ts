import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fillDisk } from '../../drills/fill-disk.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedEngine, type SqliteEngine } from '../../src/store/engines/embedded.js';
import { isStorageFault } from '../../src/store/storage-fault.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);

interface NoteDoc {
  _id: string;
  text: string;
}

describe('embedded store on a full disk', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  it('on a 4 MB tmpfs filled to its last byte, acknowledges only what was committed, and resumes once freed', async ({
    skip,
  }) => {
    const dataDir = await tempDir();
    try {
      await run('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dataDir]);
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.warn(`skipped: mounting a 4 MB tmpfs was refused (needs root): ${why}`);
      skip(`mounting a tmpfs was refused (needs root): ${why}`);
      return;
    }
    cleanups.push(() => run('umount', [dataDir]));
    let engine: SqliteEngine = createEmbeddedEngine({ dataDir });
    cleanups.push(() => engine.close());
    const notes = () => engine.collection<NoteDoc>('notes');
    await notes().insertOne({ _id: 'before', text: 'committed earlier' });
    // An empty write-ahead log: every later commit needs new bytes on the disk.
    await engine.forgetDeleted?.();
    const filler = await fillDisk(dataDir);

    const acknowledged: string[] = [];
    const refused: unknown[] = [];
    for (let round = 0; round < 200 && refused.length === 0; round += 1) {
      const ids = Array.from({ length: 20 }, (_, index) => `r${round}-${index}`);
      // With the small writes, one larger than SQLite's page cache (2 MB), which spills to the
      // log before the commit: the disk is found full in the middle of the shared transaction.
      const results = await Promise.allSettled([
        ...ids.map((id) => notes().insertOne({ _id: id, text: id.padEnd(2000, '.') })),
        notes().find({ _id: 'before' }),
        engine.transaction(
          Array.from({ length: 30 }, (_, index) => ({
            collection: 'notes',
            kind: 'insertOne' as const,
            doc: { _id: `large-${round}-${index}`, text: 'x'.repeat(100_000) },
          })),
        ),
      ]);
      results.forEach((result, index) => {
        if (result.status === 'rejected') refused.push(result.reason);
        else if (index < ids.length) acknowledged.push(ids[index] ?? '');
      });
    }
    expect(refused.length).toBeGreaterThan(0);
    for (const reason of refused) expect(isStorageFault(reason)).toBe(true);

    await rm(filler);
    await notes().insertOne({ _id: 'after', text: 'written once the space came back' });
    await engine.close();
    engine = createEmbeddedEngine({ dataDir });
    const stored = new Set((await notes().find({})).map((note) => note._id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(stored.has('before') && stored.has('after')).toBe(true);
  });
});
