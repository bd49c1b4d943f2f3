import type { DocumentCollection } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';

export const STAFF_ROLES = ['coordinator', 'referent', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff member who may use the admin API and page. */
export interface StaffDoc {
  _id: string;
  name: string;
  role: StaffRole;
  /** The cities whose people and sessions this member may see; `all` also covers people with no city yet. */
  cities: string[] | 'all';
  /** scrypt hash of the access key: the key itself is shown once and never stored. */
  keyHash: string;
  createdAt: Date;
  disabledAt: Date | null;
}

/** A signed-in browser: the cookie carries a random token, the store only its SHA-256. */
export interface StaffLoginDoc {
  _id: string;
  staffId: string;
  createdAt: Date;
  purgeAt: Date;
}

export interface StaffRepository {
  ensureIndexes(): Promise<void>;
  /** False when the name is taken. */
  create(staff: StaffDoc): Promise<boolean>;
  get(id: string): Promise<StaffDoc | null>;
  list(): Promise<StaffDoc[]>;
  disable(id: string, now: Date): Promise<boolean>;
  openLogin(login: StaffLoginDoc): Promise<void>;
  /** The login, unless it has expired. */
  findLogin(tokenHash: string, now: Date): Promise<StaffLoginDoc | null>;
  closeLogin(tokenHash: string): Promise<void>;
}

export function createStaffRepository(collections: {
  staff: DocumentCollection<StaffDoc>;
  logins: DocumentCollection<StaffLoginDoc>;
}): StaffRepository {
  const { staff, logins } = collections;
  return {
    async ensureIndexes() {
      await staff.createIndex({ fields: { name: 1 }, unique: true });
      await logins.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0 });
    },
    async create(member) {
      try {
        await staff.insertOne(member);
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    get: (id) => staff.findOne({ _id: id }),
    list: () => staff.find({}, { sort: { name: 1 } }),
    async disable(id, now) {
      const result = await staff.updateOne({ _id: id, disabledAt: null }, { $set: { disabledAt: now } });
      if (result.matched === 1) await logins.deleteMany({ staffId: id });
      return result.matched === 1;
    },
    async openLogin(login) {
      await logins.insertOne(login);
    },
    findLogin: (tokenHash, now) => logins.findOne({ _id: tokenHash, purgeAt: { $gt: now } }),
    async closeLogin(tokenHash) {
      await logins.deleteOne({ _id: tokenHash });
    },
  };
}
