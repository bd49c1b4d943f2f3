import type { OutboxDoc, SentMark, Store } from '../store/index.js';
import type { Channel, SendRequest, SendResult } from './channel.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import { isStorageFault } from '../store/storage-fault.js';
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
  /**
   * An entry found claimed with its lease run out (its instance died during the send) on a channel
   * that confirms sends by status is held this much longer before it is sent again: the provider's
   * status naming it, delivered again until the restarted server takes it, marks it sent meanwhile.
   */
  confirmationWindowMs?: number;
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
  /**
   * Sends the conversation's pending messages in order; stops at the first that must wait for a
   * retry. `known`: what the caller just read of the conversation (a turn that committed), which
   * spares reading it again; without it the conversation is read before the first send.
   */
  flush(conversationId: string, known?: DeliveryContext): Promise<void>;
  /** Flushes every conversation with a message due (retries, and sends cut short by a crash); returns how many. */
  sweep(limit?: number): Promise<number>;
  /** Starts the background relay: a sweep every `pollMs`, and one at once when a provider recovers. */
  start(pollMs: number): void;
  /** Stops the relay and waits for the pass in progress. */
  stop(): Promise<void>;
  /**
   * Makes the window for a status end only once the webhooks that reached the server by its end
   * have been taken (see webhook-backlog.ts): a server swamped after a restart takes them late.
   */
  awaitWebhookBacklog(taken: () => Promise<void>): void;
}

const DEFAULT_GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
/** With the relay's 2-second pass, a reply cut short by a crash goes again within its lease and 5 seconds. */
export const DEFAULT_CONFIRMATION_WINDOW_MS = 3_000;
/** Failures after which the provider may have taken the message: no answer in time, a connection cut. */
const AMBIGUOUS_FAILURES = new Set(['timeout', 'network', 'exception']);

