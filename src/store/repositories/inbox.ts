import type { DocumentCollection, Update } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import { DuplicateKeyError } from '../collection.js';

/** What reached a conversation: a person's message or a scheduled job that fell due. */
export type InboxEvent =
  | { kind: 'message'; text: string; choiceId: string | null; sentAt: Date }
  | { kind: 'unsupported'; what: string; sentAt: Date }
  | { kind: 'job'; name: string; payload: Record<string, unknown> }
  | { kind: 'staff'; action: 'handBack' };

/**
 * A pending entry. Once handled it keeps only `_id` (to drop a redelivery), `conversationId`,
 * `state` and `purgeAt`; no repository method returns a handled entry.
 */
export interface InboxDoc {
  /** `channel:providerMessageId` for messages, `job:<job id>` for jobs: a unique key, so a redelivery is dropped. */
  _id: string;
  conversationId: string;
  /** Arrival order within the conversation. */
  seq: string;
  receivedAt: Date;
  state: 'pending' | 'done';
  /** Turns that failed with an error of their own (not a store that could not write): the message is given up after a few. */
  failures?: number;
  /**
   * A person's message: when the provider says it was sent (never later than its arrival). Kept
   * after the event is dropped: WhatsApp's 24-hour window runs from it.
   */
  sentAt?: Date;
  /** Removed once handled: the transcript keeps what was said. */
  event?: InboxEvent;
  purgeAt?: Date;
}

export interface InboxRepository {
  /** False when this id was accepted before (a redelivery). */
  accept(entry: Omit<InboxDoc, 'state' | 'sentAt'>): Promise<boolean>;
  /** When the person's latest message was sent, by the provider's timestamp; null when none is kept. */
  lastMessageSentAt(conversationId: string): Promise<Date | null>;
  nextPending(conversationId: string): Promise<InboxDoc | null>;
  markDone(id: string, purgeAt: Date): Promise<void>;
  /** markDone as one write of a transaction. */
  markDoneWrite(id: string, purgeAt: Date): WriteOperation;
  /** The entry while it is pending, or null. */
  getPending(id: string): Promise<InboxDoc | null>;
  /** Counts a turn on the entry that failed for a reason of its own; returns how many did. */
  recordFailure(id: string): Promise<number>;
  conversationsWithPending(limit: number): Promise<string[]>;
  eraseConversation(conversationId: string): Promise<void>;
}

export function createInboxRepository(inbox: DocumentCollection<InboxDoc>): InboxRepository {
  return {
    async accept(entry) {
      const { event } = entry;
      const sentAt =
        event && (event.kind === 'message' || event.kind === 'unsupported')
          ? new Date(Math.min(event.sentAt.getTime(), entry.receivedAt.getTime()))
          : undefined;
      try {
        await inbox.insertOne({ ...entry, state: 'pending', ...(sentAt ? { sentAt } : {}) });
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    nextPending: (conversationId) => inbox.findOne({ conversationId, state: 'pending' }, { sort: { seq: 1 } }),
    async markDone(id, purgeAt) {
      await inbox.updateOne({ _id: id }, doneUpdate(purgeAt));
    },
    markDoneWrite: (id, purgeAt) => ({
      collection: inbox.name,
      kind: 'updateOne',
      filter: { _id: id, state: 'pending' },
      update: doneUpdate(purgeAt),
    }),
    getPending: (id) => inbox.findOne({ _id: id, state: 'pending' }),
    async recordFailure(id) {
      const entry = await inbox.findOneAndUpdate({ _id: id }, { $inc: { failures: 1 } });
      return entry?.failures ?? 0;
    },
    async lastMessageSentAt(conversationId) {
      const recent = await inbox.find({ conversationId }, { sort: { seq: -1 }, limit: 20 });
      return recent.find((entry) => entry.sentAt !== undefined)?.sentAt ?? null;
    },
    async conversationsWithPending(limit) {
      const pending = await inbox.find({ state: 'pending' }, { sort: { seq: 1 }, limit });
      return [...new Set(pending.map((entry) => entry.conversationId))];
    },
    async eraseConversation(conversationId) {
      await inbox.deleteMany({ conversationId });
    },
  };
}

/** A handled entry keeps its id (to drop a redelivery), its conversation and its state only. */
function doneUpdate(purgeAt: Date): Update {
  return {
    $set: { state: 'done', purgeAt },
    // sentAt too: the conversation keeps the last one, for WhatsApp's 24-hour window.
    $unset: { event: true, seq: true, receivedAt: true, sentAt: true },
  };
}
