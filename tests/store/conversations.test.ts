import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import {
  createConversationsRepository,
  type ConversationCommit,
  type ConversationDoc,
} from '../../src/store/repositories/conversations.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

function openConversations() {
  const engine = createMemoryEngine();
  live.push(engine);
  const collection = engine.collection<ConversationDoc>('conversations');
  return { conversations: createConversationsRepository(collection), collection };
}

const now = new Date('2031-03-03T09:00:00Z');
const snapshot = JSON.stringify({
  status: 'active',
  value: { active: 'asking' },
  historyValue: {},
  context: {
    languages: ['fr', 'nl', 'en', 'ar'],
    language: 'fr',
    consented: true,
    role: 'mentee',
    answers: { city: 'brussels', cityConfirmed: true, age: 24, firstName: 'Yasmine' },
    step: 'origin',
    misses: 0,
    offeringHuman: false,
    quiet: false,
    typedPlace: 'Bruxelles',
    lastStep: 'age',
    lead: null,
    sessions: [],
    chosenSessionId: null,
    booking: null,
    offer: null,
    ineligible: null,
  },
  children: {},
});
const commit: ConversationCommit = {
  flow: 'intake',
  flowVersion: 2,
  snapshot,
  awaitingChoices: null,
  turnId: 'turn-1',
  now,
  inboundSentAt: now,
};

describe('conversations repository', () => {
  it('gives back the snapshot it was given when it keeps it packed', async () => {
    const { conversations, collection } = openConversations();
    expect(await conversations.commit('person-1', 0, commit)).toBe(true);

    expect((await conversations.get('person-1'))?.snapshot).toBe(snapshot);
    const stored = await collection.findOne({ _id: 'person-1' });
    expect(stored?.snapshot?.length).toBeLessThan(snapshot.length / 2);
    expect(stored?.snapshot).not.toContain('Yasmine');
  });

  it('gives back each snapshot when far more conversations were written since than it remembers', async () => {
    const { conversations } = openConversations();
    const people = Array.from({ length: 600 }, (_, i) => `person-${i}`);
    const snapshotOf = (person: string) => snapshot.replace('Yasmine', person);
    for (const person of people) {
      expect(await conversations.commit(person, 0, { ...commit, snapshot: snapshotOf(person) })).toBe(true);
    }
    for (const person of people) {
      expect((await conversations.get(person))?.snapshot).toBe(snapshotOf(person));
    }
  });

  it('reads a snapshot stored as plain JSON text by an earlier version', async () => {
    const { conversations, collection } = openConversations();
    await collection.insertOne({
      _id: 'person-1',
      flow: 'intake',
      flowVersion: 2,
      snapshot,
      version: 3,
      awaitingChoices: null,
      handoff: { reason: 'asked for a human', since: now },
      createdAt: now,
      updatedAt: now,
      lastInboundAt: now,
    });

    expect((await conversations.get('person-1'))?.snapshot).toBe(snapshot);
    expect((await conversations.listHandoffs()).map((doc) => doc.snapshot)).toEqual([snapshot]);
    expect(await conversations.commit('person-1', 3, { ...commit, snapshot: snapshot.replace('origin', 'age') })).toBe(
      true,
    );
    expect((await conversations.get('person-1'))?.snapshot).toBe(snapshot.replace('origin', 'age'));
  });
});