/**
 * The outbox's only sender. An entry is claimed (state `sending`, with a lease) before the
 * provider is called — a turn's replies are written claimed by the turn's own commit — and marked
 * `sent` as soon as the provider accepted it, in one commit with every other mark that came in the
 * same turn of the event loop. What the provider took is remembered until its mark is written (a
 * store that cannot write keeps it in memory), so this process never sends it again. A send cut
 * short by a crash between the provider's acceptance and the mark is sent again once its lease
 * runs out; on a channel that confirms sends by status, only after a short window in which the
 * provider's status, naming the entry, marks it sent instead.
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
  const confirmationWindowMs = options.confirmationWindowMs ?? DEFAULT_CONFIRMATION_WINDOW_MS;
  const concurrency = options.concurrency ?? 32;
  const random = options.random ?? Math.random;
  /** Channels whose last send failed for a transient reason: their next success wakes the entries waiting on them. */
  const troubled = new Set<string>();
  const relay = createRepeatingTask({ name: 'outbox relay', logger, run: () => sweep() });

  async function attemptSend(entry: OutboxDoc, context: DeliveryContext): Promise<SendResult> {
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
    context: DeliveryContext,
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
        conversationId: claimed.conversationId,
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
    const backoff = Math.max(
      result.retryAfterMs ?? jittered(Math.min(baseBackoffMs * 2 ** (claimed.attempts - 1), maxBackoffMs)),
      // The provider may have taken it all the same: its status gets the time to say so.
      AMBIGUOUS_FAILURES.has(result.code) && confirmsByStatus(claimed.channel) ? confirmationWindowMs : 0,
    );
    await store.outbox.markRetry(claimed._id, {
      nextAttemptAt: new Date(after.getTime() + backoff),
      error,
      providerAskedToWait: result.retryAfterMs !== undefined,
    });
    logger.info({ outboxId: claimed._id, code: result.code, retryInMs: backoff }, 'send failed, will retry');
    return 'wait';
  }

  /**
   * Entries the provider took whose `sent` mark is not written yet: a commit on its way, or a store
   * that cannot write (a full disk). They are never sent again by this process, and their marks are
   * written again at each relay pass until the store takes them.
   */
  const takenUnmarked = new Map<string, SentMark>();

  /**
   * Marks one sent entry in one commit with every other mark queued in the same turn of the event
   * loop (group commit): one write for many replies and conversations under load. Resolves once
   * written, or kept in memory when the store cannot write; rejects on any other failure (the
   * entry is still remembered as taken).
   */
  let queuedMarks: { marks: SentMark[]; settle: (error?: unknown) => void }[] = [];
  function remember(mark: SentMark): Promise<void> {
    takenUnmarked.set(mark.id, mark);
    return queueMarks([mark]);
  }
  function queueMarks(marks: SentMark[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (queuedMarks.length === 0) setImmediate(commitQueuedMarks);
      queuedMarks.push({ marks, settle: (error) => (error === undefined ? resolve() : reject(toError(error))) });
    });
  }
  function commitQueuedMarks(): void {
    const batch = queuedMarks;
    queuedMarks = [];
    const marks = batch.flatMap((queued) => queued.marks);
    store.outbox.markSent(marks).then(
      () => {
        for (const mark of marks) takenUnmarked.delete(mark.id);
        for (const { settle } of batch) settle();
      },
      (error: unknown) => {
        const fault = isStorageFault(error);
        if (fault) logger.warn({ unmarked: takenUnmarked.size }, 'sent messages kept in memory until the store writes');
        for (const { settle } of batch) settle(fault ? undefined : (error ?? new Error('marking sent failed')));
      },
    );
  }
  async function writeRememberedMarks(): Promise<void> {
    if (takenUnmarked.size === 0) return;
    await queueMarks([...takenUnmarked.values()]).catch((error: unknown) => {
      logger.error({ err: error, unmarked: takenUnmarked.size }, 'sent messages could not be marked');
    });
  }

  async function afterSent(sentOn: ReadonlySet<string>): Promise<void> {
    const recovered = [...sentOn].filter((channel) => troubled.delete(channel));
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

  /**
   * No status could reach a server that was down: the window for a status starts with this
   * process's first sweep (its recovery at start), and runs while a dead process's lease does.
   * (Counted from the moment the server took webhooks, up to 2.5 s earlier under load, it let
   * statuses that a busy sender delivered again late through: in a kill -9 drill at load average
   * 14, 5 replies cut short by a crash went twice.)
   */
  let statusWindowFrom: number | undefined;

  function confirmsByStatus(channel: string): boolean {
    return channels.get(channel)?.confirmsSendsByStatus === true;
  }

  /** How the server learns that the webhooks waiting for it were taken; none: the window is only time. */
  let webhookBacklog: (() => Promise<void>) | undefined;
  /** When the latest check of the backlog that has finished began: every webhook that arrived before was taken. */
  let backlogTakenUpTo = Number.NEGATIVE_INFINITY;
  let backlogCheck: Promise<void> | undefined;

  /** Whether the webhooks that reached the server by `moment` (past) were taken; starts a check when not known. */
  function webhooksTakenBy(moment: number): boolean {
    if (!webhookBacklog || backlogTakenUpTo >= moment) return true;
    if (!backlogCheck) {
      const startedAt = clock.now().getTime();
      backlogCheck = webhookBacklog()
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'could not tell whether the webhook backlog was taken');
        })
        .finally(() => {
          backlogTakenUpTo = Math.max(backlogTakenUpTo, startedAt);
          backlogCheck = undefined;
          flushHeld();
        });
    }
    return false;
  }

  /**
   * When a claimed entry may be sent again: at once after its lease, or after the window for a
   * status and once the webhooks that reached the server in that window were taken.
   */
  function sendableAt(entry: OutboxDoc, triedHere: boolean, now: number): number {
    const leaseUntil = entry.leaseUntil?.getTime() ?? 0;
    const awaitsStatus = !triedHere && confirmsByStatus(entry.channel);
    if (!awaitsStatus) return leaseUntil;
    statusWindowFrom ??= now;
    if (leaseUntil > now) return leaseUntil;
    const windowEnd = Math.max(leaseUntil, statusWindowFrom + confirmationWindowMs);
    return windowEnd > now || webhooksTakenBy(windowEnd) ? windowEnd : Number.POSITIVE_INFINITY;
  }

  /**
   * The relay looks again the moment a held reply's lease or window ends, rather than at its next
   * pass (up to 2 seconds later).
   */
  let wake: { at: number; timer: NodeJS.Timeout } | undefined;
  /**
   * Conversations whose first unsent reply is held (a lease, a window, the webhook backlog): when
   * that ends they are flushed at once, each on its own, rather than behind a relay pass still
   * busy sending (under load a pass takes seconds).
   */
  const held = new Set<string>();
  function flushHeld(): void {
    relay.kick();
    if (stopping) return;
    const conversations = [...held];
    held.clear();
    for (const conversationId of conversations) {
      flush(conversationId).catch((error: unknown) => {
        logger.error({ conversationId, err: error }, 'outbox flush failed');
      });
    }
  }
  let lookedAhead = false;
  function wakeRelayAt(at: number): void {
    if (!Number.isFinite(at) || (wake && wake.at <= at)) return;
    if (wake) clearTimeout(wake.timer);
    const timer = setTimeout(
      () => {
        wake = undefined;
        flushHeld();
      },
      Math.max(0, at - clock.now().getTime()),
    );
    timer.unref();
    wake = { at, timer };
  }

  /** A retry after a send the provider may have taken waits, like a crash's, for the webhooks of its window. */
  function retryDue(entry: OutboxDoc, now: number): boolean {
    const dueAt = entry.nextAttemptAt.getTime();
    if (dueAt > now) return false;
    const code = entry.lastError?.split(':', 1)[0] ?? '';
    return !AMBIGUOUS_FAILURES.has(code) || !confirmsByStatus(entry.channel) || webhooksTakenBy(dueAt);
  }

  async function flush(conversationId: string, known?: DeliveryContext): Promise<void> {
    const sentOn = new Set<string>();
    await lock.run(`outbox:${conversationId}`, async () => {
      // Read once per flush: every message sent now answers the same last message from the person.
      let context: DeliveryContext | undefined = known;
      const marks: Promise<void>[] = [];
      let markFailure: { error: unknown } | undefined;
      // One read: replies a turn commits after it are sent by that turn's own flush, queued behind this one.
      const sendInOrder = async (): Promise<void> => {
        const entries = await store.outbox.unsent(conversationId);
        const leased = leasedByTurns.get(conversationId);
        if (entries.length === 0) {
          leasedByTurns.delete(conversationId);
          return;
        }
        try {
          for (const entry of entries) {
            // Taken by the provider, its mark on its way: sent, as far as the order goes.
            if (takenUnmarked.has(entry._id)) {
              leased?.delete(entry._id);
              continue;
            }
            const now = clock.now().getTime();
            const leaseUntil = entry.leaseUntil?.getTime() ?? 0;
            // Claimed by one of this instance's turns and not tried yet: no send of it can be in doubt.
            const notTriedYet = leased?.has(entry._id) === true;
            const leasedByTurn = entry.state === 'sending' && leaseUntil > now && notTriedYet;
            const sendable = entry.state === 'pending' ? undefined : sendableAt(entry, notTriedYet, now);
            const due = sendable === undefined ? retryDue(entry, now) : sendable <= now;
            if (sendable !== undefined && !due) {
              held.add(conversationId);
              wakeRelayAt(sendable);
            }
            // Later messages wait behind an earlier one, so a person never reads them out of order.
            if (!due && !leasedByTurn) return;
            context ??= await readContext(conversationId);
            const outcome = await sendOne(entry, context, leasedByTurn);
            leased?.delete(entry._id);
            if (outcome === 'wait') return;
            if (outcome !== 'dead') {
              // Caught at once: a failure must not go unhandled while the next entry is sent.
              marks.push(
                remember(outcome).catch((error: unknown) => {
                  markFailure ??= { error };
                }),
              );
              sentOn.add(outcome.channel);
            }
          }
        } finally {
          if (leased?.size === 0 && leasedByTurns.get(conversationId) === leased) leasedByTurns.delete(conversationId);
        }
      };
      try {
        await sendInOrder();
      } finally {
        await Promise.all(marks);
      }
      // A mark that failed for another reason than the store being unable to write.
      if (markFailure) throw toError(markFailure.error);
    });
    await afterSent(sentOn);
  }

  async function readContext(conversationId: string): Promise<DeliveryContext> {
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
    statusWindowFrom ??= clock.now().getTime();
    await writeRememberedMarks();
    const due = await store.outbox.conversationsDue(clock.now(), limit);
    const conversations = [...due];
    if (!lookedAhead) {
      // The first pass of a process: replies a dead one left claimed come due as its leases run
      // out. Looking at them now sets the relay to wake at that moment.
      lookedAhead = true;
      const soon = await store.outbox.conversationsDue(new Date(clock.now().getTime() + sendLeaseMs), limit);
      conversations.push(...soon.filter((id) => !due.includes(id)));
    }
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
    return due.length;
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
      if (wake) clearTimeout(wake.timer);
      wake = undefined;
      held.clear();
      await relay.stop();
    },
    awaitWebhookBacklog(taken) {
      webhookBacklog = taken;
    },
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** What a send needs to know of its conversation (WhatsApp's 24-hour window). */
export interface DeliveryContext {
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
