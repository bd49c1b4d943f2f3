/** The part of a whatsapp-web.js `Message` the channel reads. */
export interface WhatsAppWebMessageLike {
  id: { _serialized: string };
  /** The chat the message came from: `32470123456@c.us`, `…@lid`, `…@g.us` for a group, `status@broadcast`. */
  from: string;
  /** The chat the message went to (for a message of ours, the person's chat). */
  to?: string;
  fromMe: boolean;
  /** whatsapp-web.js `MessageTypes`: `chat`, `image`, `ptt`… */
  type: string;
  body: string;
  /** Seconds since the epoch. */
  timestamp: number;
  isStatus?: boolean;
  broadcast?: boolean;
}

/**
 * The part of whatsapp-web.js's `Client` the channel uses, with the library's own event names and
 * payloads, so tests drive the channel with a fake and need no browser.
 */
export interface WhatsAppWebClientLike {
  on(event: 'qr', listener: (qr: string) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  on(event: 'message', listener: (message: WhatsAppWebMessageLike) => void): unknown;
  on(event: 'message_ack', listener: (message: WhatsAppWebMessageLike, ack: number) => void): unknown;
  on(event: 'disconnected', listener: (reason: string) => void): unknown;
  on(event: 'auth_failure', listener: (message: string) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string): Promise<{ id: { _serialized: string } }>;
}

/** Builds a fresh client for each connection attempt: a destroyed client is not reused. */
export type WhatsAppWebClientFactory = () => Promise<WhatsAppWebClientLike>;
