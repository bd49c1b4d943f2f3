import { isatty } from 'node:tty';
import { createConsoleChannel } from './bot/channels/console/index.js';
import { createLogger } from './bot/logger.js';
import { refuseToStart, runProgram } from './cli.js';
import { readConfig } from './config.js';
import { startDuoBot } from './startup.js';

/**
 * `npm start`: a chat in the terminal. With nothing configured the data lives in ./data (the
 * embedded store); with MONGODB_URI it lives in MongoDB. Piped input is a script: one line,
 * one message, each answered before the next is read; the end of input ends the program.
 */
async function main(): Promise<number> {
  const result = readConfig(process.env);
  if (!result.ok) {
    return refuseToStart(result.errors);
  }
  const config = result.config;
  const interactive = isatty(0);
  const logger = createLogger({ level: config.DUO_LOG_LEVEL ?? 'warn' });
  const start = await startDuoBot(config, logger);
  if (!start.ok) {
    process.stderr.write(`duo-bot cannot start: ${start.reason}\n`);
    return 1;
  }
  const { bot, where, resume, shutdown } = start.started;
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

  const banner = `duo-bot: chatting in the terminal; conversations are kept in ${where}.`;
  if (interactive) process.stdout.write(`${banner}\nType a message and press Enter. Ctrl+D quits.\n`);
  else process.stderr.write(`${banner}\n`);

  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(143)));
  await resume();
  await terminal.run();
  await shutdown();
  return 0;
}

runProgram(main);
