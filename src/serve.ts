import type { Server } from 'node:http';
import { loadLogHashSecret } from './bot/log-hash-secret.js';
import { createAdmin } from './admin/index.js';
import { createLogger } from './bot/logger.js';
import { refuseToStart, runProgram } from './cli.js';
import { readConfig } from './config.js';
import { createChannelServer, readChannelConfigs } from './server.js';
import { startDuoBot } from './startup.js';

/** `npm run serve`: every configured channel over HTTP (webhooks, /api/messages) and WhatsApp Web. */
async function serve(): Promise<number> {
  const result = readConfig(process.env);
  if (!result.ok) {
    return refuseToStart(result.errors);
  }
  const config = result.config;
  // Every setting is checked before anything starts, so a mistake never leaves a half-started store.
  const channelConfigs = readChannelConfigs(process.env);
  if (!channelConfigs.ok) return refuseToStart(channelConfigs.errors);
  const hashSecret = await loadLogHashSecret({ configured: config.DUO_LOG_HASH_SECRET, dataDir: config.DUO_DATA_DIR });
  if (!hashSecret.ok) return refuseToStart([hashSecret.reason]);
  const logger = createLogger({ level: config.DUO_LOG_LEVEL ?? 'info', hashSecret: hashSecret.secret });
  const start = await startDuoBot(config, logger);
  if (!start.ok) {
    process.stderr.write(`duo-bot cannot start: ${start.reason}\n`);
    return 1;
  }
  const { bot, where, resume, shutdown } = start.started;
  const admin = await createAdmin({ bot, programme: start.started.programme, logger });
  const {
    app,
    channels: names,
    start: startChannels,
    stop: stopChannels,
  } = createChannelServer({
    bot,
    configs: channelConfigs.configs,
    logger,
    webhookLimits: { maxBodyBytes: config.DUO_WEBHOOK_MAX_BYTES, maxItemsPerDelivery: config.DUO_WEBHOOK_MAX_MESSAGES },
    admin,
  });
  if (names.length === 0) {
    logger.warn(
      'no channel is configured: set WHATSAPP_CLOUD_*, WHATSAPP_WEB_ENABLED or BOTFRAMEWORK_ENABLED (see README)',
    );
  }
  await resume();
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.DUO_HTTP_PORT, config.DUO_HTTP_HOST, () => resolve(listening));
    listening.once('error', reject);
  });
  await startChannels();
  logger.info(
    { host: config.DUO_HTTP_HOST, port: config.DUO_HTTP_PORT, channels: names, data: where },
    'duo-bot serving',
  );
  logger.info(
    { page: `http://${config.DUO_HTTP_HOST}:${config.DUO_HTTP_PORT}/admin` },
    'staff page (create an account with npm run staff -- add)',
  );

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await stopChannels();
  await shutdown();
  return 0;
}

runProgram(serve);
