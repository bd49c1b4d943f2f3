import type { OutboxDoc, Store } from '../store/index.js';
import type { Channel, SendRequest, SendResult } from './channel.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import { createRepeatingTask } from './repeating-task.js';
import type { TurnLock } from './turn-lock.js';

export interface DispatcherOptions {
  store: Store;
  channels: ReadonlyMap<string, Channel>;
  clock: Clock;
  lock: TurnLock;
  logger: Logger;
  /** Tries before an entry is moved to the dead-letter state; unlimited when absent (the deadline still holds). */
  maxAttempts?: number;
  /** First retry delay; doubled at each further try, up to maxBackoffMs, then spread by jitter. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** A transient failure later than this after the reply was written gives it up (WhatsApp's 24-hour window). */
  giveUpAfterMs?: number;
  /** How long a claimed entry is reserved for one send before another worker may take it. */
  sendLeaseMs?: number;
  /** A channel's send that has not settled by then counts as a timeout (retried); shorter than the lease. */
  sendTimeoutMs?: number;
  /** Conversations flushed at once by one relay pass: a provider that hangs for one person does not stall the rest. */
  concurrency?: number;
  /** How long sent and dead entries are kept. */
  retentionMs: number;
  /** A number in [0, 1): spreads retries so that conversations hit by one outage do not retry in step. */
  random?: () => number;
}

export interface Dispatcher {
  /**
   * A turn's replies as the turn commits them: already claimed by this instance (state `sending`,
   * a lease, the first attempt counted), so that `flush` sends them without a claim of their own.
   * Should the instance die first, the lease runs out and the relay sends them.
   */
  leaseReplies(entries: OutboxDoc[]): OutboxDoc[];
  /** Sends the conversation's pending messages in order; stops at the first that must wait for a retry. */
  flush(conversationId: string): Promise<void>;
  /** Flushes every conversation with a message due (retries, and sends cut short by a crash); returns how many. */
  sweep(limit?: number): Promise<number>;
  /** Starts the background relay: a sweep every `pollMs`, and one at once when a provider recovers. */
  start(pollMs: number): void;
  /** Stops the relay and waits for the pass in progress. */
  stop(): Promise<void>;
}

