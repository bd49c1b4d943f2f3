import { createHmac } from 'node:crypto';
import type { DocumentCollection, Update } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import { purgeHourDue, purgeHourOf } from './purge-hour.js';
import { DuplicateKeyError } from '../collection.js';

/** How long a message id outlives an erased person by default, so that a redelivery is still dropped. */
const ERASED_DEDUP_MS = 7 * 24 * 60 * 60 * 1000;

/** What reached a conversation: a person's message or a scheduled job that fell due. */
export type InboxEvent =
  | { kind: 'message'; text: string; choiceId: string | null; sentAt: Date }
  | { kind: 'unsupported'; what: string; sentAt: Date }
  | { kind: 'job'; name: string; payload: Record<string, unknown> }
  | { kind: 'staff'; action: 'handBack' };

/**
 * A pending entry. Once handled (or once its person is erased) it keeps only `_id`, to drop a
 * redelivery, and `p`, when it may be purged: nothing says whose message it was. No repository
 * method returns a handled entry.
 */
export interface InboxDoc {
  /**
   * A keyed hash of `channel:providerMessageId` for messages, `job:<job id>` for jobs: the first
   * 16 bytes of an HMAC-SHA256, base64url. A unique key, so a redelivery is dropped, that does not
   * hold the provider's id (a WhatsApp message id is base64 of the sender's number). Earlier
   * versions kept the whole HMAC behind `h:`; such ids are still recognised until they expire.
   */
  _id: string;
  /** Absent once handled. */
  conversationId?: string;
  /** Arrival order within the conversation. */
  seq: string;
  receivedAt: Date;
  /** Absent once handled (earlier versions wrote `done`). */
  state?: 'pending' | 'done';
  /** Turns that failed with an error of their own (not a store that could not write): the message is given up after a few. */
  failures?: number;
  /**
   * A person's message: when the provider says it was sent (never later than its arrival). Kept
   * after the event is dropped: WhatsApp's 24-hour window runs from it.
   */
  sentAt?: Date;
  /** Removed once handled: the transcript keeps what was said. */
  event?: InboxEvent;
  /**
   * A handled entry's purge time in whole hours since the epoch, rounded up: a number of six
   * digits where a date takes thirty characters. Entries handled by earlier versions have
   * `purgeAt` instead, which the store's sweep purges as before.
   */
  p?: number;
  purgeAt?: Date;
}

/** The ids a raw key is stored under, hashed once for the calls that take it. */
export interface InboxKey {
  /** The id the entry is stored and returned under (see InboxDoc._id). */
  id: string;
  /** The id earlier versions stored it under. */
  legacyId: string;
}

export interface InboxRepository {
  /**
   * False when this id was accepted before (a redelivery). `_id` is the raw key
   * (`channel:providerMessageId`); the entry is stored under its keyed hash, which every other
   * method takes and returns. `key`: the raw key's `keyOf`, when the caller has it already.
   */
  accept(entry: Omit<InboxDoc, 'state' | 'sentAt'> & { conversationId: string }, key?: InboxKey): Promise<boolean>;
  /** Whether a message with this raw key (or its `keyOf`) was accepted, even for a person erased since. */
  wasAccepted(rawId: string | InboxKey): Promise<boolean>;
  /** The ids of a raw key, hashed once. */
  keyOf(rawId: string): InboxKey;
  /**
   * Whether entries stored under the ids of earlier versions (`h:…`) may still be there: until
   * none is left, only `wasAccepted` recognises their redeliveries, not `accept`'s unique key.
   * Looked up until the store holds none (this version never writes one).
   */
  mayHoldLegacyIds(): Promise<boolean>;
  /** The id an entry accepted under this raw key is stored and returned under. */
  idOf(rawId: string): string;
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
  /** Deletes the handled entries whose purge time has come; returns how many. */
  purgeHandled(now: Date): Promise<number>;
  /**
   * Forgets everything the conversation's entries say (events, times, the conversation itself)
   * and keeps their hashed ids only, until their purge date, so that a redelivered message does
   * not bring an erased person back.
   */
  eraseConversation(conversationId: string): Promise<void>;
}

/** `idKey`: the secret of the hashes that stand for message ids (kept by the store, see openStore). */
export function createInboxRepository(inbox: DocumentCollection<InboxDoc>, idKey: string): InboxRepository {
  const digest = (rawId: string) => createHmac('sha256', idKey).update(rawId).digest();
  // 128 bits keep a collision between two messages of the same week out of reach.
  const short = (full: Buffer) => full.subarray(0, 16).toString('base64url');
  const hashed = (rawId: string) => short(digest(rawId));
  const keyOf = (rawId: string): InboxKey => {
    const full = digest(rawId);
    return { id: short(full), legacyId: `h:${full.toString('base64url')}` };
  };
  let legacyIdsGone = false;
  return {
    async accept(entry, key) {
      const { event } = entry;
      const sentAt =
        event && (event.kind === 'message' || event.kind === 'unsupported')
          ? new Date(Math.min(event.sentAt.getTime(), entry.receivedAt.getTime()))
          : undefined;
      try {
        await inbox.insertOne({
          ...entry,
          _id: key?.id ?? hashed(entry._id),
          state: 'pending',
          ...(sentAt ? { sentAt } : {}),
        });
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    idOf: hashed,
    keyOf,
    async mayHoldLegacyIds() {
      if (legacyIdsGone) return false;
      // Every legacy id starts with `h:`; ":" sorts just before ";", and no hashed id holds either.
      legacyIdsGone = (await inbox.findOne({ _id: { $gte: 'h:', $lt: 'h;' } })) === null;
      return !legacyIdsGone;
    },
    async wasAccepted(raw) {
      const { id, legacyId } = typeof raw === 'string' ? keyOf(raw) : raw;
      return (await inbox.countDocuments({ _id: { $in: [id, legacyId] } })) > 0;
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
      return [...new Set(pending.flatMap((entry) => entry.conversationId ?? []))];
    },
    purgeHandled: (now) => inbox.deleteMany(purgeHourDue(now)),
    async eraseConversation(conversationId) {
      for (const entry of await inbox.find({ conversationId })) {
        const purgeAt = entry.purgeAt ?? new Date(entry.receivedAt.getTime() + ERASED_DEDUP_MS);
        await inbox.updateOne({ _id: entry._id }, doneUpdate(purgeAt));
      }
    },
  };
}

/**
 * What a handled entry no longer holds: everything but its id and purge date. sentAt too: the
 * conversation keeps the last one, for WhatsApp's 24-hour window.
 */
const HANDLED_DROPS: Record<string, true> = {
  conversationId: true,
  state: true,
  event: true,
  seq: true,
  receivedAt: true,
  sentAt: true,
  failures: true,
};

/** A handled entry keeps its id (to drop a redelivery) and its purge time only, in hours (see InboxDoc.p). */
function doneUpdate(purgeAt: Date): Update {
  return { $set: { p: purgeHourOf(purgeAt) }, $unset: { ...HANDLED_DROPS, purgeAt: true } };
}
