import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import { createPeopleRepository, type StoredPersonDoc } from '../../src/store/repositories/people.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

function openPeople() {
  const engine = createMemoryEngine();
  live.push(engine);
  const collection = engine.collection<StoredPersonDoc>('people');
  let n = 0;
  return { people: createPeopleRepository(collection, () => `person-${String((n += 1))}`), collection };
}

const now = new Date('2031-03-03T09:00:00Z');

describe('people repository', () => {
  it('keeps a new person as the address key and the creation time, and reads back the channel and address', async () => {
    const { people, collection } = openPeople();
    const person = await people.findOrCreate({ channel: 'whatsapp-web', address: '32470123456@c.us', now });

    expect(await collection.find({})).toEqual([
      { _id: 'person-1', addressKey: 'whatsapp-web:32470123456@c.us', createdAt: now },
    ]);
    const expected = {
      _id: 'person-1',
      addressKey: 'whatsapp-web:32470123456@c.us',
      channel: 'whatsapp-web',
      address: '32470123456@c.us',
      language: null,
      createdAt: now,
      optedOutAt: null,
    };
    expect(person).toEqual(expected);
    expect(await people.get('person-1')).toEqual(expected);
    expect(await people.findByAddress({ channel: 'whatsapp-web', address: '32470123456@c.us' })).toEqual(expected);
  });

  it('leaves no opt-out behind when the person opts in again', async () => {
    const { people, collection } = openPeople();
    await people.findOrCreate({ channel: 'whatsapp-cloud', address: '32470000001', now });
    await people.update('person-1', { language: 'nl', optedOutAt: now });
    expect((await people.get('person-1'))?.optedOutAt).toEqual(now);

    await people.update('person-1', { optedOutAt: null });
    expect(await people.get('person-1')).toMatchObject({ language: 'nl', optedOutAt: null });
    expect(Object.keys((await collection.findOne({ _id: 'person-1' })) ?? {})).not.toContain('optedOutAt');
  });

  it('reads a person as the previous version stored it', async () => {
    const { people, collection } = openPeople();
    const stored = {
      _id: 'person-0',
      addressKey: 'whatsapp-cloud:32470000002',
      channel: 'whatsapp-cloud',
      address: '32470000002',
      language: 'fr',
      createdAt: now,
      optedOutAt: null,
    };
    await collection.insertOne(stored);

    expect(await people.findOrCreate({ channel: 'whatsapp-cloud', address: '32470000002', now })).toEqual(stored);
  });
});