const DEFAULT_GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The outbox's only sender. An entry is claimed (state `sending`, with a lease) before the
 * provider is called — a turn's replies are written claimed by the turn's own commit — and marked
 * `sent` once the provider accepted it: the entries of one conversation sent in one flush (and of
 * every conversation flushed at that moment) are marked in one commit. A sent entry is never sent
 * again. A send cut short between the provider's acceptance and that mark (a crash in that
 * instant) is retried when its lease runs out: the one window where a duplicate is possible.
 * A turn's replies are flushed at once after its commit; the relay loop is what sends everything
 * else (retries, entries whose lease ran out after a crash), so none waits for a restart.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, channels, clock, lock, logger } = options;
  const maxAttempts = options.maxAttempts ?? Number.POSITIVE_INFINITY;
  const baseBackoffMs = options.baseBackoffMs ?? 2_000;
  const maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
  const giveUpAfterMs = options.giveUpAfterMs ?? DEFAULT_GIVE_UP_AFTER_MS;
  const sendLeaseMs = options.sendLeaseMs ?? 60_000;
  const sendTimeoutMs = Math.min(options.sendTimeoutMs ?? 30_000, sendLeaseMs / 2);
  const concurrency = options.concurrency ?? 8;
  const random = options.random ?? Math.random;
  /** Channels whose last send failed for a transient reason: their next success wakes the entries waiting on them. */
  const troubled = new Set<string>();
  const relay = createRepeatingTask({ name: 'outbox relay', logger, run: () => sweep() });

  async function attemptSend(entry: OutboxDoc, context: ConversationContext): Promise<SendResult> {
    const channel = channels.get(entry.channel);
    if (!channel)
      return { ok: false, retryable: false, code: 'no-channel', detail: `channel ${entry.channel} is not configured` };
    const { message, rendered } = entry;
    if (!message || !rendered) {
      return { ok: false, retryable: false, code: 'no-content', detail: 'the entry has no message to send' };
    }
    const request: SendRequest = {
      address: entry.address,
      lastInboundAt: context.lastInboundAt,
      lastDeliveryFailure: context.lastDeliveryFailure,
      message: { id: entry._id, language: entry.language, message, rendered },
    };
    return withTimeout(() => channel.send(request), sendTimeoutMs);
  }

  /** Sends one entry; a success is returned to be marked with the others of the flush. */
  async function sendOne(
    entry: OutboxDoc,
    context: ConversationContext,
    leasedByTurn: boolean,
  ): Promise<SentMark | 'wait' | 'dead'> {
    const now = clock.now();
    const claimed = leasedByTurn ? entry : await store.outbox.claim(entry, new Date(now.getTime() + sendLeaseMs));
    if (!claimed) return 'wait';
    const result = await attemptSend(claimed, context);
    const after = clock.now();
    if (result.ok) {
      return {
        id: claimed._id,
        channel: claimed.channel,
        providerMessageId: result.providerMessageId,
        at: after,
        purgeAt: new Date(after.getTime() + options.retentionMs),
      };
    }
    const error = `${result.code}: ${result.detail}`;
    const pastDeadline = after.getTime() - claimed.createdAt.getTime() >= giveUpAfterMs;
    if (!result.retryable || claimed.attempts >= maxAttempts || pastDeadline) {
      const reason = !result.retryable
        ? result.code
        : pastDeadline
          ? `deadline (${result.code})`
          : `attempts (${result.code})`;
      await store.outbox.markDead(claimed._id, { error, purgeAt: new Date(after.getTime() + options.retentionMs) });
      await store.conversations.noteDeliveryFailure(claimed.conversationId, { code: reason, at: after });
      logger.warn(
        {
          outboxId: claimed._id,
          conversationId: claimed.conversationId,
          code: result.code,
          attempts: claimed.attempts,
        },
        'message given up',
      );
      return 'dead';
    }
    troubled.add(claimed.channel);
    const backoff =
      result.retryAfterMs ?? jittered(Math.min(baseBackoffMs * 2 ** (claimed.attempts - 1), maxBackoffMs));
    await store.outbox.markRetry(claimed._id, {
      nextAttemptAt: new Date(after.getTime() + backoff),
      error,
      providerAskedToWait: result.retryAfterMs !== undefined,
    });
    logger.info({ outboxId: claimed._id, code: result.code, retryInMs: backoff }, 'send failed, will retry');
    return 'wait';
  }

  /**
   * Marks sent entries in one commit with those of every other flush that reached this point in
   * the same turn of the event loop (group commit): one write for many conversations under load.
   */
  let queuedMarks: { marks: SentMark[]; settle: (error?: unknown) => void }[] = [];
  function markSent(marks: SentMark[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (queuedMarks.length === 0) setImmediate(commitQueuedMarks);
      queuedMarks.push({ marks, settle: (error) => (error === undefined ? resolve() : reject(toError(error))) });
    });
  }
  function commitQueuedMarks(): void {
    const batch = queuedMarks;
    queuedMarks = [];
    store.outbox.markSent(batch.flatMap(({ marks }) => marks)).then(
      () => {
        for (const { settle } of batch) settle();
      },
      (error: unknown) => {
        for (const { settle } of batch) settle(error ?? new Error('marking sent failed'));
      },
    );
  }

  async function afterSent(marks: SentMark[]): Promise<void> {
    await markSent(marks);
    const recovered = new Set(marks.map((mark) => mark.channel).filter((channel) => troubled.delete(channel)));
    for (const channel of recovered) {
      // The provider is back: what waits for a backoff on it goes now, not minutes later.
      const woken = await store.outbox.expediteRetries({ channel, now: clock.now() });
      if (woken > 0) relay.kick();
    }
  }

  /** Half to one and a half times the delay. */
  function jittered(delayMs: number): number {
    return Math.round(delayMs * (0.5 + random()));
  }

  /** Ids of entries this instance's turns wrote already claimed, per conversation, until sent. */
  const leasedByTurns = new Map<string, Set<string>>();

  function leaseReplies(entries: OutboxDoc[]): OutboxDoc[] {
    const leaseUntil = new Date(clock.now().getTime() + sendLeaseMs);
    return entries.map((entry) => {
      let ids = leasedByTurns.get(entry.conversationId);
      if (!ids) {
        ids = new Set();
        leasedByTurns.set(entry.conversationId, ids);
      }
      ids.add(entry._id);
      return { ...entry, state: 'sending', attempts: 1, leaseUntil };
    });
  }

  async function flush(conversationId: string): Promise<void> {
    await lock.run(`outbox:${conversationId}`, async () => {
      // Read once per flush: every message sent now answers the same last message from the person.
      let context: ConversationContext | undefined;
      for (;;) {
        const entries = await store.outbox.unsent(conversationId);
        const leased = leasedByTurns.get(conversationId);
        if (entries.length === 0) {
          leasedByTurns.delete(conversationId);
          return;
        }
        const sent: SentMark[] = [];
        let waiting = false;
        for (const entry of entries) {
          const now = clock.now().getTime();
          const leaseUntil = entry.leaseUntil?.getTime() ?? 0;
          const leasedByTurn = entry.state === 'sending' && leaseUntil > now && leased?.has(entry._id) === true;
          const due = entry.state === 'pending' ? entry.nextAttemptAt.getTime() <= now : leaseUntil <= now;
          // Later messages wait behind an earlier one, so a person never reads them out of order.
          if (!due && !leasedByTurn) {
            waiting = true;
            break;
          }
          context ??= await readContext(conversationId);
          const outcome = await sendOne(entry, context, leasedByTurn);
          leased?.delete(entry._id);
          if (outcome === 'wait') {
            waiting = true;
            break;
          }
          if (outcome !== 'dead') sent.push(outcome);
        }
        if (sent.length > 0) await afterSent(sent);
        if (waiting) return;
      }
    });
  }

  async function readContext(conversationId: string): Promise<ConversationContext> {
    // The provider's timestamp of the person's message, not when it reached us: a message
    // delivered late must not make the window look longer than it is.
    const conversation = await store.conversations.get(conversationId);
    return {
      lastInboundAt: conversation?.lastInboundAt ?? null,
      lastDeliveryFailure: conversation?.deliveryFailure ?? null,
    };
  }

  let stopping = false;

  async function sweep(limit = 500): Promise<number> {
    const conversations = await store.outbox.conversationsDue(clock.now(), limit);
    let next = 0;
    const worker = async () => {
      // A stop lets the conversations being flushed finish and leaves the rest for the next pass.
      while (next < conversations.length && !stopping) {
        const conversationId = conversations[next];
        next += 1;
        if (conversationId === undefined) return;
        try {
          await flush(conversationId);
        } catch (error) {
          // A store that fails for one conversation must not stop the others; the next pass tries again.
          logger.error({ conversationId, err: error }, 'outbox flush failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, conversations.length) }, worker));
    return conversations.length;
  }

  return {
    leaseReplies,
    flush,
    sweep,
    start(pollMs) {
      stopping = false;
      relay.start(pollMs);
    },
    async stop() {
      stopping = true;
      await relay.stop();
    },
  };
}

interface SentMark {
  id: string;
  channel: string;
  providerMessageId: string;
  at: Date;
  purgeAt: Date;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

interface ConversationContext {
  lastInboundAt: Date | null;
  lastDeliveryFailure: { code: string; at: Date } | null;
}

/** A send that neither resolves nor rejects in time becomes a retryable timeout; a throw becomes a retryable failure. */
async function withTimeout(send: () => Promise<SendResult>, timeoutMs: number): Promise<SendResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => {
      resolve({ ok: false, retryable: true, code: 'timeout', detail: `no answer from the channel in ${timeoutMs} ms` });
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      send().catch((error: unknown): SendResult => ({
        ok: false,
        retryable: true,
        code: 'exception',
        detail: error instanceof Error ? error.message : String(error),
      })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
