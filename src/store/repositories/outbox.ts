import type { DocumentCollection } from '../collection.js';
import type { TransactionResult, WriteOperation } from '../engine.js';
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

/**
 * The replies of one conversation sent on one day (UTC), folded into one document where the
 * engine has transactions: a sent reply leaves the outbox for a pair of ids here, about 40 bytes
 * where its own document took 145. The document goes once its last reply is past its purge hour.
 */
export interface SentDayDoc {
  /** `<conversation id>:<YYYY-MM-DD>`: the conversation's days are found by their ids. */
  _id: string;
  /** The conversation's channel. */
  c: string;
  /** The purge hour (see purge-hour.ts) of the reply marked last. */
  p: number;
  /** `[outbox id, provider's message id]`, in the order they were marked (a reply marked twice by a race appears twice). */
  s: [string, string][];
  /** The delivery state of the reply at that position of `s`: `[status, seconds since the epoch, error code?]`. */
  d?: Record<string, [DeliveryStatus, number] | [DeliveryStatus, number, string]>;
}

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

/** A reply the provider took, to be marked sent. */
export interface SentMark {
  id: string;
  conversationId: string;
  channel: string;
  providerMessageId: string;
  /** When the provider took it: names the day it is kept under. */
  at: Date;
  purgeAt: Date;
}

export interface OutboxRepository {
  /** A turn's replies, ready to send, as one write of its transaction (entries already there are skipped). */
  insertWrite(entries: OutboxDoc[]): WriteOperation;
  /** Inserts entries that are not there yet (a turn's replies carried by a server without transactions). */
  insertMissing(entries: OutboxDoc[]): Promise<void>;
  /** The conversation's entries still to send (pending, or sending with a lease that may have run out), in order. */
  unsent(conversationId: string): Promise<OutboxDoc[]>;
  claim(entry: OutboxDoc, leaseUntil: Date): Promise<OutboxDoc | null>;
  /** Marks entries the provider accepted, all in one commit where the engine has transactions. */
  markSent(sent: SentMark[]): Promise<void>;
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
  /**
   * Moves the delivery state forward only: a late "sent" never hides a "read". A reply folded into
   * its conversation's sent days is found only with `conversationId` (the person the status names).
   */
  recordDelivery(input: {
    channel: string;
    providerMessageId: string;
    status: DeliveryStatus;
    at: Date;
    errorCode: string | null;
    conversationId?: string | null;
  }): Promise<SentOutboxRecord | null>;
  /** Every entry, in order; sent ones hold only what SentOutboxRecord names. */
  listForConversation(conversationId: string): Promise<SentOutboxRecord[]>;
  /** Deletes the sent entries whose purge time has come; returns how many. */
  purgeSent(now: Date): Promise<number>;
  eraseConversation(conversationId: string): Promise<void>;
}

export interface OutboxRepositoryOptions {
  /** Applies writes in one commit (a transaction); absent on a server without transactions, where each write is its own. */
  together?: (writes: WriteOperation[]) => Promise<TransactionResult>;
  /**
   * Where sent replies are folded (SentDayDoc), with `together` only: moving a reply there is
   * two writes, which must land together. Without it a sent entry stays in the outbox, marked.
   */
  sentDays?: DocumentCollection<SentDayDoc>;
}

const DAY_LENGTH = 10;

function sentDayId(conversationId: string, at: Date): string {
  return `${conversationId}:${at.toISOString().slice(0, DAY_LENGTH)}`;
}

/** Every id of the conversation's sent days, and of no other conversation: `;` sorts right after `:`. */
function sentDaysOf(conversationId: string) {
  return { $gte: `${conversationId}:`, $lt: `${conversationId};` };
}

function conversationOfDay(dayId: string): string {
  return dayId.slice(0, -(DAY_LENGTH + 1));
}

/** The day's replies as the outbox's readers know them, each once. */
function sentRecords(day: SentDayDoc): SentOutboxRecord[] {
  const conversationId = conversationOfDay(day._id);
  const purgeAt = dateOfPurgeHour(day.p);
  const seen = new Set<string>();
  const records: SentOutboxRecord[] = [];
  day.s.forEach(([id, providerMessageId], index) => {
    if (seen.has(id)) return;
    seen.add(id);
    const note = day.d?.[String(index)];
    records.push({
      _id: id,
      conversationId,
      channel: day.c,
      state: 'sent',
      providerMessageId,
      purgeAt,
      ...(note ? { delivery: { status: note[0], at: new Date(note[1] * 1000), errorCode: note[2] ?? null } } : {}),
    });
  });
  return records;
}

