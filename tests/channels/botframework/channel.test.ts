import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { SendRequest } from '../../../src/bot/channel.js';
import { silentLogger } from '../../../src/bot/logger.js';
import {
  BOTFRAMEWORK_REFERENCES_COLLECTION,
  createBotFrameworkChannel,
  type BotFrameworkReferenceDoc,
} from '../../../src/bot/channels/botframework/index.js';
import type { RenderedMessage } from '../../../src/flows/message.js';
import { openEngine } from '../../../src/store/index.js';
import { tempDir } from '../../support/temp-dir.js';
import { createRecordingSink, listen, startFakeConnector, watchOutgoingConnections } from './fixtures.js';

const CONVERSATION = 'b1f2c3d4-5e6f-11ef-9a7b-0d1e2f3a4b5c|livechat';

/** An activity as the Bot Framework Emulator posts it. */
function emulatorActivity(serviceUrl: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: '6d1c8a70-5e6f-11ef-8e1b-bd4a3c2e1f00',
    timestamp: '2026-01-05T09:30:00.000Z',
    localTimestamp: '2026-01-05T10:30:00+01:00',
    localTimezone: 'Europe/Brussels',
    serviceUrl,
    channelId: 'emulator',
    from: { id: '5e6f7a8b-user', name: 'User', role: 'user' },
    conversation: { id: CONVERSATION },
    recipient: { id: '9c0d1e2f-bot', name: 'Bot', role: 'bot' },
    locale: 'fr-BE',
    textFormat: 'plain',
    entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
    channelData: { clientActivityID: '17361234567890.abcdef', clientTimestamp: '2026-01-05T09:30:00.000Z' },
    ...fields,
  };
}

function sendRequest(address: string, rendered: RenderedMessage): SendRequest {
  return {
    address,
    lastInboundAt: null,
    message: { id: 'turn-7#0', language: 'fr', message: { key: 'test.question' }, rendered },
  };
}

