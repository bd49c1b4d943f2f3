import type { Channel, InboundSink, SendResult } from '../../channel.js';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { WhatsAppWebClientFactory, WhatsAppWebClientLike, WhatsAppWebMessageLike } from './client.js';
import type { WhatsAppWebConfig } from './config.js';
import {
  WHATSAPP_WEB_CHANNEL,
  toDeliveryStatus,
  toInboundFromWhatsAppWeb,
  toWhatsAppWebSendFailure,
  toWhatsAppWebText,
} from './convert.js';
import { createPuppeteerClientFactory } from './puppeteer-client.js';
import {
  DEFAULT_RECONNECT,
  reconnectDelayMs,
  systemTimers,
  type ReconnectConfig,
  type WhatsAppWebTimers,
} from './reconnect.js';

export interface WhatsAppWebChannelOptions {
  config: WhatsAppWebConfig;
  sink: InboundSink;
  logger: Logger;
  /** Builds the whatsapp-web.js client; defaults to a real one driving Chromium. */
  clientFactory?: WhatsAppWebClientFactory;
  /** Shows a login QR code to the person holding the office phone; defaults to the terminal (standard error). */
  showQr?: (qr: string) => void;
  reconnect?: Partial<ReconnectConfig>;
  /** A browser that shows neither a QR code nor a session by then is restarted. Default 3 minutes. */
  startupTimeoutMs?: number;
  timers?: WhatsAppWebTimers;
  clock?: Clock;
}

export interface WhatsAppWebChannel {
  readonly channel: Channel;
  /** Launches the client and returns; connecting, and retrying, go on in the background. Never rejects. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The QR code waiting to be scanned, for staff tools; null once linked. */
  latestQr(): string | null;
}