export function createOutboxRepository(
  outbox: DocumentCollection<OutboxDoc>,
  options: OutboxRepositoryOptions = {},
): OutboxRepository {
  const { together } = options;
  const sentDays = together ? options.sentDays : undefined;

  /** The writes that fold replies into their days: one per conversation and day. */
  function foldWrites(sentDaysCollection: DocumentCollection<SentDayDoc>, marks: SentMark[]): WriteOperation[] {
    const days = new Map<string, { channel: string; pairs: [string, string][]; hour: number }>();
    for (const mark of marks) {
      const id = sentDayId(mark.conversationId, mark.at);
      const day = days.get(id) ?? { channel: mark.channel, pairs: [], hour: 0 };
      day.pairs.push([mark.id, mark.providerMessageId]);
      day.hour = Math.max(day.hour, purgeHourOf(mark.purgeAt));
      days.set(id, day);
    }
    return [...days].map(([id, { channel, pairs, hour }]) => ({
      collection: sentDaysCollection.name,
      kind: 'updateOne' as const,
      filter: { _id: id },
      // Written in place, without reading the day (a number's $max is not): replies are marked in
      // the order they are sent, so the last purge hour is the latest, give or take a status's hour.
      update: { $setOnInsert: { c: channel }, $set: { p: hour }, $push: { s: { $each: pairs } } },
      upsert: true,
    }));
  }

  /** A folded reply by its provider id, among the conversation's sent days. */
  async function findFolded(
    sentDaysCollection: DocumentCollection<SentDayDoc>,
    input: { conversationId: string; channel: string; providerMessageId: string },
  ): Promise<{ day: SentDayDoc; index: number } | null> {
    const days = await sentDaysCollection.find({ _id: sentDaysOf(input.conversationId) });
    for (const day of days) {
      if (day.c !== input.channel) continue;
      const index = day.s.findIndex(([, providerMessageId]) => providerMessageId === input.providerMessageId);
      if (index >= 0) return { day, index };
    }
    return null;
  }

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
      if (sent.length === 0) return;
      if (sentDays && together) {
        // A reply marked by a status meanwhile is folded already: its second pair is read as one.
        await together([
          {
            collection: outbox.name,
            kind: 'deleteMany',
            filter: { _id: { $in: sent.map(({ id }) => id) }, state: 'sending' },
          },
          ...foldWrites(sentDays, sent),
        ]);
        return;
      }
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
      // `pending`: a send that timed out although the provider took it, waiting for its retry.
      const unsentFilter = { _id: id, channel, state: { $in: ['sending', 'pending'] } };
      const purgeAt = new Date(at.getTime() + SENT_BY_STATUS_RETENTION_MS);
      if (sentDays && together) {
        const entry = await outbox.findOne(unsentFilter);
        if (!entry) return false;
        // Required: a status redelivered at the same moment finds the entry gone and writes nothing.
        const result = await together([
          {
            collection: outbox.name,
            kind: 'updateOne',
            filter: unsentFilter,
            update: { $set: { state: 'sent' } },
            required: true,
          },
          { collection: outbox.name, kind: 'deleteMany', filter: { _id: id, state: 'sent' } },
          ...foldWrites(sentDays, [
            { id, conversationId: entry.conversationId, channel, providerMessageId, at, purgeAt },
          ]),
        ]);
        return result.committed;
      }
      const result = await outbox.updateOne(unsentFilter, {
        $set: { state: 'sent', providerMessageId, p: purgeHourOf(purgeAt) },
        $unset: SENT_DROPS,
      });
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
    async recordDelivery({ channel, providerMessageId, status, at, errorCode, conversationId }) {
      // Entries kept whole: written by an earlier version, or on a server without transactions.
      const entry = await outbox.findOne({ channel, providerMessageId });
      if (entry) {
        const current = entry.delivery ? DELIVERY_RANK[entry.delivery.status] : 0;
        if (DELIVERY_RANK[status] <= current) return withPurgeDate(entry);
        const updated = await outbox.findOneAndUpdate(
          { _id: entry._id },
          { $set: { delivery: { status, at, errorCode } } },
        );
        return updated && withPurgeDate(updated);
      }
      if (!sentDays || !conversationId) return null;
      const found = await findFolded(sentDays, { conversationId, channel, providerMessageId });
      if (!found) return null;
      const { day, index } = found;
      // The first pair of a reply holds its delivery state; `index` is that pair.
      const record = sentRecords(day).find((candidate) => candidate.providerMessageId === providerMessageId);
      if (!record) return null;
      const current = record.delivery ? DELIVERY_RANK[record.delivery.status] : 0;
      if (DELIVERY_RANK[status] <= current) return record;
      const seconds = Math.floor(at.getTime() / 1000);
      await sentDays.updateOne(
        { _id: day._id },
        { $set: { [`d.${String(index)}`]: errorCode === null ? [status, seconds] : [status, seconds, errorCode] } },
      );
      return { ...record, delivery: { status, at: new Date(seconds * 1000), errorCode } };
    },
    async listForConversation(conversationId) {
      const entries = (await outbox.find({ conversationId }, { sort: { seq: 1 } })).map(withPurgeDate);
      if (!sentDays) return entries;
      const days = await sentDays.find({ _id: sentDaysOf(conversationId) }, { sort: { _id: 1 } });
      const folded = days.flatMap(sentRecords);
      const kept = new Set(entries.map((entry) => entry._id));
      // Sent entries kept whole by an earlier version came first; the entries still in the outbox wait behind the folded ones, or were given up.
      const sentBefore = entries.filter((entry) => entry.state === 'sent');
      const others = entries.filter((entry) => entry.state !== 'sent');
      return [...sentBefore, ...folded.filter((record) => !kept.has(record._id)), ...others];
    },
    async purgeSent(now) {
      const purged = await outbox.deleteMany(purgeHourDue(now));
      return sentDays ? purged + (await sentDays.deleteMany(purgeHourDue(now))) : purged;
    },
    async eraseConversation(conversationId) {
      await outbox.deleteMany({ conversationId });
      await sentDays?.deleteMany({ _id: sentDaysOf(conversationId) });
    },
  };
}
