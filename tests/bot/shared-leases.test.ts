import { afterEach, describe, expect, it } from 'vitest';
import type { DuoBot } from '../../src/app.js';
import { createManualClock } from '../../src/bot/clock.js';
import type { StorageEngine } from '../../src/store/index.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { createMongoEngine } from '../../src/store/engines/mongodb.js';
import { createRecordingChannel } from '../support/recording-channel.js';
import { startTwoCounterInstances } from '../support/counter-instances.js';
import { tempDir } from '../support/temp-dir.js';

const engines: { name: string; open: () => Promise<StorageEngine> }[] = [
  { name: 'embedded', open: async () => createEmbeddedEngine({ dataDir: await tempDir() }) },
];
const mongoUri = process.env.MONGODB_URI;
if (mongoUri) {
  engines.push({
    name: 'mongodb',
    open: () => createMongoEngine({ uri: mongoUri, database: `duo_bot_leases_${process.pid}` }),
  });
}

describe.each(engines)('shared leases ($name)', ({ open }) => {
  const bots: DuoBot[] = [];
  afterEach(async () => {
    await bots[0]?.store.engine.dropAll();
    await bots[0]?.store.close();
    bots.splice(0);
  });

  it('keeps two instances on one database from interleaving a conversation', async () => {
    const storage = await open();
    await storage.dropAll();
    const clock = createManualClock(new Date('2031-03-03T09:00:00Z'));
    const channel = createRecordingChannel('test');
    bots.push(...(await startTwoCounterInstances(storage, clock, channel)));
    const messages = Array.from({ length: 20 }, (_, i) => ({
      channel: 'test',
      address: '+32470000050',
      providerMessageId: `lease-${i}`,
      sentAt: clock.now(),
      content: { type: 'text' as const, text: `m${i}` },
    }));
    await Promise.all(messages.map((message, i) => bots[i % 2]!.engine.handle(message)));

    const counts = channel.textsTo('+32470000050').map((text) => Number(text.split(':')[0]));
    expect(counts).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
