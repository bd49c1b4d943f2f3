import type { OutboxDoc, Store } from '../store/index.js';
import type { Channel, SendResult } from './channel.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { TurnLock } from './turn-lock.js';

export interface DispatcherOptions {
  store: Store;
  channels: ReadonlyMap<string, Channel>;
  clock: Clock;
  lock: TurnLock;
  logger: Logger;
  /** Tries before an entry is moved to the dead-letter state. */
  maxAttempts: number;
  /** First retry delay; doubled at each further try, up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long a claimed entry is reserved for one send before another worker may take it. */
  sendLeaseMs?: number;
  /** How long sent and dead entries are kept. */
  retentionMs: number;
}

export interface Dispatcher {
  /** Sends the conversation's pending messages in order; stops at the first that must wait for a retry. */
  flush(conversationId: string): Promise<void>;
  /** Flushes every conversation with a message due (retries, and sends cut short by a crash). */
  sweep(limit?: number): Promise<number>;
}

/**
 * The outbox's only sender. An entry is claimed (state `sending`, with a lease) before the
 * provider is called and marked `sent` as soon as the provider accepts it, so a sent entry is
 * never sent again. A send cut short between the provider's acceptance and that mark (a crash
 * in that instant) is retried when its lease runs out: the one window where a duplicate is possible.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, channels, clock, lock, logger, maxAttempts } = options;
  const baseBackoffMs = options.baseBackoffMs ?? 2_000;
  const maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
  const sendLeaseMs = options.sendLeaseMs ?? 60_000;

  async function attemptSend(entry: OutboxDoc, lastInboundAt: Date | null): Promise<SendResult> {
    const channel = channels.get(entry.channel);
    if (!channel)
      return { ok: false, retryable: false, code: 'no-channel', detail: `channel ${entry.channel} is not configured` };
    const { message, rendered } = entry;
    if (!message || !rendered) {
      return { ok: false, retryable: false, code: 'no-content', detail: 'the entry has no message to send' };
    }
    try {
      return await channel.send({
        address: entry.address,
        lastInboundAt,
        message: { id: entry._id, language: entry.language, message, rendered },
      });
    } catch (error) {
      // A channel reports expected failures as values; anything thrown is retried like a network fault.
      return {
        ok: false,
        retryable: true,
        code: 'exception',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }

  async function sendOne(entry: OutboxDoc, lastInboundAt: Date | null): Promise<'sent' | 'wait' | 'dead'> {
    const now = clock.now();
    const claimed = await store.outbox.claim(entry, new Date(now.getTime() + sendLeaseMs));
    if (!claimed) return 'wait';
    const result = await attemptSend(claimed, lastInboundAt);
    const after = clock.now();
    if (result.ok) {
      await store.outbox.markSent(claimed._id, {
        providerMessageId: result.providerMessageId,
        at: after,
        purgeAt: new Date(after.getTime() + options.retentionMs),
      });
      return 'sent';
    }
    const error = `${result.code}: ${result.detail}`;
    if (!result.retryable || claimed.attempts >= maxAttempts) {
      await store.outbox.markDead(claimed._id, { error, purgeAt: new Date(after.getTime() + options.retentionMs) });
      await store.conversations.noteDeliveryFailure(claimed.conversationId, { code: result.code, at: after });
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
    const backoff = result.retryAfterMs ?? Math.min(baseBackoffMs * 2 ** (claimed.attempts - 1), maxBackoffMs);
    await store.outbox.markRetry(claimed._id, { nextAttemptAt: new Date(after.getTime() + backoff), error });
    logger.info({ outboxId: claimed._id, code: result.code, retryInMs: backoff }, 'send failed, will retry');
    return 'wait';
  }

  async function flush(conversationId: string): Promise<void> {
    await lock.run(`outbox:${conversationId}`, async () => {
      // Read once per flush: every message sent now answers the same last message from the person.
      let lastInboundAt: Date | null | undefined;
      for (;;) {
        const entry = await store.outbox.next(conversationId);
        if (!entry) return;
        const now = clock.now();
        const due =
          entry.state === 'pending'
            ? entry.nextAttemptAt.getTime() <= now.getTime()
            : (entry.leaseUntil?.getTime() ?? 0) <= now.getTime();
        // Later messages wait behind an earlier one, so a person never reads them out of order.
        if (!due) return;
        if (lastInboundAt === undefined) {
          lastInboundAt = (await store.conversations.get(conversationId))?.lastInboundAt ?? null;
        }
        if ((await sendOne(entry, lastInboundAt)) === 'wait') return;
      }
    });
  }

  return {
    flush,
    async sweep(limit = 100) {
      const conversations = await store.outbox.conversationsDue(clock.now(), limit);
      for (const conversationId of conversations) await flush(conversationId);
      return conversations.length;
    },
  };
}
