import { randomBytes, randomUUID } from 'node:crypto';
import {
  createApplicationsRepository,
  type ApplicationDoc,
  type ApplicationsRepository,
} from './repositories/applications.js';
import type { StorageEngine, WriteOperation } from './engine.js';
import { createEmbeddedEngine } from './engines/embedded.js';
import {
  createConversationsRepository,
  type CarriedTurn,
  type ConversationCommit,
  type ConversationDoc,
  type ConversationsRepository,
} from './repositories/conversations.js';
import { createInboxRepository, type InboxDoc, type InboxRepository } from './repositories/inbox.js';
import {
  createJobsRepository,
  type JobsRepository,
  type ScheduleRequest,
  type StoredJobDoc,
} from './repositories/jobs.js';
import { createLocksRepository, type LockDoc, type LocksRepository } from './repositories/locks.js';
import {
  createOutboxRepository,
  type OutboxDoc,
  type OutboxRepository,
  type SentDayDoc,
} from './repositories/outbox.js';
import { createPeopleRepository, type PeopleRepository, type StoredPersonDoc } from './repositories/people.js';
import {
  createTranscriptRepository,
  type StoredTranscriptDocument,
  type TranscriptRepository,
  type TranscriptTurn,
} from './repositories/transcript.js';

export type StoreConfig = { kind: 'embedded'; dataDir: string } | { kind: 'mongodb'; uri: string; database?: string };

/** Everything one turn writes: committed together (see Store.commitTurn). */
export interface TurnCommit {
  conversationId: string;
  /** The conversation's version when the turn read it; 0 for a conversation not stored yet. */
  expectedVersion: number;
  conversation: ConversationCommit;
  transcript: TranscriptTurn;
  /** The turn's replies, in the state `pending`: sendable as soon as the commit lands. */
  outbox: OutboxDoc[];
  jobs: ScheduleRequest[];
  /** What the turn's effects write (the application, the person's language, jobs…), in their order. */
  writes: WriteOperation[];
  /** The inbox entry the turn handled, marked done. */
  inbox: { id: string; purgeAt: Date };
}

export interface Store {
  readonly engine: StorageEngine;
  readonly people: PeopleRepository;
  readonly conversations: ConversationsRepository;
  readonly inbox: InboxRepository;
  readonly transcript: TranscriptRepository;
  readonly outbox: OutboxRepository;
  readonly jobs: JobsRepository;
  readonly locks: LocksRepository;
  readonly applications: ApplicationsRepository;
  /**
   * Deletes every document whose `purgeAt` has passed. MongoDB's TTL monitor does this by itself;
   * NeDB only drops an expired document when a query reads it, so the embedded store needs this sweep.
   * Handled inbox ids and sent outbox entries keep their purge time as a number of hours
   * (InboxDoc.p, OutboxDoc.p), deleted here on every engine. The sweep also packs the transcript's days that are over (TranscriptRepository.packDaysBefore).
   */
  purgeExpired(now: Date): Promise<number>;
  /**
   * Writes a turn in one commit: the conversation (only if its version is still `expectedVersion`),
   * the transcript lines, the outbox entries, the jobs, and the inbox entry marked done. A
   * `conflict` means another commit came first and nothing was written. Where the engine has no
   * transactions (a MongoDB server that is not a replica set), the other writes are carried in
   * the conversation's own write and moved to their collections right after; a crash in between
   * is finished by `completeTurn`.
   */
  commitTurn(turn: TurnCommit): Promise<'committed' | 'conflict'>;
  /**
   * Finishes a turn the conversation already records as committed (its id is in `recentTurns`):
   * moves any carried writes, marks the inbox entry done. Idempotent.
   */
  completeTurn(input: { conversationId: string; turnId: string; purgeAt: Date }): Promise<void>;
  close(): Promise<void>;
}

export async function openEngine(config: StoreConfig): Promise<StorageEngine> {
  if (config.kind === 'mongodb') {
    // The driver takes a few tenths of a second to load: only a process that uses it pays for it.
    const { createMongoEngine } = await import('./engines/mongodb.js');
    return createMongoEngine({ uri: config.uri, ...(config.database ? { database: config.database } : {}) });
  }
  return createEmbeddedEngine({ dataDir: config.dataDir });
}

/** Store-wide settings kept in the store itself, so that every instance on the same data shares them. */
interface SettingDoc {
  _id: string;
  value: string;
}

/**
 * The key of the hashes that stand for message ids in the inbox: generated once and kept in the
 * store, so that every instance (and a restored backup) recognises the same redelivered message.
 */
async function inboxIdKey(engine: StorageEngine): Promise<string> {
  const settings = engine.collection<SettingDoc>('settings');
  const id = 'inbox-id-key';
  await settings.insertManyIgnoringDuplicates([{ _id: id, value: randomBytes(32).toString('hex') }]);
  const stored = await settings.findOne({ _id: id });
  if (!stored) throw new Error('the inbox id key could not be stored');
  return stored.value;
}

