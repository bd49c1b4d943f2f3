import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import { createOutboxRepository, type OutboxDoc } from '../../src/store/repositories/outbox.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

function openOutbox() {
  const engine = createMemoryEngine();
  live.push(engine);
  const collection = engine.collection<OutboxDoc>('outbox');
  return { outbox: createOutboxRepository(collection), collection };
}

const createdAt = new Date('2031-03-03T09:00:00Z');
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

describe('outbox repository', () => {
  it('keeps ids, state and purge time of a sent entry, and gives the purge time back as a date', async () => {
    const { outbox, collection } = openOutbox();
    await outbox.insertMissing([reply(1)]);
    await outbox.markSent([
      { id: 'turn-1#1', providerMessageId: 'wamid.OUT-1', purgeAt: new Date('2031-04-02T09:00:05Z') },
    ]);

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
    await outbox.markSent([
      { id: 'turn-1#1', providerMessageId: 'wamid.OUT-1', purgeAt: new Date('2031-04-02T09:00:05Z') },
    ]);

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
