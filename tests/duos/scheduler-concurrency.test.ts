import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/logger.js';
import { createScheduler, type Scheduler } from '../../src/bot/scheduler.js';
import type { JobDoc } from '../../src/store/index.js';
import { createHarness, type Harness } from '../support/harness.js';

const HOUR = 60 * 60 * 1000;

/** Lets other pending work run, without depending on how fast the machine is. */
const yieldTurns = async (turns: number): Promise<void> => {
  for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('scheduler concurrency', () => {
  let harness: Harness | undefined;
  afterEach(async () => harness?.close());

  async function withJobs(jobs: { key: string; conversationId: string; minute: number }[]): Promise<Harness> {
    harness = await createHarness({});
    const start = harness.clock.now().getTime();
    for (const job of jobs) {
      await harness.bot.store.jobs.schedule({
        key: job.key,
        conversationId: job.conversationId,
        name: 'test.job',
        payload: {},
        dueAt: new Date(start + job.minute * 60_000),
      });
    }
    harness.clock.advance(HOUR);
    return harness;
  }

  /** A run that records which jobs overlap, per conversation and overall. */
  function recorder() {
    const inFlight = new Map<string, number>();
    const order: string[] = [];
    let overall = 0;
    const peak = { overall: 0, perConversation: 0 };
    const run = async (job: JobDoc): Promise<void> => {
      const conversation = job.conversationId ?? '';
      overall += 1;
      inFlight.set(conversation, (inFlight.get(conversation) ?? 0) + 1);
      peak.overall = Math.max(peak.overall, overall);
      peak.perConversation = Math.max(peak.perConversation, inFlight.get(conversation) ?? 0);
      order.push(job._id);
      await yieldTurns(20);
      overall -= 1;
      inFlight.set(conversation, (inFlight.get(conversation) ?? 0) - 1);
    };
    return { run, order, peak };
  }

  const schedulerOf = (
    h: Harness,
    input: { owner: string; concurrency: number; run: (job: JobDoc) => Promise<void> },
  ): Scheduler =>
    createScheduler({ store: h.bot.store, clock: h.clock, logger: silentLogger, retentionMs: HOUR, ...input });

  it('runs jobs of different conversations at the same time when concurrency is above one', async () => {
    const h = await withJobs(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((person, index) => ({
        key: `job-${person}`,
        conversationId: person,
        minute: index,
      })),
    );
    const seen = recorder();
    const ran = await schedulerOf(h, { owner: 'one', concurrency: 4, run: seen.run }).runDue();
    expect(ran).toBe(6);
    expect(seen.peak.overall).toBe(4);
  });

  it('never runs two jobs of one conversation at once, and keeps their order', async () => {
    const h = await withJobs([
      { key: 'amal-1', conversationId: 'amal', minute: 1 },
      { key: 'amal-2', conversationId: 'amal', minute: 2 },
      { key: 'bram-1', conversationId: 'bram', minute: 3 },
      { key: 'amal-3', conversationId: 'amal', minute: 4 },
      { key: 'bram-2', conversationId: 'bram', minute: 5 },
    ]);
    const seen = recorder();
    expect(await schedulerOf(h, { owner: 'one', concurrency: 4, run: seen.run }).runDue()).toBe(5);
    expect(seen.peak.perConversation).toBe(1);
    expect(seen.order.filter((id) => id.startsWith('amal'))).toEqual(['amal-1', 'amal-2', 'amal-3']);
    expect(seen.order.filter((id) => id.startsWith('bram'))).toEqual(['bram-1', 'bram-2']);
  });

  it('runs each job once when two instances with several workers each poll one store', async () => {
    const jobs = Array.from({ length: 30 }, (_, index) => ({
      key: `week-${String(index)}`,
      conversationId: `member-${String(index % 12)}`,
      minute: index,
    }));
    const h = await withJobs(jobs);
    const seen = recorder();
    const first = schedulerOf(h, { owner: 'first', concurrency: 5, run: seen.run });
    const second = schedulerOf(h, { owner: 'second', concurrency: 5, run: seen.run });
    const ran = await Promise.all([first.runDue(), second.runDue()]);
    expect(ran[0] + ran[1]).toBe(30);
    expect([...seen.order].sort()).toEqual(jobs.map((job) => job.key).sort());
  });
});
