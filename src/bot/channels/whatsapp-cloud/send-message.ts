import type { SendRequest, SendResult } from '../../channel.js';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { WhatsAppCloudConfig } from './config.js';
import { toGraphMessages, toTemplateMessage } from './convert-outbound.js';
import { postGraphMessage } from './graph-client.js';
import type { GraphMessage } from './graph-message.js';
import { isServiceWindowOpen } from './service-window.js';
import type { TokenBucket } from './token-bucket.js';
import { rememberRecent } from '../../../remember-recent.js';

export interface WhatsAppCloudSenderOptions {
  config: WhatsAppCloudConfig;
  fetch: typeof fetch;
  clock: Clock;
  logger: Logger;
  /** Shared by every send of the channel: the number's throughput is one budget. */
  rateLimit: TokenBucket;
}

export type SendWhatsAppCloud = (request: SendRequest) => Promise<SendResult>;

/** Outbox ids whose first parts were accepted before a later part failed; bounded, since it only saves duplicates. */
const MAX_REMEMBERED_PARTIAL_SENDS = 1_000;

export function createWhatsAppCloudSender(options: WhatsAppCloudSenderOptions): SendWhatsAppCloud {
  const { config, clock, logger, rateLimit } = options;
  const endpoint = {
    graphUrl: config.graphUrl,
    apiVersion: config.apiVersion,
    phoneNumberId: config.phoneNumberId,
    accessToken: config.accessToken,
  };
  // A split message whose third part failed resumes at the third part on retry (within this process).
  const partsAccepted = new Map<string, { count: number; lastId: string }>();

  function rememberPartial(outboxId: string, accepted: { count: number; lastId: string }): void {
    rememberRecent(partsAccepted, outboxId, accepted, MAX_REMEMBERED_PARTIAL_SENDS);
  }

  return async function send(request) {
    const { message } = request;
    const planned = planMessages({ request, config, now: clock.now() });
    if (!planned.ok) {
      logger.warn({ outboxId: message.id, code: planned.failure.code }, 'whatsapp-cloud: message not sent');
      return planned.failure;
    }
    if (planned.messages.length === 0) {
      return {
        ok: false,
        retryable: false,
        code: 'empty-message',
        detail: 'the rendered message has no text and no choices',
      };
    }
    const resumed = partsAccepted.get(message.id);
    let lastId = resumed?.lastId ?? '';
    for (const [index, graphMessage] of planned.messages.entries()) {
      if (index < (resumed?.count ?? 0)) continue;
      await rateLimit.take();
      const result = await postGraphMessage({
        endpoint,
        fetch: options.fetch,
        clock,
        to: request.address,
        message: graphMessage,
        callbackData: message.id,
      });
      if (!result.ok) {
        if (index > 0) rememberPartial(message.id, { count: index, lastId });
        logger.warn(
          {
            outboxId: message.id,
            part: index + 1,
            parts: planned.messages.length,
            code: result.code,
            retryable: result.retryable,
          },
          'whatsapp-cloud: Graph API refused a message',
        );
        return result;
      }
      lastId = result.providerMessageId;
    }
    partsAccepted.delete(message.id);
    logger.debug({ outboxId: message.id, parts: planned.messages.length }, 'whatsapp-cloud: message sent');
    return { ok: true, providerMessageId: lastId };
  };
}

type PlannedMessages =
  { ok: true; messages: GraphMessage[] } | { ok: false; failure: Extract<SendResult, { ok: false }> };

/** Free-form messages inside the 24-hour window; only the approved template outside it. */
export function planMessages(options: {
  request: SendRequest;
  config: WhatsAppCloudConfig;
  now: Date;
}): PlannedMessages {
  const { request, config, now } = options;
  const { rendered, language } = request.message;
  const open = isServiceWindowOpen({
    lastInboundAt: request.lastInboundAt,
    lastDeliveryFailure: request.lastDeliveryFailure,
    now,
  });
  if (open) {
    return { ok: true, messages: toGraphMessages({ rendered, language }) };
  }
  if (config.template === null) {
    return {
      ok: false,
      failure: {
        ok: false,
        retryable: false,
        code: '131047',
        detail: 'outside the 24-hour window and no template configured',
      },
    };
  }
  return { ok: true, messages: [toTemplateMessage({ template: config.template, rendered, language })] };
}
