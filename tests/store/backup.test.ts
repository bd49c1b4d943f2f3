import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../../src/store/backup.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { lockDataDir } from '../../src/store/index.js';
import { tempDir } from '../support/temp-dir.js';

interface NoteDoc {
  _id: string;
  n: number;
  text: string;
}

describe('npm run backup', () => {
  it('copies a database that the running store keeps writing into a file that opens with the data', async () => {
    const dataDir = await tempDir();
    // The running server: it holds the data folder's lock and writes all the time.
    const lock = await lockDataDir(dataDir);
    expect(lock.ok).toBe(true);
    const server = createEmbeddedEngine({ dataDir });
    const notes = server.collection<NoteDoc>('notes');
    let written = 0;
    const write = async () => {
      await notes.insertOne({ _id: `note-${written}`, n: written, text: 'x'.repeat(500) });
      written += 1;
    };
    for (let i = 0; i < 2000; i += 1) await write();
    const stop = new AbortController();
    const writer = (async () => {
      while (!stop.signal.aborted) {
        await write();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const target = join(await tempDir(), 'backup.sqlite');
    const result = await backupDatabase({ dataDir, target });
    const writtenWhenDone = written;
    stop.abort();
    await writer;
    expect(result).toMatchObject({ ok: true, file: target });

    const restoredDir = await tempDir();
    await copyFile(target, join(restoredDir, 'duo-bot.sqlite'));
    const restored = createEmbeddedEngine({ dataDir: restoredDir });
    const count = await restored.collection<NoteDoc>('notes').countDocuments({});
    // Everything written before the backup started, at most what was written by its end, with no gap.
    expect(count).toBeGreaterThanOrEqual(2000);
    expect(count).toBeLessThanOrEqual(writtenWhenDone);
    expect(await restored.collection<NoteDoc>('notes').findOne({ n: count - 1 })).toMatchObject({ n: count - 1 });
    await restored.close();
    await server.close();
    if (lock.ok) await lock.release();
  });

  it('refuses to overwrite a file and leaves nothing half-written when there is nothing to back up', async () => {
    const target = join(await tempDir(), 'backup.sqlite');
    const result = await backupDatabase({ dataDir: await tempDir(), target });
    expect(result.ok).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });
});