/** Standard output belongs to the terminal chat; the QR goes to standard error like the logs. */
function printQrToTerminal(qr: string): void {
  void import('qrcode-terminal').then(({ default: qrcode }) => {
    qrcode.generate(qr, { small: true }, (art) => {
      process.stderr.write(`\nWhatsApp Web: scan with the office phone (WhatsApp → Linked devices)\n${art}\n`);
    });
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createWhatsAppWebChannel(options: WhatsAppWebChannelOptions): WhatsAppWebChannel {
  const { sink } = options;
  const log = options.logger.child({ channel: WHATSAPP_WEB_CHANNEL });
  const clock = options.clock ?? systemClock;
  const timers = options.timers ?? systemTimers;
  const showQr = options.showQr ?? printQrToTerminal;
  const backoff: ReconnectConfig = { ...DEFAULT_RECONNECT, ...options.reconnect };
  const clients = options.clientFactory
    ? { create: options.clientFactory, close: () => Promise.resolve() }
    : createPuppeteerClientFactory(options.config);

  let client: WhatsAppWebClientLike | null = null;
  let ready = false;
  let qr: string | null = null;
  let running = false;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  let cancelWatchdog: (() => void) | null = null;
  const startupTimeoutMs = options.startupTimeoutMs ?? 3 * 60_000;

  const scheduleReconnect = (why: string): void => {
    if (!running || cancelRetry) return;
    const delayMs = reconnectDelayMs(failures, backoff);
    failures += 1;
    log.warn({ why, delayMs, failures }, 'whatsapp web: will reconnect');
    cancelRetry = timers.schedule(() => {
      cancelRetry = null;
      void connect();
    }, delayMs);
  };

  const stopWatchdog = (): void => {
    cancelWatchdog?.();
    cancelWatchdog = null;
  };

  const dropClient = async (): Promise<void> => {
    stopWatchdog();
    const old = client;
    client = null;
    ready = false;
    qr = null;
    if (!old) return;
    try {
      await old.destroy();
    } catch (error) {
      log.warn({ error: describeError(error) }, 'whatsapp web: closing the browser failed');
    }
  };

  const receive = async (message: WhatsAppWebMessageLike): Promise<void> => {
    const result = toInboundFromWhatsAppWeb(message, clock.now());
    if (!result.ok) {
      log.debug({ reason: result.reason }, 'whatsapp web: message ignored');
      return;
    }
    try {
      await sink.handle(result.inbound);
    } catch (error) {
      // WhatsApp Web does not redeliver: this message is lost to the assistant, so say so loudly.
      log.error({ error: describeError(error) }, 'whatsapp web: a received message could not be handled');
    }
  };

  const acknowledge = async (message: WhatsAppWebMessageLike, ack: number): Promise<void> => {
    const status = toDeliveryStatus(ack);
    if (!message.fromMe || status === null) return;
    try {
      await sink.recordDelivery({
        channel: WHATSAPP_WEB_CHANNEL,
        providerMessageId: message.id._serialized,
        status,
        at: clock.now(),
        errorCode: status === 'failed' ? 'ack_error' : null,
        ...(message.to ? { address: message.to } : {}),
      });
    } catch (error) {
      log.warn({ error: describeError(error) }, 'whatsapp web: a delivery report could not be recorded');
    }
  };

  const lose = (next: WhatsAppWebClientLike, why: string): void => {
    if (client !== next) return;
    void dropClient().then(() => scheduleReconnect(why));
  };

  const connect = async (): Promise<void> => {
    let next: WhatsAppWebClientLike;
    try {
      next = await clients.create();
    } catch (error) {
      log.error({ error: describeError(error) }, 'whatsapp web: the client could not be created');
      scheduleReconnect('client not created');
      return;
    }
    // stop() may have come while the client was being built.
    if (!running) {
      await next.destroy().catch(() => undefined);
      return;
    }
    client = next;
    next.on('qr', (code) => {
      if (client !== next) return;
      stopWatchdog();
      qr = code;
      showQr(code);
      log.info('whatsapp web: waiting for the QR code to be scanned');
    });
    next.on('ready', () => {
      if (client !== next) return;
      stopWatchdog();
      ready = true;
      qr = null;
      failures = 0;
      log.info('whatsapp web: connected');
    });
    next.on('message', (message) => {
      if (client === next) void receive(message);
    });
    next.on('message_ack', (message, ack) => {
      if (client === next) void acknowledge(message, ack);
    });
    next.on('disconnected', (reason) => {
      log.warn({ reason }, 'whatsapp web: disconnected');
      lose(next, `disconnected (${reason})`);
    });
    next.on('auth_failure', (message) => {
      log.error({ reason: message }, 'whatsapp web: authentication failed; a new QR code will be shown');
      lose(next, 'authentication failed');
    });
    // Loading WhatsApp Web has no time limit of its own (a page load without timeout).
    cancelWatchdog = timers.schedule(() => {
      cancelWatchdog = null;
      log.error({ startupTimeoutMs }, 'whatsapp web: no QR code and no session in time; restarting the browser');
      lose(next, 'startup timed out');
    }, startupTimeoutMs);
    next.initialize().catch((error: unknown) => {
      log.error({ error: describeError(error) }, 'whatsapp web: the browser could not start');
      lose(next, 'initialize failed');
    });
  };

  const channel: Channel = {
    name: WHATSAPP_WEB_CHANNEL,
    async send({ address, message }): Promise<SendResult> {
      const current = client;
      if (!current || !ready) {
        return {
          ok: false,
          retryable: true,
          code: 'not_connected',
          detail: 'WhatsApp Web is not connected (waiting for a QR scan or reconnecting)',
        };
      }
      try {
        const sent = await current.sendMessage(address, toWhatsAppWebText(message.rendered));
        return { ok: true, providerMessageId: sent.id._serialized };
      } catch (error) {
        return toWhatsAppWebSendFailure(error);
      }
    },
  };

  return {
    channel,
    async start() {
      if (running) return;
      running = true;
      failures = 0;
      await connect();
    },
    async stop() {
      running = false;
      cancelRetry?.();
      cancelRetry = null;
      await dropClient();
      await clients.close();
    },
    latestQr: () => qr,
  };
}
