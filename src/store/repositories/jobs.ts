import type { DocumentCollection, Update } from '../collection.js';
import type { WriteOperation } from '../engine.js';

export interface JobDoc {
  /** The idempotency key: scheduling the same key again replaces the job instead of adding one. */
  _id: string;
  conversationId: string | null;
  name: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  state: 'scheduled' | 'running' | 'done' | 'failed';
  /** Bumped by each (re)schedule, so a worker finishing an older run cannot close a newer one. */
  generation: number;
  attempts: number;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string | null;
  /** Absent while the job is to run. */
  purgeAt?: Date;
}

/** What is stored: fields at their starting value (no payload, no attempt, no lease, no error) are left out. */
export type StoredJobDoc = Omit<JobDoc, OmittedAtStart> & Partial<Pick<JobDoc, OmittedAtStart>>;
type OmittedAtStart = 'payload' | 'attempts' | 'leaseOwner' | 'leaseUntil' | 'lastError';

function withStartingValues(stored: StoredJobDoc): JobDoc {
  return { payload: {}, attempts: 0, leaseOwner: null, leaseUntil: null, lastError: null, ...stored };
}

const orNull = (stored: StoredJobDoc | null): JobDoc | null => (stored ? withStartingValues(stored) : null);

export interface ScheduleRequest {
  key: string;
  conversationId: string | null;
  name: string;
  payload: Record<string, unknown>;
  dueAt: Date;
}

export interface JobsRepository {
  schedule(request: ScheduleRequest): Promise<void>;
  /** schedule as one write of a transaction. */
  scheduleWrite(request: ScheduleRequest): WriteOperation;
  cancel(key: string): Promise<void>;
  /** cancel as one write of a transaction. */
  cancelWrite(key: string): WriteOperation;
  get(key: string): Promise<JobDoc | null>;
  /** Atomically takes the earliest due job (or one whose worker's lease ran out). */
  claimDue(input: { now: Date; owner: string; leaseUntil: Date }): Promise<JobDoc | null>;
  complete(job: JobDoc, purgeAt: Date): Promise<void>;
  retry(job: JobDoc, input: { dueAt: Date; error: string }): Promise<void>;
  fail(job: JobDoc, input: { error: string; purgeAt: Date }): Promise<void>;
  nextDueAt(): Promise<Date | null>;
  eraseConversation(conversationId: string): Promise<void>;
}

export function createJobsRepository(jobs: DocumentCollection<StoredJobDoc>): JobsRepository {
  const finish = (job: JobDoc, set: Partial<JobDoc>): Promise<unknown> =>
    jobs.updateOne(
      { _id: job._id, generation: job.generation, state: 'running' },
      { $set: set, $unset: { leaseOwner: true, leaseUntil: true } },
    );
  return {
    async schedule(request) {
      await jobs.updateOne({ _id: request.key }, scheduleUpdate(request), { upsert: true });
    },
    scheduleWrite: (request) => ({
      collection: jobs.name,
      kind: 'updateOne',
      filter: { _id: request.key },
      update: scheduleUpdate(request),
      upsert: true,
    }),
    async cancel(key) {
      await jobs.deleteOne({ _id: key });
    },
    cancelWrite: (key) => ({ collection: jobs.name, kind: 'deleteMany', filter: { _id: key } }),
    get: async (key) => orNull(await jobs.findOne({ _id: key })),
    // Two queries, each answered by an index in due order: a job whose worker's lease ran out first.
    async claimDue({ now, owner, leaseUntil }) {
      const claim = { $set: { state: 'running', leaseOwner: owner, leaseUntil }, $inc: { attempts: 1 } };
      const abandoned = await jobs.findOneAndUpdate({ state: 'running', leaseUntil: { $lte: now } }, claim, {
        sort: { leaseUntil: 1 },
      });
      return orNull(
        abandoned ??
          (await jobs.findOneAndUpdate({ state: 'scheduled', dueAt: { $lte: now } }, claim, { sort: { dueAt: 1 } })),
      );
    },
    async complete(job, purgeAt) {
      await finish(job, { state: 'done', purgeAt });
    },
    async retry(job, { dueAt, error }) {
      await finish(job, { state: 'scheduled', dueAt, lastError: error });
    },
    async fail(job, { error, purgeAt }) {
      await finish(job, { state: 'failed', lastError: error, purgeAt });
    },
    async nextDueAt() {
      const next = await jobs.findOne({ state: 'scheduled' }, { sort: { dueAt: 1 } });
      return next?.dueAt ?? null;
    },
    async eraseConversation(conversationId) {
      await jobs.deleteMany({ conversationId });
    },
  };
}

function scheduleUpdate({ conversationId, name, payload, dueAt }: ScheduleRequest): Update {
  const hasPayload = Object.keys(payload).length > 0;
  return {
    $set: { conversationId, name, dueAt, state: 'scheduled', ...(hasPayload ? { payload } : {}) },
    $unset: {
      purgeAt: true,
      attempts: true,
      leaseOwner: true,
      leaseUntil: true,
      lastError: true,
      ...(hasPayload ? {} : { payload: true }),
    },
    $inc: { generation: 1 },
  };
}