describe('botframework channel', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup() {
    const network = watchOutgoingConnections();
    cleanups.push(() => network.stop());
    const connector = await startFakeConnector();
    cleanups.push(() => connector.close());
    const engine = await openEngine({ kind: 'embedded', dataDir: await tempDir() });
    cleanups.push(() => engine.close());
    const references = engine.collection<BotFrameworkReferenceDoc>(BOTFRAMEWORK_REFERENCES_COLLECTION);
    const sink = createRecordingSink();
    const botframework = createBotFrameworkChannel({
      config: { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: null, serviceHosts: ['127.0.0.1'] },
      sink,
      logger: silentLogger,
      references,
    });
    const app = express();
    app.use(botframework.router);
    const bot = await listen(app);
    cleanups.push(() => bot.close());
    const post = (activity: Record<string, unknown>) =>
      fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    return { botframework, connector, sink, references, post, network };
  }

  it('hands a message activity to the sink as text from the conversation', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(emulatorActivity(connector.url, { type: 'message', text: 'Bonjour' }));

    expect(response.status).toBe(200);
    expect(sink.handled).toEqual([
      {
        channel: 'botframework',
        address: `emulator:${CONVERSATION}`,
        providerMessageId: '6d1c8a70-5e6f-11ef-8e1b-bd4a3c2e1f00',
        sentAt: new Date('2026-01-05T09:30:00.000Z'),
        content: { type: 'text', text: 'Bonjour' },
      },
    ]);
  });

  it('sends two choices as suggested actions to the connector of that conversation', async () => {
    const { botframework, connector, post, network } = await setup();
    await post(emulatorActivity(connector.url, { type: 'message', text: 'Bonjour' }));

    const result = await botframework.channel.send(
      sendRequest(`emulator:${CONVERSATION}`, {
        text: 'Quelle séance vous convient ?',
        choices: [
          { id: 'session-1', title: 'Lundi 10h' },
          { id: 'session-2', title: 'Mardi 14h' },
        ],
      }),
    );

    expect(result).toEqual({ ok: true, providerMessageId: 'connector-activity-1' });
    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({
      method: 'POST',
      body: {
        type: 'message',
        text: 'Quelle séance vous convient ?',
        inputHint: 'expectingInput',
        conversation: { id: CONVERSATION },
        suggestedActions: {
          actions: [
            {
              type: 'messageBack',
              title: 'Lundi 10h',
              text: 'Lundi 10h',
              displayText: 'Lundi 10h',
              value: { duoChoice: 'session-1' },
            },
            {
              type: 'messageBack',
              title: 'Mardi 14h',
              text: 'Mardi 14h',
              displayText: 'Mardi 14h',
              value: { duoChoice: 'session-2' },
            },
          ],
        },
      },
    });
    // botbuilder sends a proactive message as a reply to the continuation activity it made up.
    expect(connector.calls[0]?.path.replace(/\/activities\/[\w-]+$/, '/activities')).toBe(
      `/v3/conversations/${CONVERSATION}/activities`,
    );
    expect(network.hosts.length).toBeGreaterThan(0);
    expect(network.hosts.every((host) => host === '127.0.0.1')).toBe(true);
  });

  it('reads a tapped suggested action as the choice it carries', async () => {
    const { connector, sink, post } = await setup();

    await post(
      emulatorActivity(connector.url, { type: 'message', text: 'Mardi 14h', value: { duoChoice: 'session-2' } }),
    );

    expect(sink.handled.map((inbound) => inbound.content)).toEqual([
      { type: 'choice', id: 'session-2', title: 'Mardi 14h' },
    ]);
  });

  it('greets a person who joins the conversation, not the bot itself', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(
      emulatorActivity(connector.url, {
        type: 'conversationUpdate',
        id: undefined,
        membersAdded: [
          { id: '9c0d1e2f-bot', name: 'Bot' },
          { id: '5e6f7a8b-user', name: 'User' },
        ],
      }),
    );

    expect(response.status).toBe(200);
    expect(sink.handled).toEqual([
      {
        channel: 'botframework',
        address: `emulator:${CONVERSATION}`,
        providerMessageId: `join:${CONVERSATION}`,
        sentAt: new Date('2026-01-05T09:30:00.000Z'),
        content: { type: 'text', text: 'hello' },
      },
    ]);
  });

  it('reports a picture sent without text as unsupported', async () => {
    const { connector, sink, post } = await setup();

    await post(
      emulatorActivity(connector.url, {
        type: 'message',
        text: undefined,
        attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/photo.png', name: 'photo.png' }],
      }),
    );

    expect(sink.handled.map((inbound) => inbound.content)).toEqual([{ type: 'unsupported', what: 'image' }]);
  });

  it('ignores typing indicators', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(emulatorActivity(connector.url, { type: 'typing' }));

    expect(response.status).toBe(200);
    expect(sink.handled).toEqual([]);
  });

  it('keeps the conversation reference as JSON text, without the name or last activity id', async () => {
    const { connector, references, post } = await setup();

    await post(emulatorActivity(connector.url, { type: 'message', text: 'Bonjour' }));

    const doc = await references.findOne({ _id: `emulator:${CONVERSATION}` });
    expect(typeof doc?.reference).toBe('string');
    const stored: unknown = JSON.parse(doc?.reference ?? 'null');
    expect(stored).toMatchObject({
      channelId: 'emulator',
      serviceUrl: connector.url,
      conversation: { id: CONVERSATION },
      bot: { id: '9c0d1e2f-bot' },
      user: { id: '5e6f7a8b-user', name: '' },
    });
    expect(stored).not.toHaveProperty('activityId');
  });

  it('rejects a body that is not JSON with a client error', async () => {
    const { botframework } = await setup();
    const app = express();
    app.use(botframework.router);
    const bot = await listen(app);
    cleanups.push(() => bot.close());

    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", ',
    });

    expect(response.status).toBe(400);
  });

  it('rejects an activity without a conversation with a problem naming the field', async () => {
    const { connector, sink, post } = await setup();

    const response = await post(emulatorActivity(connector.url, { type: 'message', text: 'Hi', conversation: {} }));

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 400, detail: 'missing or invalid: conversation.id' });
    expect(sink.handled).toEqual([]);
  });

  it('answers 503 with Retry-After when the engine cannot take the message, so that the connector delivers it again', async () => {
    const { connector, sink, post } = await setup();
    sink.handle = () => Promise.reject(new Error('store unavailable'));

    const response = await post(emulatorActivity(connector.url, { type: 'message', text: 'Bonjour' }));

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.text()).not.toContain('store unavailable');
  });

  it('fails a send without retry when no conversation is known for the address', async () => {
    const { botframework } = await setup();

    const result = await botframework.channel.send(sendRequest('emulator:unknown', { text: 'Hello', choices: [] }));

    expect(result).toMatchObject({ ok: false, retryable: false, code: 'no_conversation_reference' });
  });

  it('makes a connector 403 final', async () => {
    const { botframework, connector, post } = await setup();
    await post(emulatorActivity(connector.url, { type: 'message', text: 'Bonjour' }));
    connector.failWith(403);

    const result = await botframework.channel.send(sendRequest(`emulator:${CONVERSATION}`, { text: 'A', choices: [] }));

    expect(result).toMatchObject({ ok: false, retryable: false, code: 'http_403' });
    expect(connector.calls).toHaveLength(1);
  });
});
