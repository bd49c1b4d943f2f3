import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import {
  createOutboxRepository,
  type OutboxDoc,
  type SentDayDoc,
  type SentMark,
} from '../../src/store/repositories/outbox.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

/** As on a server without transactions: a sent entry stays in the outbox, marked. */
function openOutbox() {
  const engine = createMemoryEngine();
  live.push(engine);
  const collection = engine.collection<OutboxDoc>('outbox');
  return { outbox: createOutboxRepository(collection), collection };
}

/** As on every engine with transactions: sent replies are folded into their conversation's days. */
function openFoldingOutbox() {
  const engine = createMemoryEngine();
  live.push(engine);
  const collection = engine.collection<OutboxDoc>('outbox');
  const sentDays = engine.collection<SentDayDoc>('outbox_sent');
  const outbox = createOutboxRepository(collection, {
    together: (writes) => engine.transaction(writes),
    sentDays,
  });
  return { outbox, collection, sentDays };
}

const createdAt = new Date('2031-03-03T09:00:00Z');
const sentAt = new Date('2031-03-03T09:00:05Z');
const mark = (n: number): SentMark => ({
  id: `turn-1#${n}`,
  conversationId: 'person-1',
  channel: 'whatsapp-cloud',
  providerMessageId: `wamid.OUT-${n}`,
  at: sentAt,
  purgeAt: new Date('2031-04-02T09:00:05Z'),
});
const reply = (n: number): OutboxDoc => ({
  _id: `turn-1#${n}`,
  conversationId: 'person-1',
  turnId: 'turn-1',
  seq: `00${n}`,
  channel: 'whatsapp-cloud',
  address: '+32470000001',
  language: 'fr',
  message: { key: 'intake.greeting' },
  state: 'sending',
  attempts: 1,
  nextAttemptAt: createdAt,
  leaseUntil: new Date('2031-03-03T09:01:00Z'),
  createdAt,
  sentAt: null,
  delivery: null,
  lastError: null,
});

describe('outbox repository without transactions', () => {
  it('keeps ids, state and purge time of a sent entry, and gives the purge time back as a date', async () => {
    const { outbox, collection } = openOutbox();
    await outbox.insertMissing([reply(1)]);
    await outbox.markSent([mark(1)]);

    const [stored] = await collection.find({});
    expect(Object.keys(stored ?? {}).sort()).toEqual([
      '_id',
      'channel',
      'conversationId',
      'p',
      'providerMessageId',
      'state',
    ]);
    expect(await outbox.listForConversation('person-1')).toEqual([
      {
        _id: 'turn-1#1',
        conversationId: 'person-1',
        channel: 'whatsapp-cloud',
        state: 'sent',
        providerMessageId: 'wamid.OUT-1',
        purgeAt: new Date('2031-04-02T10:00:00Z'),
      },
    ]);
    const delivered = await outbox.recordDelivery({
      channel: 'whatsapp-cloud',
      providerMessageId: 'wamid.OUT-1',
      status: 'read',
      at: new Date('2031-03-03T09:05:00Z'),
      errorCode: null,
    });
    expect(delivered).toMatchObject({ conversationId: 'person-1', purgeAt: new Date('2031-04-02T10:00:00Z') });
  });

  it('purges a sent entry once its purge hour has come, not before, and leaves one still to send', async () => {
    const { outbox } = openOutbox();
    await outbox.insertMissing([reply(1), { ...reply(2), state: 'pending' }]);
    await outbox.markSent([mark(1)]);

    expect(await outbox.purgeSent(new Date('2031-04-02T09:59:00Z'))).toBe(0);
    expect(await outbox.purgeSent(new Date('2031-04-02T10:00:00Z'))).toBe(1);
    expect((await outbox.listForConversation('person-1')).map((entry) => entry._id)).toEqual(['turn-1#2']);
  });

  it('lists a sent entry written by the previous version with its purge date', async () => {
    const { outbox, collection } = openOutbox();
    const purgeAt = new Date('2031-04-02T09:00:05Z');
    await collection.insertOne({ ...reply(1), state: 'sent', providerMessageId: 'wamid.OUT-1', purgeAt });

    expect((await outbox.listForConversation('person-1'))[0]?.purgeAt).toEqual(purgeAt);
  });
});

