import { isatty } from 'node:tty';
import { createConsoleChannel } from './bot/channels/console/index.js';
import { createLogger } from './bot/logger.js';
import { refuseToStart, runProgram } from './cli.js';
import { readConfig } from './config.js';
import { startDuoBot } from './startup.js';
import { startDemoCheckin } from './duos/demo.js';

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
  if (process.argv.includes('--as-duo-member')) {
    const city = start.started.programme.cities[0];
    const demo = city
      ? await startDemoCheckin({
          duos: bot.duos,
          user: process.env.DUO_CONSOLE_USER ?? 'terminal',
          language: config.DUO_DEFAULT_LANGUAGE,
          city: city.id,
          timeZone: city.timeZone,
          now: new Date(),
          optOut: (personId) => bot.store.people.update(personId, { optedOutAt: new Date() }),
        })
      : { ok: false as const, reason: 'the programme has no city' };
    if (!demo.ok) process.stderr.write(`duo-bot: no demo check-in: ${demo.reason}\n`);
    // Sent before the first line is read, so that a piped script answers it.
    await bot.scheduler.runDue();
  }
  await terminal.run();
  await shutdown();
  return 0;
}

runProgram(main);
