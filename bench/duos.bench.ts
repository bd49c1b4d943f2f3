/**
 * `npm run bench:duos`: one week of check-ins for many duos through the whole engine (embedded
 * store in a temporary folder, an in-process channel held to WhatsApp Cloud's default rate).
 * Prints the time to create and plan the duos, the time to send the week's check-ins, the
 * messages per second through the dispatcher, the store commits per check-in, peak memory and the
 * machine's load average.
 *
 *   npm run bench:duos -- --duos 10000 --rate 80 [--concurrency 20] [--latency 0]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDuoBot } from '../src/app.js';
import type { Channel } from '../src/bot/channel.js';
import { systemClock, createManualClock } from '../src/bot/clock.js';
import { DEFAULT_SCHEDULER_CONCURRENCY } from '../src/bot/scheduler.js';
import { createTokenBucket, realSleep } from '../src/bot/channels/whatsapp-cloud/token-bucket.js';
import { loadProgramme } from '../src/programme/index.js';
import { createEmbeddedEngine } from '../src/store/engines/embedded.js';

const { values } = parseArgs({
  options: {
    duos: { type: 'string', default: '10000' },
    /** Messages per second the channel accepts (WHATSAPP_CLOUD_MESSAGES_PER_SECOND's default). */
    rate: { type: 'string', default: '80' },
    /** Jobs the scheduler runs at once (DUO_SCHEDULER_CONCURRENCY). */
    concurrency: { type: 'string', default: String(DEFAULT_SCHEDULER_CONCURRENCY) },
    /** Milliseconds each send takes on top of the rate, like a Graph API round trip. */
    latency: { type: 'string', default: '0' },
  },
});
const duoCount = Number(values.duos);
const rate = Number(values.rate);
const concurrency = Number(values.concurrency);
const latencyMs = Number(values.latency);

const dataDir = await mkdtemp(join(tmpdir(), 'duo-bot-bench-duos-'));
// Week 1 of every duo is due on Monday 2031-03-10 at 18:00 in Brussels.
const clock = createManualClock(new Date('2031-03-09T12:00:00Z'));
const bucket = createTokenBucket({ ratePerSecond: rate, clock: systemClock, sleep: realSleep });
let sent = 0;
const channel: Channel = {
  name: 'bench',
  async send() {
    await bucket.take();
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    sent += 1;
    return { ok: true, providerMessageId: `bench-${sent}` };
  },
};
const programme = await loadProgramme();
if (!programme.ok) throw new Error(programme.error);
const storage = createEmbeddedEngine({ dataDir });
const bot = await createDuoBot({
  storage,
  schedulerConcurrency: concurrency,
  programme: programme.programme,
  defaultLanguage: 'fr',
  instanceId: 'bench',
  clock,
});
bot.attachChannel(channel);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const languages = ['fr', 'nl', 'en', 'ar'];
const planStarted = performance.now();
const commitsAtStart = storage.commitCount();
for (let index = 0; index < duoCount; index += 1) {
  const created = await bot.duos.createDuo({
    mentee: { channel: 'bench', address: `+3247${String(index).padStart(7, '0')}`, language: languages[index % 4] },
    mentor: {
      channel: 'bench',
      address: `+3248${String(index).padStart(7, '0')}`,
      language: languages[(index + 1) % 4],
    },
    city: 'brussels',
    referentId: `staff-${index % 40}`,
    startDate: '2031-03-03',
  });
  if (!created.ok) throw new Error(created.reason);
}
const planSeconds = (performance.now() - planStarted) / 1000;
const planCommits = storage.commitCount() - commitsAtStart;

clock.set(new Date('2031-03-10T17:00:00Z'));
const commitsBefore = storage.commitCount();
const cpuBefore = process.cpuUsage();
const sendStarted = performance.now();
let jobs = 0;
for (;;) {
  const ran = await bot.scheduler.runDue(1000);
  jobs += ran;
  if (ran === 0) break;
}
const sendSeconds = (performance.now() - sendStarted) / 1000;
const sendCommits = storage.commitCount() - commitsBefore;
const sendCpu = process.cpuUsage(cpuBefore);
const [loadAverage] = loadavg();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
await bot.close();
await rm(dataDir, { recursive: true, force: true });

const report = {
  duos: duoCount,
  channelRatePerSecond: rate,
  schedulerConcurrency: concurrency,
  sendLatencyMs: latencyMs,
  createAndPlanSeconds: Number(planSeconds.toFixed(1)),
  duosPlannedPerSecond: Math.round(duoCount / planSeconds),
  commitsPerDuoPlanned: Number((planCommits / Math.max(1, duoCount)).toFixed(1)),
  checkinJobsRun: jobs,
  messagesSent: sent,
  sendSeconds: Number(sendSeconds.toFixed(1)),
  messagesPerSecond: Math.round(sent / sendSeconds),
  // Processor time per check-in sent: the figure that does not depend on what else the machine runs.
  processorMsPerMessage: Number(((sendCpu.user + sendCpu.system) / 1000 / Math.max(1, sent)).toFixed(2)),
  commitsPerCheckinJob: Number((sendCommits / Math.max(1, jobs)).toFixed(1)),
  peakRssMiB: Math.round(peakRss / 1024 / 1024),
  loadAverage1m: Number((loadAverage ?? 0).toFixed(1)),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
