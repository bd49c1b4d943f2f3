import type { DocumentCollection } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';
import type { WriteOperation } from '../engine.js';

export interface PersonDoc {
  _id: string;
  /** `channel:address`; unique. The address (a phone number on WhatsApp) is personal data: never logged. */
  addressKey: string;
  channel: string;
  address: string;
  language: string | null;
  createdAt: Date;
  optedOutAt: Date | null;
}

export interface PeopleRepository {
  findOrCreate(input: { channel: string; address: string; now: Date }): Promise<PersonDoc>;
  get(id: string): Promise<PersonDoc | null>;
  /** The person known on this channel by this address, if any. */
  findByAddress(input: { channel: string; address: string }): Promise<PersonDoc | null>;
  update(id: string, changes: Partial<Pick<PersonDoc, 'language' | 'optedOutAt'>>): Promise<void>;
  /** update as one write of a transaction. */
  updateWrite(id: string, changes: Partial<Pick<PersonDoc, 'language' | 'optedOutAt'>>): WriteOperation;
  erase(id: string): Promise<void>;
}

export function createPeopleRepository(people: DocumentCollection<PersonDoc>, newId: () => string): PeopleRepository {
  return {
    async findOrCreate({ channel, address, now }) {
      const addressKey = `${channel}:${address}`;
      const existing = await people.findOne({ addressKey });
      if (existing) return existing;
      const person: PersonDoc = {
        _id: newId(),
        addressKey,
        channel,
        address,
        language: null,
        createdAt: now,
        optedOutAt: null,
      };
      try {
        await people.insertOne(person);
        return person;
      } catch (error) {
        // Two first messages at once: the other one created the person.
        if (!(error instanceof DuplicateKeyError)) throw error;
        const winner = await people.findOne({ addressKey });
        if (!winner) throw error;
        return winner;
      }
    },
    get: (id) => people.findOne({ _id: id }),
    findByAddress: ({ channel, address }) => people.findOne({ addressKey: `${channel}:${address}` }),
    async update(id, changes) {
      await people.updateOne({ _id: id }, { $set: changes });
    },
    updateWrite: (id, changes) => ({
      collection: people.name,
      kind: 'updateOne',
      filter: { _id: id },
      update: { $set: changes },
    }),
    async erase(id) {
      await people.deleteOne({ _id: id });
    },
  };
}
