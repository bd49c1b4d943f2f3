import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signWebhookBody } from '../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import { APP_SECRET, PHONE_NUMBER_ID, startServerUnderTest, type ServerUnderTest } from './server-under-test.js';

/**
 * Generated bodies against the whole HTTP side, in process on loopback. CI runs a few hundred of
 * each kind; DUO_FUZZ_RUNS=5000 npm test (or npx vitest run tests/security) runs more.
 */
const RUNS = Number(process.env.DUO_FUZZ_RUNS ?? 500);
/** Generous on purpose: a run takes a few milliseconds, but the machine may be busy. */
const TIMEOUT_MS = RUNS * 500;

const anyJson = fc.jsonValue({ maxDepth: 3 });
const digits = fc.stringMatching(/^\d{6,16}$/);

const webhookMessage = fc.record(
  {
    from: fc.oneof(digits, fc.string(), fc.integer(), anyJson),
    id: fc.oneof(
      fc.string({ minLength: 1 }).map((s) => `wamid.${s}`),
      fc.string(),
      fc.integer(),
    ),
    timestamp: fc.oneof(fc.integer().map(String), fc.integer(), fc.double(), fc.string()),
    type: fc.oneof(fc.constantFrom('text', 'interactive', 'button', 'image', 'audio', 'unsupported'), fc.string()),
    text: fc.oneof(fc.record({ body: fc.string({ unit: 'grapheme', maxLength: 300 }) }), anyJson),
    interactive: fc.oneof(
      fc.record({
        type: fc.constantFrom('button_reply', 'list_reply', 'nfm_reply'),
        button_reply: fc.record({ id: fc.string(), title: fc.string() }),
        list_reply: fc.record({ id: fc.string(), title: fc.string() }),
      }),
      anyJson,
    ),
    button: fc.oneof(fc.record({ text: fc.string(), payload: fc.string() }), anyJson),
    audio: fc.oneof(fc.record({ voice: fc.boolean() }), anyJson),
  },
  { requiredKeys: [] },
);