/** Opens the repositories over an engine and makes sure their indexes exist. */
export async function openStore(engine: StorageEngine): Promise<Store> {
  const people = engine.collection<StoredPersonDoc>('people');
  const conversations = engine.collection<ConversationDoc>('conversations');
  const inbox = engine.collection<InboxDoc>('inbox');
  const transcript = engine.collection<StoredTranscriptDocument>('transcript');
  const outbox = engine.collection<OutboxDoc>('outbox');
  const outboxSent = engine.collection<SentDayDoc>('outbox_sent');
  const jobs = engine.collection<StoredJobDoc>('jobs');
  const locks = engine.collection<LockDoc>('locks');
  const applications = engine.collection<ApplicationDoc>('applications');

  await people.createIndex({ fields: { addressKey: 1 }, unique: true });
  // A conversation's pending entry or unsent replies are found without reading its others.
  await inbox.createIndex({ fields: { conversationId: 1, state: 1, seq: 1 } });
  await inbox.createIndex({ fields: { state: 1, seq: 1 } });
  await inbox.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0, sparse: true });
  await inbox.createIndex({ fields: { p: 1 }, sparse: true });
  await transcript.createIndex({ fields: { conversationId: 1 } });
  await transcript.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0 });
  await transcript.createIndex({ fields: { l: 1 }, sparse: true });
  await outbox.createIndex({ fields: { conversationId: 1, state: 1, seq: 1 } });
  await outbox.createIndex({ fields: { providerMessageId: 1 }, sparse: true });
  await outbox.createIndex({ fields: { state: 1, nextAttemptAt: 1 } });
  await outbox.createIndex({ fields: { state: 1, leaseUntil: 1 } });
  await outbox.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0, sparse: true });
  await outbox.createIndex({ fields: { p: 1 }, sparse: true });
  await outboxSent.createIndex({ fields: { p: 1 } });
  await jobs.createIndex({ fields: { state: 1, dueAt: 1 } });
  await jobs.createIndex({ fields: { state: 1, leaseUntil: 1 } });
  await jobs.createIndex({ fields: { conversationId: 1 } });
  await jobs.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0, sparse: true });
  await applications.createIndex({ fields: { status: 1 }, serverOnly: true });

  const repositories = {
    people: createPeopleRepository(people, randomUUID),
    conversations: createConversationsRepository(conversations),
    inbox: createInboxRepository(inbox, await inboxIdKey(engine)),
    transcript: createTranscriptRepository(transcript),
    outbox: createOutboxRepository(
      outbox,
      engine.supportsTransactions ? { together: (writes) => engine.transaction(writes), sentDays: outboxSent } : {},
    ),
    jobs: createJobsRepository(jobs),
    locks: createLocksRepository(locks),
    applications: createApplicationsRepository(applications),
  };

  /** The carried writes of a turn, moved to their collections; each write is idempotent. */
  async function moveCarried(conversationId: string, carried: CarriedTurn): Promise<void> {
    await repositories.transcript.append(carried.transcript);
    await repositories.outbox.insertMissing(carried.outbox);
    for (const job of carried.jobs) await repositories.jobs.schedule(job);
    await repositories.inbox.markDone(carried.inbox.id, carried.inbox.purgeAt);
    await repositories.conversations.dropCarried(conversationId, carried.turnId);
  }

  return {
    engine,
    ...repositories,
    async purgeExpired(now) {
      let purged = 0;
      for (const collection of [inbox, transcript, outbox, jobs]) {
        purged += await collection.deleteMany({ purgeAt: { $lte: now } });
      }
      purged += await repositories.inbox.purgeHandled(now);
      purged += await repositories.outbox.purgeSent(now);
      await repositories.transcript.packDaysBefore(now);
      return purged;
    },
    async commitTurn(turn) {
      const { conversationId, expectedVersion } = turn;
      if (!engine.supportsTransactions) {
        // Each of these writes is idempotent (upserts, keyed jobs): a turn run again writes them again.
        for (const write of turn.writes) await applySeparately(engine, write);
        const carried: CarriedTurn = {
          turnId: turn.conversation.turnId,
          transcript: turn.transcript,
          outbox: turn.outbox,
          jobs: turn.jobs,
          inbox: turn.inbox,
        };
        const committed = await repositories.conversations.commit(conversationId, expectedVersion, {
          ...turn.conversation,
          carry: carried,
        });
        if (!committed) return 'conflict';
        await moveCarried(conversationId, carried);
        return 'committed';
      }
      const result = await engine.transaction([
        repositories.conversations.commitWrite(conversationId, expectedVersion, turn.conversation),
        ...turn.writes,
        ...repositories.transcript.appendWrites(turn.transcript),
        repositories.outbox.insertWrite(turn.outbox),
        ...turn.jobs.map((job) => repositories.jobs.scheduleWrite(job)),
        repositories.inbox.markDoneWrite(turn.inbox.id, turn.inbox.purgeAt),
      ]);
      return result.committed ? 'committed' : 'conflict';
    },
    async completeTurn({ conversationId, turnId, purgeAt }) {
      const conversation = await conversations.findOne({ _id: conversationId });
      if (conversation?.pendingTurn?.turnId === turnId) {
        await moveCarried(conversationId, conversation.pendingTurn);
        return;
      }
      await repositories.inbox.markDone(turnId, purgeAt);
    },
    close: () => engine.close(),
  };
}

/** One write of a transaction on its own, for a server without transactions. */
async function applySeparately(engine: StorageEngine, write: WriteOperation): Promise<void> {
  const collection = engine.collection(write.collection);
  switch (write.kind) {
    case 'insertOne':
    case 'insertMany':
      await collection.insertManyIgnoringDuplicates(write.kind === 'insertOne' ? [write.doc] : write.docs);
      return;
    case 'updateOne':
      await collection.updateOne(write.filter, write.update, { upsert: write.upsert ?? false });
      return;
    case 'deleteMany':
      await collection.deleteMany(write.filter);
      return;
  }
}
