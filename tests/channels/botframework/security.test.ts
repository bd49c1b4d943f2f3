import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/bot/logger.js';
import {
  BOTFRAMEWORK_REFERENCES_COLLECTION,
  createBotFrameworkChannel,
  type BotFrameworkConfig,
  type BotFrameworkReferenceDoc,
} from '../../../src/bot/channels/botframework/index.js';
import { openEngine } from '../../../src/store/index.js';
import { readChannelConfigs } from '../../../src/server.js';
import { tempDir } from '../../support/temp-dir.js';
import { createRecordingSink, listen, startFakeConnector } from './fixtures.js';

const CONVERSATION = 'a7c1e2f3-0000-4000-8000-000000000001|livechat';

function activity(serviceUrl: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: 'activity-1',
    timestamp: '2026-01-05T09:30:00.000Z',
    serviceUrl,
    channelId: 'emulator',
    from: { id: 'user-1', name: 'User' },
    conversation: { id: CONVERSATION },
    recipient: { id: 'bot-1', name: 'Bot' },
    text: 'Bonjour',
    ...fields,
  };
}

const anonymous: BotFrameworkConfig = {
  appId: '',
  appPassword: '',
  appType: 'MultiTenant',
  tenantId: null,
  serviceHosts: ['127.0.0.1'],
};

