import type { Clock } from '../../clock.js';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TokenBucketOptions {
  ratePerSecond: number;
  /** Sends allowed back to back after a quiet spell; 1 spaces every send evenly. */
  burst?: number;
  clock: Clock;
  sleep: Sleep;
}

export interface TokenBucket {
  /** Resolves when the caller may send one message. */
  take(): Promise<void>;
}

/**
 * Holds a rate across every concurrent caller. A token is reserved synchronously (the balance may
 * go below zero), so callers that arrive together are given successive slots instead of all
 * waking at the same moment.
 */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const { ratePerSecond, clock, sleep } = options;
  const burst = options.burst ?? 1;
  let tokens = burst;
  let refilledAt = clock.now().getTime();
  return {
    async take() {
      const now = clock.now().getTime();
      tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * ratePerSecond);
      refilledAt = now;
      tokens -= 1;
      if (tokens >= 0) return;
      await sleep(Math.ceil((-tokens / ratePerSecond) * 1000));
    },
  };
}
