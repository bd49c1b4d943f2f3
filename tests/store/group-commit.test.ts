import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError } from '../../src/store/collection.js';
import { createEmbeddedEngine, DATABASE_FILE, type EmbeddedEngine } from '../../src/store/engines/embedded.js';
import { tempDir } from '../support/temp-dir.js';

interface NoteDoc {
  _id: string;
  text: string;
}

describe('embedded store group commit', () => {
  const open: EmbeddedEngine[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((engine) => engine.close()));
  });
  const start = async () => {
    const dataDir = await tempDir();
    const engine = createEmbeddedEngine({ dataDir });
    open.push(engine);
    return { engine, dataDir };
  };

  it('keeps the writes of other conversations when one write of the same moment hits a duplicate key', async () => {
    const { engine } = await start();
    const notes = engine.collection<NoteDoc>('notes');
    await notes.insertOne({ _id: 'taken', text: 'first' });
    const commitsBefore = engine.commitCount();
    const youssef: NoteDoc = { _id: 'youssef', text: 'hi' };
    const clash: NoteDoc = { _id: 'taken', text: 'clash' };

    const results = await Promise.allSettled([
      notes.insertOne({ _id: 'amina', text: 'hello' }),
      notes.insertOne({ _id: 'taken', text: 'again' }),
      engine.transaction([
        { collection: 'notes', kind: 'insertOne', doc: youssef },
        { collection: 'notes', kind: 'insertOne', doc: clash },
      ]),
      notes.updateOne({ _id: 'taken' }, { $set: { text: 'updated' } }),
    ]);

    expect(results[0].status).toBe('fulfilled');
    expect(results[1].status === 'rejected' && results[1].reason instanceof DuplicateKeyError).toBe(true);
    expect(results[2]).toMatchObject({ status: 'fulfilled', value: { committed: false, conflict: 1 } });
    expect(results[3].status).toBe('fulfilled');
    const stored = await notes.find({}, { sort: { _id: 1 } });
    expect(stored).toEqual([
      { _id: 'amina', text: 'hello' },
      { _id: 'taken', text: 'updated' },
    ]);
    // The writes of that moment shared one commit.
    expect(engine.commitCount() - commitsBefore).toBe(1);
  });

  it('settles a write only once another reader of the database file can see it', async () => {
    const { engine, dataDir } = await start();
    const notes = engine.collection<NoteDoc>('notes');
    await notes.insertOne({ _id: 'first', text: 'created the table' });
    const reader = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      const seenByReader = () => reader.prepare('SELECT count(*) AS n FROM "c_notes"').pluck().get();
      const writes = ['a', 'b', 'c'].map((id) => notes.insertOne({ _id: id, text: id }).then(() => seenByReader()));
      expect(await Promise.all(writes)).toEqual([4, 4, 4]);
    } finally {
      reader.close();
    }
  });
});
