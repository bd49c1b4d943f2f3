import { afterEach, describe, expect, it } from 'vitest';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { createScheduler } from '../../src/bot/scheduler.js';
import { silentLogger } from '../../src/bot/logger.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';

const HOUR = 60 * 60 * 1000;

describe('durable scheduler', () => {
  let harness: Harness | undefined;
  afterEach(async () => harness?.close());
  const start = async (dataDir?: string) => {
    harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      ...(dataDir ? { dataDir } : {}),
    });
    return harness;
  };

  it('delivers a job asked for by a flow at its time, once', async () => {
    const h = await start();
    await h.say('+32470000040', 'schedule nudge');
    h.clock.advance(HOUR - 1);
    expect(await h.bot.scheduler.runDue()).toBe(0);

    h.clock.advance(1);
    expect(await h.bot.scheduler.runDue()).toBe(1);
    expect(await h.bot.scheduler.runDue()).toBe(0);
    expect(h.channel.textsTo('+32470000040')).toEqual(['job nudge']);
  });

  it('keeps a job across a restart', async () => {
    const first = await start();
    await first.say('+32470000041', 'schedule later');
    await first.close();
    harness = undefined;

    const second = await start(first.dataDir);
    second.clock.set(new Date(first.clock.now().getTime() + HOUR));
    await second.bot.scheduler.runDue();
    expect(second.channel.textsTo('+32470000041')).toEqual(['job later']);
  });

  it('runs a due job once when two instances poll the same store', async () => {
    const h = await start();
    await h.say('+32470000042', 'schedule once');
    h.clock.advance(HOUR);
    const other = createScheduler({
      store: h.bot.store,
      clock: h.clock,
      logger: silentLogger,
      owner: 'other-instance',
      run: (job) => h.bot.engine.deliverJob(job),
      retentionMs: HOUR,
    });
    const ran = await Promise.all([h.bot.scheduler.runDue(), other.runDue()]);
    expect(ran[0] + ran[1]).toBe(1);
    expect(h.channel.textsTo('+32470000042')).toEqual(['job once']);
  });

  it('hands a job to the flow once even when it is delivered again after a crash', async () => {
    const h = await start();
    await h.say('+32470000043', 'schedule twice');
    h.clock.advance(HOUR);
    const now = h.clock.now();
    const job = await h.bot.store.jobs.claimDue({ now, owner: 'x', leaseUntil: new Date(now.getTime() + HOUR) });
    expect(job).not.toBeNull();
    await h.bot.engine.deliverJob(job!);
    await h.bot.engine.deliverJob(job!);
    expect(h.channel.textsTo('+32470000043')).toEqual(['job twice']);
  });
});
