import { resolve } from 'node:path';
import { createDuoBot, type DuoBot } from './app.js';
import type { Logger } from './bot/logger.js';
import type { Config } from './config.js';
import { loadProgramme } from './programme/load.js';
import type { Programme } from './programme/schema.js';
import { openConfiguredStore, type StorageEngine } from './store/index.js';
import { seedDemoSessions } from './store/demo-sessions.js';

/** How often data past its retention date is deleted. */
const PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** How often the outbox relay looks for replies due (retries, sends cut short by a crash). */
const OUTBOX_RELAY_POLL_MS = 2_000;
/** How often accepted messages left pending (a store that could not write) are taken again. */
const PENDING_RETRY_MS = 5_000;

export interface StartedDuoBot {
  bot: DuoBot;
  storage: StorageEngine;
  programme: Programme;
  /** Where the data lives, safe to print. */
  where: string;
  /** Once the channels are attached: finishes what a previous process left, then starts the scheduler and the outbox relay. */
  resume: () => Promise<void>;
  shutdown: () => Promise<void>;
}

export type StartResult = { ok: true; started: StartedDuoBot } | { ok: false; reason: string };

/**
 * What every way of running duo-bot shares: the store (locked to this process when embedded),
 * the programme's rules, demo sessions on a first run, work left by a previous process, and the
 * durable scheduler.
 */
export async function startDuoBot(config: Config, logger: Logger): Promise<StartResult> {
  const programme = await loadProgramme(config.DUO_PROGRAMME_FILE ? resolve(config.DUO_PROGRAMME_FILE) : undefined);
  if (!programme.ok) return { ok: false, reason: `DUO_PROGRAMME_FILE: ${programme.error}` };

  const opened = await openConfiguredStore(config);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const storage = opened.engine;
  const bot = await createDuoBot({
    storage,
    programme: programme.programme,
    defaultLanguage: config.DUO_DEFAULT_LANGUAGE,
    instanceId: config.DUO_INSTANCE_ID,
    outboxMaxAttempts: config.DUO_OUTBOX_MAX_ATTEMPTS,
    sendLeaseMs: config.DUO_OUTBOX_LEASE_MS,
    confirmationWindowMs: config.DUO_OUTBOX_CONFIRM_MS,
    transcriptRetentionDays: config.DUO_TRANSCRIPT_RETENTION_DAYS,
    schedulerConcurrency: config.DUO_SCHEDULER_CONCURRENCY,
    logger,
  });
  const demo =
    config.DUO_DEMO_SESSIONS === 'on' || (config.DUO_DEMO_SESSIONS === 'auto' && storage.kind === 'embedded');
  if (demo) {
    const created = await seedDemoSessions({
      sessions: bot.sessions,
      cities: programme.programme.cities,
      now: new Date(),
    });
    if (created > 0) logger.info({ created }, 'demo information sessions created');
  }
  let closing: Promise<void> | undefined;
  let purgeTimer: NodeJS.Timeout | undefined;
  return {
    ok: true,
    started: {
      bot,
      storage,
      programme: programme.programme,
      where: storage.kind === 'embedded' ? `the data folder ${storage.location}` : `MongoDB at ${storage.location}`,
      async resume() {
        // The relay first: replies a crash cut short wait for their lease and window whatever the
        // recovery of pending messages is doing, and go as soon as those end.
        bot.dispatcher.start(OUTBOX_RELAY_POLL_MS);
        await bot.engine.recover();
        bot.scheduler.start(config.DUO_SCHEDULER_POLL_MS);
        bot.startBackground({ outboxPollMs: OUTBOX_RELAY_POLL_MS, pendingRetryMs: PENDING_RETRY_MS });
        const purge = () =>
          bot.store.purgeExpired(new Date()).catch((error: unknown) => {
            logger.error({ err: error }, 'expired data could not be purged');
            return 0;
          });
        await purge();
        purgeTimer = setInterval(() => void purge(), PURGE_INTERVAL_MS);
        purgeTimer.unref();
      },
      shutdown: () =>
        (closing ??= (async () => {
          clearInterval(purgeTimer);
          await bot.close();
          await opened.close();
        })()),
    },
  };
}