describe('botframework channel defences', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(config: BotFrameworkConfig = anonymous) {
    const connector = await startFakeConnector();
    cleanups.push(() => connector.close());
    const engine = await openEngine({ kind: 'embedded', dataDir: await tempDir() });
    cleanups.push(() => engine.close());
    const references = engine.collection<BotFrameworkReferenceDoc>(BOTFRAMEWORK_REFERENCES_COLLECTION);
    const sink = createRecordingSink();
    const botframework = createBotFrameworkChannel({ config, sink, logger: silentLogger, references });
    const app = express();
    app.use(botframework.router);
    const bot = await listen(app);
    cleanups.push(() => bot.close());
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    return { connector, sink, references, post, botframework, url: bot.url };
  }

  it('refuses an activity whose serviceUrl is outside the allowed hosts, and calls nobody', async () => {
    const { connector, sink, references, post, botframework } = await setup();
    // 127.0.0.2 is this machine too, but not in the list: it stands for any address an attacker names.
    const elsewhere = connector.url.replace('127.0.0.1', '127.0.0.2');

    const response = await post(JSON.stringify(activity(elsewhere)));

    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(sink.handled).toEqual([]);
    expect(await references.countDocuments({})).toBe(0);
    const sent = await botframework.channel.send({
      address: `emulator:${CONVERSATION}`,
      lastInboundAt: null,
      message: {
        id: 'turn-1#0',
        language: 'fr',
        message: { key: 'test' },
        rendered: { text: 'hello', choices: [] },
      },
    });
    expect(sent).toMatchObject({ ok: false, code: 'no_conversation_reference' });
    expect(connector.calls).toEqual([]);
  });

  it('sends nothing to a stored conversation whose serviceUrl is no longer allowed', async () => {
    const { connector, references, botframework } = await setup();
    await references.insertOne({
      _id: `emulator:${CONVERSATION}`,
      reference: JSON.stringify({
        channelId: 'emulator',
        serviceUrl: 'https://attacker.example/',
        conversation: { id: CONVERSATION },
      }),
      updatedAt: new Date(),
    });

    const sent = await botframework.channel.send({
      address: `emulator:${CONVERSATION}`,
      lastInboundAt: null,
      message: { id: 'turn-1#0', language: 'fr', message: { key: 'test' }, rendered: { text: 'hi', choices: [] } },
    });

    expect(sent).toMatchObject({ ok: false, retryable: false, code: 'service_url_not_allowed' });
    expect(connector.calls).toEqual([]);
  });

  it('welcomes a conversation once however many members join, and however often', async () => {
    const { connector, sink, post } = await setup();
    const members = (ids: string[]) => ids.map((id) => ({ id }));

    const first = await post(
      JSON.stringify(
        activity(connector.url, {
          type: 'conversationUpdate',
          id: undefined,
          membersAdded: members(['bot-1', 'user-1', 'user-2', 'user-3']),
        }),
      ),
    );
    const second = await post(
      JSON.stringify(
        activity(connector.url, { type: 'conversationUpdate', id: undefined, membersAdded: members(['user-4']) }),
      ),
    );

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(sink.handled.map((inbound) => inbound.providerMessageId)).toEqual([`join:${CONVERSATION}`]);
  });

  it('refuses with 400 an activity that adds more members than a chat has', async () => {
    const { connector, sink, post } = await setup();
    const membersAdded = Array.from({ length: 51 }, (_, index) => ({ id: `member-${index}` }));

    const response = await post(
      JSON.stringify(activity(connector.url, { type: 'conversationUpdate', id: undefined, membersAdded })),
    );

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ detail: 'missing or invalid: membersAdded' });
    expect(sink.handled).toEqual([]);
  });

  it('answers 400 problem+json to a body that is not JSON, without echoing it', async () => {
    const { sink, post } = await setup();

    const response = await post('{"type": "message", <script>');

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const text = await response.text();
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
    expect(sink.handled).toEqual([]);
  });

  it('answers 400, not 501, to an invoke activity it has no use for', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(
      JSON.stringify(activity(connector.url, { type: 'invoke', name: 'adaptiveCard/action' })),
    );

    expect(response.status).toBe(400);
    expect(sink.handled).toEqual([]);
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(JSON.stringify(activity(connector.url)), { 'content-type': 'text/plain' });

    expect(response.status).toBe(415);
    expect(sink.handled).toEqual([]);
  });

  it('answers 415 to a compressed body', async () => {
    const { connector, sink, url } = await setup();
    const body = gzipSync(JSON.stringify(activity(connector.url)));

    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body,
    });

    expect(response.status).toBe(415);
    expect(sink.handled).toEqual([]);
  });

  it('answers 413 to a body larger than an activity needs', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(JSON.stringify(activity(connector.url, { text: 'x'.repeat(300 * 1024) })));

    expect(response.status).toBe(413);
    expect(sink.handled).toEqual([]);
  });

  it('answers 401 to an unsigned activity when an app id is set, and calls nobody', async () => {
    const { connector, sink, references, post } = await setup({
      ...anonymous,
      appId: '0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
      appPassword: 'client-secret',
    });

    const response = await post(JSON.stringify(activity(connector.url.replace('http:', 'https:'))));

    expect(response.status).toBe(401);
    expect(await response.text()).not.toMatch(/Unauthorized Access|stack/);
    expect(sink.handled).toEqual([]);
    expect(await references.countDocuments({})).toBe(0);
    expect(connector.calls).toEqual([]);
  });

  it('refuses a plain http serviceUrl when an app id is set, even on an allowed host', async () => {
    const { connector, sink, post } = await setup({ ...anonymous, appId: 'app', appPassword: 'secret' });

    const response = await post(JSON.stringify(activity(connector.url)));

    expect(response.status).toBe(403);
    expect(sink.handled).toEqual([]);
  });
});

describe('readChannelConfigs', () => {
  it('refuses to start Bot Framework without an app id on an address other machines reach, saying why', () => {
    const result = readChannelConfigs({ BOTFRAMEWORK_ENABLED: 'true', DUO_HTTP_HOST: '0.0.0.0' });

    expect(!result.ok && result.errors.join('\n')).toMatch(
      /^BOTFRAMEWORK_ENABLED: without MICROSOFT_APP_ID .* DUO_HTTP_HOST=0\.0\.0\.0 .*loopback/,
    );
  });

  it('starts Bot Framework without an app id on loopback', () => {
    for (const host of [undefined, '127.0.0.1', 'localhost', '::1']) {
      const result = readChannelConfigs({ BOTFRAMEWORK_ENABLED: 'true', DUO_HTTP_HOST: host });
      expect(result.ok).toBe(true);
    }
  });

  it('starts Bot Framework with an app id on any address', () => {
    const result = readChannelConfigs({
      BOTFRAMEWORK_ENABLED: 'true',
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'secret',
      DUO_HTTP_HOST: '0.0.0.0',
    });

    expect(result.ok).toBe(true);
  });
});
