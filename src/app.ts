import type { Channel } from './bot/channel.js';
import { systemClock, type Clock } from './bot/clock.js';
import { createDispatcher, type Dispatcher } from './bot/dispatcher.js';
import { createEffectHandler } from './bot/effects.js';
import { createEngine, type Engine, type Eraser } from './bot/engine.js';
import { createFlowCatalog, type FlowCatalog } from './bot/flow-runner.js';
import { silentLogger, type Logger } from './bot/logger.js';
import { createRepeatingTask } from './bot/repeating-task.js';
import { createScheduler, type Scheduler } from './bot/scheduler.js';
import { createTurnLock } from './bot/turn-lock.js';
import { createIntakeFlow, createIntakeRules } from './flows/intake/index.js';
import { createCheckinFlow, createDuoMemberFlow } from './flows/checkin/index.js';
import { createDuoService, type DuoService } from './duos/index.js';
import { createAlertsRepository, type AlertDoc } from './store/repositories/alerts.js';
import { createCheckinsRepository, type CheckinDoc } from './store/repositories/checkins.js';
import { createDuosRepository, type DuoDoc } from './store/repositories/duos.js';
import { findCity, type Programme } from './programme/index.js';
import { createTranslator, loadLocaleResources, type LocaleResource, type Translator } from './locales/index.js';
import { openStore, type StorageEngine, type Store } from './store/index.js';
import { isStorageFault } from './store/storage-fault.js';
import { createSessionsRepository, type SessionsRepository } from './store/repositories/sessions.js';
import { createWaitlistRepository, type WaitlistDoc, type WaitlistRepository } from './store/repositories/waitlist.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface DuoBotOptions {
  storage: StorageEngine;
  /** The programme's cities and rules (src/programme/default-programme.json or a staff-edited file). */
  programme: Programme;
  defaultLanguage: string;
  instanceId: string;
  outboxMaxAttempts?: number;
  transcriptRetentionDays?: number;
  clock?: Clock;
  logger?: Logger;
  flows?: FlowCatalog;
  /** Locale resources by language; read from src/locales when absent. */
  locales?: Record<string, LocaleResource>;
  /** First retry delay of a failed send. */
  retryBaseMs?: number;
  /** Spreads retry delays (a number in [0, 1)); tests pass a constant. */
  random?: () => number;
  /** How long a claimed outbox entry is reserved for one send (after a crash, it is sent again once this runs out). */
  sendLeaseMs?: number;
  /** How long past its lease a reply cut short by a crash waits for the provider's status (channels that report them). */
  confirmationWindowMs?: number;
  /** A channel's send not settled by then is retried as a timeout. */
  sendTimeoutMs?: number;
  /**
   * Take each conversation's turn through a lease in the store, so that several instances on
   * one database never interleave a conversation. Defaults to on for MongoDB, off for the
   * embedded store (one process only).
   */
  sharedLeases?: boolean;
  /** Silence before the idle reminder (23 hours: inside WhatsApp's 24-hour window). */
  idleReminderMs?: number;
  /** Due jobs run at the same time (never two of one conversation). */
  schedulerConcurrency?: number;
  /** Conversations whose flow stays running between turns (about those in flight); 0: each turn restores it. */
  liveFlows?: number;
}

export type StoreHealth = { ok: true } | { ok: false; reason: string };

export interface DuoBot {
  readonly store: Store;
  readonly engine: Engine;
  readonly dispatcher: Dispatcher;
  readonly scheduler: Scheduler;
  readonly translator: Translator;
  readonly sessions: SessionsRepository;
  readonly waitlist: WaitlistRepository;
  /** Duos and their weekly check-ins, alerts and results (what the staff API serves). */
  readonly duos: DuoService;
  /** Makes a channel available for sending; its name is what its Inbound messages carry. */
  attachChannel(channel: Channel): void;
  /** Adds a store that holds personal data to what erasing a person clears (a channel's own records). */
  addEraser(eraser: Eraser): void;
  /**
   * Starts the background work that needs no message from anyone: the outbox relay, and the retry
   * of accepted messages left pending (a store that could not write, a turn that failed).
   */
  startBackground(intervals: { outboxPollMs: number; pendingRetryMs: number }): void;
  /** Whether the store takes a write now (for /healthz). */
  checkStore(): Promise<StoreHealth>;
  /** Stops the scheduler and the background work and closes the store; the storage engine is closed too. */
  close(): Promise<void>;
}

