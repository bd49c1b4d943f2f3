import { createDuoBot, type DuoBot } from '../../src/app.js';
import type { ManualClock } from '../../src/bot/clock.js';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { loadProgramme } from '../../src/programme/index.js';
import type { StorageEngine } from '../../src/store/index.js';
import { counterLocales, createCounterFlow } from './counter-flow.js';
import type { RecordingChannel } from './recording-channel.js';

/** Two duo-bot instances running the counter flow over one store with shared leases, as two servers would. */
export async function startTwoCounterInstances(
  storage: StorageEngine,
  clock: ManualClock,
  channel: RecordingChannel,
): Promise<[DuoBot, DuoBot]> {
  const programme = await loadProgramme();
  if (!programme.ok) throw new Error(programme.error);
  const start = async (instanceId: string) => {
    const bot = await createDuoBot({
      storage,
      programme: programme.programme,
      clock,
      instanceId,
      defaultLanguage: 'fr',
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      sharedLeases: true,
    });
    bot.attachChannel(channel);
    return bot;
  };
  return [await start('instance-a'), await start('instance-b')];
}
