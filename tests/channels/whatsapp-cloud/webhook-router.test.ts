import { gzipSync } from 'node:zlib';
import express from 'express';
import { describe, expect, it, onTestFinished } from 'vitest';
import { silentLogger } from '../../../src/bot/logger.js';
import { createWhatsAppCloudChannel } from '../../../src/bot/channels/whatsapp-cloud/index.js';
import { signWebhookBody } from '../../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import { buildConfig, createRecordingSink, listenLocally, readSample, type RecordingSink } from './helpers.js';

async function startWebhook(sink: RecordingSink) {
  const config = buildConfig();
  const whatsapp = createWhatsAppCloudChannel({ config, sink, logger: silentLogger });
  const app = express();
  app.use(whatsapp.router);
  const server = await listenLocally(app);
  onTestFinished(() => server.close());
  return { ...server, config, whatsapp, webhookUrl: `${server.url}${config.webhookPath}` };
}

function postSigned(options: { url: string; body: string; appSecret: string }) {
  return fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': signWebhookBody({ rawBody: options.body, appSecret: options.appSecret }),
    },
    body: options.body,
  });
}

describe('WhatsApp Cloud webhook router', () => {
  it('answers the challenge as plain text when the verify token matches', async () => {
    const webhook = await startWebhook(createRecordingSink());
    const query = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.verify_token': webhook.config.verifyToken,
      'hub.challenge': '1158201444',
    });
    const response = await fetch(`${webhook.webhookUrl}?${query.toString()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it('refuses verification with 403 when the verify token is wrong', async () => {
    const webhook = await startWebhook(createRecordingSink());
    const query = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' });
    const response = await fetch(`${webhook.webhookUrl}?${query.toString()}`);
    expect(response.status).toBe(403);
  });

  it('accepts a delivery and hands the message to the sink when the signature is valid', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const body = readSample('text.json');
    const response = await postSigned({ url: webhook.webhookUrl, body, appSecret: webhook.config.appSecret });
    expect(response.status).toBe(200);
    await webhook.whatsapp.whenIdle();
    expect(sink.inbounds.map((inbound) => inbound.content)).toEqual([{ type: 'text', text: 'MESSAGE_BODY' }]);
  });

  it('answers 401 problem+json and hands nothing on when the signature is made with another secret', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const body = readSample('text.json');
    const response = await postSigned({ url: webhook.webhookUrl, body, appSecret: 'not-the-app-secret' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await webhook.whatsapp.whenIdle();
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 401 when the body was changed after signing', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const body = readSample('text.json');
    const response = await fetch(webhook.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signWebhookBody({ rawBody: body, appSecret: webhook.config.appSecret }),
      },
      body: body.replace('MESSAGE_BODY', 'SOMETHING_ELSE'),
    });
    expect(response.status).toBe(401);
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 401 and hands nothing on when the signature header is missing', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const response = await fetch(webhook.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: readSample('text.json'),
    });
    expect(response.status).toBe(401);
    await webhook.whatsapp.whenIdle();
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 400 when a signed body is not JSON', async () => {
    const webhook = await startWebhook(createRecordingSink());
    const response = await postSigned({
      url: webhook.webhookUrl,
      body: '{"entry": [',
      appSecret: webhook.config.appSecret,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 400 when a signed JSON body is not a WhatsApp delivery', async () => {
    const webhook = await startWebhook(createRecordingSink());
    const response = await postSigned({
      url: webhook.webhookUrl,
      body: JSON.stringify({ hello: 'world' }),
      appSecret: webhook.config.appSecret,
    });
    expect(response.status).toBe(400);
  });

  it('answers 413 when the body is over 1 MB', async () => {
    const webhook = await startWebhook(createRecordingSink());
    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [], padding: 'x'.repeat(1_100_000) });
    const response = await postSigned({ url: webhook.webhookUrl, body, appSecret: webhook.config.appSecret });
    expect(response.status).toBe(413);
  });

  it('hands every message of one delivery to the sink in order when a delivery carries several', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const messages = ['Bonjour', 'Ik zoek werk', 'أريد مرشدا'].map((text, index) => ({
      from: '32470000000',
      id: `wamid.M${index}`,
      timestamp: String(1_700_000_000 + index),
      type: 'text',
      text: { body: text },
    }));
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '111111111111111' }, messages },
            },
          ],
        },
      ],
    });
    const response = await postSigned({ url: webhook.webhookUrl, body, appSecret: webhook.config.appSecret });
    expect(response.status).toBe(200);
    await webhook.whatsapp.whenIdle();
    expect(sink.inbounds.map((inbound) => inbound.providerMessageId)).toEqual(['wamid.M0', 'wamid.M1', 'wamid.M2']);
  });

  it('forwards statuses in the order received when sent, delivered, read and failed arrive', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const statuses = [
      { id: 'wamid.A', status: 'read', timestamp: '1700000030', recipient_id: '32470000000' },
      { id: 'wamid.A', status: 'delivered', timestamp: '1700000020', recipient_id: '32470000000' },
      { id: 'wamid.A', status: 'sent', timestamp: '1700000010', recipient_id: '32470000000' },
      {
        id: 'wamid.B',
        status: 'failed',
        timestamp: '1700000040',
        recipient_id: '32470000000',
        errors: [{ code: 131047, title: 'Re-engagement message' }],
      },
    ];
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', statuses } }] }],
    });
    const response = await postSigned({ url: webhook.webhookUrl, body, appSecret: webhook.config.appSecret });
    expect(response.status).toBe(200);
    await webhook.whatsapp.whenIdle();
    expect(sink.deliveries.map((update) => [update.providerMessageId, update.status, update.errorCode])).toEqual([
      ['wamid.A', 'read', null],
      ['wamid.A', 'delivered', null],
      ['wamid.A', 'sent', null],
      ['wamid.B', 'failed', '131047'],
    ]);
  });

  it('still answers 200 and hands on the rest when the sink fails on one message', async () => {
    const sink = createRecordingSink({ failOn: 'wamid.ID' });
    const webhook = await startWebhook(sink);
    const response = await postSigned({
      url: webhook.webhookUrl,
      body: readSample('status_failed.json').replace('106540352242922', '111111111111111'),
      appSecret: webhook.config.appSecret,
    });
    const failing = await postSigned({
      url: webhook.webhookUrl,
      body: readSample('text.json'),
      appSecret: webhook.config.appSecret,
    });
    expect([response.status, failing.status]).toEqual([200, 200]);
    await webhook.whatsapp.whenIdle();
    expect(sink.deliveries.map((update) => update.status)).toEqual(['failed']);
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 200 and hands nothing on when Meta reports a value-level rate limit error', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const response = await postSigned({
      url: webhook.webhookUrl,
      body: readSample('errors_rate_limit.json'),
      appSecret: webhook.config.appSecret,
    });
    expect(response.status).toBe(200);
    await webhook.whatsapp.whenIdle();
    expect([...sink.inbounds, ...sink.deliveries]).toEqual([]);
  });

  it('stores each message before answering 200, so a crash after the answer loses nothing', async () => {
    let release: () => void = () => undefined;
    const storing = new Promise<void>((resolve) => {
      release = resolve;
    });
    const stored: string[] = [];
    const sink: RecordingSink = {
      ...createRecordingSink(),
      async accept(inbound) {
        await storing;
        stored.push(inbound.providerMessageId);
        return { duplicate: false, handled: Promise.resolve() };
      },
    };
    const webhook = await startWebhook(sink);
    let answered = false;
    const response = postSigned({
      url: webhook.webhookUrl,
      body: readSample('text.json'),
      appSecret: webhook.config.appSecret,
    }).then((result) => {
      answered = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    expect((await response).status).toBe(200);
    expect(stored).toEqual(['wamid.ID']);
  });

  it('answers 503 with Retry-After so that Meta delivers again when a message cannot be stored', async () => {
    const sink = createRecordingSink({ failToStore: 'wamid.ID' });
    const webhook = await startWebhook(sink);
    const response = await postSigned({
      url: webhook.webhookUrl,
      body: readSample('text.json'),
      appSecret: webhook.config.appSecret,
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(problem)).not.toContain('store unavailable');
  });

  it('answers 500 with a correlation id and no internal text when storing hits a bug', async () => {
    const sink = createRecordingSink();
    sink.accept = () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'secretField')"));
    const webhook = await startWebhook(sink);
    const response = await postSigned({
      url: webhook.webhookUrl,
      body: readSample('text.json'),
      appSecret: webhook.config.appSecret,
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const text = await response.text();
    expect(text).not.toMatch(/secretField|TypeError|at \w|\.ts:/);
    const problem = JSON.parse(text) as Record<string, unknown>;
    expect(problem.status).toBe(500);
    expect(problem.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 415 to a gzip body, even one correctly signed, and stores nothing', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const compressed = gzipSync(readSample('text.json'));
    const response = await fetch(webhook.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'x-hub-signature-256': signWebhookBody({ rawBody: compressed, appSecret: webhook.config.appSecret }),
      },
      body: compressed,
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const body = readSample('text.json');
    const response = await fetch(webhook.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        'x-hub-signature-256': signWebhookBody({ rawBody: body, appSecret: webhook.config.appSecret }),
      },
      body,
    });
    expect(response.status).toBe(415);
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 413 and stores nothing when one delivery carries more messages than allowed', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const messages = Array.from({ length: 101 }, (_, index) => ({
      from: '32470000000',
      id: `wamid.MANY${index}`,
      timestamp: '1700000000',
      type: 'text',
      text: { body: 'hi' },
    }));
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', messages } }] }],
    });
    const response = await postSigned({ url: webhook.webhookUrl, body, appSecret: webhook.config.appSecret });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      detail: 'a delivery may carry at most 100 messages and statuses',
    });
    await webhook.whatsapp.whenIdle();
    expect(sink.inbounds).toEqual([]);
  });

  it('answers 401 to a valid signature replayed over another body', async () => {
    const sink = createRecordingSink();
    const webhook = await startWebhook(sink);
    const signed = readSample('text.json');
    const signature = signWebhookBody({ rawBody: signed, appSecret: webhook.config.appSecret });
    const response = await fetch(webhook.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body: signed.replace('MESSAGE_BODY', 'something else'),
    });
    expect(response.status).toBe(401);
    expect(sink.inbounds).toEqual([]);
  });
});
