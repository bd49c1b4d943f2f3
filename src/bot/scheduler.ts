import { KeyedMutex } from '../store/engines/keyed-mutex.js';
import type { JobDoc, Store } from '../store/index.js';
import { isStorageFault } from '../store/storage-fault.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';

/**
 * Jobs run at once by default. A job's time is mostly the wait for the channel (a Graph API call
 * takes a few hundred milliseconds), so WhatsApp Cloud's 80 messages a second need about 20 in flight.
 */
export const DEFAULT_SCHEDULER_CONCURRENCY = 20;

export interface SchedulerOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** This instance's name in job leases. */
  owner: string;
  run: (job: JobDoc) => Promise<void>;
  leaseMs?: number;
  maxAttempts?: number;
  retentionMs: number;
  /** Jobs run at the same time (never two of one conversation). */
  concurrency?: number;
}

export interface Scheduler {
  /** Runs every job due now, several at a time but one at a time per conversation; returns how many ran. */
  runDue(limit?: number): Promise<number>;
  /** Polls for due jobs until stopped. */
  start(pollMs: number): void;
  stop(): Promise<void>;
}

/**
 * Durable jobs: each lives in the store until done, is claimed with a lease (two instances never
 * run it at once; a crashed worker's lease runs out and another takes over), and is delivered
 * under an idempotency key, so a job run twice after a crash is handled once. Workers claim jobs
 * in due order; jobs of one conversation wait for each other, so its order is kept.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock, logger } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_SCHEDULER_CONCURRENCY);
  const perConversation = new KeyedMutex();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function runClaimed(job: JobDoc): Promise<void> {
    try {
      await options.run(job);
      await store.jobs.complete(job, new Date(clock.now().getTime() + options.retentionMs));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A store that could not write says nothing about the job: it is tried again, never given up for it.
      if (job.attempts >= maxAttempts && !isStorageFault(error)) {
        logger.error({ jobId: job._id, name: job.name, err: error }, 'job failed for good');
        await store.jobs.fail(job, {
          error: message,
          purgeAt: new Date(clock.now().getTime() + options.retentionMs),
        });
      } else {
        const retryAt = new Date(clock.now().getTime() + 30_000 * 2 ** (job.attempts - 1));
        logger.warn({ jobId: job._id, name: job.name, err: error }, 'job failed, will retry');
        await store.jobs.retry(job, { dueAt: retryAt, error: message });
      }
    }
  }

  async function runDue(limit = 500): Promise<number> {
    let claimed = 0;
    let exhausted = false;
    const worker = async (): Promise<void> => {
      while (!exhausted && claimed < limit) {
        const now = clock.now();
        const job = await store.jobs.claimDue({
          now,
          owner: options.owner,
          leaseUntil: new Date(now.getTime() + leaseMs),
        });
        if (!job) {
          exhausted = true;
          return;
        }
        claimed += 1;
        await perConversation.run(job.conversationId ?? job._id, () => runClaimed(job));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return claimed;
  }

  return {
    runDue,
    start(pollMs) {
      if (timer) return;
      timer = setInterval(() => {
        running = running
          .then(() => runDue())
          .catch((error: unknown) => logger.error({ err: error }, 'scheduler pass failed'));
      }, pollMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
