import { KeyedMutex } from '../store/engines/keyed-mutex.js';
import type { Store } from '../store/index.js';

/** One holder at a time per key (a conversation, its outbox). */
export interface TurnLock {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export interface TurnLockOptions {
  store: Store;
  /**
   * With several instances on one MongoDB database, a lease in the store keeps them from
   * interleaving one conversation. A single process (the embedded engine) needs only memory.
   */
  shared: boolean;
  owner: string;
  leaseMs?: number;
}

const RETRY_MIN_MS = 5;
const RETRY_MAX_MS = 250;

export function createTurnLock(options: TurnLockOptions): TurnLock {
  const local = new KeyedMutex();
  const leaseMs = options.leaseMs ?? 30_000;
  if (!options.shared) return { run: (key, task) => local.run(key, task) };

  const { locks } = options.store;
  return {
    run: (key, task) =>
      local.run(key, async () => {
        let wait = RETRY_MIN_MS;
        for (;;) {
          const now = new Date();
          const until = new Date(now.getTime() + leaseMs);
          if (await locks.tryAcquire({ key, owner: options.owner, now, until })) break;
          await sleep(wait);
          wait = Math.min(wait * 2, RETRY_MAX_MS);
        }
        try {
          return await task();
        } finally {
          await locks.release(key, options.owner);
        }
      }),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
