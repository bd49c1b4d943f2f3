import { createDuoBot, type DuoBot, type DuoBotOptions } from '../../src/app.js';
import type { Inbound } from '../../src/bot/channel.js';
import { createManualClock, type ManualClock } from '../../src/bot/clock.js';
import { loadProgramme } from '../../src/programme/index.js';
import type { StorageEngine } from '../../src/store/index.js';
import { createRecordingChannel, type RecordingChannel } from './recording-channel.js';
import { tempDir } from './temp-dir.js';
import { openTestStorage } from './test-storage.js';

export interface Harness {
  bot: DuoBot;
  channel: RecordingChannel;
  clock: ManualClock;
  dataDir: string;
  /** Sends a text as `address` and returns what the bot answered to it. */
  say(address: string, text: string): Promise<string[]>;
  inbound(address: string, text: string, id?: string): Inbound;
  close(): Promise<void>;
}

let messageCounter = 0;

/** A duo-bot on a fresh embedded store in a temporary folder, with a recording channel named `test`. */
export async function createHarness(
  options: Partial<Omit<DuoBotOptions, 'storage' | 'clock' | 'programme'>> & {
    dataDir?: string;
    clock?: ManualClock;
    /** Wraps the store: to make its writes fail, or to take away a feature a server may lack. */
    wrapStorage?: (engine: StorageEngine) => StorageEngine;
  } = {},
): Promise<Harness> {
  const dataDir = options.dataDir ?? (await tempDir());
  // Stored expiry dates (TTL) are compared with the real time: a simulated clock runs in the future.
  const clock = options.clock ?? createManualClock(new Date('2031-03-03T09:00:00Z'));
  const programme = await loadProgramme();
  if (!programme.ok) throw new Error(programme.error);
  const bot = await createDuoBot({
    programme: programme.programme,
    defaultLanguage: 'fr',
    instanceId: 'test',
    // Retry delays without jitter, so that a test can step the clock to the exact moment.
    random: () => 0.5,
    ...options,
    storage: (options.wrapStorage ?? ((engine) => engine))(await openTestStorage(dataDir)),
    clock,
  });
  const channel = createRecordingChannel('test');
  bot.attachChannel(channel);
  const inbound = (address: string, text: string, id?: string): Inbound => ({
    channel: 'test',
    address,
    providerMessageId: id ?? `msg-${(messageCounter += 1)}`,
    sentAt: clock.now(),
    content: { type: 'text', text },
  });
  return {
    bot,
    channel,
    clock,
    dataDir,
    inbound,
    async say(address, text) {
      const before = channel.textsTo(address).length;
      await bot.engine.handle(inbound(address, text));
      return channel.textsTo(address).slice(before);
    },
    close: () => bot.close(),
  };
}
