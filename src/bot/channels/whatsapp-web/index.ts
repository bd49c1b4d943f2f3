export { createWhatsAppWebChannel } from './channel.js';
export type { WhatsAppWebChannel, WhatsAppWebChannelOptions } from './channel.js';
export type { WhatsAppWebClientFactory, WhatsAppWebClientLike, WhatsAppWebMessageLike } from './client.js';
export { readWhatsAppWebConfig, whatsAppWebEnvSchema } from './config.js';
export type { WhatsAppWebConfig, WhatsAppWebConfigResult, WhatsAppWebEnv } from './config.js';
export { WHATSAPP_WEB_CHANNEL } from './convert.js';
export type { ReconnectConfig, WhatsAppWebTimers } from './reconnect.js';
