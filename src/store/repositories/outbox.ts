import type { DocumentCollection } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import { dateOfPurgeHour, purgeHourDue, purgeHourOf } from './purge-hour.js';
import type { OutboundMessage, RenderedMessage } from '../../flows/message.js';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'dead';
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface OutboxDoc {
  /** `<turn id>#<n>`: a replayed turn produces the same ids. Also the idempotency key given to channels. */
  _id: string;
  conversationId: string;
  turnId: string;
  /** Send order within the conversation. */
  seq: string;
  channel: string;
  address: string;
  language: string;
  /** Dropped once sent: the transcript keeps what was said. */
  message?: OutboundMessage;
  rendered?: RenderedMessage;
  /** pending: to send; sending: claimed until leaseUntil; sent: the provider accepted it; dead: given up. */
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  createdAt: Date;
  sentAt: Date | null;
  /** Absent until the provider accepted the message. */
  providerMessageId?: string;
  delivery: { status: DeliveryStatus; at: Date; errorCode: string | null } | null;
  lastError: string | null;
  /** The provider named when to try again (Retry-After): an earlier retry would only be refused. */
  providerAskedToWait?: boolean;
  /** Absent while the entry is to be sent; a sent entry has `p` instead (earlier versions wrote this). */
  purgeAt?: Date;
  /**
   * A sent entry's purge time in whole hours since the epoch, rounded up: six digits where a date
   * takes thirty characters. Readers get it back as `purgeAt`.
   */
  p?: number;
}

/** A sent entry keeps its ids and delivery state: the transcript keeps what was said, and when. */
export type SentOutboxRecord = Pick<OutboxDoc, '_id' | 'conversationId' | 'channel' | 'state'> & Partial<OutboxDoc>;

const SENT_DROPS = {
  turnId: true,
  address: true,
  language: true,
  message: true,
  rendered: true,
  attempts: true,
  nextAttemptAt: true,
  leaseUntil: true,
  createdAt: true,
  lastError: true,
  sentAt: true,
  delivery: true,
  seq: true,
} as const;

/** The entry as its readers know it: a sent entry's purge time as a date. */
function withPurgeDate<T extends OutboxDoc>({ p, ...entry }: T): Omit<T, 'p'> {
  return p === undefined ? entry : { ...entry, purgeAt: dateOfPurgeHour(p) };
}

/** How long an entry marked sent by a status is kept, as the dispatcher keeps the entries it marks sent. */
const SENT_BY_STATUS_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

const DELIVERY_RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

export interface OutboxRepository {
  /** A turn's replies, ready to send, as one write of its transaction (entries already there are skipped). */
  insertWrite(entries: OutboxDoc[]): WriteOperation;
  /** Inserts entries that are not there yet (a turn's replies carried by a server without transactions). */
  insertMissing(entries: OutboxDoc[]): Promise<void>;
  /** The conversation's entries still to send (pending, or sending with a lease that may have run out), in order. */
  unsent(conversationId: string): Promise<OutboxDoc[]>;
  claim(entry: OutboxDoc, leaseUntil: Date): Promise<OutboxDoc | null>;
  /** Marks entries the provider accepted, all in one commit where the engine has transactions. */
  markSent(sent: { id: string; providerMessageId: string; purgeAt: Date }[]): Promise<void>;
  /**
   * The provider reports (a status webhook naming the entry) that it took a message the entry is
   * still `sending` (the process died between the provider's answer and markSent) or waiting to
   * retry (the provider's answer came after the send timed out). Marks it sent so that it is not
   * sent again; false when it was sent or given up already.
   */
  markSentByStatus(input: { id: string; channel: string; providerMessageId: string; at: Date }): Promise<boolean>;
  markRetry(id: string, result: { nextAttemptAt: Date; error: string; providerAskedToWait?: boolean }): Promise<void>;
  /** Makes the channel's entries waiting for a backoff due now (not those the provider asked to wait); returns how many. */
  expediteRetries(input: { channel: string; now: Date }): Promise<number>;
  markDead(id: string, result: { error: string; purgeAt: Date }): Promise<void>;
  conversationsDue(now: Date, limit: number): Promise<string[]>;
  /** Moves the delivery state forward only: a late "sent" never hides a "read". */
  recordDelivery(input: {
    channel: string;
    providerMessageId: string;
    status: DeliveryStatus;
    at: Date;
    errorCode: string | null;
  }): Promise<SentOutboxRecord | null>;
  /** Every entry, in order; sent ones hold only what SentOutboxRecord names. */
  listForConversation(conversationId: string): Promise<SentOutboxRecord[]>;
  /** Deletes the sent entries whose purge time has come; returns how many. */
  purgeSent(now: Date): Promise<number>;
  eraseConversation(conversationId: string): Promise<void>;
}

