import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { SendRequest } from '../../../src/bot/channel.js';
import { createManualClock } from '../../../src/bot/clock.js';
import { silentLogger } from '../../../src/bot/logger.js';
import type { RenderedMessage } from '../../../src/flows/message.js';
import { createWhatsAppCloudChannel } from '../../../src/bot/channels/whatsapp-cloud/index.js';
import type { WhatsAppCloudConfig } from '../../../src/bot/channels/whatsapp-cloud/index.js';
import { buildConfig, createRecordingSink, startFakeGraphApi, type FakeGraphReply } from './helpers.js';

const NOW = new Date('2024-05-01T10:00:00Z');
const HOUR = 60 * 60 * 1000;
const TEMPLATE = {
  name: 'duo_reengagement',
  languages: [
    { language: 'fr', code: 'fr' },
    { language: 'nl', code: 'nl' },
    { language: 'en', code: 'en_US' },
    { language: 'ar', code: 'ar' },
  ],
};

function sendRequest(options: {
  rendered?: RenderedMessage;
  lastInboundAt: Date | null;
  id?: string;
  language?: string;
}): SendRequest {
  return {
    address: '32470123456',
    lastInboundAt: options.lastInboundAt,
    message: {
      id: options.id ?? 'turn-1#0',
      language: options.language ?? 'fr',
      message: { key: 'welcome.hello' },
      rendered: options.rendered ?? { text: 'Bonjour ! Je suis l’assistant de DUO for a JOB.', choices: [] },
    },
  };
}

function graphError(options: {
  status: number;
  code: number;
  message: string;
  headers?: Record<string, string>;
}): FakeGraphReply {
  return {
    status: options.status,
    headers: options.headers,
    body: { error: { message: options.message, type: 'OAuthException', code: options.code, fbtrace_id: 'Ax' } },
  };
}

/** A channel whose clock moves only when the rate limit waits, so nothing waits in real time. */
/** A fake Graph API on loopback, closed when the test finishes. */
async function fakeGraphForThisTest(replies?: FakeGraphReply[]) {
  const graph = await startFakeGraphApi(replies);
  onTestFinished(() => graph.close());
  return graph;
}

function createChannel(options: { config: WhatsAppCloudConfig; logger?: typeof silentLogger }) {
  const clock = createManualClock(NOW);
  const waits: number[] = [];
  const whatsapp = createWhatsAppCloudChannel({
    config: options.config,
    sink: createRecordingSink(),
    logger: options.logger ?? silentLogger,
    clock,
    sleep: (ms) => {
      waits.push(ms);
      clock.advance(ms);
      return Promise.resolve();
    },
  });
  return { channel: whatsapp.channel, clock, waits };
}

