import type { DocumentCollection } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';

export type DuoRole = 'mentee' | 'mentor';
export type DuoState = 'active' | 'paused' | 'ended' | 'completed';

/** A member as the duo knows them: the person (channel, address, language live there). */
export interface DuoMember {
  /** Null once the person asked for their data to be erased. */
  personId: string | null;
}

/** What stays of an erased member's weeks: counts only, for the programme's figures. */
export interface ErasedTotals {
  asked: number;
  answered: number;
  met: number;
  ratingSum: number;
  ratingCount: number;
}

export interface DuoDoc {
  _id: string;
  /** `menteeId:mentorId:startDate`, unique: creating the same duo twice finds the first. */
  pairKey: string;
  mentee: DuoMember;
  mentor: DuoMember;
  city: string;
  timeZone: string;
  /** The staff member who follows the duo. */
  referentId: string;
  /** Local date in the city, `YYYY-MM-DD`. */
  startDate: string;
  state: DuoState;
  endedReason: string | null;
  pausedAt: Date | null;
  endedAt: Date | null;
  /** Bumped by each pause, resume or end, so a job planned before it is recognised as stale. */
  planVersion: number;
  erasedTotals: ErasedTotals;
  createdAt: Date;
  updatedAt: Date;
}

export interface DuosRepository {
  ensureIndexes(): Promise<void>;
  /** Inserts the duo unless one with its pair key exists; returns the stored one and whether it is new. */
  insertOnce(duo: DuoDoc): Promise<{ duo: DuoDoc; created: boolean }>;
  get(id: string): Promise<DuoDoc | null>;
  /** Changes the state only from one of `from`; returns the duo after the change, or null. */
  changeState(input: {
    id: string;
    from: DuoState[];
    to: DuoState;
    now: Date;
    set?: Partial<Pick<DuoDoc, 'endedReason' | 'pausedAt' | 'endedAt'>>;
  }): Promise<DuoDoc | null>;
  list(filter: { city?: string; startedBefore?: string }): Promise<DuoDoc[]>;
  findByPerson(personId: string): Promise<DuoDoc[]>;
  /** Forgets the member and folds their weeks into anonymous counts. */
  forgetMember(input: { id: string; role: DuoRole; totals: ErasedTotals; now: Date }): Promise<void>;
}

export function createDuosRepository(duos: DocumentCollection<DuoDoc>): DuosRepository {
  return {
    async ensureIndexes() {
      await duos.createIndex({ fields: { pairKey: 1 }, unique: true });
      await duos.createIndex({ fields: { 'mentee.personId': 1 }, sparse: true });
      await duos.createIndex({ fields: { 'mentor.personId': 1 }, sparse: true });
      await duos.createIndex({ fields: { city: 1 }, serverOnly: true });
    },
    async insertOnce(duo) {
      try {
        await duos.insertOne(duo);
        return { duo, created: true };
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        const existing = await duos.findOne({ pairKey: duo.pairKey });
        if (!existing) throw error;
        return { duo: existing, created: false };
      }
    },
    get: (id) => duos.findOne({ _id: id }),
    changeState: ({ id, from, to, now, set }) =>
      duos.findOneAndUpdate(
        { _id: id, state: { $in: from } },
        { $set: { ...set, state: to, updatedAt: now }, $inc: { planVersion: 1 } },
      ),
    list: ({ city, startedBefore }) =>
      duos.find({
        ...(city === undefined ? {} : { city }),
        ...(startedBefore === undefined ? {} : { startDate: { $lt: startedBefore } }),
      }),
    findByPerson: (personId) => duos.find({ $or: [{ 'mentee.personId': personId }, { 'mentor.personId': personId }] }),
    async forgetMember({ id, role, totals, now }) {
      await duos.updateOne(
        { _id: id },
        {
          $set: { [`${role}.personId`]: null, updatedAt: now },
          $inc: {
            'erasedTotals.asked': totals.asked,
            'erasedTotals.answered': totals.answered,
            'erasedTotals.met': totals.met,
            'erasedTotals.ratingSum': totals.ratingSum,
            'erasedTotals.ratingCount': totals.ratingCount,
          },
        },
      );
    },
  };
}