/**
 * `together` applies writes in one commit (a transaction); without it (a server without
 * transactions) each write is its own.
 */
export function createOutboxRepository(
  outbox: DocumentCollection<OutboxDoc>,
  together?: (writes: WriteOperation[]) => Promise<unknown>,
): OutboxRepository {
  return {
    insertWrite: (entries) => ({ collection: outbox.name, kind: 'insertMany', docs: entries }),
    async insertMissing(entries) {
      await outbox.insertManyIgnoringDuplicates(entries);
    },
    unsent: (conversationId) =>
      outbox.find({ conversationId, state: { $in: ['pending', 'sending'] } }, { sort: { seq: 1 } }),
    claim: (entry, leaseUntil) =>
      outbox.findOneAndUpdate(
        { _id: entry._id, state: entry.state, attempts: entry.attempts },
        { $set: { state: 'sending', leaseUntil }, $inc: { attempts: 1 } },
      ),
    async markSent(sent) {
      const writes = sent.map(({ id, providerMessageId, purgeAt }) => ({
        collection: outbox.name,
        kind: 'updateOne' as const,
        filter: { _id: id, state: 'sending' },
        update: { $set: { state: 'sent', providerMessageId, p: purgeHourOf(purgeAt) }, $unset: SENT_DROPS },
      }));
      if (together && writes.length > 1) {
        await together(writes);
        return;
      }
      for (const { filter, update } of writes) await outbox.updateOne(filter, update);
    },
    async markSentByStatus({ id, channel, providerMessageId, at }) {
      const result = await outbox.updateOne(
        // `pending`: a send that timed out although the provider took it, waiting for its retry.
        { _id: id, channel, state: { $in: ['sending', 'pending'] } },
        {
          $set: {
            state: 'sent',
            providerMessageId,
            p: purgeHourOf(new Date(at.getTime() + SENT_BY_STATUS_RETENTION_MS)),
          },
          $unset: SENT_DROPS,
        },
      );
      return result.matched > 0;
    },
    async markRetry(id, { nextAttemptAt, error, providerAskedToWait = false }) {
      await outbox.updateOne(
        { _id: id, state: 'sending' },
        { $set: { state: 'pending', nextAttemptAt, leaseUntil: null, lastError: error, providerAskedToWait } },
      );
    },
    expediteRetries: ({ channel, now }) =>
      outbox.updateMany(
        { state: 'pending', channel, nextAttemptAt: { $gt: now }, providerAskedToWait: false },
        { $set: { nextAttemptAt: now } },
      ),
    async markDead(id, { error, purgeAt }) {
      await outbox.updateOne(
        { _id: id, state: 'sending' },
        { $set: { state: 'dead', leaseUntil: null, lastError: error, purgeAt } },
      );
    },
    async conversationsDue(now, limit) {
      const due = await outbox.find(
        {
          $or: [
            { state: 'pending', nextAttemptAt: { $lte: now } },
            { state: 'sending', leaseUntil: { $lte: now } },
          ],
        },
        { sort: { seq: 1 }, limit },
      );
      return [...new Set(due.map((entry) => entry.conversationId))];
    },
    async recordDelivery({ channel, providerMessageId, status, at, errorCode }) {
      const entry = await outbox.findOne({ channel, providerMessageId });
      if (!entry) return null;
      const current = entry.delivery ? DELIVERY_RANK[entry.delivery.status] : 0;
      if (DELIVERY_RANK[status] <= current) return withPurgeDate(entry);
      const updated = await outbox.findOneAndUpdate(
        { _id: entry._id },
        { $set: { delivery: { status, at, errorCode } } },
      );
      return updated && withPurgeDate(updated);
    },
    listForConversation: async (conversationId) =>
      (await outbox.find({ conversationId }, { sort: { seq: 1 } })).map(withPurgeDate),
    purgeSent: (now) => outbox.deleteMany(purgeHourDue(now)),
    async eraseConversation(conversationId) {
      await outbox.deleteMany({ conversationId });
    },
  };
}