describe('WhatsApp Cloud channel send', () => {
  it('posts a text message with the envelope and bearer token and returns the Graph id when inside the 24-hour window', async () => {
    const graph = await fakeGraphForThisTest();
    const config = buildConfig({ graphUrl: graph.url, phoneNumberId: '123456' });
    const { channel } = createChannel({ config });
    const result = await channel.send(sendRequest({ lastInboundAt: new Date(NOW.getTime() - HOUR) }));
    expect(result).toEqual({ ok: true, providerMessageId: 'wamid.OUT1' });
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]?.path).toBe('/v21.0/123456/messages');
    expect(graph.requests[0]?.authorization).toBe(`Bearer ${config.accessToken}`);
    expect(graph.requests[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '32470123456',
      biz_opaque_callback_data: 'turn-1#0',
      type: 'text',
      text: { body: 'Bonjour ! Je suis l’assistant de DUO for a JOB.', preview_url: false },
    });
  });

  it('sends only the approved template in the reader’s language when the person has been silent for 24 hours', async () => {
    const graph = await fakeGraphForThisTest();
    const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url, template: TEMPLATE }) });
    const rendered = { text: 'Hoi!\nJe infosessie is morgen.', choices: [{ id: 'yes', title: 'Ik kom' }] };
    const result = await channel.send(
      sendRequest({ rendered, language: 'nl', lastInboundAt: new Date(NOW.getTime() - 24 * HOUR - 1000) }),
    );
    expect(result.ok).toBe(true);
    expect(graph.requests[0]?.body).toMatchObject({
      type: 'template',
      template: {
        name: 'duo_reengagement',
        language: { policy: 'deterministic', code: 'nl' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Hoi! · Je infosessie is morgen. · 1. Ik kom' }] },
        ],
      },
    });
  });

  it('sends the template when the person never wrote', async () => {
    const graph = await fakeGraphForThisTest();
    const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url, template: TEMPLATE }) });
    await channel.send(sendRequest({ language: 'ar', lastInboundAt: null }));
    expect(graph.requests[0]?.body.type).toBe('template');
  });

  it('still sends free-form text when the last message is 23 hours 59 minutes old', async () => {
    const graph = await fakeGraphForThisTest();
    const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url, template: TEMPLATE }) });
    await channel.send(sendRequest({ lastInboundAt: new Date(NOW.getTime() - 24 * HOUR + 60_000) }));
    expect(graph.requests[0]?.body.type).toBe('text');
  });

  it('returns a non-retryable 131047 without calling Meta when the window is closed and no template is configured', async () => {
    const graph = await fakeGraphForThisTest();
    const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url, template: null }) });
    const result = await channel.send(sendRequest({ lastInboundAt: new Date(NOW.getTime() - 48 * HOUR) }));
    expect(result).toEqual({
      ok: false,
      retryable: false,
      code: '131047',
      detail: 'outside the 24-hour window and no template configured',
    });
    expect(graph.requests).toEqual([]);
  });

  it('holds the configured rate on the injected clock when many messages are sent', async () => {
    const graph = await fakeGraphForThisTest();
    const { channel, clock } = createChannel({ config: buildConfig({ graphUrl: graph.url, messagesPerSecond: 4 }) });
    const sends = 9;
    for (let index = 0; index < sends; index += 1) {
      const result = await channel.send(sendRequest({ id: `turn-${index}#0`, lastInboundAt: NOW }));
      expect(result.ok).toBe(true);
    }
    expect(graph.requests).toHaveLength(sends);
    expect(clock.now().getTime() - NOW.getTime()).toBeGreaterThanOrEqual(((sends - 1) / 4) * 1000);
  });

  it('gives concurrent sends successive slots when 6 messages go out together at 5 per second', async () => {
    const graph = await fakeGraphForThisTest();
    // The clock stands still: every caller arrives at the same instant, as in a burst of turns.
    const wakeUps: number[] = [];
    const whatsapp = createWhatsAppCloudChannel({
      config: buildConfig({ graphUrl: graph.url, messagesPerSecond: 5 }),
      sink: createRecordingSink(),
      logger: silentLogger,
      clock: createManualClock(NOW),
      sleep: (ms) => {
        wakeUps.push(ms);
        return Promise.resolve();
      },
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        whatsapp.channel.send(sendRequest({ id: `turn-${index}#0`, lastInboundAt: NOW })),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    // The first goes at once; the others wait for one slot each, a fifth of a second apart.
    expect(wakeUps.sort((a, b) => a - b)).toEqual([200, 400, 600, 800, 1000]);
  });

  it('returns a retryable result with retryAfterMs when Meta answers 429, then succeeds on retry', async () => {
    const graph = await startFakeGraphApi([
      graphError({ status: 429, code: 130429, message: 'Rate limit hit', headers: { 'retry-after': '3' } }),
    ]);
    try {
      const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url }) });
      const request = sendRequest({ lastInboundAt: NOW });
      const first = await channel.send(request);
      expect(first).toEqual({
        ok: false,
        retryable: true,
        code: '130429',
        detail: 'Rate limit hit',
        retryAfterMs: 3000,
      });
      const second = await channel.send(request);
      expect(second).toEqual({ ok: true, providerMessageId: 'wamid.OUT2' });
    } finally {
      await graph.close();
    }
  });

  it('waits about six seconds when Meta reports the pair rate (131056)', async () => {
    const graph = await fakeGraphForThisTest([
      graphError({ status: 400, code: 131056, message: 'Pair rate limit hit' }),
    ]);
    const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url }) });
    const result = await channel.send(sendRequest({ lastInboundAt: NOW }));
    expect(result).toMatchObject({ ok: false, retryable: true, code: '131056', retryAfterMs: 6000 });
  });

  it('returns a non-retryable result with the Graph code when Meta answers 131047', async () => {
    const graph = await startFakeGraphApi([
      graphError({ status: 400, code: 131047, message: 'Re-engagement message' }),
    ]);
    try {
      const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url }) });
      const result = await channel.send(sendRequest({ lastInboundAt: NOW }));
      expect(result).toEqual({ ok: false, retryable: false, code: '131047', detail: 'Re-engagement message' });
    } finally {
      await graph.close();
    }
  });

  it('classifies auth, recipient and server failures when Meta answers with them', async () => {
    const graph = await startFakeGraphApi([
      graphError({ status: 401, code: 190, message: 'Invalid OAuth access token' }),
      graphError({ status: 400, code: 131026, message: 'Message undeliverable' }),
      { status: 503, body: 'Service Unavailable' },
    ]);
    try {
      const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url }) });
      const results = [];
      for (let index = 0; index < 3; index += 1) {
        results.push(await channel.send(sendRequest({ id: `turn-${index}#0`, lastInboundAt: NOW })));
      }
      expect(results.map((result) => (result.ok ? 'ok' : [result.code, result.retryable]))).toEqual([
        ['190', false],
        ['131026', false],
        ['http-503', true],
      ]);
    } finally {
      await graph.close();
    }
  });

  it('returns a retryable network failure when the Graph API cannot be reached', async () => {
    const graph = await startFakeGraphApi();
    const unreachable = graph.url;
    await graph.close();
    const { channel } = createChannel({ config: buildConfig({ graphUrl: unreachable }) });
    const result = await channel.send(sendRequest({ lastInboundAt: NOW }));
    expect(result).toMatchObject({ ok: false, retryable: true, code: 'network' });
  });

  it('sends the parts of a long text in order and returns the last id', async () => {
    const graph = await fakeGraphForThisTest();
    const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url }) });
    const paragraph = 'Un duo, c’est un mentor et un mentee qui se voient chaque semaine. '.repeat(30).trim();
    const text = [paragraph, paragraph, paragraph].join('\n\n');
    const result = await channel.send(sendRequest({ rendered: { text, choices: [] }, lastInboundAt: NOW }));
    expect(graph.requests.length).toBeGreaterThan(1);
    expect(result).toEqual({ ok: true, providerMessageId: `wamid.OUT${graph.requests.length}` });
    const sent = graph.requests.map((request) => JSON.stringify(request.body.text));
    expect(sent.every((body) => body.length <= 4096 + 40)).toBe(true);
  });

  it('resumes at the failed part without resending earlier parts when a split message is retried', async () => {
    const graph = await startFakeGraphApi([
      { status: 200, body: { messages: [{ id: 'wamid.PART1' }] } },
      graphError({ status: 500, code: 131000, message: 'Something went wrong' }),
    ]);
    try {
      const { channel } = createChannel({ config: buildConfig({ graphUrl: graph.url }) });
      const paragraph = 'x '.repeat(1500).trim();
      const request = sendRequest({
        rendered: { text: `${paragraph}\n\n${paragraph}`, choices: [] },
        lastInboundAt: NOW,
      });
      const first = await channel.send(request);
      expect(first).toMatchObject({ ok: false, retryable: true, code: '131000' });
      const second = await channel.send(request);
      expect(second).toEqual({ ok: true, providerMessageId: 'wamid.OUT3' });
      expect(graph.requests).toHaveLength(3);
      expect(graph.requests[1]?.body).toEqual(graph.requests[2]?.body);
    } finally {
      await graph.close();
    }
  });

  it('never logs the token, the phone number or the message text when sends fail', async () => {
    const graph = await startFakeGraphApi([
      graphError({ status: 401, code: 190, message: 'Invalid OAuth access token' }),
      graphError({ status: 429, code: 130429, message: 'Rate limit hit' }),
    ]);
    try {
      const lines: string[] = [];
      const logger = pino(
        { level: 'debug' },
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
      );
      const config = buildConfig({ graphUrl: graph.url });
      const { channel } = createChannel({ config, logger });
      const results = [
        await channel.send(sendRequest({ lastInboundAt: NOW })),
        await channel.send(sendRequest({ lastInboundAt: NOW })),
        await channel.send(sendRequest({ lastInboundAt: NOW })),
      ];
      const everything = lines.join('\n') + JSON.stringify(results);
      expect(lines.length).toBeGreaterThan(0);
      expect(everything).not.toContain(config.accessToken);
      expect(everything).not.toContain('32470123456');
      expect(everything).not.toContain('Bonjour');
    } finally {
      await graph.close();
    }
  });
});
