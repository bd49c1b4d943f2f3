import { afterEach, describe, expect, it } from 'vitest';
import { toInboundEvents } from '../../src/bot/channels/whatsapp-cloud/convert-inbound.js';
import { webhookPayloadSchema } from '../../src/bot/channels/whatsapp-cloud/webhook-payload.js';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';
import { answerTooLateOnce, reportStatus } from '../support/provider-took-it.js';
import { readSample } from '../support/whatsapp-cloud-samples.js';

const LEASE_MS = 10_000;

/**
 * The one crash window of sending: the provider accepted a reply and the process died before the
 * reply was marked sent. WhatsApp's status webhook names our outbox id (biz_opaque_callback_data),
 * so the restarted process learns that the reply went out and does not send it again.
 */
describe('a status webhook after a crash', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const start = async (dataDir?: string) => {
    const harness = await createHarness({
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      sendLeaseMs: LEASE_MS,
      ...(dataDir ? { dataDir } : {}),
    });
    open.push(harness);
    return harness;
  };
  const crash = new Error('simulated crash');

  async function diedAfterTheProviderAccepted(address: string) {
    const first = await start();
    first.bot.store.outbox.markSent = () => Promise.reject(crash);
    await expect(first.bot.engine.handle(first.inbound(address, 'one'))).rejects.toThrow('simulated crash');
    expect(first.channel.textsTo(address)).toEqual(['1: one']);
    open.splice(open.indexOf(first), 1);
    await first.bot.scheduler.stop();
    await first.bot.store.engine.close();
    const second = await start(first.dataDir);
    return { first, second, accepted: first.channel.sent[0]! };
  }

  it('does not send a reply again when the provider reported it sent before its lease ran out', async () => {
    const { first, second, accepted } = await diedAfterTheProviderAccepted('+32470000031');
    await reportStatus({ to: second, from: first.channel, reply: accepted, status: 'sent' });
    second.clock.advance(LEASE_MS * 3);
    await second.bot.engine.recover();

    const received = [...first.channel.textsTo('+32470000031'), ...second.channel.textsTo('+32470000031')];
    expect(received).toEqual(['1: one']);
    expect(await second.say('+32470000031', 'two')).toEqual(['2: two']);
  });

  it('still sends a reply again after its lease when no status came', async () => {
    const { second } = await diedAfterTheProviderAccepted('+32470000032');
    second.clock.advance(LEASE_MS * 3);
    await second.bot.engine.recover();
    expect(second.channel.textsTo('+32470000032')).toEqual(['1: one']);
  });

  it('does not send a reply again when the provider took it, answered too late, and its status came before the retry', async () => {
    const harness = await start();
    const { channel } = harness;
    answerTooLateOnce(channel);
    await harness.bot.engine.handle(harness.inbound('+32470000033', 'one'));
    const taken = channel.sent[0]!;
    await reportStatus({ to: harness, from: channel, reply: taken, status: 'sent' });
    harness.clock.advance(LEASE_MS * 3);
    await harness.bot.engine.recover();

    expect(channel.textsTo('+32470000033')).toEqual(['1: one']);
    expect(await harness.say('+32470000033', 'two')).toEqual(['2: two']);
  });

  it('reads the outbox id WhatsApp echoes in a status webhook', () => {
    const withOurId = readSample('status_sent.json').replace(
      '"status": "sent",',
      '"status": "sent", "biz_opaque_callback_data": "h:abc#1",',
    );
    const payload = webhookPayloadSchema.parse(JSON.parse(withOurId));
    const events = toInboundEvents({ payload, receivedAt: new Date() });
    expect(events.deliveries).toEqual([expect.objectContaining({ status: 'sent', callbackData: 'h:abc#1' })]);
  });
});
