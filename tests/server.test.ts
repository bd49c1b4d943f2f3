import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/bot/logger.js';
import { createChannelServer, readChannelConfigs, type ChannelServer } from '../src/server.js';
import { createHarness, type Harness } from './support/harness.js';
import { parseSample } from './support/whatsapp-cloud-samples.js';

const APP_SECRET = 'test-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
const HOUR = 60 * 60 * 1000;

interface GraphRequest {
  to: string;
  type: string;
  body: Record<string, unknown>;
}

/** A stand-in for Meta's Graph API on loopback: records each message and answers with a wamid. */
async function startFakeGraph(failFirst = 0) {
  const requests: GraphRequest[] = [];
  let failures = failFirst;
  const app = express();
  app.use(express.json());
  app.post('/:version/:phoneNumberId/messages', (request, response) => {
    const body = request.body as Record<string, unknown>;
    if (failures > 0) {
      failures -= 1;
      response.status(500).json({ error: { code: 1, message: 'temporarily unavailable' } });
      return;
    }
    requests.push({ to: String(body.to), type: String(body.type), body });
    response.json({ messaging_product: 'whatsapp', messages: [{ id: `wamid.OUT-${requests.length}` }] });
  });
  const server = await listen(app);
  return { requests, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function signedPost(baseUrl: string, payload: unknown): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = createHmac('sha256', APP_SECRET).update(body).digest('hex');
  const response = await fetch(`${baseUrl}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` },
    body,
  });
  return response.status;
}

function textMessage(id: string, body: string): unknown {
  const sample = parseSample('text.json') as {
    entry: { changes: { value: { messages: { id: string; timestamp: string; text: { body: string } }[] } }[] }[];
  };
  const message = sample.entry[0]!.changes[0]!.value.messages[0]!;
  message.id = id;
  message.text.body = body;
  // Sent when the test's clock starts: WhatsApp's 24-hour window runs from the message's own timestamp.
  message.timestamp = String(Date.parse('2031-03-03T09:00:00Z') / 1000);
  return sample;
}

