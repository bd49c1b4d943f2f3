import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError, openStore, type StorageEngine } from '../../src/store/index.js';
import { createEmbeddedEngine, createMemoryEngine } from '../../src/store/engines/embedded.js';
import { createMongoEngine } from '../../src/store/engines/mongodb.js';
import { tempDir } from '../support/temp-dir.js';

interface Seat {
  _id: string;
  city: string;
  capacity: number;
  taken: number;
  startsAt: Date;
  tags?: string[];
  code?: string;
}

interface EngineUnderTest {
  name: string;
  open: () => Promise<StorageEngine>;
  /** Opens a second handle on the same data, as a restarted process would. */
  reopen: (engine: StorageEngine) => Promise<StorageEngine>;
}

const engines: EngineUnderTest[] = [
  {
    name: 'memory',
    open: () => Promise.resolve(createMemoryEngine()),
    // A database in memory lives as long as its handle: the same handle stands for a restart.
    reopen: (engine) => Promise.resolve(engine),
  },
  {
    name: 'embedded',
    open: async () => createEmbeddedEngine({ dataDir: await tempDir() }),
    reopen: async (engine) => {
      await engine.close();
      return createEmbeddedEngine({ dataDir: engine.location });
    },
  },
];
const mongoUri = process.env.MONGODB_URI;
if (mongoUri) {
  const database = `duo_bot_contract_${process.pid}`;
  engines.push({
    name: 'mongodb',
    open: () => createMongoEngine({ uri: mongoUri, database }),
    reopen: async (engine) => {
      await engine.close();
      return createMongoEngine({ uri: mongoUri, database });
    },
  });
}