describe('outbox repository', () => {
  it('folds the sent replies of a conversation and day into one document, listed as before', async () => {
    const { outbox, collection, sentDays } = openFoldingOutbox();
    await outbox.insertMissing([reply(1), reply(2), { ...reply(3), state: 'pending' }]);
    await outbox.markSent([mark(1)]);
    await outbox.markSent([mark(2)]);

    expect((await collection.find({})).map((entry) => entry._id)).toEqual(['turn-1#3']);
    expect(await sentDays.find({})).toEqual([
      {
        _id: 'person-1:2031-03-03',
        c: 'whatsapp-cloud',
        p: 536914,
        s: [
          ['turn-1#1', 'wamid.OUT-1'],
          ['turn-1#2', 'wamid.OUT-2'],
        ],
      },
    ]);
    const sent = {
      conversationId: 'person-1',
      channel: 'whatsapp-cloud',
      state: 'sent',
      purgeAt: new Date('2031-04-02T10:00:00Z'),
    };
    expect(await outbox.listForConversation('person-1')).toEqual([
      { _id: 'turn-1#1', providerMessageId: 'wamid.OUT-1', ...sent },
      { _id: 'turn-1#2', providerMessageId: 'wamid.OUT-2', ...sent },
      expect.objectContaining({ _id: 'turn-1#3', state: 'pending' }),
    ]);
  });

  it('finds a folded reply through its person for a status, and moves its delivery state forward only', async () => {
    const { outbox } = openFoldingOutbox();
    await outbox.insertMissing([reply(1), reply(2)]);
    await outbox.markSent([mark(1), mark(2)]);
    const status = {
      channel: 'whatsapp-cloud',
      providerMessageId: 'wamid.OUT-2',
      at: new Date('2031-03-03T09:05:00Z'),
      errorCode: null,
    };

    expect(await outbox.recordDelivery({ ...status, status: 'read' })).toBeNull();
    const read = await outbox.recordDelivery({ ...status, status: 'read', conversationId: 'person-1' });
    const late = await outbox.recordDelivery({ ...status, status: 'delivered', conversationId: 'person-1' });

    expect(read).toMatchObject({ _id: 'turn-1#2', conversationId: 'person-1', delivery: { status: 'read' } });
    expect(late?.delivery?.status).toBe('read');
    expect((await outbox.listForConversation('person-1')).map((entry) => entry.delivery?.status ?? null)).toEqual([
      null,
      'read',
    ]);
  });

  it('lists a reply marked sent by a status and again by the dispatcher once', async () => {
    const { outbox } = openFoldingOutbox();
    await outbox.insertMissing([reply(1)]);
    const byStatus = { id: 'turn-1#1', channel: 'whatsapp-cloud', providerMessageId: 'wamid.OUT-1', at: sentAt };
    expect(await outbox.markSentByStatus(byStatus)).toBe(true);
    expect(await outbox.markSentByStatus(byStatus)).toBe(false);
    await outbox.markSent([mark(1)]);

    expect((await outbox.listForConversation('person-1')).map((entry) => [entry._id, entry.state])).toEqual([
      ['turn-1#1', 'sent'],
    ]);
  });

  it('lists sent entries written by the previous version beside folded ones, and records their statuses', async () => {
    const { outbox, collection } = openFoldingOutbox();
    await collection.insertOne({ ...reply(1), state: 'sent', providerMessageId: 'wamid.OUT-1', p: 536914 });
    await outbox.insertMissing([reply(2)]);
    await outbox.markSent([mark(2)]);
    await outbox.recordDelivery({
      channel: 'whatsapp-cloud',
      providerMessageId: 'wamid.OUT-1',
      status: 'failed',
      at: sentAt,
      errorCode: '131047',
    });

    const listed = await outbox.listForConversation('person-1');
    expect(listed.map((entry) => [entry._id, entry.delivery?.status ?? null])).toEqual([
      ['turn-1#1', 'failed'],
      ['turn-1#2', null],
    ]);
  });

  it("purges a conversation's sent day once its last reply's purge hour has come, and erases it with the person", async () => {
    const { outbox } = openFoldingOutbox();
    await outbox.insertMissing([reply(1), reply(2)]);
    await outbox.markSent([mark(1)]);
    await outbox.markSent([{ ...mark(2), purgeAt: new Date('2031-04-02T12:00:00Z') }]);

    expect(await outbox.purgeSent(new Date('2031-04-02T11:59:00Z'))).toBe(0);
    expect(await outbox.listForConversation('person-1')).toHaveLength(2);
    expect(await outbox.purgeSent(new Date('2031-04-02T12:00:00Z'))).toBe(1);
    expect(await outbox.listForConversation('person-1')).toEqual([]);

    await outbox.insertMissing([reply(3)]);
    await outbox.markSent([mark(3)]);
    await outbox.eraseConversation('person-1');
    expect(await outbox.listForConversation('person-1')).toEqual([]);
  });
});
