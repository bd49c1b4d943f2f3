import type { OutboundMessage, RenderedMessage } from '../flows/message.js';
import type { DeliveryStatus } from '../store/index.js';

/** One message from a person, as every channel reports it. */
export interface Inbound {
  channel: string;
  /** Where replies go: a phone number, a chat id. Personal data: never logged. */
  address: string;
  /** The provider's id for this message; a redelivery carries the same id. */
  providerMessageId: string;
  /** When the provider says it was sent. */
  sentAt: Date;
  content: InboundContent;
}

export type InboundContent =
  | { type: 'text'; text: string }
  /** A tap on a button, a list row or a template quick reply. */
  | { type: 'choice'; id: string; title: string }
  /** Anything but text (picture, voice note, location…), named for the transcript. */
  | { type: 'unsupported'; what: string };

export interface OutgoingMessage {
  /** The outbox entry id: the same on every retry of this message. */
  id: string;
  language: string;
  message: OutboundMessage;
  rendered: RenderedMessage;
}

export interface SendRequest {
  address: string;
  message: OutgoingMessage;
  /** The last time the person wrote: WhatsApp allows free-form messages only within 24 hours of it. */
  lastInboundAt: Date | null;
  /** The last failure the provider reported for this person (a WhatsApp error code such as 131047), if any. */
  lastDeliveryFailure?: { code: string; at: Date } | null;
}

export type SendResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; retryable: boolean; code: string; detail: string; retryAfterMs?: number };

/** What a provider reports about a message sent earlier. */
export interface DeliveryUpdate {
  channel: string;
  providerMessageId: string;
  status: DeliveryStatus;
  at: Date;
  errorCode: string | null;
  /** The outbox entry id echoed by the provider (WhatsApp's biz_opaque_callback_data), when it gives one back. */
  callbackData?: string;
  /**
   * Who the message went to, as Inbound.address names them (WhatsApp Cloud's `recipient_id`, the
   * chat of a WhatsApp Web message): a sent reply is found among its person's. Personal data: never logged.
   */
  address?: string;
}

/** A channel only translates: provider payloads to Inbound, rendered messages to what the provider shows. */
export interface Channel {
  readonly name: string;
  /**
   * The provider reports every message it took with a status naming our outbox id, and delivers
   * that report again until we acknowledge it (WhatsApp Cloud): a send cut short by a crash can
   * then be confirmed instead of sent again.
   */
  readonly confirmsSendsByStatus?: boolean;
  send(request: SendRequest): Promise<SendResult>;
}

/** Where a channel hands what it receives: the engine. */
export interface InboundSink {
  handle(inbound: Inbound): Promise<unknown>;
  recordDelivery(update: DeliveryUpdate): Promise<void>;
}

/**
 * A sink that can record a message durably before it is handled, for providers that never
 * deliver again once acknowledged: acknowledge after `accept`, and the message survives a crash.
 */
export interface DurableInboundSink extends InboundSink {
  /** Resolves once the message is stored (or known as a redelivery); `handled` settles when it has been answered. */
  accept(inbound: Inbound): Promise<{ duplicate: boolean; handled: Promise<void> }>;
}
