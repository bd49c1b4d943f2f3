import type { DocumentCollection } from '../collection.js';

/** One read of personal data or one change made by a staff member. */
export interface AuditDoc {
  _id: string;
  at: Date;
  staffId: string;
  staffName: string;
  /** What was done, e.g. `applicant.read`, `session.cancel`, `person.erase`. */
  action: string;
  /** The record acted on: a person or session id (opaque), or null for a list or report. */
  targetId: string | null;
  /** The filters or fields involved; never a message text or a phone number. */
  detail: Record<string, string | number | boolean | null>;
}

export interface AuditRepository {
  ensureIndexes(): Promise<void>;
  record(entry: AuditDoc): Promise<void>;
  /** Newest first. */
  list(query: { skip: number; limit: number; staffId?: string; targetId?: string }): Promise<AuditDoc[]>;
  count(query: { staffId?: string; targetId?: string }): Promise<number>;
}

export function createAuditRepository(audit: DocumentCollection<AuditDoc>): AuditRepository {
  const filterOf = (query: { staffId?: string; targetId?: string }) => ({
    ...(query.staffId ? { staffId: query.staffId } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
  });
  return {
    async ensureIndexes() {
      await audit.createIndex({ fields: { at: 1 } });
      await audit.createIndex({ fields: { targetId: 1 }, serverOnly: true });
    },
    async record(entry) {
      await audit.insertOne(entry);
    },
    list: (query) => audit.find(filterOf(query), { sort: { at: -1, _id: -1 }, skip: query.skip, limit: query.limit }),
    count: (query) => audit.countDocuments(filterOf(query)),
  };
}
