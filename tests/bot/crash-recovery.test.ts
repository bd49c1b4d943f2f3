import { afterEach, describe, expect, it } from 'vitest';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import type { StorageEngine } from '../../src/store/index.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';

/**
 * A crash is simulated by making one step fail, dropping that instance without any clean-up of
 * its own (its database handle is closed, as the operating system would at a process's death:
 * what was committed stays, nothing else), and starting a new instance on the same data folder.
 */
describe('engine crash recovery', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const start = async (options: { dataDir?: string; wrapStorage?: (storage: StorageEngine) => StorageEngine } = {}) => {
    const harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      ...options,
    });
    open.push(harness);
    return harness;
  };
  const crash = new Error('simulated crash');
  /** A turn's replies are written claimed by the instance that ran it; another one sends them once the claim runs out. */
  const SEND_LEASE_MS = 60_000;
  const abandon = async (harness: Harness) => {
    open.splice(open.indexOf(harness), 1);
    await harness.bot.scheduler.stop();
    await harness.bot.store.engine.close();
  };

  it('answers a message once when the process died before the turn was committed', async () => {
    const first = await start();
    await first.say('+32470000020', 'one');
    first.bot.store.commitTurn = () => Promise.reject(crash);
    await expect(first.bot.engine.handle(first.inbound('+32470000020', 'two'))).rejects.toThrow('simulated crash');
    expect(first.channel.textsTo('+32470000020')).toEqual(['1: one']);

    await abandon(first);
    const second = await start({ dataDir: first.dataDir });
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000020')).toEqual(['2: two']);
    expect(await second.say('+32470000020', 'three')).toEqual(['3: three']);
  });

  it('answers a message once when the process died after the commit, before the replies were sent', async () => {
    const first = await start();
    first.bot.dispatcher.flush = () => Promise.reject(crash);
    await expect(first.bot.engine.handle(first.inbound('+32470000021', 'one'))).rejects.toThrow('simulated crash');
    expect(first.channel.sent).toHaveLength(0);

    await abandon(first);
    const second = await start({ dataDir: first.dataDir });
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000021')).toEqual([]);
    second.clock.advance(SEND_LEASE_MS);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000021')).toEqual(['1: one']);
    // The flow was not run twice: the next message is the second one.
    expect(await second.say('+32470000021', 'two')).toEqual(['2: two']);
  });

  it('does not send again what was marked sent before the process died', async () => {
    const first = await start();
    const { outbox } = first.bot.store;
    const markSent = outbox.markSent.bind(outbox);
    outbox.markSent = async (...args) => {
      await markSent(...args);
      throw crash;
    };
    await expect(first.bot.engine.handle(first.inbound('+32470000022', 'one'))).rejects.toThrow('simulated crash');

    await abandon(first);
    const second = await start({ dataDir: first.dataDir });
    await second.bot.engine.recover();
    const sentByBoth = [...first.channel.textsTo('+32470000022'), ...second.channel.textsTo('+32470000022')];
    expect(sentByBoth).toEqual(['1: one']);
    expect(await second.say('+32470000022', 'two')).toEqual(['2: two']);
  });

  it('drops a redelivery of a message that was accepted before the crash', async () => {
    const first = await start();
    first.bot.store.commitTurn = () => Promise.reject(crash);
    const message = first.inbound('+32470000023', 'one', 'wamid.CRASH');
    await expect(first.bot.engine.handle(message)).rejects.toThrow();

    await abandon(first);
    const second = await start({ dataDir: first.dataDir });
    expect(await second.bot.engine.handle(message)).toBe('duplicate');
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000023')).toEqual(['1: one']);
  });

  it('answers the other conversations left pending while one of them waits for its send', async () => {
    // A long lease: a send that hangs is not given up (as a timeout) while the test runs.
    const slowSends = { sendLeaseMs: 600_000 };
    const first = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      ...slowSends,
    });
    open.push(first);
    first.bot.store.commitTurn = () => Promise.reject(crash);
    for (const address of ['+32470000025', '+32470000026', '+32470000027']) {
      await expect(first.bot.engine.handle(first.inbound(address, 'one'))).rejects.toThrow('simulated crash');
    }

    await abandon(first);
    const second = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      dataDir: first.dataDir,
      ...slowSends,
    });
    open.push(second);
    // The first conversation's provider does not answer until released.
    const send = second.channel.send.bind(second.channel);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    second.channel.send = async (request) => {
      if (request.address === '+32470000025') await released;
      return send(request);
    };
    const recovered = second.bot.engine.recover();
    const othersAnswered = new Promise<void>((resolve) => {
      const check = () => {
        if (second.channel.textsTo('+32470000026').length > 0 && second.channel.textsTo('+32470000027').length > 0)
          resolve();
        else setTimeout(check, 10);
      };
      check();
    });
    await othersAnswered;
    expect(second.channel.textsTo('+32470000025')).toEqual([]);
    release();
    await recovered;
    expect(second.channel.textsTo('+32470000025')).toEqual(['1: one']);
    expect(second.channel.textsTo('+32470000026')).toEqual(['1: one']);
    expect(second.channel.textsTo('+32470000027')).toEqual(['1: one']);
  });

  it('finishes a turn carried in the conversation write when the server has no transactions', async () => {
    const withoutTransactions = (storage: StorageEngine): StorageEngine => ({
      ...storage,
      supportsTransactions: false,
    });
    const first = await start({ wrapStorage: withoutTransactions });
    expect(await first.say('+32470000024', 'one')).toEqual(['1: one']);
    // The conversation write (with the replies carried in it) lands; moving them does not.
    first.bot.store.transcript.append = () => Promise.reject(crash);
    await expect(first.bot.engine.handle(first.inbound('+32470000024', 'two'))).rejects.toThrow('simulated crash');
    expect(first.channel.textsTo('+32470000024')).toEqual(['1: one']);

    await abandon(first);
    const second = await start({ dataDir: first.dataDir, wrapStorage: withoutTransactions });
    await second.bot.engine.recover();
    second.clock.advance(SEND_LEASE_MS);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000024')).toEqual(['2: two']);
    expect(await second.say('+32470000024', 'three')).toEqual(['3: three']);
    const person = await second.bot.store.people.findOrCreate({
      channel: 'test',
      address: '+32470000024',
      now: second.clock.now(),
    });
    expect((await second.bot.store.conversations.get(person._id))?.pendingTurn).toBeUndefined();
    expect(await second.bot.store.transcript.list(person._id)).toHaveLength(6);
  });
});
