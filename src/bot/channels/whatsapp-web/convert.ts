import type { DeliveryStatus } from '../../../store/index.js';
import type { RenderedMessage } from '../../../flows/message.js';
import type { Inbound, SendResult } from '../../channel.js';
import type { WhatsAppWebMessageLike } from './client.js';

export const WHATSAPP_WEB_CHANNEL = 'whatsapp-web';

/** What a person sent that is not text, by whatsapp-web.js message type, named for the transcript. */
const UNSUPPORTED_TYPES: Readonly<Record<string, string>> = {
  image: 'image',
  album: 'album',
  video: 'video',
  audio: 'audio',
  ptt: 'voice note',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  vcard: 'contact card',
  multi_vcard: 'contact cards',
  poll_creation: 'poll',
  scheduled_event_creation: 'event',
  groups_v4_invite: 'group invite',
  order: 'order',
  product: 'product',
  payment: 'payment',
};

/** Replies to the buttons and lists of other senders: their body is the chosen label, readable as text. */
const TEXT_LIKE_TYPES = new Set(['chat', 'buttons_response', 'list_response', 'template_button_reply']);

export type WhatsAppWebInboundResult =
  { ok: true; inbound: Inbound } | { ok: false; reason: 'group' | 'broadcast' | 'from-me' | 'not-a-message' };

/**
 * A whatsapp-web.js message as one Inbound, or why it is none of the assistant's business: groups,
 * status updates and broadcast lists, the linked phone's own messages, and system notices
 * (revoked, reactions, call logs, e2e notifications…).
 */
export function toInboundFromWhatsAppWeb(message: WhatsAppWebMessageLike, receivedAt: Date): WhatsAppWebInboundResult {
  if (message.fromMe) return { ok: false, reason: 'from-me' };
  if (message.from.endsWith('@g.us')) return { ok: false, reason: 'group' };
  if (message.isStatus === true || message.broadcast === true || /@(broadcast|newsletter)$/.test(message.from)) {
    return { ok: false, reason: 'broadcast' };
  }
  const unsupported = UNSUPPORTED_TYPES[message.type];
  let content: Inbound['content'];
  if (TEXT_LIKE_TYPES.has(message.type)) content = { type: 'text', text: message.body };
  else if (unsupported !== undefined) content = { type: 'unsupported', what: unsupported };
  else return { ok: false, reason: 'not-a-message' };
  return {
    ok: true,
    inbound: {
      channel: WHATSAPP_WEB_CHANNEL,
      address: message.from,
      providerMessageId: message.id._serialized,
      sentAt:
        Number.isFinite(message.timestamp) && message.timestamp > 0 ? new Date(message.timestamp * 1000) : receivedAt,
      content,
    },
  };
}

/** Buttons and lists no longer reach people through WhatsApp Web: choices become numbered lines to answer by number. */
export function toWhatsAppWebText(rendered: RenderedMessage): string {
  if (rendered.choices.length === 0) return rendered.text;
  const lines = rendered.choices.map(
    (choice, index) => `${index + 1}. ${choice.title}${choice.description ? ` — ${choice.description}` : ''}`,
  );
  return `${rendered.text}\n\n${lines.join('\n')}`;
}

/** whatsapp-web.js `MessageAck` values as delivery statuses; pending (0) says nothing new. */
export function toDeliveryStatus(ack: number): DeliveryStatus | null {
  if (ack === -1) return 'failed';
  if (ack === 1) return 'sent';
  if (ack === 2) return 'delivered';
  if (ack === 3 || ack === 4) return 'read';
  return null;
}

export type WhatsAppWebSendFailure = Extract<SendResult, { ok: false }>;

/** Puppeteer errors when the page or browser went away mid-send: the message did not leave, try again later. */
const BROWSER_GONE =
  /session closed|target closed|protocol error|execution context was destroyed|detached frame|not opened|browser has disconnected/i;
/** WhatsApp Web rejects the chat id itself: retrying cannot help. */
const BAD_RECIPIENT = /invalid wid|wid error|no lid for user|chat not found|not a whatsapp user/i;

/** A failed `sendMessage` as a value; the detail is the library's message, which names no person. */
export function toWhatsAppWebSendFailure(error: unknown): WhatsAppWebSendFailure {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  if (BROWSER_GONE.test(detail)) return { ok: false, retryable: true, code: 'browser_unavailable', detail };
  if (BAD_RECIPIENT.test(detail)) return { ok: false, retryable: false, code: 'invalid_recipient', detail };
  // Anything else may have happened after WhatsApp accepted the message: a retry could send it twice.
  return { ok: false, retryable: false, code: 'send_failed', detail };
}
