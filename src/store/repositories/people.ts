import type { DocumentCollection, Update } from '../collection.js';
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

/**
 * A person as stored: the channel and the address are read from `addressKey`, and a language or
 * an opt-out that is not there is left out. Documents of earlier versions, which hold all of
 * them, are read as they are.
 */
export interface StoredPersonDoc {
  _id: string;
  addressKey: string;
  channel?: string;
  address?: string;
  language?: string | null;
  createdAt: Date;
  optedOutAt?: Date | null;
}

type PersonChanges = Partial<Pick<PersonDoc, 'language' | 'optedOutAt'>>;

function toPerson(stored: StoredPersonDoc): PersonDoc {
  const { _id, addressKey, createdAt } = stored;
  // Channel names hold no `:`; an address may.
  const split = addressKey.indexOf(':');
  return {
    _id,
    addressKey,
    channel: stored.channel ?? addressKey.slice(0, split),
    address: stored.address ?? addressKey.slice(split + 1),
    language: stored.language ?? null,
    createdAt,
    optedOutAt: stored.optedOutAt ?? null,
  };
}

/** A change as a write: a value set to null is removed. */
function changesUpdate(changes: PersonChanges): Update {
  const set: Record<string, unknown> = {};
  const unset: Record<string, true> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) unset[field] = true;
    else set[field] = value;
  }
  return {
    ...(Object.keys(set).length > 0 ? { $set: set } : {}),
    ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}),
  };
}

export interface PeopleRepository {
  findOrCreate(input: { channel: string; address: string; now: Date }): Promise<PersonDoc>;
  get(id: string): Promise<PersonDoc | null>;
  /** The person known on this channel by this address, if any. */
  findByAddress(input: { channel: string; address: string }): Promise<PersonDoc | null>;
  update(id: string, changes: PersonChanges): Promise<void>;
  /** update as one write of a transaction. */
  updateWrite(id: string, changes: PersonChanges): WriteOperation;
  erase(id: string): Promise<void>;
}

export function createPeopleRepository(
  people: DocumentCollection<StoredPersonDoc>,
  newId: () => string,
): PeopleRepository {
  const findByKey = async (addressKey: string) => {
    const stored = await people.findOne({ addressKey });
    return stored && toPerson(stored);
  };
  return {
    async findOrCreate({ channel, address, now }) {
      const addressKey = `${channel}:${address}`;
      const existing = await findByKey(addressKey);
      if (existing) return existing;
      const stored: StoredPersonDoc = { _id: newId(), addressKey, createdAt: now };
      try {
        await people.insertOne(stored);
        return toPerson(stored);
      } catch (error) {
        // Two first messages at once: the other one created the person.
        if (!(error instanceof DuplicateKeyError)) throw error;
        const winner = await findByKey(addressKey);
        if (!winner) throw error;
        return winner;
      }
    },
    async get(id) {
      const stored = await people.findOne({ _id: id });
      return stored && toPerson(stored);
    },
    findByAddress: ({ channel, address }) => findByKey(`${channel}:${address}`),
    async update(id, changes) {
      const update = changesUpdate(changes);
      if (Object.keys(update).length > 0) await people.updateOne({ _id: id }, update);
    },
    updateWrite: (id, changes) => ({
      collection: people.name,
      kind: 'updateOne',
      filter: { _id: id },
      update: changesUpdate(changes),
    }),
    async erase(id) {
      await people.deleteOne({ _id: id });
    },
  };
}
