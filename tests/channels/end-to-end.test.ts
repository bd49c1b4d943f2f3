import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/logger.js';
import {
  BOTFRAMEWORK_REFERENCES_COLLECTION,
  createBotFrameworkChannel,
  type BotFrameworkReferenceDoc,
} from '../../src/bot/channels/botframework/index.js';
import { createWhatsAppWebChannel } from '../../src/bot/channels/whatsapp-web/index.js';
import { createHarness, type Harness } from '../support/harness.js';
import { listen, startFakeConnector } from './botframework/fixtures.js';
import { FakeWhatsAppWebClient, createManualTimers, whatsAppWebMessage } from './whatsapp-web/fixtures.js';

/** Waits until the condition holds: up to 20 s, so that a busy machine only makes it slower. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 2_000 && !condition(); turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('channels through the engine', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const harness = async (): Promise<Harness> => {
    const h = await createHarness();
    cleanups.push(() => h.close());
    return h;
  };

  it('answers a WhatsApp Web message with the greeting and a numbered language menu', async () => {
    const h = await harness();
    const client = new FakeWhatsAppWebClient();
    const whatsapp = createWhatsAppWebChannel({
      config: { chromiumPath: '/usr/bin/chromium', auth: { kind: 'local', dataPath: '/tmp/unused' } },
      sink: h.bot.engine,
      logger: silentLogger,
      clientFactory: () => Promise.resolve(client),
      showQr: () => undefined,
      timers: createManualTimers(),
    });
    h.bot.attachChannel(whatsapp.channel);
    await whatsapp.start();
    cleanups.push(() => whatsapp.stop());
    client.emit('ready');

    client.emit('message', whatsAppWebMessage({ body: 'Bonjour' }));
    await eventually(() => client.sent.length >= 2);

    expect(client.sent.map((message) => message.chatId)).toEqual(['32470123456@c.us', '32470123456@c.us']);
    expect(client.sent[0]?.content).toContain('Je suis l’assistant de DUO for a JOB');
    expect(client.sent[1]?.content).toContain('1. Français\n2. Nederlands\n3. English\n4. العربية');
  });

  it('answers a Bot Framework activity posted to /api/messages, with suggested actions for the choices', async () => {
    const h = await harness();
    const connector = await startFakeConnector();
    cleanups.push(() => connector.close());
    const teams = createBotFrameworkChannel({
      config: { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: null, serviceHosts: ['127.0.0.1'] },
      sink: h.bot.engine,
      logger: silentLogger,
      references: h.bot.store.engine.collection<BotFrameworkReferenceDoc>(BOTFRAMEWORK_REFERENCES_COLLECTION),
    });
    h.bot.attachChannel(teams.channel);
    const app = express();
    app.use(teams.router);
    const server = await listen(app);
    cleanups.push(() => server.close());

    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'activity-1',
        timestamp: '2031-03-03T09:00:00.000Z',
        serviceUrl: connector.url,
        channelId: 'emulator',
        from: { id: 'user-1', name: 'User', role: 'user' },
        conversation: { id: 'conversation-1' },
        recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
        text: 'Hello',
      }),
    });
    expect(response.status).toBe(200);
    await eventually(() => connector.calls.length >= 2);

    const [greeting, menu] = connector.calls.map((call) => JSON.stringify(call.body));
    expect(greeting).toContain('I am the assistant of DUO for a JOB');
    expect(menu).toContain('I will write in English');
    expect(menu).toContain('"suggestedActions"');
    expect(menu).toContain('"title":"Français"');
  });
});
