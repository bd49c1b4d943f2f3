import { describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/index.js';
import { createEmbeddedEngine, createMemoryEngine } from '../../src/store/engines/embedded.js';
import { tempDir } from '../support/temp-dir.js';

interface Day {
  _id: string;
  last: string;
  purgeAt: Date;
  turns: { seq: string; lines: { text: string; at: Date }[] }[];
  count?: number;
  note?: string;
}

const engines: { name: string; open: () => Promise<StorageEngine> }[] = [
  { name: 'memory', open: () => Promise.resolve(createMemoryEngine()) },
  { name: 'embedded', open: async () => createEmbeddedEngine({ dataDir: await tempDir() }) },
];

describe.each(engines)('updates written where the document lies ($name)', ({ open }) => {
  it('appends documents with dates to an array, keeps the later date and counts when a transcript day grows', async () => {
    const engine = await open();
    const days = engine.collection<Day>('days');
    const early = new Date('2031-01-01T10:00:00Z');
    const late = new Date('2031-01-08T10:00:00Z');
    await days.insertOne({ _id: 'd', last: '', purgeAt: late, turns: [], note: 'x' });
    const append = (seq: string, purgeAt: Date) =>
      days.updateOne(
        { _id: 'd', last: { $ne: seq } },
        {
          $push: { turns: { seq, lines: [{ text: `line ${seq}`, at: early }] } },
          $set: { last: seq },
          $max: { purgeAt },
          $inc: { count: 1 },
          $unset: { note: true },
        },
      );
    expect(await append('1', early)).toEqual({ matched: 1, upserted: false });
    expect(await append('1', early)).toEqual({ matched: 0, upserted: false });
    await append('2', new Date('2031-02-01T00:00:00Z'));
    const day = await days.findOne({ _id: 'd' });
    expect(day?.turns.map((turn) => turn.seq)).toEqual(['1', '2']);
    expect(day?.turns[0]?.lines[0]?.at).toEqual(early);
    expect(day?.purgeAt).toEqual(new Date('2031-02-01T00:00:00Z'));
    expect(day?.count).toBe(2);
    expect(day?.note).toBeUndefined();
    await engine.close();
  });

  it('creates the array a first push names when the document has none', async () => {
    const engine = await open();
    const docs = engine.collection<{ _id: string; tags?: string[] }>('tagged');
    await docs.insertOne({ _id: 'a' });
    await docs.updateOne({ _id: 'a' }, { $push: { tags: { $each: ['x', 'y'] } } });
    expect((await docs.findOne({ _id: 'a' }))?.tags).toEqual(['x', 'y']);
    expect((await docs.find({ tags: 'y' })).map((doc) => doc._id)).toEqual(['a']);
    await engine.close();
  });
  it('gives each shape of update its own statement: a field set or removed, one item pushed or three', async () => {
    const engine = await open();
    const docs = engine.collection<{ _id: string; tags?: string[]; note?: string; n?: number }>('shapes');
    await docs.insertOne({ _id: 'a', note: 'x', n: 1 });
    await docs.insertOne({ _id: 'b', note: 'y', n: 1 });
    await docs.updateOne({ _id: 'a' }, { $push: { tags: 'p' }, $set: { note: undefined } });
    await docs.updateOne({ _id: 'b' }, { $push: { tags: { $each: ['q', 'r', 's'] } }, $set: { note: 'z' } });
    await docs.updateOne({ _id: 'a' }, { $push: { tags: { $each: ['t', 'u', 'v'] } }, $set: { note: 'w' } });
    await docs.updateOne({ _id: 'b', n: 1 }, { $push: { tags: 'k' }, $set: { note: undefined }, $inc: { n: 2 } });
    await docs.updateOne({ _id: 'a', n: 1 }, { $push: { tags: 'm' }, $set: { note: undefined }, $inc: { n: 5 } });
    expect(await docs.findOne({ _id: 'a' })).toEqual({ _id: 'a', n: 6, tags: ['p', 't', 'u', 'v', 'm'] });
    expect(await docs.findOne({ _id: 'b' })).toEqual({ _id: 'b', n: 3, tags: ['q', 'r', 's', 'k'] });
    await engine.close();
  });
  it('appends in order to one array beside a removed field and a date kept, and to two arrays at once', async () => {
    const engine = await open();
    const docs = engine.collection<{ _id: string; a?: unknown[]; b?: unknown[]; note?: string; at?: Date }>('lists');
    const at = new Date('2031-03-01T00:00:00Z');
    await docs.insertOne({ _id: 'x', a: [{ n: 0, at }], note: 'gone' });
    await docs.updateOne(
      { _id: 'x' },
      { $push: { a: { $each: [{ n: 1, at }, [2, 'two'], 'three'] } }, $unset: { note: true }, $max: { at } },
    );
    await docs.updateOne({ _id: 'x' }, { $push: { a: 4, b: { $each: [5, 6] } } });
    expect(await docs.findOne({ _id: 'x' })).toEqual({
      _id: 'x',
      a: [{ n: 0, at }, { n: 1, at }, [2, 'two'], 'three', 4],
      b: [5, 6],
      at,
    });
    expect((await docs.find({ a: 'three' })).map((doc) => doc._id)).toEqual(['x']);
    await engine.close();
  });
});
