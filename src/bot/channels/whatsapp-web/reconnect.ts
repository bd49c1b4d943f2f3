export interface ReconnectConfig {
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RECONNECT: ReconnectConfig = { initialDelayMs: 5_000, maxDelayMs: 5 * 60_000 };

/** Exponential backoff: the wait before the retry that follows `failures` failed attempts in a row. */
export function reconnectDelayMs(failures: number, config: ReconnectConfig): number {
  return Math.min(config.maxDelayMs, config.initialDelayMs * 2 ** Math.min(failures, 30));
}

/** Pluggable timers, so tests move time by hand instead of waiting. */
export interface WhatsAppWebTimers {
  /** Runs `callback` after `delayMs`; the returned function cancels it. */
  schedule(callback: () => void, delayMs: number): () => void;
}

export const systemTimers: WhatsAppWebTimers = {
  schedule(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    return () => clearTimeout(timer);
  },
};
