import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import { createInboxRepository, type InboxDoc, type InboxRepository } from '../../src/store/repositories/inbox.js';

const ID_KEY = 'a key of the test';
const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

function openInbox(): { inbox: InboxRepository; engine: StorageEngine } {
  const engine = createMemoryEngine();
  live.push(engine);
  return { inbox: createInboxRepository(engine.collection<InboxDoc>('inbox'), ID_KEY), engine };
}

const receivedAt = new Date('2031-03-03T09:00:00Z');
const purgeAt = new Date('2031-03-10T09:00:00Z');
const message = (rawId: string, conversationId = 'person-1') => ({
  _id: rawId,
  conversationId,
  seq: `seq-${rawId}`,
  receivedAt,
  event: { kind: 'message' as const, text: 'Bonjour', choiceId: null, sentAt: receivedAt },
});

describe('inbox repository', () => {
  it('keeps only a short id and the purge date of a handled message', async () => {
    const { inbox, engine } = openInbox();
    await inbox.accept(message('whatsapp:wamid.HBgLMzI0NzAxMjM0NTYVAgARGBI'));
    const pending = await inbox.nextPending('person-1');
    await inbox.markDone(pending?._id ?? '', purgeAt);

    const stored = await engine.collection<InboxDoc>('inbox').find({});
    expect(stored.map((entry) => Object.keys(entry).sort())).toEqual([['_id', 'p']]);
    expect(stored[0]?._id).toMatch(/^[\w-]{22}$/);
    expect(stored[0]?.p).toBe(purgeAt.getTime() / 3_600_000);
    expect(await inbox.nextPending('person-1')).toBeNull();
  });

  it('names the stored id of a raw key, as the pending entry carries it', async () => {
    const { inbox } = openInbox();
    await inbox.accept(message('whatsapp:wamid.5'));
    expect((await inbox.nextPending('person-1'))?._id).toBe(inbox.idOf('whatsapp:wamid.5'));
    expect(inbox.idOf('whatsapp:wamid.6')).not.toBe(inbox.idOf('whatsapp:wamid.5'));
  });

  it('forgets a handled id once its purge hour has come, not before', async () => {
    const { inbox } = openInbox();
    await inbox.accept(message('whatsapp:wamid.4'));
    const pending = await inbox.nextPending('person-1');
    await inbox.markDone(pending?._id ?? '', new Date('2031-03-10T09:20:00Z'));

    expect(await inbox.purgeHandled(new Date('2031-03-10T09:59:59Z'))).toBe(0);
    expect(await inbox.wasAccepted('whatsapp:wamid.4')).toBe(true);
    expect(await inbox.purgeHandled(new Date('2031-03-10T10:00:00Z'))).toBe(1);
    expect(await inbox.wasAccepted('whatsapp:wamid.4')).toBe(false);
  });

  it('drops a redelivered message once it is handled in the same commit as its turn', async () => {
    const { inbox, engine } = openInbox();
    await inbox.accept(message('whatsapp:wamid.1'));
    const pending = await inbox.nextPending('person-1');
    await engine.transaction([inbox.markDoneWrite(pending?._id ?? '', purgeAt)]);

    expect(await inbox.wasAccepted('whatsapp:wamid.1')).toBe(true);
    expect(await inbox.accept(message('whatsapp:wamid.1'))).toBe(false);
    expect(await inbox.wasAccepted('whatsapp:wamid.2')).toBe(false);
  });

  it('recognises a message handled by the previous version, stored under the whole hash', async () => {
    const { inbox, engine } = openInbox();
    const legacyId = `h:${createHmac('sha256', ID_KEY).update('whatsapp:wamid.old').digest('base64url')}`;
    await engine
      .collection<InboxDoc>('inbox')
      .insertOne({ _id: legacyId, conversationId: 'person-1', seq: '', receivedAt, state: 'done', purgeAt });

    expect(await inbox.wasAccepted('whatsapp:wamid.old')).toBe(true);
    expect(await inbox.wasAccepted('whatsapp:wamid.new')).toBe(false);
  });

  it('says ids of the previous version may be kept while one is there, and no longer once none is', async () => {
    const { inbox, engine } = openInbox();
    await inbox.accept(message('whatsapp:wamid.7'));
    const legacyId = `h:${createHmac('sha256', ID_KEY).update('whatsapp:wamid.old').digest('base64url')}`;
    const collection = engine.collection<InboxDoc>('inbox');
    await collection.insertOne({ _id: legacyId, receivedAt, seq: '', purgeAt });

    expect(await inbox.mayHoldLegacyIds()).toBe(true);
    await collection.deleteMany({ _id: legacyId });
    expect(await inbox.mayHoldLegacyIds()).toBe(false);
  });

  it('keeps nothing that names the person of a waiting message once they are erased', async () => {
    const { inbox, engine } = openInbox();
    await inbox.accept(message('whatsapp:wamid.3', 'person-2'));
    await inbox.eraseConversation('person-2');

    const stored = await engine.collection<InboxDoc>('inbox').find({});
    expect(JSON.stringify(stored)).not.toContain('person-2');
    expect(await inbox.nextPending('person-2')).toBeNull();
    expect(await inbox.wasAccepted('whatsapp:wamid.3')).toBe(true);
  });
});
