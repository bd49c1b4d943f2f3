/**
 * `npm run bench`: simulated conversations through the whole engine (embedded store in a
 * temporary folder, an in-process channel that accepts every message) and the figures that
 * matter for running it: throughput, handling latency, peak memory, bytes kept per conversation.
 *
 *   npm run bench -- --conversations 2000 --concurrency 200
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDuoBot } from '../src/app.js';
import type { Channel } from '../src/bot/channel.js';
import { loadProgramme } from '../src/programme/index.js';
import { seedDemoSessions } from '../src/store/demo-sessions.js';
import { createEmbeddedEngine } from '../src/store/engines/embedded.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '200' },
  },
});
const conversations = Number(values.conversations);
const concurrency = Number(values.concurrency);
/** A young job seeker's whole intake, from the first message to a booked information session. */
const script = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '24',
  '2',
  'oui',
  'oui',
  'oui',
  'Amina',
  '10',
  '1',
  'français, arabe',
  '1',
  '1',
];

const dataDir = await mkdtemp(join(tmpdir(), 'duo-bot-bench-'));
let sent = 0;
const channel: Channel = {
  name: 'bench',
  send: () => Promise.resolve({ ok: true, providerMessageId: `bench-${(sent += 1)}` }),
};
const programme = await loadProgramme();
if (!programme.ok) throw new Error(programme.error);
const bot = await createDuoBot({
  storage: createEmbeddedEngine({ dataDir }),
  programme: programme.programme,
  defaultLanguage: 'fr',
  instanceId: 'bench',
});
bot.attachChannel(channel);
// Seats for everyone: the benchmark measures the message path, not a full session.
await seedDemoSessions({ sessions: bot.sessions, cities: programme.programme.cities, now: new Date() });
await bot.store.engine.collection('info_sessions').updateMany({}, { $set: { capacity: conversations * 2 } });

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const latencies: number[] = [];
let nextConversation = 0;
async function converse(index: number): Promise<void> {
  for (const [step, text] of script.entries()) {
    const started = performance.now();
    await bot.engine.handle({
      channel: 'bench',
      address: `+3247${String(index).padStart(7, '0')}`,
      providerMessageId: `bench-${index}-${step}`,
      sentAt: new Date(),
      content: { type: 'text', text },
    });
    latencies.push(performance.now() - started);
  }
}
async function worker(): Promise<void> {
  while (nextConversation < conversations) {
    const index = nextConversation;
    nextConversation += 1;
    await converse(index);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, () => worker()));
const elapsedSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

await bot.close(); // compacts every file, so sizes below are what a restart reads
let bytes = 0;
const bytesPerCollection: Record<string, number> = {};
for (const file of await readdir(dataDir)) {
  const size = (await stat(join(dataDir, file))).size;
  bytes += size;
  if (file.endsWith('.db')) bytesPerCollection[file.slice(0, -3)] = Math.round(size / conversations);
}
await rm(dataDir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const percentile = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
const inbound = latencies.length;
const report = {
  conversations,
  concurrency,
  inboundMessages: inbound,
  outboundMessages: sent,
  seconds: Number(elapsedSeconds.toFixed(2)),
  inboundPerSecond: Math.round(inbound / elapsedSeconds),
  latencyMs: { p50: Number(percentile(50).toFixed(1)), p99: Number(percentile(99).toFixed(1)) },
  peakRssMiB: Math.round(peakRss / 1024 / 1024),
  bytesPerConversation: Math.round(bytes / conversations),
  bytesPerConversationByCollection: bytesPerCollection,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
