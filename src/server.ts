import express from 'express';
import type { DuoBot } from './app.js';
import {
  isLoopbackHost,
  createBotFrameworkChannel,
  readBotFrameworkConfig,
  type BotFrameworkConfig,
  type BotFrameworkReferenceDoc,
} from './bot/channels/botframework/index.js';
import {
  DEFAULT_WEBHOOK_LIMITS,
  createWhatsAppCloudChannel,
  readWhatsAppCloudConfig,
  type WebhookLimits,
  type WhatsAppCloudConfig,
} from './bot/channels/whatsapp-cloud/index.js';
import {
  createWhatsAppWebChannel,
  readWhatsAppWebConfig,
  type WhatsAppWebConfig,
} from './bot/channels/whatsapp-web/index.js';
import type { Clock } from './bot/clock.js';
import type { Logger } from './bot/logger.js';
import { DEFAULT_HTTP_HOST } from './config.js';
import { createProblemHandler, notFound } from './http/problem.js';
import { ADMIN_API_PATH, ADMIN_PAGE_PATH, type Admin } from './admin/index.js';
import { createShutdownGate } from './shutdown-gate.js';

/** Each channel's settings, or null when the environment does not configure it. */
export interface ChannelConfigs {
  whatsAppCloud: WhatsAppCloudConfig | null;
  whatsAppWeb: WhatsAppWebConfig | null;
  botFramework: BotFrameworkConfig | null;
}

/** Reads every channel's variables (and where the server listens); each problem names its variable. */
export function readChannelConfigs(
  env: NodeJS.ProcessEnv,
): { ok: true; configs: ChannelConfigs } | { ok: false; errors: string[] } {
  const cloud = readWhatsAppCloudConfig(env);
  const web = readWhatsAppWebConfig(env);
  const botFramework = readBotFrameworkConfig(env);
  if (!cloud.ok || !web.ok || !botFramework.ok) {
    return {
      ok: false,
      errors: [
        ...(cloud.ok ? [] : cloud.errors),
        ...(web.ok ? [] : web.errors),
        ...(botFramework.ok ? [] : botFramework.errors),
      ],
    };
  }
  const host = env.DUO_HTTP_HOST || DEFAULT_HTTP_HOST;
  if (botFramework.config?.appId === '' && !isLoopbackHost(host)) {
    return {
      ok: false,
      errors: [
        `BOTFRAMEWORK_ENABLED: without MICROSOFT_APP_ID nothing that reaches /api/messages is authenticated, so anyone ` +
          `who can reach DUO_HTTP_HOST=${host} could make duo-bot post to any address; set MICROSOFT_APP_ID and ` +
          `MICROSOFT_APP_PASSWORD, or listen on loopback only (DUO_HTTP_HOST=127.0.0.1)`,
      ],
    };
  }
  return {
    ok: true,
    configs: { whatsAppCloud: cloud.config, whatsAppWeb: web.config, botFramework: botFramework.config },
  };
}

export interface ChannelServerOptions {
  bot: DuoBot;
  configs: ChannelConfigs;
  logger: Logger;
  clock?: Clock;
  /** The HTTP client the WhatsApp Cloud channel calls the Graph API with. */
  fetch?: typeof fetch;
  /** What one request to a webhook may carry (DUO_WEBHOOK_MAX_BYTES, DUO_WEBHOOK_MAX_MESSAGES). */
  webhookLimits?: WebhookLimits;
  /** The staff API and page, served at /api/admin and /admin. */
  admin?: Admin;
}

export interface ChannelServer {
  app: express.Express;
  /** The channels configured in the environment, by name. */
  channels: string[];
  /** Starts what runs beside HTTP (the WhatsApp Web browser). */
  start: () => Promise<void>;
  /** Stops it, and waits until every accepted webhook has reached the engine. */
  stop: () => Promise<void>;
  /** From now on every request is answered 503 with Retry-After (a shutdown has begun). */
  stopAccepting: () => void;
}

/**
 * The HTTP side of duo-bot: every channel configured in the environment, each attached to the
 * bot for sending and given the engine for what it receives, plus a health check.
 */
export function createChannelServer(options: ChannelServerOptions): ChannelServer {
  const { bot, configs, logger } = options;

  const app = express();
  app.disable('x-powered-by');
  const gate = createShutdownGate();
  app.use(gate.middleware);
  const channels: string[] = [];
  const starters: (() => Promise<void>)[] = [];
  const stoppers: (() => Promise<void>)[] = [];
  const clock = options.clock ? { clock: options.clock } : {};
  const webhookLimits = options.webhookLimits ?? DEFAULT_WEBHOOK_LIMITS;

  if (configs.whatsAppCloud) {
    // Mounted before anything parses bodies: the webhook signature covers the raw bytes.
    const whatsapp = createWhatsAppCloudChannel({
      config: configs.whatsAppCloud,
      sink: bot.engine,
      logger,
      ...clock,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      webhookLimits,
    });
    app.use(whatsapp.router);
    bot.attachChannel(whatsapp.channel);
    stoppers.push(whatsapp.whenIdle);
    channels.push(whatsapp.channel.name);
  }
  if (configs.botFramework) {
    const references = bot.store.engine.collection<BotFrameworkReferenceDoc>('botframework_references');
    const teams = createBotFrameworkChannel({
      config: configs.botFramework,
      sink: bot.engine,
      logger,
      references,
      maxBodyBytes: webhookLimits.maxBodyBytes,
      ...clock,
    });
    app.use(teams.router);
    bot.attachChannel(teams.channel);
    bot.addEraser(async (personId) => {
      const person = await bot.store.people.get(personId);
      if (person?.channel === teams.channel.name) await references.deleteOne({ _id: person.address });
    });
    channels.push(teams.channel.name);
  }
  if (configs.whatsAppWeb) {
    const whatsappWeb = createWhatsAppWebChannel({ config: configs.whatsAppWeb, sink: bot.engine, logger });
    bot.attachChannel(whatsappWeb.channel);
    starters.push(() => whatsappWeb.start());
    stoppers.push(() => whatsappWeb.stop());
    channels.push(whatsappWeb.channel.name);
  }

  if (options.admin) {
    app.use(ADMIN_API_PATH, options.admin.api);
    app.use(ADMIN_PAGE_PATH, options.admin.page);
  }

  app.get('/healthz', async (_request, response) => {
    const store = await bot.checkStore();
    response
      .status(store.ok ? 200 : 503)
      .json({ status: store.ok ? 'ok' : 'degraded', store: store.ok ? 'ok' : store.reason, channels });
  });
  app.use(notFound);
  app.use(createProblemHandler(logger));

  return {
    app,
    channels,
    async start() {
      for (const start of starters) await start();
    },
    async stop() {
      for (const stop of stoppers) await stop();
    },
    stopAccepting: () => gate.close(),
  };
}
