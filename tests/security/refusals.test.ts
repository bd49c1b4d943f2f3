import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signWebhookBody } from '../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import { readChannelConfigs } from '../../src/server.js';
import { APP_SECRET, PHONE_NUMBER_ID, startServerUnderTest, type ServerUnderTest } from './server-under-test.js';

function textDelivery(options: { id: string; text: string; count?: number }): string {
  const messages = Array.from({ length: options.count ?? 1 }, (_, index) => ({
    from: '32470999888',
    id: options.count === undefined ? options.id : `${options.id}-${index}`,
    timestamp: '1790000000',
    type: 'text',
    text: { body: options.text },
  }));
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: { messaging_product: 'whatsapp', metadata: { phone_number_id: PHONE_NUMBER_ID }, messages },
          },
        ],
      },
    ],
  });
}

function activity(serviceUrl: string): string {
  return JSON.stringify({
    type: 'message',
    id: 'activity-1',
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'user-1' },
    conversation: { id: 'conversation-1' },
    recipient: { id: 'bot-1' },
    text: 'Bonjour',
  });
}

describe('what anyone who reaches the port may try', () => {
  let sut: ServerUnderTest;
  beforeEach(async () => {
    sut = await startServerUnderTest();
  });
  afterEach(async () => {
    await sut.close();
  });

  async function expectNothingDone(): Promise<void> {
    await sut.server.stop();
    expect(await sut.storedCount()).toBe(0);
    expect(sut.graph.requests).toEqual([]);
    expect(sut.connector.calls).toEqual([]);
    expect(sut.outsider.calls).toEqual([]);
  }

  it('refuses forged, re-keyed and replayed webhook signatures, and neither stores nor sends anything', async () => {
    const body = textDelivery({ id: 'wamid.FORGED', text: 'Bonjour' });
    const answers = await Promise.all([
      sut.postWebhook(body),
      sut.postWebhook(body, { 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) }),
      sut.postWebhook(body, { 'x-hub-signature-256': signWebhookBody({ rawBody: body, appSecret: 'guessed' }) }),
      sut.postWebhook(body.replace('Bonjour', 'Bonsoir'), {
        'x-hub-signature-256': signWebhookBody({ rawBody: body, appSecret: APP_SECRET }),
      }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    await expectNothingDone();
  });

  it('refuses oversized, compressed and crowded webhook bodies, even signed, and neither stores nor sends anything', async () => {
    const oversized = textDelivery({ id: 'wamid.BIG', text: 'x'.repeat(1_100_000) });
    const compressed = gzipSync(textDelivery({ id: 'wamid.GZ', text: 'Bonjour' }));
    const crowded = textDelivery({ id: 'wamid.MANY', text: 'Bonjour', count: 101 });

    const answers = [
      await sut.postSignedWebhook(oversized),
      await sut.postWebhook(compressed, {
        'content-encoding': 'gzip',
        'x-hub-signature-256': signWebhookBody({ rawBody: compressed, appSecret: APP_SECRET }),
      }),
      await sut.postSignedWebhook(crowded),
    ];

    expect(answers.map((answer) => answer.status)).toEqual([413, 415, 413]);
    await expectNothingDone();
  });

  it('refuses an activity whose serviceUrl is outside the allowed hosts, and calls nobody', async () => {
    const answers = await Promise.all([
      sut.postActivity(activity(`${sut.outsider.url}/`)),
      sut.postActivity(activity('https://attacker.example/')),
      sut.postActivity(activity('http://169.254.169.254/latest/meta-data/')),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403]);
    await expectNothingDone();
  });

  it('still answers the same message from an allowed connector, to that connector only', async () => {
    const answer = await sut.postActivity(activity(`${sut.connector.url}/`));

    expect(answer.status).toBe(200);
    await sut.server.stop();
    expect(sut.connector.calls.length).toBeGreaterThan(0);
    expect(sut.outsider.calls).toEqual([]);
  });
});

describe('anonymous Bot Framework', () => {
  it('does not start on an address other machines reach', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'duo.example.org']) {
      const result = readChannelConfigs({ BOTFRAMEWORK_ENABLED: 'true', DUO_HTTP_HOST: host });
      expect(result.ok, host).toBe(false);
    }
  });
});