const webhookPayload = fc.record(
  {
    object: fc.oneof(fc.constant('whatsapp_business_account'), fc.string()),
    entry: fc.oneof(
      fc.array(
        fc.record(
          {
            id: fc.oneof(fc.string(), fc.integer()),
            changes: fc.array(
              fc.record(
                {
                  field: fc.oneof(fc.constant('messages'), fc.string()),
                  value: fc.oneof(
                    fc.record(
                      {
                        messaging_product: fc.constant('whatsapp'),
                        metadata: fc.record({ phone_number_id: fc.oneof(fc.constant(PHONE_NUMBER_ID), fc.string()) }),
                        messages: fc.array(fc.oneof(webhookMessage, anyJson), { maxLength: 4 }),
                        statuses: fc.array(anyJson, { maxLength: 3 }),
                        errors: fc.array(fc.oneof(fc.record({ code: fc.integer(), title: fc.string() }), anyJson), {
                          maxLength: 2,
                        }),
                      },
                      { requiredKeys: [] },
                    ),
                    anyJson,
                  ),
                },
                { requiredKeys: [] },
              ),
              { maxLength: 3 },
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      anyJson,
    ),
  },
  { requiredKeys: [] },
);

/** A body, and how it is signed: as Meta would, not at all, with another key, or with another body's signature. */
const webhookRequest = fc.record({
  body: fc.oneof(
    { weight: 6, arbitrary: webhookPayload.map((payload) => JSON.stringify(payload)) },
    { weight: 2, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
  ),
  signing: fc.constantFrom('valid', 'valid', 'valid', 'missing', 'other-key', 'replayed', 'garbage'),
});

/** How many messages a body could hold, over-counted: a stored message must at least have a string sender and id. */
function plausibleMessages(body: string): number {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 0;
  }
  let count = 0;
  const visit = (node: unknown, key: string, depth: number): void => {
    if (depth > 8 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) {
        if (key === 'messages' && typeof item === 'object' && item !== null && 'from' in item && 'id' in item)
          count += 1;
        visit(item, '', depth + 1);
      }
      return;
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, depth + 1);
  };
  visit(value, '', 0);
  return count;
}

function signatureFor(request: { body: string; signing: string }): Record<string, string> {
  switch (request.signing) {
    case 'valid':
      return { 'x-hub-signature-256': signWebhookBody({ rawBody: request.body, appSecret: APP_SECRET }) };
    case 'other-key':
      return { 'x-hub-signature-256': signWebhookBody({ rawBody: request.body, appSecret: 'not-the-app-secret' }) };
    case 'replayed':
      return { 'x-hub-signature-256': signWebhookBody({ rawBody: `${request.body} `, appSecret: APP_SECRET }) };
    case 'garbage':
      return { 'x-hub-signature-256': request.body.slice(0, 80).replace(/[^\x20-\x7e]/g, '') };
    default:
      return {};
  }
}

describe('fuzzed requests against the HTTP side', () => {
  // One server per test: the store's folder is removed after each test.
  let sut: ServerUnderTest;
  beforeEach(async () => {
    sut = await startServerUnderTest();
  });
  afterEach(async () => {
    await sut.close();
  });

  it(
    `never answers 5xx and stores nothing from ${RUNS} generated WhatsApp webhook bodies it refuses`,
    async () => {
      await fc.assert(
        fc.asyncProperty(webhookRequest, async (request) => {
          const before = await sut.storedCount();
          const response = await sut.postWebhook(request.body, signatureFor(request));
          await response.arrayBuffer();
          const stored = (await sut.storedCount()) - before;
          expect(response.status).toBeLessThan(500);
          if (request.signing !== 'valid') expect(response.status).toBe(401);
          if (response.status !== 200) expect(stored).toBe(0);
          else expect(stored).toBeLessThanOrEqual(plausibleMessages(request.body));
        }),
        { numRuns: RUNS },
      );
      await sut.server.stop();
      expect((await fetch(`${sut.url}/healthz`)).status).toBe(200);
    },
    TIMEOUT_MS,
  );

  it(
    `never answers 5xx, stores nothing it refuses and calls no outside host from ${RUNS} generated activities`,
    async () => {
      const serviceUrl = fc.oneof(
        { weight: 4, arbitrary: fc.constant(`${sut.connector.url}/`) },
        { weight: 3, arbitrary: fc.constant(`${sut.outsider.url}/`) },
        { weight: 1, arbitrary: fc.webUrl() },
        { weight: 1, arbitrary: fc.string() },
      );
      const account = fc.oneof(fc.record({ id: fc.string(), name: fc.string() }), anyJson);
      const activity = fc.record(
        {
          type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'typing', 'invoke', 'event'), fc.string()),
          id: fc.oneof(fc.uuid(), fc.string(), fc.integer()),
          channelId: fc.oneof(fc.constantFrom('emulator', 'webchat', 'msteams', 'directline'), fc.string()),
          serviceUrl,
          conversation: fc.oneof(fc.record({ id: fc.oneof(fc.uuid(), fc.string()) }), anyJson),
          from: account,
          recipient: account,
          text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), anyJson),
          value: anyJson,
          timestamp: fc.oneof(
            fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
            fc.string(),
            fc.integer(),
          ),
          membersAdded: fc.oneof(fc.array(account, { maxLength: 60 }), anyJson),
          attachments: fc.oneof(fc.array(fc.record({ contentType: fc.string() }), { maxLength: 3 }), anyJson),
        },
        { requiredKeys: [] },
      );
      const body = fc.oneof(
        { weight: 8, arbitrary: activity.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
      );

      await fc.assert(
        fc.asyncProperty(body, async (generated) => {
          const before = await sut.storedCount();
          const response = await sut.postActivity(generated);
          await response.arrayBuffer();
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(await sut.storedCount()).toBe(before);
          expect(sut.outsider.calls).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      await sut.server.stop();
      await sut.harness.bot.dispatcher.sweep();
      expect(sut.outsider.calls).toEqual([]);
      expect((await fetch(`${sut.url}/healthz`)).status).toBe(200);
    },
    TIMEOUT_MS,
  );
});
