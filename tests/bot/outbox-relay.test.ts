import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendRequest, SendResult } from '../../src/bot/channel.js';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';

const LEASE_MS = 60_000;
const RELAY_POLL_MS = 10;
/** Waiting for the relay's background work: generous, since the machine may be busy. */
const EVENTUALLY = { timeout: 20_000, interval: 20 };

describe('outbox relay', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const start = async (options: Parameters<typeof createHarness>[0] = {}) => {
    const harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      retryBaseMs: 1_000,
      sendLeaseMs: LEASE_MS,
      ...options,
    });
    open.push(harness);
    return harness;
  };
  const unavailable: SendResult = { ok: false, retryable: true, code: '503', detail: 'unavailable' };
  const conversationOf = async (h: Harness, address: string) =>
    (await h.bot.store.people.findOrCreate({ channel: 'test', address, now: h.clock.now() }))._id;

  it('sends each reply once, in order, after an instance died between claim and sent, with no new message', async () => {
    const first = await start();
    let claimed: () => void = () => undefined;
    const sendStarted = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    // The provider call that never returns: the process dies while it is in flight.
    first.channel.send = () => {
      claimed();
      return new Promise<SendResult>(() => undefined);
    };
    await first.bot.engine.accept(first.inbound('+32470000040', 'one'));
    await sendStarted;
    await first.bot.engine.accept(first.inbound('+32470000040', 'two'));
    const conversationId = await conversationOf(first, '+32470000040');
    await vi.waitFor(async () => {
      const states = (await first.bot.store.outbox.listForConversation(conversationId)).map((entry) => entry.state);
      // Both written claimed by their turns; the second waits behind the first.
      expect(states).toEqual(['sending', 'sending']);
    }, EVENTUALLY);
    const claimedAt = first.clock.now().getTime();
    open.splice(open.indexOf(first), 1);
    await first.bot.scheduler.stop();

    const second = await start({ dataDir: first.dataDir, clock: first.clock });
    second.bot.dispatcher.start(RELAY_POLL_MS);
    second.clock.set(new Date(claimedAt + LEASE_MS - 1));
    await second.bot.dispatcher.sweep();
    expect(second.channel.textsTo('+32470000040')).toEqual([]);

    second.clock.set(new Date(claimedAt + LEASE_MS + 1_000));
    await vi.waitFor(() => expect(second.channel.textsTo('+32470000040')).toHaveLength(2), EVENTUALLY);
    expect(second.channel.textsTo('+32470000040')).toEqual(['1: one', '2: two']);
    await second.bot.dispatcher.sweep();
    expect(second.channel.sent).toHaveLength(2);
  });

  it('sends a reply cut short by a crash as soon as its lease runs out, without waiting for the next pass', async () => {
    const first = await start();
    let claimed: () => void = () => undefined;
    const sendStarted = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    first.channel.send = () => {
      claimed();
      return new Promise<SendResult>(() => undefined);
    };
    await first.bot.engine.accept(first.inbound('+32470000049', 'one'));
    await sendStarted;
    const claimedAt = first.clock.now().getTime();
    open.splice(open.indexOf(first), 1);
    await first.bot.scheduler.stop();

    const second = await start({ dataDir: first.dataDir, clock: first.clock });
    // A pass an hour apart: only the moment the lease ends can send it now.
    second.bot.dispatcher.start(3_600_000);
    second.clock.set(new Date(claimedAt + LEASE_MS - 50));
    await second.bot.dispatcher.sweep();
    expect(second.channel.textsTo('+32470000049')).toEqual([]);
    second.clock.set(new Date(claimedAt + LEASE_MS + 1_000));
    await vi.waitFor(() => expect(second.channel.textsTo('+32470000049')).toEqual(['1: one']), EVENTUALLY);
  });

  it('retries a failed send in the background while the server runs', async () => {
    const h = await start();
    h.bot.dispatcher.start(RELAY_POLL_MS);
    h.channel.failNext(unavailable);
    expect(await h.say('+32470000041', 'one')).toEqual([]);
    h.clock.advance(1_000);
    await vi.waitFor(() => expect(h.channel.textsTo('+32470000041')).toEqual(['1: one']), EVENTUALLY);
  });

  it('sends what waited for a backoff at once when the provider answers again, but not before a Retry-After', async () => {
    const h = await start();
    h.channel.failNext(unavailable, unavailable);
    await h.say('+32470000042', 'b');
    h.clock.advance(1_000);
    await h.bot.dispatcher.sweep(); // second failure: next try at +3 s
    h.channel.failNext({ ok: false, retryable: true, code: '429', detail: 'slow down', retryAfterMs: 60_000 });
    await h.say('+32470000043', 'c');
    h.channel.failNext(unavailable);
    await h.say('+32470000044', 'a'); // next try at +2 s
    h.bot.dispatcher.start(RELAY_POLL_MS);

    h.clock.set(new Date(h.clock.now().getTime() + 1_000));
    await vi.waitFor(() => expect(h.channel.textsTo('+32470000044')).toEqual(['1: a']), EVENTUALLY);
    await vi.waitFor(() => expect(h.channel.textsTo('+32470000042')).toEqual(['1: b']), EVENTUALLY);
    expect(h.channel.textsTo('+32470000043')).toEqual([]);
    h.clock.advance(60_000);
    await vi.waitFor(() => expect(h.channel.textsTo('+32470000043')).toEqual(['1: c']), EVENTUALLY);
  });

  it('keeps trying for a day, then gives up and flags the conversation for staff with the reason', async () => {
    const h = await start();
    h.channel.failNext(...Array.from({ length: 500 }, () => unavailable));
    await h.say('+32470000045', 'one');
    const conversationId = await conversationOf(h, '+32470000045');
    const createdAt = h.clock.now().getTime();
    const stateOf = async () => (await h.bot.store.outbox.listForConversation(conversationId))[0]?.state;
    while (h.clock.now().getTime() - createdAt < 23 * 60 * 60 * 1000) {
      h.clock.advance(15 * 60_000);
      await h.bot.dispatcher.sweep();
    }
    expect(await stateOf()).toBe('pending');
    h.clock.advance(2 * 60 * 60 * 1000);
    await h.bot.dispatcher.sweep();
    expect(await stateOf()).toBe('dead');
    expect((await h.bot.store.conversations.get(conversationId))?.deliveryFailure?.code).toBe('deadline (503)');
  });

  it('retries a send that never answers as a timeout', async () => {
    const h = await start({ sendTimeoutMs: 20 });
    const send = h.channel.send.bind(h.channel);
    let hung = false;
    h.channel.send = (request: SendRequest) => {
      if (hung) return send(request);
      hung = true;
      return new Promise<SendResult>(() => undefined);
    };
    await h.say('+32470000046', 'one');
    const conversationId = await conversationOf(h, '+32470000046');
    const [entry] = await h.bot.store.outbox.listForConversation(conversationId);
    expect(entry?.lastError).toContain('timeout');
    h.clock.advance(1_000);
    await h.bot.dispatcher.sweep();
    expect(h.channel.textsTo('+32470000046')).toEqual(['1: one']);
  });

  it('does not retry a permanent refusal', async () => {
    const h = await start();
    h.channel.failNext({ ok: false, retryable: false, code: '131026', detail: 'undeliverable' });
    await h.say('+32470000047', 'one');
    h.clock.advance(60 * 60 * 1000);
    await h.bot.dispatcher.sweep();
    expect(h.channel.sent).toHaveLength(0);
    const conversationId = await conversationOf(h, '+32470000047');
    expect((await h.bot.store.conversations.get(conversationId))?.deliveryFailure?.code).toBe('131026');
  });
});
