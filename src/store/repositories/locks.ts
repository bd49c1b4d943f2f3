import type { DocumentCollection } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';

export interface LockDoc {
  _id: string;
  owner: string;
  until: Date;
}

/** Leases shared by every instance on one database: a holder that dies frees its lease when it runs out. */
export interface LocksRepository {
  tryAcquire(input: { key: string; owner: string; now: Date; until: Date }): Promise<boolean>;
  release(key: string, owner: string): Promise<void>;
}

export function createLocksRepository(locks: DocumentCollection<LockDoc>): LocksRepository {
  return {
    async tryAcquire({ key, owner, now, until }) {
      try {
        const lock = await locks.findOneAndUpdate(
          { _id: key, $or: [{ owner }, { until: { $lte: now } }] },
          { $set: { owner, until } },
          { upsert: true },
        );
        return lock?.owner === owner;
      } catch (error) {
        // The upsert collides with a live lease held by another instance.
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    async release(key, owner) {
      await locks.deleteOne({ _id: key, owner });
    },
  };
}
