import { randomUUID } from 'node:crypto';
import {
  createApplicationsRepository,
  type ApplicationDoc,
  type ApplicationsRepository,
} from './repositories/applications.js';
import type { StorageEngine } from './engine.js';
import { createEmbeddedEngine } from './engines/embedded.js';
import { createMongoEngine } from './engines/mongodb.js';
import {
  createConversationsRepository,
  type ConversationDoc,
  type ConversationsRepository,
} from './repositories/conversations.js';
import { createInboxRepository, type InboxDoc, type InboxRepository } from './repositories/inbox.js';
import { createJobsRepository, type JobDoc, type JobsRepository } from './repositories/jobs.js';
import { createLocksRepository, type LockDoc, type LocksRepository } from './repositories/locks.js';
import { createOutboxRepository, type OutboxDoc, type OutboxRepository } from './repositories/outbox.js';
import { createPeopleRepository, type PersonDoc, type PeopleRepository } from './repositories/people.js';
import {
  createTranscriptRepository,
  type TranscriptLineDoc,
  type TranscriptRepository,
} from './repositories/transcript.js';

export type StoreConfig =
  | { kind: 'embedded'; dataDir: string; compactionIntervalMs?: number }
  | { kind: 'mongodb'; uri: string; database?: string };

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
   */
  purgeExpired(now: Date): Promise<number>;
  close(): Promise<void>;
}

export async function openEngine(config: StoreConfig): Promise<StorageEngine> {
  if (config.kind === 'mongodb') {
    return createMongoEngine({ uri: config.uri, ...(config.database ? { database: config.database } : {}) });
  }
  return createEmbeddedEngine({
    dataDir: config.dataDir,
    ...(config.compactionIntervalMs ? { compactionIntervalMs: config.compactionIntervalMs } : {}),
  });
}

/** Opens the repositories over an engine and makes sure their indexes exist. */
export async function openStore(engine: StorageEngine): Promise<Store> {
  const people = engine.collection<PersonDoc>('people');
  const conversations = engine.collection<ConversationDoc>('conversations');
  const inbox = engine.collection<InboxDoc>('inbox');
  const transcript = engine.collection<TranscriptLineDoc>('transcript');
  const outbox = engine.collection<OutboxDoc>('outbox');
  const jobs = engine.collection<JobDoc>('jobs');
  const locks = engine.collection<LockDoc>('locks');
  const applications = engine.collection<ApplicationDoc>('applications');

  await people.createIndex({ fields: { addressKey: 1 }, unique: true });
  await inbox.createIndex({ fields: { conversationId: 1 } });
  await inbox.createIndex({ fields: { state: 1, seq: 1 }, serverOnly: true });
  await inbox.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0, sparse: true });
  await transcript.createIndex({ fields: { conversationId: 1 } });
  await transcript.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0 });
  await outbox.createIndex({ fields: { conversationId: 1 } });
  await outbox.createIndex({ fields: { providerMessageId: 1 }, sparse: true });
  await outbox.createIndex({ fields: { state: 1, nextAttemptAt: 1 }, serverOnly: true });
  await outbox.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0, sparse: true });
  await jobs.createIndex({ fields: { state: 1, dueAt: 1 }, serverOnly: true });
  await jobs.createIndex({ fields: { conversationId: 1 } });
  await jobs.createIndex({ fields: { purgeAt: 1 }, expireAfterSeconds: 0, sparse: true });
  await applications.createIndex({ fields: { status: 1 }, serverOnly: true });

  return {
    engine,
    people: createPeopleRepository(people, randomUUID),
    conversations: createConversationsRepository(conversations),
    inbox: createInboxRepository(inbox),
    transcript: createTranscriptRepository(transcript),
    outbox: createOutboxRepository(outbox),
    jobs: createJobsRepository(jobs),
    locks: createLocksRepository(locks),
    applications: createApplicationsRepository(applications),
    async purgeExpired(now) {
      let purged = 0;
      for (const collection of [inbox, transcript, outbox, jobs]) {
        purged += await collection.deleteMany({ purgeAt: { $lte: now } });
      }
      return purged;
    },
    close: () => engine.close(),
  };
}
