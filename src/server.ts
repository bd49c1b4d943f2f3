import express from 'express';
import type { DuoBot } from './app.js';
import {
  createBotFrameworkChannel,
  readBotFrameworkConfig,
  type BotFrameworkConfig,
  type BotFrameworkReferenceDoc,
} from './bot/channels/botframework/index.js';
import {
  createWhatsAppCloudChannel,
  readWhatsAppCloudConfig,
  type WhatsAppCloudConfig,
} from './bot/channels/whatsapp-cloud/index.js';
import {
  createWhatsAppWebChannel,
  readWhatsAppWebConfig,
  type WhatsAppWebConfig,
} from './bot/channels/whatsapp-web/index.js';
import type { Clock } from './bot/clock.js';
import type { Logger } from './bot/logger.js';
import { createShutdownGate } from './shutdown-gate.js';

/** Each channel's settings, or null when the environment does not configure it. */
export interface ChannelConfigs {
  whatsAppCloud: WhatsAppCloudConfig | null;
  whatsAppWeb: WhatsAppWebConfig | null;
  botFramework: BotFrameworkConfig | null;
}

/** Reads every channel's variables; each problem names its variable. */
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

  if (configs.whatsAppCloud) {
    // Mounted before anything parses bodies: the webhook signature covers the raw bytes.
    const whatsapp = createWhatsAppCloudChannel({
      config: configs.whatsAppCloud,
      sink: bot.engine,
      logger,
      ...clock,
      ...(options.fetch ? { fetch: options.fetch } : {}),
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

  app.get('/healthz', async (_request, response) => {
    const store = await bot.checkStore();
    response
      .status(store.ok ? 200 : 503)
      .json({ status: store.ok ? 'ok' : 'degraded', store: store.ok ? 'ok' : store.reason, channels });
  });
  app.use((_request, response) => {
    response
      .status(404)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Not Found', status: 404 });
  });

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
