import { EventEmitter } from 'node:events';
import type { DeliveryUpdate, Inbound, InboundSink } from '../../../src/bot/channel.js';
import type { WhatsAppWebClientLike, WhatsAppWebMessageLike } from '../../../src/bot/channels/whatsapp-web/index.js';
import type { WhatsAppWebTimers } from '../../../src/bot/channels/whatsapp-web/index.js';

/** A message as whatsapp-web.js emits it (shape of the library's documented `Message` example). */
export function whatsAppWebMessage(
  overrides: Partial<WhatsAppWebMessageLike> & { author?: string; hasMedia?: boolean } = {},
): WhatsAppWebMessageLike {
  const from = overrides.from ?? '32470123456@c.us';
  const fromMe = overrides.fromMe ?? false;
  const message = {
    mediaKey: undefined,
    id: {
      fromMe,
      remote: from,
      id: '3EB0C767D26A1D4A5B29',
      _serialized: `${String(fromMe)}_${from}_3EB0C767D26A1D4A5B29`,
    },
    ack: -1,
    hasMedia: false,
    body: 'Bonjour',
    type: 'chat',
    timestamp: 1_767_261_600,
    from,
    to: '32480000000@c.us',
    author: undefined,
    deviceType: 'android',
    isForwarded: false,
    forwardingScore: 0,
    isStatus: false,
    isStarred: false,
    broadcast: false,
    fromMe,
    hasQuotedMsg: false,
    hasReaction: false,
    vCards: [],
    mentionedIds: [],
    links: [],
    ...overrides,
  };
  return message;
}

/** whatsapp-web.js's Client as far as the channel sees it: the same events, no browser. */
export class FakeWhatsAppWebClient extends EventEmitter implements WhatsAppWebClientLike {
  initialized = 0;
  destroyed = 0;
  readonly sent: { chatId: string; content: string }[] = [];
  initializeError: Error | null = null;
  sendError: Error | null = null;

  initialize(): Promise<void> {
    this.initialized += 1;
    return this.initializeError ? Promise.reject(this.initializeError) : Promise.resolve();
  }

  destroy(): Promise<void> {
    this.destroyed += 1;
    return Promise.resolve();
  }

  sendMessage(chatId: string, content: string): Promise<{ id: { _serialized: string } }> {
    if (this.sendError) return Promise.reject(this.sendError);
    this.sent.push({ chatId, content });
    return Promise.resolve({ id: { _serialized: `true_${chatId}_3EB0OUT${this.sent.length}` } });
  }
}

export interface RecordingSink extends InboundSink {
  readonly handled: Inbound[];
  readonly deliveries: DeliveryUpdate[];
}

export function createRecordingSink(): RecordingSink {
  const handled: Inbound[] = [];
  const deliveries: DeliveryUpdate[] = [];
  return {
    handled,
    deliveries,
    handle(inbound) {
      handled.push(inbound);
      return Promise.resolve('handled');
    },
    recordDelivery(update) {
      deliveries.push(update);
      return Promise.resolve();
    },
  };
}

export interface ManualTimers extends WhatsAppWebTimers {
  readonly pending: { delayMs: number; run: () => void }[];
  /** Runs the earliest pending timer, as if its delay had passed. */
  fireNext(): void;
}

export function createManualTimers(): ManualTimers {
  const pending: { delayMs: number; run: () => void; cancelled: boolean }[] = [];
  return {
    get pending() {
      return pending.filter((timer) => !timer.cancelled);
    },
    schedule(callback, delayMs) {
      const timer = { delayMs, run: callback, cancelled: false };
      pending.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    fireNext() {
      const index = pending.findIndex((timer) => !timer.cancelled);
      if (index < 0) throw new Error('no pending timer');
      const [timer] = pending.splice(index, 1);
      timer?.run();
    },
  };
}

/** Lets the channel's event handlers (which hand work to promises) finish. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