describe.each(engines)('store contract ($name)', ({ open, reopen }) => {
  let engine: StorageEngine;
  const live: StorageEngine[] = [];
  beforeEach(async () => {
    engine = await open();
    live.push(engine);
    await engine.dropAll();
  });
  afterAll(async () => {
    for (const handle of live) await handle.dropAll().catch(() => undefined);
    await Promise.all(live.map((handle) => handle.close().catch(() => undefined)));
  });
  const seats = () => engine.collection<Seat>('seats');
  const seat = (id: string, fields: Partial<Seat> = {}): Seat => ({
    _id: id,
    city: 'brussels',
    capacity: 5,
    taken: 0,
    startsAt: new Date('2031-01-01T18:00:00Z'),
    ...fields,
  });

  it('finds with a filter, a sort, a skip and a limit', async () => {
    await seats().insertOne(seat('a', { taken: 3 }));
    await seats().insertOne(seat('b', { taken: 1 }));
    await seats().insertOne(seat('c', { taken: 2, city: 'liege' }));
    await seats().insertOne(seat('d', { taken: 4 }));
    const found = await seats().find(
      { city: 'brussels', taken: { $gte: 1 } },
      { sort: { taken: -1 }, skip: 1, limit: 2 },
    );
    expect(found.map((s) => s._id)).toEqual(['a', 'b']);
    expect((await seats().findOne({ city: 'liege' }))?._id).toBe('c');
    expect(await seats().findOne({ city: 'ghent' })).toBeNull();
    expect(await seats().countDocuments({ city: 'brussels' })).toBe(3);
  });

  it('rejects a second document with the same id or unique field, and writes nothing', async () => {
    await seats().createIndex({ fields: { code: 1 }, unique: true, sparse: true });
    await seats().insertOne(seat('a', { code: 'X' }));
    await expect(seats().insertOne(seat('a'))).rejects.toBeInstanceOf(DuplicateKeyError);
    await expect(seats().insertOne(seat('b', { code: 'X' }))).rejects.toBeInstanceOf(DuplicateKeyError);
    // sparse: several documents may lack the field
    await seats().insertOne(seat('c'));
    await seats().insertOne(seat('d'));
    expect(await seats().countDocuments({})).toBe(3);
  });

  it('inserts a batch keeping the new documents and skipping the duplicates', async () => {
    await seats().insertOne(seat('a'));
    expect(await seats().insertManyIgnoringDuplicates([seat('a'), seat('b'), seat('c')])).toBe(2);
    expect(await seats().countDocuments({})).toBe(3);
  });

  it('updates with $set, $inc, $unset and $push with $slice', async () => {
    await seats().insertOne(seat('a', { tags: ['x'], code: 'C' }));
    const result = await seats().updateOne(
      { _id: 'a' },
      {
        $set: { city: 'ghent' },
        $inc: { taken: 2 },
        $unset: { code: true },
        $push: { tags: { $each: ['y', 'z'], $slice: -2 } },
      },
    );
    expect(result).toEqual({ matched: 1, upserted: false });
    const updated = await seats().findOne({ _id: 'a' });
    expect(updated).toMatchObject({ city: 'ghent', taken: 2, tags: ['y', 'z'] });
    expect(updated?.code).toBeUndefined();
    expect(await seats().updateMany({ city: 'ghent' }, { $inc: { taken: 1 } })).toBe(1);
  });

  it('upserts from the filter and $setOnInsert, and leaves $setOnInsert alone on an update', async () => {
    const first = await seats().updateOne(
      { _id: 'u' },
      { $set: { taken: 1 }, $setOnInsert: { city: 'lille', capacity: 9, startsAt: new Date('2031-02-01T10:00:00Z') } },
      { upsert: true },
    );
    expect(first.upserted).toBe(true);
    await seats().updateOne({ _id: 'u' }, { $set: { taken: 2 }, $setOnInsert: { city: 'paris' } }, { upsert: true });
    expect(await seats().findOne({ _id: 'u' })).toMatchObject({ city: 'lille', capacity: 9, taken: 2 });
  });

  it('never gives more seats than the capacity to concurrent find-one-and-update calls', async () => {
    await seats().insertOne(seat('s', { capacity: 5 }));
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () =>
        seats().findOneAndUpdate({ _id: 's', taken: { $lt: 5 } }, { $inc: { taken: 1 } }),
      ),
    );
    expect(attempts.filter((doc) => doc !== null)).toHaveLength(5);
    expect((await seats().findOne({ _id: 's' }))?.taken).toBe(5);
  });

  it('takes the first document in sort order with find-one-and-update', async () => {
    await seats().insertOne(seat('late', { startsAt: new Date('2031-05-01T00:00:00Z') }));
    await seats().insertOne(seat('early', { startsAt: new Date('2031-04-01T00:00:00Z') }));
    const claimed = await seats().findOneAndUpdate({ taken: 0 }, { $set: { taken: 1 } }, { sort: { startsAt: 1 } });
    expect(claimed?._id).toBe('early');
    expect(claimed?.taken).toBe(1);
  });

  it('upserts in find-one-and-update, and reports a clash with an existing id as a duplicate', async () => {
    const created = await seats().findOneAndUpdate(
      { _id: 'lock', taken: 0 },
      { $set: { city: 'x' } },
      { upsert: true },
    );
    expect(created).toMatchObject({ _id: 'lock', taken: 0, city: 'x' });
    await seats().updateOne({ _id: 'lock' }, { $set: { taken: 1 } });
    await expect(
      seats().findOneAndUpdate({ _id: 'lock', taken: 0 }, { $set: { city: 'y' } }, { upsert: true }),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
  });

  it('deletes one or many', async () => {
    await seats().insertManyIgnoringDuplicates([seat('a'), seat('b'), seat('c', { city: 'liege' })]);
    expect(await seats().deleteOne({ city: 'brussels' })).toBe(1);
    expect(await seats().deleteMany({})).toBe(2);
    expect(await seats().countDocuments({})).toBe(0);
  });

  it('matches an element of an array, a whole array, null as missing, and booleans, as MongoDB does', async () => {
    const docs = () =>
      engine.collection<{ _id: string; tags?: string[]; code?: string | null; open?: boolean }>('mixed');
    await docs().insertManyIgnoringDuplicates([
      { _id: 'a', tags: ['x', 'y'], code: 'K', open: true },
      { _id: 'b', tags: ['y'], code: null, open: false },
      { _id: 'c', tags: [] },
    ]);
    const ids = async (filter: Record<string, unknown>) =>
      (await docs().find(filter, { sort: { _id: 1 } })).map((doc) => doc._id);
    expect(await ids({ tags: 'y' })).toEqual(['a', 'b']);
    expect(await ids({ tags: { $ne: 'x' } })).toEqual(['b', 'c']);
    expect(await ids({ tags: ['y'] })).toEqual(['b']);
    expect(await ids({ code: null })).toEqual(['b', 'c']);
    expect(await ids({ code: { $ne: null } })).toEqual(['a']);
    expect(await ids({ code: { $exists: true } })).toEqual(['a', 'b']);
    expect(await ids({ open: true })).toEqual(['a']);
    expect(await ids({ open: { $ne: true } })).toEqual(['b', 'c']);
    expect(await ids({ $or: [{ code: 'K' }, { tags: { $in: ['z', 'y'] } }] })).toEqual(['a', 'b']);
    expect(await ids({ _id: { $nin: ['a'] } })).toEqual(['b', 'c']);
  });

  it('keeps a text that starts with control characters as text', async () => {
    const typed = '\u0001\u0002\u001b[31m';
    await seats().insertOne(seat(typed, { city: typed }));
    const found = await seats().findOne({ city: typed });
    expect(found?._id).toBe(typed);
    expect(found?.city).toBe(typed);
    expect(await seats().countDocuments({ _id: typed })).toBe(1);
  });

  it('compares dates with dates and numbers with numbers', async () => {
    await seats().insertOne(seat('early', { startsAt: new Date('2031-01-01T00:00:00Z'), taken: 1 }));
    await seats().insertOne(seat('late', { startsAt: new Date('2031-06-01T00:00:00Z'), taken: 10 }));
    const after = await seats().find({ startsAt: { $gt: new Date('2031-03-01T00:00:00Z') } });
    expect(after.map((s) => s._id)).toEqual(['late']);
    const fewer = await seats().find({ taken: { $lt: 5 }, startsAt: { $lte: new Date('2031-01-01T00:00:00Z') } });
    expect(fewer.map((s) => s._id)).toEqual(['early']);
    const latest = await seats().findOne({}, { sort: { startsAt: -1 } });
    expect(latest?._id).toBe('late');
  });

  it('compares dates beyond year 9999 and before year 0 in their order, as "no bound" filters use them', async () => {
    const latestDate = new Date(8.64e15);
    const earliestDate = new Date(-8.64e15);
    await seats().insertOne(seat('now', { startsAt: new Date('2031-01-01T00:00:00Z') }));
    await seats().insertOne(seat('end-of-time', { startsAt: latestDate }));
    await seats().insertOne(seat('before-time', { startsAt: earliestDate }));
    const until = await seats().find({ startsAt: { $gte: new Date('2000-01-01T00:00:00Z'), $lte: latestDate } });
    expect(until.map((s) => s._id).sort()).toEqual(['end-of-time', 'now']);
    const sorted = await seats().find({}, { sort: { startsAt: 1 } });
    expect(sorted.map((s) => s._id)).toEqual(['before-time', 'now', 'end-of-time']);
    expect((await seats().findOne({ _id: 'end-of-time' }))?.startsAt).toEqual(latestDate);
    expect((await seats().findOne({ _id: 'before-time' }))?.startsAt).toEqual(earliestDate);
  });

  it('lets only one document lack a unique field unless the index is sparse', async () => {
    await seats().createIndex({ fields: { code: 1 }, unique: true });
    await seats().insertOne(seat('a'));
    await expect(seats().insertOne(seat('b'))).rejects.toBeInstanceOf(DuplicateKeyError);
  });

  it('writes every write of a transaction, or none when one finds a conflict', async () => {
    if (!engine.supportsTransactions) return;
    await seats().insertOne(seat('a', { taken: 1 }));
    const conflicting = await engine.transaction([
      { collection: 'seats', kind: 'insertMany', docs: [seat('b'), seat('a')] },
      {
        collection: 'seats',
        kind: 'updateOne',
        filter: { _id: 'a', taken: 0 },
        update: { $inc: { taken: 1 } },
        required: true,
      },
    ]);
    expect(conflicting).toEqual({ committed: false, conflict: 1 });
    expect(await seats().countDocuments({})).toBe(1);
    const duplicate = await engine.transaction([
      { collection: 'seats', kind: 'updateOne', filter: { _id: 'a' }, update: { $inc: { taken: 1 } } },
      { collection: 'seats', kind: 'insertOne', doc: seat('a') },
    ]);
    expect(duplicate).toEqual({ committed: false, conflict: 1 });
    expect((await seats().findOne({ _id: 'a' }))?.taken).toBe(1);
    const committed = await engine.transaction([
      { collection: 'seats', kind: 'insertMany', docs: [seat('a'), seat('b')] },
      {
        collection: 'seats',
        kind: 'updateOne',
        filter: { _id: 'a', taken: 1 },
        update: { $inc: { taken: 1 } },
        required: true,
      },
      {
        collection: 'seats',
        kind: 'updateOne',
        filter: { _id: 'u' },
        update: { $set: { city: 'gent' } },
        upsert: true,
      },
      { collection: 'seats', kind: 'deleteMany', filter: { _id: 'b' } },
    ]);
    expect(committed).toEqual({ committed: true });
    expect((await seats().find({}, { sort: { _id: 1 } })).map((s) => [s._id, s.taken, s.city])).toEqual([
      ['a', 2, 'brussels'],
      ['u', undefined, 'gent'],
    ]);
  });

  it('keeps dates as dates and the data across a reopen', async () => {
    await seats().insertOne(seat('kept'));
    const reopened = await reopen(engine);
    live.push(reopened);
    const doc = await reopened.collection<Seat>('seats').findOne({ _id: 'kept' });
    expect(doc?.startsAt).toBeInstanceOf(Date);
    expect(doc?.startsAt.toISOString()).toBe('2031-01-01T18:00:00.000Z');
  });
});