/** Assembles one duo-bot instance over an opened storage engine. */
export async function createDuoBot(options: DuoBotOptions): Promise<DuoBot> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const store = await openStore(options.storage);
  const translator = await createTranslator({
    resources: options.locales ?? (await loadLocaleResources()),
    fallbackLanguage: options.defaultLanguage,
  });
  const channels = new Map<string, Channel>();
  const lock = createTurnLock({
    store,
    shared: options.sharedLeases ?? options.storage.kind === 'mongodb',
    owner: options.instanceId,
  });
  const retentionMs = (options.transcriptRetentionDays ?? 365) * DAY_MS;
  const dispatcher = createDispatcher({
    store,
    channels,
    clock,
    lock,
    logger,
    retentionMs: 30 * DAY_MS,
    ...(options.outboxMaxAttempts === undefined ? {} : { maxAttempts: options.outboxMaxAttempts }),
    ...(options.retryBaseMs === undefined ? {} : { baseBackoffMs: options.retryBaseMs }),
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.sendLeaseMs === undefined ? {} : { sendLeaseMs: options.sendLeaseMs }),
    ...(options.sendTimeoutMs === undefined ? {} : { sendTimeoutMs: options.sendTimeoutMs }),
    ...(options.confirmationWindowMs === undefined ? {} : { confirmationWindowMs: options.confirmationWindowMs }),
  });
  const sessions = createSessionsRepository(options.storage);
  const waitlist = createWaitlistRepository(options.storage.collection<WaitlistDoc>('waitlist'));
  await sessions.ensureIndexes();
  await waitlist.ensureIndexes();
  const erasers: Eraser[] = [
    (personId, now) => sessions.eraseForPerson(personId, now),
    (personId) => waitlist.eraseForPerson(personId),
  ];
  const duoCollections = {
    duos: createDuosRepository(options.storage.collection<DuoDoc>('duos')),
    checkins: createCheckinsRepository(options.storage.collection<CheckinDoc>('checkins')),
    alerts: createAlertsRepository(options.storage.collection<AlertDoc>('alerts')),
  };
  for (const repository of Object.values(duoCollections)) await repository.ensureIndexes();
  const duos = createDuoService({
    store,
    ...duoCollections,
    programme: options.programme,
    clock,
    isKnownLanguage: (language) => translator.has(language),
    fallbackTimeZone: 'Europe/Brussels',
  });
  erasers.push((personId, now) => duos.eraseMember(personId, now));
  const effects = createEffectHandler({
    store,
    isKnownLanguage: (language) => translator.has(language),
    sessions,
    waitlist,
    timeZoneOf: (city) => findCity(options.programme, city)?.timeZone ?? 'Europe/Brussels',
    recordCheckin: (input) => duos.recordCheckin(input),
  });
  const engine = createEngine({
    store,
    effects,
    idleReminderMs: options.idleReminderMs ?? 23 * HOUR_MS,
    // The same list addEraser extends, so a channel's eraser runs too.
    erasers,
    catalog:
      options.flows ??
      createFlowCatalog(
        createIntakeFlow({ rules: createIntakeRules(options.programme), defaultLanguage: options.defaultLanguage }),
        [createCheckinFlow(), createDuoMemberFlow()],
      ),
    translator,
    dispatcher,
    lock,
    clock,
    logger,
    defaultLanguage: options.defaultLanguage,
    transcriptRetentionMs: retentionMs,
    dedupRetentionMs: 7 * DAY_MS,
    liveFlows: options.liveFlows,
  });
  const scheduler = createScheduler({
    store,
    clock,
    logger,
    owner: options.instanceId,
    run: async (job) => {
      // Check-in jobs pass the duo rules first: sending hours, pauses, stop, late weeks merged.
      const decision = await duos.prepareJob(job);
      if (decision.kind === 'deliver') await engine.deliverJob(decision.job);
    },
    retentionMs: 30 * DAY_MS,
    ...(options.schedulerConcurrency === undefined ? {} : { concurrency: options.schedulerConcurrency }),
  });
  const pendingRetry = createRepeatingTask({ name: 'pending messages', logger, run: () => engine.recover() });
  const health = options.storage.collection<{ _id: string; at: Date }>('health');
  return {
    store,
    engine,
    dispatcher,
    scheduler,
    translator,
    sessions,
    waitlist,
    duos,
    attachChannel: (channel) => channels.set(channel.name, channel),
    addEraser: (eraser) => erasers.push(eraser),
    startBackground({ outboxPollMs, pendingRetryMs }) {
      dispatcher.start(outboxPollMs);
      pendingRetry.start(pendingRetryMs);
    },
    async checkStore() {
      try {
        await health.updateOne({ _id: options.instanceId }, { $set: { at: clock.now() } }, { upsert: true });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isStorageFault(error) ? 'unavailable' : 'error' };
      }
    },
    async close() {
      await scheduler.stop();
      await pendingRetry.stop();
      await dispatcher.stop();
      await store.close();
    },
  };
}
