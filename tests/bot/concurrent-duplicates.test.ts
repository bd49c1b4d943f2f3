import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/bot/channel.js';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';

const PEOPLE = 12;
const MESSAGES_EACH = 4;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A deterministic spread of redelivery delays in 100–400 ms, so a failure can be replayed. */
function delays(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 100 + (state % 301);
  };
}

describe('engine under concurrent redeliveries', () => {
  let harness: Harness | undefined;
  afterEach(async () => harness?.close());

  it('answers each message once and in order when every message is delivered twice 100–400 ms apart', async () => {
    const h = (harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
    }));
    const nextDelay = delays(7);
    const deliver = async (inbound: Inbound) => {
      const { handled } = await h.bot.engine.accept(inbound);
      await handled;
    };
    const person = async (p: number) => {
      const address = `+3247100${String(p).padStart(4, '0')}`;
      const deliveries: Promise<void>[] = [];
      for (let m = 1; m <= MESSAGES_EACH; m += 1) {
        const inbound = h.inbound(address, `m${m}`, `wamid.race.${p}.${m}`);
        // WhatsApp keeps one sender's messages in order; the copy comes later, while other work runs.
        await h.bot.engine.accept(inbound);
        const delay = nextDelay();
        deliveries.push(pause(delay).then(() => deliver(inbound)));
        // Some copies arrive alongside the original, before it was answered.
        if (m % 2 === 0) deliveries.push(deliver(inbound));
      }
      await Promise.all(deliveries);
      return address;
    };
    const addresses = await Promise.all(Array.from({ length: PEOPLE }, (_, p) => person(p)));
    await h.bot.dispatcher.sweep();

    for (const address of addresses) {
      expect(h.channel.textsTo(address)).toEqual(
        Array.from({ length: MESSAGES_EACH }, (_, i) => `${i + 1}: m${i + 1}`),
      );
    }
  });

  it('takes one accept of a message id delivered ten times at the same instant', async () => {
    const h = (harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
    }));
    const inbound = h.inbound('+32471009999', 'hello', 'wamid.same.instant');
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => h.bot.engine.accept(inbound)));
    expect(outcomes.filter((outcome) => !outcome.duplicate)).toHaveLength(1);
    await Promise.all(outcomes.map((outcome) => outcome.handled));
    expect(h.channel.textsTo('+32471009999')).toEqual(['1: hello']);
  });

  it("drops a known person's message handled by the previous version, whose id it stored as the whole hash", async () => {
    const h = (harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
    }));
    expect(await h.say('+32471008888', 'hello')).toEqual(['1: hello']);
    const engine = h.bot.store.engine;
    const key = await engine.collection<{ _id: string; value: string }>('settings').findOne({ _id: 'inbox-id-key' });
    const legacyId = `h:${createHmac('sha256', key?.value ?? '')
      .update('test:wamid.before.upgrade')
      .digest('base64url')}`;
    await engine.collection<{ _id: string; p: number }>('inbox').insertOne({ _id: legacyId, p: 600_000 });

    expect(await h.bot.engine.handle(h.inbound('+32471008888', 'again', 'wamid.before.upgrade'))).toBe('duplicate');
    expect(await h.say('+32471008888', 'next')).toEqual(['2: next']);
  });
});
