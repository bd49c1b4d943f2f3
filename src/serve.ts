import type { Server } from 'node:http';
import { loadLogHashSecret } from './bot/log-hash-secret.js';
import { createAdmin } from './admin/index.js';
import { createLogger } from './bot/logger.js';
import { refuseToStart, runProgram } from './cli.js';
import { readConfig } from './config.js';
import { createChannelServer, readChannelConfigs } from './server.js';
import { startDuoBot } from './startup.js';
import { watchWebhookBacklog } from './bot/webhook-backlog.js';
import { acceptInParallel } from './http/parallel-accept.js';

/** Exit codes of a shutdown that did not finish its work: cut short by the time bound, or by a second signal. */
const EXIT_SHUTDOWN_TIMED_OUT = 1;
const EXIT_SECOND_SIGNAL = 130;
/**
 * Connections the kernel keeps waiting for the server (capped by net.core.somaxconn): after a
 * restart WhatsApp redelivers everything at once, and a connection refused for a full queue waits
 * 1, 3, 7, 15, 31 seconds for its next try instead of its turn.
 */
const LISTEN_BACKLOG = 4096;
/** Extra descriptors of the listening socket, each accepting one more connection per turn of the event loop. */
const ACCEPT_COPIES = 63;

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
  // Installed before anything slow starts, and kept for the whole life of the process, so that no
  // signal ever meets Node's default. The first starts a shutdown bounded in time; a second means
  // "now": unfinished work stays in the durable inbox and outbox for the next start.
  let signals = 0;
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (received: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) {
        logger.warn('second signal: exiting at once; unfinished work stays in the store for the next start');
        process.exit(EXIT_SECOND_SIGNAL);
      }
      setTimeout(() => {
        logger.warn(
          { timeoutMs: config.DUO_SHUTDOWN_TIMEOUT_MS },
          'shutdown took too long: exiting; unfinished work stays in the store for the next start',
        );
        process.exit(EXIT_SHUTDOWN_TIMED_OUT);
      }, config.DUO_SHUTDOWN_TIMEOUT_MS).unref();
      resolve(received);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  const start = await startDuoBot(config, logger);
  if (!start.ok) {
    process.stderr.write(`duo-bot cannot start: ${start.reason}\n`);
    return 1;
  }
  const { bot, where, resume, shutdown } = start.started;
  const admin = await createAdmin({ bot, programme: start.started.programme, logger });
  const channelServer = createChannelServer({
    bot,
    configs: channelConfigs.configs,
    logger,
    webhookLimits: { maxBodyBytes: config.DUO_WEBHOOK_MAX_BYTES, maxItemsPerDelivery: config.DUO_WEBHOOK_MAX_MESSAGES },
    admin,
  });
  const names = channelServer.channels;
  if (names.length === 0) {
    logger.warn(
      'no channel is configured: set WHATSAPP_CLOUD_*, WHATSAPP_WEB_ENABLED or BOTFRAMEWORK_ENABLED (see README)',
    );
  }
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = channelServer.app.listen(config.DUO_HTTP_PORT, config.DUO_HTTP_HOST, LISTEN_BACKLOG, () =>
      resolve(listening),
    );
    listening.once('error', reject);
  });
  // Before the work left by a crash starts: the copies come over IPC, one turn of the event loop each.
  const parallelAccept = await acceptInParallel({ server, copies: ACCEPT_COPIES, backlog: LISTEN_BACKLOG, logger });
  await channelServer.start();
  const backlog = watchWebhookBacklog({ server, logger });
  bot.dispatcher.awaitWebhookBacklog(() => backlog.taken());
  const address = server.address();
  const port = address !== null && typeof address !== 'string' ? address.port : config.DUO_HTTP_PORT;
  logger.info({ host: config.DUO_HTTP_HOST, port, channels: names, data: where }, 'duo-bot serving');
  logger.info(
    { page: `http://${config.DUO_HTTP_HOST}:${port}/admin` },
    'staff page (create an account with npm run staff -- add)',
  );
  // Listening comes first: new messages are accepted (and acknowledged) while a backlog left by a
  // crash is worked through, instead of WhatsApp's retries piling up against a closed port.
  await resume();
  logger.info('work left by the previous run is done; scheduler and outbox relay running');

  const signal = await signalled;

  logger.info({ signal }, 'shutting down: new work refused, turns in flight finishing');
  channelServer.stopAccepting();
  await parallelAccept.close();
  await channelServer.stop();
  await shutdown();
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  logger.info('stopped');
  return 0;
}

runProgram(serve);
