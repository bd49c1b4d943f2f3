import type { SendRequest } from '../../src/bot/channel.js';
import type { DeliveryStatus } from '../../src/store/index.js';
import type { Harness } from './harness.js';
import type { RecordingChannel } from './recording-channel.js';

/**
 * The provider's status webhook for a reply `from` sent (WhatsApp names our outbox id in
 * biz_opaque_callback_data), recorded by the duo-bot `to`: the same one, or one started again on
 * its data after a crash.
 */
export function reportStatus(input: {
  to: Harness;
  from: RecordingChannel;
  reply: SendRequest;
  status: DeliveryStatus;
}): Promise<void> {
  const { to, from, reply, status } = input;
  return to.bot.engine.recordDelivery({
    channel: from.name,
    // The recording channel numbers the replies it takes from 1.
    providerMessageId: `${from.name}-out-${String(from.sent.indexOf(reply) + 1)}`,
    status,
    at: to.clock.now(),
    errorCode: null,
    callbackData: reply.message.id,
    address: reply.address,
  });
}

/** The provider takes the next reply but answers after the send timed out, so duo-bot does not know it went. */
export function answerTooLateOnce(channel: RecordingChannel): void {
  const send = channel.send.bind(channel);
  let late = true;
  channel.send = async (request) => {
    const result = await send(request);
    if (!late) return result;
    late = false;
    return { ok: false, retryable: true, code: 'timeout', detail: 'no answer from the channel in time' };
  };
}
