import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIRMATION_WINDOW_MS } from '../../src/bot/dispatcher.js';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import type { StorageEngine } from '../../src/store/index.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createFaultyStorage, type FaultyStorage } from '../support/faulty-storage.js';
import { createHarness, type Harness } from '../support/harness.js';
import { answerTooLateOnce, reportStatus } from '../support/provider-took-it.js';

const LEASE_MS = 10_000;
const crash = new Error('simulated crash');

/**
 * A reply the provider took is never sent twice: not when the process dies before the reply is
 * marked sent (a channel that reports statuses confirms it), not when the disk is full and the mark
 * cannot be written (the process remembers it).
 */
describe('sent once', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const start = async (
    options: {
      dataDir?: string;
      counter?: boolean;
      confirmsByStatus?: boolean;
      wrapStorage?: (engine: StorageEngine) => StorageEngine;
    } = {},
  ) => {
    const harness = await createHarness({
      sendLeaseMs: LEASE_MS,
      ...(options.counter === false ? {} : { flows: createFlowCatalog(createCounterFlow()), locales: counterLocales }),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.wrapStorage ? { wrapStorage: options.wrapStorage } : {}),
    });
    // Like WhatsApp Cloud: every message the provider took is reported by a status naming our id.
    if (options.confirmsByStatus !== false) Object.assign(harness.channel, { confirmsSendsByStatus: true });
    open.push(harness);
    return harness;
  };
  const abandon = async (harness: Harness) => {
    open.splice(open.indexOf(harness), 1);
    await harness.bot.scheduler.stop();
    await harness.bot.store.engine.close();
  };

  /** The provider took '1: one' and the process died before marking it sent; a new one starts on the same data. */
  async function diedAfterTheProviderTookIt(address: string, confirmsByStatus = true) {
    const first = await start({ confirmsByStatus });
    first.bot.store.outbox.markSent = () => Promise.reject(crash);
    await expect(first.bot.engine.handle(first.inbound(address, 'one'))).rejects.toThrow('simulated crash');
    expect(first.channel.textsTo(address)).toEqual(['1: one']);
    await abandon(first);
    const second = await start({ dataDir: first.dataDir, confirmsByStatus });
    return { first, second, taken: first.channel.sent[0]! };
  }

  it('waits for the provider to confirm a reply cut short by a crash, and never sends it again once confirmed', async () => {
    const { first, second, taken } = await diedAfterTheProviderTookIt('+32470000061');
    // The lease ran out while the server was down; Meta's status, delivered again, is not in yet.
    second.clock.advance(LEASE_MS + 1);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000061')).toEqual([]);

    await reportStatus({ to: second, from: first.channel, reply: taken, status: 'delivered' });
    second.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS * 10);
    await second.bot.engine.recover();

    const received = [...first.channel.textsTo('+32470000061'), ...second.channel.textsTo('+32470000061')];
    expect(received).toEqual(['1: one']);
    expect(await second.say('+32470000061', 'two')).toEqual(['2: two']);
  });

  it('gives the status its window from the restart on, however long the server was down', async () => {
    const { first, second, taken } = await diedAfterTheProviderTookIt('+32470000065');
    second.clock.advance(LEASE_MS * 30);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000065')).toEqual([]);

    await reportStatus({ to: second, from: first.channel, reply: taken, status: 'sent' });
    second.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000065')).toEqual([]);
  });

  it('sends a reply cut short by a crash again when no status came within the window, with later replies behind it', async () => {
    const { second } = await diedAfterTheProviderTookIt('+32470000062');
    second.clock.advance(LEASE_MS + 1);
    // The person writes again while the first reply is held: the answer waits behind it.
    expect(await second.say('+32470000062', 'two')).toEqual([]);

    second.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000062')).toEqual(['1: one', '2: two']);
  });

  it('counts the window for a status while the dead process’s lease runs, and sends again when the lease runs out', async () => {
    const { second } = await diedAfterTheProviderTookIt('+32470000067');
    // Restarted at once: the lease has most of its time to run, longer than the window.
    await second.bot.engine.recover();
    second.clock.advance(LEASE_MS - 1_000);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000067')).toEqual([]);

    second.clock.advance(1_001);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000067')).toEqual(['1: one']);
  });

  it('sends a reply cut short by a crash again as soon as its lease runs out on a channel without statuses', async () => {
    const { second } = await diedAfterTheProviderTookIt('+32470000063', false);
    second.clock.advance(LEASE_MS);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000063')).toEqual(['1: one']);
  });

  it('gives the status its window before retrying a send that timed out, which the provider may have taken', async () => {
    const h = await start();
    const { channel } = h;
    answerTooLateOnce(channel);
    await h.bot.engine.handle(h.inbound('+32470000066', 'one'));
    // The first retry's backoff (2 s) is shorter than the window: the retry waits for the window.
    h.clock.advance(2_000);
    await h.bot.dispatcher.sweep();
    expect(channel.textsTo('+32470000066')).toEqual(['1: one']);

    await reportStatus({ to: h, from: channel, reply: channel.sent[0]!, status: 'sent' });
    h.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS);
    await h.bot.dispatcher.sweep();
    expect(channel.textsTo('+32470000066')).toEqual(['1: one']);
  });

  it('never sends again the replies the provider took while the disk was full, and marks them once it has room', async () => {
    let faulty: FaultyStorage | undefined;
    const h = await start({
      counter: false,
      wrapStorage: (engine) => (faulty = createFaultyStorage(engine)).engine,
    });
    if (!faulty) throw new Error('the store was not wrapped');
    const disk = faulty;
    const { channel } = h;
    const send = channel.send.bind(channel);
    channel.send = async (request) => {
      const result = await send(request);
      // The disk fills up between the provider's answer and the mark of the reply.
      disk.failWrites();
      return result;
    };
    // The greeting is answered by two messages: both taken, neither can be marked.
    const greeting = await h.say('+32470000064', 'Bonjour');
    expect(greeting).toHaveLength(2);

    h.clock.advance(LEASE_MS + DEFAULT_CONFIRMATION_WINDOW_MS);
    await h.bot.dispatcher.sweep();
    expect(channel.sent).toHaveLength(2);

    disk.heal();
    channel.send = send;
    await h.bot.dispatcher.sweep();
    // Started again on the same data: the marks were written, nothing is sent again.
    await abandon(h);
    const again = await start({ counter: false, dataDir: h.dataDir });
    again.clock.advance(LEASE_MS * 10);
    await again.bot.engine.recover();
    expect(again.channel.sent).toHaveLength(0);
    expect(await again.say('+32470000064', '1')).not.toHaveLength(0);
    expect(h.channel.textsTo('+32470000064')).toEqual(greeting);
  });
});
