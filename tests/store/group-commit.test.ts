import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError } from '../../src/store/collection.js';
import { isStorageFault } from '../../src/store/storage-fault.js';
import { createEmbeddedEngine, DATABASE_FILE, type SqliteEngine } from '../../src/store/engines/embedded.js';
import { tempDir } from '../support/temp-dir.js';

interface NoteDoc {
  _id: string;
  text: string;
  tags?: string[];
}

/** Larger than what a full database file has left: its insert needs new pages. */
const TOO_LARGE = 'x'.repeat(64 * 1024);

describe('embedded store group commit', () => {
  const open: SqliteEngine[] = [];
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

  it('fails every write and read of a moment whose shared transaction SQLite undid, and acknowledges none', async () => {
    const { engine } = await start();
    const notes = engine.collection<NoteDoc>('notes');
    await notes.insertOne({ _id: 'before', text: 'committed earlier' });
    engine.limitPages(0);

    // One moment: a small write that fits, a read, a write that needs pages the file may not have
    // (SQLITE_FULL: SQLite rolls back the whole transaction, the other writes' rows included).
    const results = await Promise.allSettled([
      notes.insertOne({ _id: 'fits', text: 'small' }),
      notes.find({}),
      engine.transaction([
        { collection: 'notes', kind: 'insertOne', doc: { _id: 'large', text: TOO_LARGE } as NoteDoc },
      ]),
    ]);

    for (const result of results) {
      expect(result.status).toBe('rejected');
      if (result.status === 'rejected') expect(isStorageFault(result.reason)).toBe(true);
    }
    engine.limitPages(null);
    expect(await notes.find({}, { sort: { _id: 1 } })).toEqual([{ _id: 'before', text: 'committed earlier' }]);
    // The store takes writes again, in one transaction per moment as before.
    await notes.insertOne({ _id: 'after', text: 'written' });
    expect((await notes.find({})).map((note) => note._id).sort()).toEqual(['after', 'before']);
  });

  it('acknowledges a write of the same moment after the undone transaction only once it is committed', async () => {
    const { engine } = await start();
    const notes = engine.collection<NoteDoc>('notes');
    await notes.insertOne({ _id: 'before', text: 'committed earlier' });
    engine.limitPages(0);

    const undone = notes.insertOne({ _id: 'large', text: TOO_LARGE });
    const later = notes.insertOne({ _id: 'later', text: 'small' });
    const settled = await Promise.allSettled([undone, later]);

    expect(settled[0].status).toBe('rejected');
    engine.limitPages(null);
    const stored = (await notes.find({})).map((note) => note._id);
    if (settled[1].status === 'fulfilled') expect(stored).toContain('later');
    else expect(isStorageFault(settled[1].reason)).toBe(true);
    expect(stored).not.toContain('large');
  });

  it('does not believe what an undone transaction taught it: a field holding arrays is learned again', async () => {
    const { engine, dataDir } = await start();
    const notes = engine.collection<NoteDoc>('notes');
    await notes.insertOne({ _id: 'before', text: 'committed earlier' });
    engine.limitPages(0);
    const undone = await Promise.allSettled([
      notes.insertOne({ _id: 'tagged', text: 'small', tags: ['blue'] }),
      notes.insertOne({ _id: 'large', text: TOO_LARGE }),
    ]);
    expect(undone.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    engine.limitPages(null);

    await notes.insertOne({ _id: 'tagged-again', text: 'small', tags: ['blue'] });
    expect((await notes.find({ tags: 'blue' })).map((note) => note._id)).toEqual(['tagged-again']);
    await engine.close();
    const reopened = createEmbeddedEngine({ dataDir });
    open.push(reopened);
    const found = await reopened.collection<NoteDoc>('notes').find({ tags: 'blue' });
    expect(found.map((note) => note._id)).toEqual(['tagged-again']);
  });

  it('creates a table again after the transaction that created it was undone', async () => {
    const { engine } = await start();
    await engine.collection<NoteDoc>('notes').insertOne({ _id: 'before', text: 'committed earlier' });
    engine.limitPages(0);
    const fresh = engine.collection<NoteDoc>('fresh');
    const undone = await Promise.allSettled([
      fresh.insertOne({ _id: 'first', text: 'small' }),
      engine.collection<NoteDoc>('notes').insertOne({ _id: 'large', text: TOO_LARGE }),
    ]);
    expect(undone.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    engine.limitPages(null);
    await fresh.insertOne({ _id: 'second', text: 'small' });
    expect(await fresh.find({})).toEqual([{ _id: 'second', text: 'small' }]);
  });
});
