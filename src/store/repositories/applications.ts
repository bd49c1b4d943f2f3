import type { DocumentCollection, Update } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import type { ApplicationRecord } from '../../flows/contract.js';

export interface ApplicationDoc extends ApplicationRecord {
  /** The person's id; a refusal of consent kept without a person gets a random id. */
  _id: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What staff read about each applicant and count in reports. */
export interface ApplicationsRepository {
  save(input: { personId: string; record: ApplicationRecord; now: Date }): Promise<void>;
  /** save as one write of a transaction. */
  saveWrite(input: { personId: string; record: ApplicationRecord; now: Date }): WriteOperation;
  get(personId: string): Promise<ApplicationDoc | null>;
  list(filter?: { status?: ApplicationRecord['status']; city?: string }): Promise<ApplicationDoc[]>;
  erase(personId: string): Promise<void>;
}

export function createApplicationsRepository(applications: DocumentCollection<ApplicationDoc>): ApplicationsRepository {
  return {
    async save({ personId, record, now }) {
      await applications.updateOne({ _id: personId }, saveUpdate(record, now), { upsert: true });
    },
    saveWrite: ({ personId, record, now }) => ({
      collection: applications.name,
      kind: 'updateOne',
      filter: { _id: personId },
      update: saveUpdate(record, now),
      upsert: true,
    }),
    get: (personId) => applications.findOne({ _id: personId }),
    list: (filter = {}) =>
      applications.find(
        { ...(filter.status ? { status: filter.status } : {}), ...(filter.city ? { city: filter.city } : {}) },
        { sort: { updatedAt: -1 } },
      ),
    async erase(personId) {
      await applications.deleteOne({ _id: personId });
    },
  };
}

function saveUpdate(record: ApplicationRecord, now: Date): Update {
  return { $set: { ...record, updatedAt: now }, $setOnInsert: { createdAt: now } };
}
