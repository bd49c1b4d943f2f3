import express from 'express';
import type { DuoBot } from './app.js';
import {
  createBotFrameworkChannel,
  readBotFrameworkConfig,
  type BotFrameworkReferenceDoc,
} from './bot/channels/botframework/index.js';
import { createWhatsAppCloudChannel, readWhatsAppCloudConfig } from './bot/channels/whatsapp-cloud/index.js';
import { createWhatsAppWebChannel, readWhatsAppWebConfig } from './bot/channels/whatsapp-web/index.js';
import type { Clock } from './bot/clock.js';
import type { Logger } from './bot/logger.js';

export interface ChannelServerOptions {
  bot: DuoBot;
  env: NodeJS.ProcessEnv;
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
}

export type ChannelServerResult = { ok: true; server: ChannelServer } | { ok: false; errors: string[] };

/**
 * The HTTP side of duo-bot: every channel configured in the environment, each attached to the
 * bot for sending and given the engine for what it receives, plus a health check.
 */
export function createChannelServer(options: ChannelServerOptions): ChannelServerResult {
  const { bot, env, logger } = options;
  const cloud = readWhatsAppCloudConfig(env);
  const web = readWhatsAppWebConfig(env);
  const botFramework = readBotFrameworkConfig(env);
  const errors = [
    ...(cloud.ok ? [] : cloud.errors),
    ...(web.ok ? [] : web.errors),
    ...(botFramework.ok ? [] : botFramework.errors),
  ];
  if (!cloud.ok || !web.ok || !botFramework.ok) return { ok: false, errors };

  const app = express();
  app.disable('x-powered-by');
  const channels: string[] = [];
  const starters: (() => Promise<void>)[] = [];
  const stoppers: (() => Promise<void>)[] = [];
  const clock = options.clock ? { clock: options.clock } : {};

  if (cloud.config) {
    // Mounted before anything parses bodies: the webhook signature covers the raw bytes.
    const whatsapp = createWhatsAppCloudChannel({
      config: cloud.config,
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
  if (botFramework.config) {
    const references = bot.store.engine.collection<BotFrameworkReferenceDoc>('botframework_references');
    const teams = createBotFrameworkChannel({
      config: botFramework.config,
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
  if (web.config) {
    const whatsappWeb = createWhatsAppWebChannel({ config: web.config, sink: bot.engine, logger });
    bot.attachChannel(whatsappWeb.channel);
    starters.push(() => whatsappWeb.start());
    stoppers.push(() => whatsappWeb.stop());
    channels.push(whatsappWeb.channel.name);
  }

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', channels });
  });
  app.use((_request, response) => {
    response
      .status(404)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: 'Not Found', status: 404 });
  });

  return {
    ok: true,
    server: {
      app,
      channels,
      async start() {
        for (const start of starters) await start();
      },
      async stop() {
        for (const stop of stoppers) await stop();
      },
    },
  };
}
