import type { DeliveryUpdate, Inbound, InboundContent } from '../../channel.js';
import type { DeliveryStatus } from '../../../store/index.js';
import { WHATSAPP_CLOUD_CHANNEL } from './channel-name.js';
import {
  messagesValueSchema,
  webhookMessageSchema,
  webhookStatusSchema,
  type ProviderError,
  type WebhookMessage,
  type WebhookPayload,
  type WebhookStatus,
} from './webhook-payload.js';

export interface InboundEvents {
  /** In the order they appear in the delivery. */
  inbounds: Inbound[];
  /** In the order they appear in the delivery. */
  deliveries: DeliveryUpdate[];
  /** Value-level errors Meta reports (a rate limit hit, say): for the log, nothing to hand on. */
  providerErrors: ProviderError[];
  /** Messages and statuses too malformed to read, and changes for another phone number. */
  skipped: number;
}

export interface ToInboundEventsOptions {
  payload: WebhookPayload;
  /** Stands in for a timestamp that is not a number of seconds. */
  receivedAt: Date;
  /** When set, changes for any other number of the same business account are skipped. */
  phoneNumberId?: string;
}

/** Everything one webhook delivery carries: several entries, changes, messages and statuses. */
export function toInboundEvents(options: ToInboundEventsOptions): InboundEvents {
  const { payload, receivedAt, phoneNumberId } = options;
  const events: InboundEvents = { inbounds: [], deliveries: [], providerErrors: [], skipped: 0 };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const value = messagesValueSchema.safeParse(change.value);
      if (!value.success) {
        events.skipped += 1;
        continue;
      }
      const forNumber = value.data.metadata?.phone_number_id;
      if (phoneNumberId !== undefined && forNumber !== undefined && forNumber !== phoneNumberId) {
        events.skipped += value.data.messages.length + value.data.statuses.length;
        continue;
      }
      events.providerErrors.push(...value.data.errors);
      for (const rawMessage of value.data.messages) {
        const message = webhookMessageSchema.safeParse(rawMessage);
        if (message.success) events.inbounds.push(toInbound({ message: message.data, receivedAt }));
        else events.skipped += 1;
      }
      for (const rawStatus of value.data.statuses) {
        const status = webhookStatusSchema.safeParse(rawStatus);
        const update = status.success ? toDeliveryUpdate({ status: status.data, receivedAt }) : null;
        if (update) events.deliveries.push(update);
        else events.skipped += 1;
      }
    }
  }
  return events;
}

export function toInbound(options: { message: WebhookMessage; receivedAt: Date }): Inbound {
  const { message, receivedAt } = options;
  return {
    channel: WHATSAPP_CLOUD_CHANNEL,
    address: message.from,
    providerMessageId: message.id,
    sentAt: fromUnixSeconds(message.timestamp) ?? receivedAt,
    content: toInboundContent(message),
  };
}

export function toInboundContent(message: WebhookMessage): InboundContent {
  if (message.type === 'text' && message.text) return { type: 'text', text: message.text.body };
  if (message.type === 'interactive' && message.interactive) {
    const reply = message.interactive.button_reply ?? message.interactive.list_reply;
    if (reply) return { type: 'choice', id: reply.id, title: reply.title };
    return { type: 'unsupported', what: `interactive:${message.interactive.type}` };
  }
  if (message.type === 'button' && message.button) {
    // Without a payload set at send time, Meta echoes the button's text as the payload.
    return { type: 'choice', id: message.button.payload ?? message.button.text, title: message.button.text };
  }
  if (message.type === 'audio' && message.audio?.voice === true) return { type: 'unsupported', what: 'voice' };
  return { type: 'unsupported', what: message.type };
}

const DELIVERY_STATUSES = new Map<string, DeliveryStatus>([
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['read', 'read'],
  ['failed', 'failed'],
]);

/** Null for a status duo-bot does not track (`deleted`, `warning`, `played`…). */
export function toDeliveryUpdate(options: { status: WebhookStatus; receivedAt: Date }): DeliveryUpdate | null {
  const { status, receivedAt } = options;
  const known = DELIVERY_STATUSES.get(status.status);
  if (known === undefined) return null;
  const firstError = status.errors?.[0];
  return {
    channel: WHATSAPP_CLOUD_CHANNEL,
    providerMessageId: status.id,
    status: known,
    at: fromUnixSeconds(status.timestamp) ?? receivedAt,
    errorCode: firstError ? String(firstError.code) : null,
    ...(status.biz_opaque_callback_data ? { callbackData: status.biz_opaque_callback_data } : {}),
    ...(status.recipient_id ? { address: status.recipient_id } : {}),
  };
}

function fromUnixSeconds(timestamp: string | number): Date | null {
  const seconds = typeof timestamp === 'number' ? timestamp : /^\d+$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const date = new Date(seconds * 1000);
  // A number of seconds beyond the last representable date makes an invalid Date, which no store can write.
  return Number.isNaN(date.getTime()) ? null : date;
}
