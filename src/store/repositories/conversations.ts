import type { DocumentCollection } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import { DuplicateKeyError } from '../collection.js';
import type { ScheduleRequest } from './jobs.js';
import type { OutboxDoc } from './outbox.js';
import type { TranscriptTurn } from './transcript.js';
import type { ChoiceOption } from '../../flows/message.js';
import { packSnapshot, unpackSnapshot } from './snapshot-text.js';

/** How many recently committed turn ids a conversation remembers, to finish a turn cut short by a crash. */
const REMEMBERED_TURNS = 20;

export interface ConversationDoc {
  /** Same id as the person: one live conversation per person. */
  _id: string;
  flow: string;
  flowVersion: number;
  /**
   * The flow actor's persisted snapshot, as JSON text: XState state ids contain dots, which stored
   * field names may not. Stored packed (see packSnapshot); the repository gives it back as text.
   */
  snapshot: string | null;
  /** Incremented by every commit; a commit that does not find the version it read is rejected. */
  version: number;
  /**
   * Turns committed lately, kept only where a turn's writes are carried in the conversation's
   * write (a server without transactions): a crash before they are moved is finished by the next attempt.
   */
  recentTurns?: string[];
  /** The choices of the last question asked, so that "2" or a label can be read as one of them. */
  awaitingChoices: ChoiceOption[] | null;
  /** The last message the person could not be reached with (a provider error code), for staff. */
  deliveryFailure?: { code: string; at: Date };
  /** Set while the conversation waits for staff: the assistant stays silent until they hand it back. */
  handoff: { reason: string; since: Date } | null;
  createdAt: Date;
  updatedAt: Date;
  /** When the person's last message was sent, by the provider's clock (WhatsApp's 24-hour window runs from it). */
  lastInboundAt: Date | null;
  /**
   * Only on a MongoDB server without transactions: the writes of the last turn, carried in the
   * conversation's own (atomic) write and moved to their collections right after.
   */
  pendingTurn?: CarriedTurn;
}

/** What a turn writes besides the conversation (see Store.commitTurn). */
export interface CarriedTurn {
  turnId: string;
  transcript: TranscriptTurn;
  outbox: OutboxDoc[];
  jobs: ScheduleRequest[];
  inbox: { id: string; purgeAt: Date };
}

export interface ConversationCommit {
  flow: string;
  flowVersion: number;
  snapshot: string;
  awaitingChoices: ChoiceOption[] | null;
  turnId: string;
  now: Date;
  /** When the message the turn answers was sent (never later than its arrival); null for a job or staff. */
  inboundSentAt: Date | null;
  /** A new handoff state, when the turn changed it. */
  handoff?: ConversationDoc['handoff'];
}

export interface ConversationsRepository {
  get(id: string): Promise<ConversationDoc | null>;
  /** Writes the outcome of one turn if nobody else committed since `expectedVersion` was read. */
  commit(id: string, expectedVersion: number, commit: ConversationCommit & { carry?: CarriedTurn }): Promise<boolean>;
  /** The same commit as one write of a transaction; `required`, so a version conflict cancels the transaction. */
  commitWrite(
    id: string,
    expectedVersion: number,
    commit: ConversationCommit & { carry?: CarriedTurn },
  ): WriteOperation;
  /**
   * Gives a person who has no conversation yet one that opens with `flow` (a duo member registered
   * by staff); false when the conversation exists already, which is left as it is.
   */
  startWith(input: { id: string; flow: string; flowVersion: number; now: Date }): Promise<boolean>;
  /** Forgets the carried writes of a turn once they are in their collections. */
  dropCarried(id: string, turnId: string): Promise<void>;
  noteDeliveryFailure(id: string, failure: { code: string; at: Date }): Promise<void>;
  /** Conversations waiting for staff, oldest first. */
  listHandoffs(): Promise<ConversationDoc[]>;
  erase(id: string): Promise<void>;
}

function commitChanges(commit: ConversationCommit) {
  return {
    flow: commit.flow,
    flowVersion: commit.flowVersion,
    snapshot: commit.snapshot === '' ? '' : packSnapshot(commit.snapshot),
    awaitingChoices: commit.awaitingChoices,
    updatedAt: commit.now,
    ...(commit.inboundSentAt ? { lastInboundAt: commit.inboundSentAt } : {}),
    ...(commit.handoff === undefined ? {} : { handoff: commit.handoff }),
  };
}

function createdConversation(id: string, commit: ConversationCommit): ConversationDoc {
  return {
    _id: id,
    ...commitChanges(commit),
    version: 1,
    handoff: commit.handoff ?? null,
    createdAt: commit.now,
    lastInboundAt: commit.inboundSentAt,
  };
}

function versionedUpdate(commit: ConversationCommit, carry?: CarriedTurn) {
  return {
    $set: { ...commitChanges(commit), ...(carry ? { pendingTurn: carry } : {}) },
    $inc: { version: 1 },
    ...(carry ? { $push: { recentTurns: { $each: [commit.turnId], $slice: -REMEMBERED_TURNS } } } : {}),
  };
}

/** The conversation as its readers know it: the snapshot as JSON text (it is stored packed, see packSnapshot). */
function withSnapshotText<T extends ConversationDoc | null>(doc: T): T {
  if (!doc?.snapshot) return doc;
  return { ...doc, snapshot: unpackSnapshot(doc.snapshot) };
}

export function createConversationsRepository(
  conversations: DocumentCollection<ConversationDoc>,
): ConversationsRepository {
  return {
    get: async (id) => withSnapshotText(await conversations.findOne({ _id: id })),
    async commit(id, expectedVersion, { carry, ...commit }) {
      if (expectedVersion === 0) {
        const created = createdConversation(id, commit);
        try {
          await conversations.insertOne(
            carry ? { ...created, recentTurns: [commit.turnId], pendingTurn: carry } : created,
          );
          return true;
        } catch (error) {
          if (error instanceof DuplicateKeyError) return false;
          throw error;
        }
      }
      const result = await conversations.updateOne(
        { _id: id, version: expectedVersion },
        versionedUpdate(commit, carry),
      );
      return result.matched === 1;
    },
    commitWrite(id, expectedVersion, { carry, ...commit }) {
      if (expectedVersion === 0) {
        const created = createdConversation(id, commit);
        return {
          collection: conversations.name,
          kind: 'insertOne',
          doc: carry ? { ...created, recentTurns: [commit.turnId], pendingTurn: carry } : created,
        };
      }
      return {
        collection: conversations.name,
        kind: 'updateOne',
        filter: { _id: id, version: expectedVersion },
        update: versionedUpdate(commit, carry),
        required: true,
      };
    },
    async startWith({ id, flow, flowVersion, now }) {
      try {
        await conversations.insertOne({
          _id: id,
          flow,
          flowVersion,
          snapshot: null,
          version: 1,
          recentTurns: [],
          awaitingChoices: null,
          handoff: null,
          createdAt: now,
          updatedAt: now,
          lastInboundAt: null,
        });
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    async dropCarried(id, turnId) {
      await conversations.updateOne({ _id: id, 'pendingTurn.turnId': turnId }, { $unset: { pendingTurn: true } });
    },
    async noteDeliveryFailure(id, failure) {
      await conversations.updateOne({ _id: id }, { $set: { deliveryFailure: failure } });
    },
    listHandoffs: async () =>
      (await conversations.find({ handoff: { $ne: null } }, { sort: { 'handoff.since': 1 } })).map(withSnapshotText),
    async erase(id) {
      await conversations.deleteOne({ _id: id });
    },
  };
}
