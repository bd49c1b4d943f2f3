import { afterEach, describe, expect, it } from 'vitest';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';

describe('engine', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const counterHarness = async (dataDir?: string, version = 1) => {
    const harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow(version)),
      locales: counterLocales,
      ...(dataDir ? { dataDir } : {}),
    });
    open.push(harness);
    return harness;
  };

  it('handles a provider message once when it is delivered 10 times at once', async () => {
    const harness = await counterHarness();
    const message = harness.inbound('+32470000010', 'bonjour', 'wamid.SAME');
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => harness.bot.engine.handle(message)));

    expect(outcomes.filter((outcome) => outcome === 'handled')).toHaveLength(1);
    expect(harness.channel.textsTo('+32470000010')).toEqual(['1: bonjour']);
  });

  it('handles 50 concurrent messages of one conversation all, in order, without losing an update', async () => {
    const harness = await counterHarness();
    const messages = Array.from({ length: 50 }, (_, i) => harness.inbound('+32470000011', `m${i}`));
    await Promise.all(messages.map((message) => harness.bot.engine.handle(message)));

    expect(harness.channel.textsTo('+32470000011')).toEqual(messages.map((_, i) => `${i + 1}: m${i}`));
    const lines = await harness.bot.store.transcript.list(
      (await harness.bot.store.people.findOrCreate({ channel: 'test', address: '+32470000011', now: new Date() }))._id,
    );
    expect(lines.filter((line) => line.direction === 'in').map((line) => line.text)).toEqual(
      messages.map((_, i) => `m${i}`),
    );
  });

  it('handles many conversations in parallel, each in its own order', async () => {
    const harness = await counterHarness();
    const people = Array.from({ length: 20 }, (_, p) => `+3247100${String(p).padStart(4, '0')}`);
    await Promise.all(
      people.flatMap((address) => [0, 1, 2].map((i) => harness.bot.engine.handle(harness.inbound(address, `x${i}`)))),
    );
    for (const address of people) {
      expect(harness.channel.textsTo(address)).toEqual(['1: x0', '2: x1', '3: x2']);
    }
  });

  it('resumes a conversation from the store when a new instance opens the same data', async () => {
    const first = await counterHarness();
    await first.say('+32470000012', 'one');
    await first.say('+32470000012', 'two');
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await counterHarness(first.dataDir);
    expect(await second.say('+32470000012', 'three')).toEqual(['3: three']);
  });

  it('restarts politely when the stored snapshot belongs to another flow version', async () => {
    const first = await counterHarness();
    await first.say('+32470000013', 'one');
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await counterHarness(first.dataDir, 2);
    expect(await second.say('+32470000013', 'two')).toEqual(['restarted', '1: two']);
  });

  it('tells the person when a message is only a picture, and keeps the flow where it was', async () => {
    const harness = await counterHarness();
    await harness.say('+32470000014', 'one');
    await harness.bot.engine.handle({
      channel: 'test',
      address: '+32470000014',
      providerMessageId: 'pic-1',
      sentAt: harness.clock.now(),
      content: { type: 'unsupported', what: 'image' },
    });
    expect(harness.channel.textsTo('+32470000014').at(-1)).toBe('system.onlyText');
    expect(await harness.say('+32470000014', 'two')).toEqual(['2: two']);
  });

  it('answers an empty message without disturbing the flow and cuts a 64 KB message', async () => {
    const harness = await counterHarness();
    expect(await harness.say('+32470000015', '   \u0000\u0007  ')).toEqual(['system.empty']);
    const [cut, counted] = await harness.say('+32470000015', 'a'.repeat(64 * 1024));
    expect(cut).toBe('system.tooLong');
    expect(counted).toBe(`1: ${'a'.repeat(1000)}`);
  });
});
