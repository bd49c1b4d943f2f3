import { afterEach, describe, expect, it } from 'vitest';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';

describe('outbox dispatcher', () => {
  let harness: Harness | undefined;
  afterEach(async () => harness?.close());
  const start = async (outboxMaxAttempts = 8) => {
    harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      outboxMaxAttempts,
      retryBaseMs: 1_000,
    });
    return harness;
  };
  const unavailable = { ok: false as const, retryable: true, code: '503', detail: 'unavailable' };

  it('retries a failed send after a backoff and keeps later messages behind it', async () => {
    const h = await start();
    h.channel.failNext(unavailable);
    await h.say('+32470000030', 'one');
    await h.say('+32470000030', 'two');
    expect(h.channel.textsTo('+32470000030')).toEqual([]);

    h.clock.advance(999);
    await h.bot.dispatcher.sweep();
    expect(h.channel.textsTo('+32470000030')).toEqual([]);

    h.clock.advance(1);
    await h.bot.dispatcher.sweep();
    expect(h.channel.textsTo('+32470000030')).toEqual(['1: one', '2: two']);
  });

  it('doubles the wait at each failure and gives up after the configured number of tries', async () => {
    const h = await start(3);
    h.channel.failNext(unavailable, unavailable, unavailable);
    await h.say('+32470000031', 'one');
    h.clock.advance(1_000);
    await h.bot.dispatcher.sweep();
    h.clock.advance(1_999);
    expect(await h.bot.dispatcher.sweep()).toBe(0);
    h.clock.advance(1);
    await h.bot.dispatcher.sweep();

    const person = await h.bot.store.people.findOrCreate({ channel: 'test', address: '+32470000031', now: new Date() });
    const [entry] = await h.bot.store.outbox.listForConversation(person._id);
    expect(entry?.state).toBe('dead');
    expect(entry?.attempts).toBe(3);
    expect(entry?.lastError).toContain('503');
    expect((await h.bot.store.conversations.get(person._id))?.deliveryFailure?.code).toBe('attempts (503)');
    h.clock.advance(60 * 60 * 1000);
    await h.bot.dispatcher.sweep();
    expect(h.channel.sent).toHaveLength(0);
  });

  it('moves an entry the provider refused for good to the dead letters at once, and sends the next', async () => {
    const h = await start();
    h.channel.failNext({ ok: false, retryable: false, code: '131026', detail: 'undeliverable' });
    await h.say('+32470000032', 'one');
    await h.say('+32470000032', 'two');
    expect(h.channel.textsTo('+32470000032')).toEqual(['2: two']);
  });

  it('never sends an entry again once the provider accepted it', async () => {
    const h = await start();
    await h.say('+32470000033', 'one');
    h.clock.advance(24 * 60 * 60 * 1000);
    await h.bot.dispatcher.sweep();
    await h.bot.engine.recover();
    expect(h.channel.textsTo('+32470000033')).toEqual(['1: one']);
  });

  it('records delivery statuses in order of progress, whatever order they arrive in', async () => {
    const h = await start();
    await h.say('+32470000034', 'one');
    const status = { channel: 'test', providerMessageId: 'test-out-1', address: '+32470000034', errorCode: null };
    const at = h.clock.now();
    await h.bot.engine.recordDelivery({ ...status, status: 'read', at });
    await h.bot.engine.recordDelivery({ ...status, status: 'delivered', at });
    const person = await h.bot.store.people.findOrCreate({ channel: 'test', address: '+32470000034', now: at });
    const [entry] = await h.bot.store.outbox.listForConversation(person._id);
    expect(entry?.delivery?.status).toBe('read');
  });
});