describe('store retention', () => {
  it('purges transcript days, handled inbox ids, sent messages and finished jobs past their date', async () => {
    const storage = createEmbeddedEngine({ dataDir: await tempDir() });
    const store = await openStore(storage);
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 60 * 60 * 1000);
    const turn = (text: string, at: Date, purgeAt: Date) => ({
      conversationId: 'c',
      turnId: text,
      seq: text,
      at,
      purgeAt,
      lines: [{ direction: 'in' as const, text }],
    });
    await store.transcript.append(turn('old', new Date('2031-01-01T10:00:00Z'), past));
    await store.transcript.append(turn('new', new Date('2031-01-02T10:00:00Z'), future));
    const inbox = storage.collection<{ _id: string; purgeAt?: Date }>('inbox');
    // A handled id as the previous version kept it (with its purge date), and as kept now.
    await inbox.insertOne({ _id: 'handled-before', purgeAt: past });
    await store.inbox.accept({ _id: 'test:m1', conversationId: 'c', seq: '1', receivedAt: past });
    await store.inbox.markDone((await store.inbox.nextPending('c'))?._id ?? '', past);
    await store.outbox.insertMissing([
      {
        _id: 'turn#1',
        conversationId: 'c',
        turnId: 'turn',
        seq: '1',
        channel: 'test',
        address: '+32470000001',
        language: 'fr',
        state: 'sending',
        attempts: 1,
        nextAttemptAt: past,
        leaseUntil: future,
        createdAt: past,
        sentAt: null,
        delivery: null,
        lastError: null,
      },
    ]);
    await store.outbox.markSent([
      { id: 'turn#1', conversationId: 'c', channel: 'test', providerMessageId: 'provider-1', at: past, purgeAt: past },
    ]);
    expect(await store.purgeExpired(new Date(past.getTime() + 60 * 60 * 1000))).toBe(4);
    expect(await store.outbox.listForConversation('c')).toEqual([]);
    expect((await store.transcript.list('c')).map((kept) => (kept.direction === 'in' ? kept.text : null))).toEqual([
      'new',
    ]);
    expect(await inbox.countDocuments({})).toBe(0);
    await store.close();
  });

  it('keeps a turn written twice (moved again after a crash) once in the transcript, replies as messages', async () => {
    const store = await openStore(createEmbeddedEngine({ dataDir: await tempDir() }));
    const at = new Date('2031-01-01T10:00:00Z');
    const turn = (seq: string, text: string) => ({
      conversationId: 'c',
      turnId: seq,
      seq,
      at,
      purgeAt: new Date(at.getTime() + 60_000),
      lines: [
        { direction: 'in' as const, text },
        { direction: 'out' as const, message: { key: 'echo', params: { text } }, language: 'fr' },
      ],
    });
    await store.transcript.append(turn('1', 'un'));
    await store.transcript.append(turn('1', 'un'));
    await store.transcript.append(turn('2', 'deux'));
    // A line as the first version of the store kept it (one document, the reply rendered) comes first.
    const earlier = new Date('2030-12-31T10:00:00Z');
    type LegacyLine = { _id: string; conversationId: string; seq: string; at: Date; direction: string; text: string };
    await store.engine.collection<LegacyLine & { language: string }>('transcript').insertOne({
      _id: 't0#1',
      conversationId: 'c',
      seq: '0',
      at: earlier,
      direction: 'out',
      text: 'Bonjour',
      language: 'fr',
    });
    expect(await store.transcript.list('c')).toEqual([
      { direction: 'out', text: 'Bonjour', language: 'fr', at: earlier },
      { direction: 'in', text: 'un', at },
      { direction: 'out', message: { key: 'echo', params: { text: 'un' } }, language: 'fr', at },
      { direction: 'in', text: 'deux', at },
      { direction: 'out', message: { key: 'echo', params: { text: 'deux' } }, language: 'fr', at },
    ]);
    await store.close();
  });

  it('deletes documents past the date of a TTL index at its sweep, and keeps those without a date', async () => {
    const engine = createEmbeddedEngine({ dataDir: await tempDir() });
    const docs = engine.collection<{ _id: string; purgeAt: Date | null }>('expiring');
    await docs.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0 });
    await docs.insertOne({ _id: 'old', purgeAt: new Date(Date.now() - 1000) });
    await docs.insertOne({ _id: 'new', purgeAt: new Date(Date.now() + 60_000) });
    await docs.insertOne({ _id: 'kept', purgeAt: null });
    expect(engine.sweepExpired(new Date())).toBe(1);
    expect((await docs.find({}, { sort: { _id: 1 } })).map((doc) => doc._id)).toEqual(['kept', 'new']);
    await engine.close();
  });
});
