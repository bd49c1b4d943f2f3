import type { DocumentCollection } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import type { DuoRole } from './duos.js';

export type CheckinStatus = 'asked' | 'answered' | 'unanswered' | 'merged' | 'skipped';
export type MetAnswer = 'yes' | 'no' | 'remote';

/** The raw facts of the outcome answer; each definition of "positive outcome" is computed from them. */
export interface OutcomeFacts {
  situation: 'job' | 'training' | 'other' | 'none';
  /** For a job: a contract of three months or more. */
  contractAtLeast3Months: boolean | null;
  selfReported: true;
}

/** One week of one member (or the outcome question), from being due to its recorded end. */
export interface CheckinDoc {
  /** `duoId:role:week`, or `duoId:mentee:outcome`. */
  _id: string;
  duoId: string;
  role: DuoRole;
  /** Null once the member's data was erased. */
  personId: string | null;
  city: string;
  kind: 'weekly' | 'outcome';
  /** 1…26 for weekly check-ins; 0 for the outcome question. */
  week: number;
  status: CheckinStatus;
  /** Why a week was skipped or merged: paused, stopped, handoff, late. */
  reason: string | null;
  /** The later week a missed week was asked together with. */
  mergedInto: number | null;
  askedAt: Date | null;
  answeredAt: Date | null;
  met: MetAnswer | null;
  /** A choice id (busy, ill, cancelled, unreachable, wantsToStop, other). */
  notMetReason: string | null;
  /** What the member wrote about why they did not meet. */
  notMetDetail: string | null;
  rating: number | null;
  /** Free text for the referent: the "why not" detail and the note. */
  note: string | null;
  survey: Record<string, string | number> | null;
  outcome: OutcomeFacts | null;
  updatedAt: Date;
}

export type CheckinUpdate = Partial<
  Pick<
    CheckinDoc,
    | 'status'
    | 'reason'
    | 'mergedInto'
    | 'askedAt'
    | 'answeredAt'
    | 'met'
    | 'notMetReason'
    | 'notMetDetail'
    | 'rating'
    | 'note'
    | 'survey'
    | 'outcome'
  >
>;

/** One week's record of one member, and what changes in it. */
export interface RecordRequest {
  key: { duoId: string; role: DuoRole; week: number; kind: CheckinDoc['kind'] };
  personId: string;
  city: string;
  changes: CheckinUpdate;
  now: Date;
}

export interface CheckinsRepository {
  ensureIndexes(): Promise<void>;
  /** Creates or updates the week's record; a week already answered is never turned back. */
  record(input: RecordRequest): Promise<CheckinDoc | null>;
  /** What `record` writes, for a caller that commits it with other writes in one transaction. */
  recordWrites(input: RecordRequest): WriteOperation[];
  get(id: string): Promise<CheckinDoc | null>;
  listForDuo(duoId: string): Promise<CheckinDoc[]>;
  listForCity(city: string | undefined): Promise<CheckinDoc[]>;
  listForPerson(personId: string): Promise<CheckinDoc[]>;
  eraseForPerson(personId: string): Promise<number>;
}

export const checkinId = (key: { duoId: string; role: DuoRole; week: number; kind: CheckinDoc['kind'] }): string =>
  key.kind === 'outcome' ? `${key.duoId}:${key.role}:outcome` : `${key.duoId}:${key.role}:${key.week}`;

export function createCheckinsRepository(checkins: DocumentCollection<CheckinDoc>): CheckinsRepository {
  return {
    async ensureIndexes() {
      await checkins.createIndex({ fields: { duoId: 1 } });
      await checkins.createIndex({ fields: { personId: 1 }, sparse: true });
      await checkins.createIndex({ fields: { city: 1 }, serverOnly: true });
    },
    async record(input) {
      for (const write of recordWrites(checkins.name, input)) {
        if (write.kind === 'updateOne') {
          await checkins.updateOne(write.filter, write.update, { upsert: write.upsert === true });
        }
      }
      return checkins.findOne({ _id: checkinId(input.key) });
    },
    recordWrites: (input) => recordWrites(checkins.name, input),
    get: (id) => checkins.findOne({ _id: id }),
    listForDuo: (duoId) => checkins.find({ duoId }, { sort: { week: 1 } }),
    listForCity: (city) => checkins.find(city === undefined ? {} : { city }),
    listForPerson: (personId) => checkins.find({ personId }),
    eraseForPerson: (personId) => checkins.deleteMany({ personId }),
  };
}

/** The upsert of the week's record, then its status, which never turns an answered week back. */
function recordWrites(collection: string, { key, personId, city, changes, now }: RecordRequest): WriteOperation[] {
  const _id = checkinId(key);
  const fresh: Omit<CheckinDoc, '_id' | 'updatedAt' | keyof CheckinUpdate> = {
    duoId: key.duoId,
    role: key.role,
    personId,
    city,
    kind: key.kind,
    week: key.week,
  };
  const defaults: Required<CheckinUpdate> = {
    status: 'asked',
    reason: null,
    mergedInto: null,
    askedAt: null,
    answeredAt: null,
    met: null,
    notMetReason: null,
    notMetDetail: null,
    rating: null,
    note: null,
    survey: null,
    outcome: null,
  };
  const { status, ...rest } = changes;
  const onInsert = Object.fromEntries(Object.entries(defaults).filter(([field]) => !(field in rest)));
  const writes: WriteOperation[] = [
    {
      collection,
      kind: 'updateOne',
      filter: { _id },
      update: { $set: { ...rest, updatedAt: now }, $setOnInsert: { ...fresh, ...onInsert } },
      upsert: true,
    },
  ];
  if (status !== undefined) {
    writes.push({
      collection,
      kind: 'updateOne',
      filter: status === 'answered' ? { _id } : { _id, status: { $ne: 'answered' } },
      update: { $set: { status } },
    });
  }
  return writes;
}