describe('npm run serve with the WhatsApp Cloud channel', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(failFirst = 0): Promise<{
    harness: Harness;
    graph: Awaited<ReturnType<typeof startFakeGraph>>;
    url: string;
    server: ChannelServer;
  }> {
    const harness = await createHarness();
    const graph = await startFakeGraph(failFirst);
    const configs = readChannelConfigs({
      WHATSAPP_CLOUD_ACCESS_TOKEN: 'test-token',
      WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-me',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_CLOUD_GRAPH_URL: graph.url,
      WHATSAPP_CLOUD_TEMPLATE_NAME: 'duo_reengage',
      WHATSAPP_CLOUD_TEMPLATE_LANGUAGES: 'fr:fr,nl:nl,en:en_US,ar:ar',
    });
    if (!configs.ok) throw new Error(configs.errors.join('; '));
    const server = createChannelServer({
      bot: harness.bot,
      logger: silentLogger,
      clock: harness.clock,
      configs: configs.configs,
    });
    const http = await listen(server.app);
    cleanups.push(
      () => harness.close(),
      () => new Promise((resolve) => graph.server.close(() => resolve())),
      () => new Promise((resolve) => http.close(() => resolve())),
    );
    return { harness, graph, server, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  }

  it('lists the configured channels on its health check', async () => {
    const { url } = await serve();
    const health = (await (await fetch(`${url}/healthz`)).json()) as { channels: string[] };
    expect(health.channels).toEqual(['whatsapp-cloud']);
  });

  it('replies once to a message whose wamid is delivered 10 times at once', async () => {
    const { graph, url, server } = await serve();
    const payload = textMessage('wamid.SAME-TEN-TIMES', 'Bonjour');
    const statuses = await Promise.all(Array.from({ length: 10 }, () => signedPost(url, payload)));
    await server.stop();
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 200));
    // the greeting and the language menu, each sent once
    expect(graph.requests).toHaveLength(2);
    expect(graph.requests.every((request) => request.to === '15551230000')).toBe(true);
    expect(graph.requests[1]?.type).toBe('interactive');
  });

  it('records the delivery states reported for a sent message', async () => {
    const { harness, url, server } = await serve();
    await signedPost(url, textMessage('wamid.IN-1', 'Bonjour'));
    await server.stop();
    const status = parseSample('status_read.json') as {
      entry: { changes: { value: { metadata: { phone_number_id: string }; statuses: Record<string, string>[] } }[] }[];
    };
    const value = status.entry[0]!.changes[0]!.value;
    value.metadata.phone_number_id = PHONE_NUMBER_ID;
    value.statuses[0]!.id = 'wamid.OUT-1';
    value.statuses[0]!.timestamp = String(Math.floor(harness.clock.now().getTime() / 1000));
    value.statuses[0]!.recipient_id = '15551230000';
    expect(await signedPost(url, status)).toBe(200);
    await server.stop();

    const person = await harness.bot.store.people.findOrCreate({
      channel: 'whatsapp-cloud',
      address: '15551230000',
      now: harness.clock.now(),
    });
    const [first] = await harness.bot.store.outbox.listForConversation(person._id);
    expect(first?.delivery?.status).toBe('read');
  });

  it('records a failed delivery on the message and on the conversation', async () => {
    const { harness, url, server } = await serve();
    await signedPost(url, textMessage('wamid.IN-3', 'Bonjour'));
    await server.stop();
    const failed = parseSample('status_failed.json') as {
      entry: { changes: { value: { metadata: { phone_number_id: string }; statuses: Record<string, unknown>[] } }[] }[];
    };
    const value = failed.entry[0]!.changes[0]!.value;
    value.metadata.phone_number_id = PHONE_NUMBER_ID;
    value.statuses[0]!.id = 'wamid.OUT-2';
    value.statuses[0]!.recipient_id = '15551230000';
    value.statuses[0]!.errors = [{ code: 131047, title: 'Re-engagement message' }];
    expect(await signedPost(url, failed)).toBe(200);
    await server.stop();

    const person = await harness.bot.store.people.findOrCreate({
      channel: 'whatsapp-cloud',
      address: '15551230000',
      now: harness.clock.now(),
    });
    const entries = await harness.bot.store.outbox.listForConversation(person._id);
    expect(entries[1]?.delivery).toMatchObject({ status: 'failed', errorCode: '131047' });
    expect((await harness.bot.store.conversations.get(person._id))?.deliveryFailure?.code).toBe('131047');
  });

  it('sends the approved template when a reply could only go out after the 24-hour window', async () => {
    const { harness, graph, url, server } = await serve(1);
    await signedPost(url, textMessage('wamid.IN-2', 'Hello'));
    await server.stop();
    expect(graph.requests).toHaveLength(0);

    harness.clock.advance(25 * HOUR);
    await harness.bot.dispatcher.sweep();
    expect(graph.requests.map((request) => request.type)).toEqual(['template', 'template']);
    expect(graph.requests[0]?.body.template).toMatchObject({ name: 'duo_reengage', language: { code: 'en_US' } });
  });

  it('answers 401 to a webhook without a valid signature and hands nothing on', async () => {
    const { harness, url } = await serve();
    const response = await fetch(`${url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' },
      body: JSON.stringify(textMessage('wamid.FORGED', 'hi')),
    });
    expect(response.status).toBe(401);
    expect(await harness.bot.store.engine.collection('inbox').countDocuments({})).toBe(0);
  });

  it('answers problem+json, never an HTML page or a stack trace, to unknown paths and unreadable requests', async () => {
    const { url } = await serve();
    const answers = await Promise.all([
      fetch(`${url}/nothing-here`),
      fetch(`${url}/webhooks/%E0%A4%A`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      fetch(`${url}/healthz`, { method: 'DELETE' }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const text = await answer.text();
      expect(text).not.toMatch(/<html|<pre>|at \w+ \(|node_modules/i);
    }
  });
});
