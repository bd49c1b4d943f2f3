import type express from 'express';
import type { Channel, DurableInboundSink } from '../../channel.js';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { WHATSAPP_CLOUD_CHANNEL } from './channel-name.js';
import type { WhatsAppCloudConfig } from './config.js';
import { createWhatsAppCloudSender } from './send-message.js';
import { createTokenBucket, realSleep, type Sleep } from './token-bucket.js';
import { createWebhookRouter, type WebhookLimits } from './webhook-router.js';

export {
  readWhatsAppCloudConfig,
  toWhatsAppCloudConfig,
  whatsAppCloudEnvSchema,
  type WhatsAppCloudConfig,
  type WhatsAppCloudConfigResult,
  type WhatsAppCloudEnv,
} from './config.js';
export { WHATSAPP_CLOUD_CHANNEL } from './channel-name.js';
export { DEFAULT_WEBHOOK_LIMITS, type WebhookLimits } from './webhook-router.js';

export interface WhatsAppCloudChannelOptions {
  config: WhatsAppCloudConfig;
  /** Messages are stored through `accept` before Meta gets its 200, since Meta never delivers them again. */
  sink: DurableInboundSink;
  logger: Logger;
  clock?: Clock;
  fetch?: typeof fetch;
  /** How the rate limit waits; tests pass one that moves a manual clock. */
  sleep?: Sleep;
  /** Body size and items per delivery; DEFAULT_WEBHOOK_LIMITS when left out. */
  webhookLimits?: WebhookLimits;
}

export interface WhatsAppCloudChannel {
  channel: Channel;
  /** Serves `config.webhookPath`; mount it before any body parser, since the signature covers the raw bytes. */
  router: express.Router;
  /** Resolves once every accepted webhook delivery has been handed to the sink. */
  whenIdle: () => Promise<void>;
}

/** The production WhatsApp channel: Meta's Cloud API webhooks in, Graph API messages out. */
export function createWhatsAppCloudChannel(options: WhatsAppCloudChannelOptions): WhatsAppCloudChannel {
  const { config, sink } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger.child({ channel: WHATSAPP_CLOUD_CHANNEL });
  const send = createWhatsAppCloudSender({
    config,
    clock,
    logger,
    fetch: options.fetch ?? globalThis.fetch,
    rateLimit: createTokenBucket({ ratePerSecond: config.messagesPerSecond, clock, sleep: options.sleep ?? realSleep }),
  });
  const webhook = createWebhookRouter({
    path: config.webhookPath,
    appSecret: config.appSecret,
    verifyToken: config.verifyToken,
    phoneNumberId: config.phoneNumberId,
    sink,
    logger,
    clock,
    ...(options.webhookLimits ? { limits: options.webhookLimits } : {}),
  });
  return {
    channel: { name: WHATSAPP_CLOUD_CHANNEL, send, confirmsSendsByStatus: true },
    router: webhook.router,
    whenIdle: webhook.whenIdle,
  };
}
