import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { createDuoBot } from './app.js';
import { createConsoleChannel } from './bot/channels/console/index.js';
import { createLogger } from './bot/logger.js';
import { readConfig } from './config.js';
import { lockDataDir, openEngine } from './store/index.js';

/**
 * `npm start`: a chat in the terminal. With nothing configured the data lives in ./data (the
 * embedded store); with MONGODB_URI it lives in MongoDB. Piped input is a script: one line,
 * one message, each answered before the next is read; the end of input ends the program.
 */
async function main(): Promise<number> {
  const result = readConfig(process.env);
  if (!result.ok) {
    process.stderr.write(
      `duo-bot cannot start: invalid configuration\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`,
    );
    return 2;
  }
  const config = result.config;
  const interactive = isatty(0);
  const logger = createLogger({ level: config.DUO_LOG_LEVEL ?? 'warn' });
  const dataDir = resolve(config.DUO_DATA_DIR);

  let releaseLock = (): Promise<void> => Promise.resolve();
  if (!config.MONGODB_URI) {
    const lock = await lockDataDir(dataDir);
    if (!lock.ok) {
      process.stderr.write(`duo-bot cannot start: ${lock.reason}\n`);
      return 1;
    }
    releaseLock = lock.release;
  }
  const storage = await openEngine(
    config.MONGODB_URI
      ? {
          kind: 'mongodb',
          uri: config.MONGODB_URI,
          ...(config.MONGODB_DATABASE ? { database: config.MONGODB_DATABASE } : {}),
        }
      : { kind: 'embedded', dataDir },
  );
  const bot = await createDuoBot({
    storage,
    defaultLanguage: config.DUO_DEFAULT_LANGUAGE,
    instanceId: config.DUO_INSTANCE_ID,
    outboxMaxAttempts: config.DUO_OUTBOX_MAX_ATTEMPTS,
    transcriptRetentionDays: config.DUO_TRANSCRIPT_RETENTION_DAYS,
    logger,
  });
  const terminal = createConsoleChannel({
    sink: bot.engine,
    input: process.stdin,
    output: process.stdout,
    user: process.env.DUO_CONSOLE_USER ?? 'terminal',
    interactive,
    onError: (error) => {
      logger.error({ err: error }, 'message not handled');
      process.stdout.write('(duo-bot could not handle that message; it will be retried at the next start)\n');
    },
  });
  bot.attachChannel(terminal.channel);

  const where = storage.kind === 'embedded' ? `the data folder ${storage.location}` : `MongoDB at ${storage.location}`;
  const banner = `duo-bot: chatting in the terminal; conversations are kept in ${where}.`;
  if (interactive) process.stdout.write(`${banner}\nType a message and press Enter. Ctrl+D quits.\n`);
  else process.stderr.write(`${banner}\n`);

  let closing: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (closing ??= (async () => {
      await bot.close();
      await releaseLock();
    })());
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(143)));

  await bot.engine.recover();
  bot.scheduler.start(config.DUO_SCHEDULER_POLL_MS);
  await terminal.run();
  await shutdown();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`duo-bot stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
