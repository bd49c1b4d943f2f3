export { createBotFrameworkChannel } from './channel.js';
export type { BotFrameworkChannel, BotFrameworkChannelOptions } from './channel.js';
export { botFrameworkEnvSchema, readBotFrameworkConfig } from './config.js';
export type { BotFrameworkConfig, BotFrameworkConfigResult, BotFrameworkEnv } from './config.js';
export { BOTFRAMEWORK_CHANNEL } from './convert.js';
export { BOTFRAMEWORK_REFERENCES_COLLECTION } from './references.js';
export type { BotFrameworkReferenceDoc } from './references.js';
export { isLoopbackHost } from './service-url.js';
