import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { portOf, startFakeGraph, type FakeGraph } from '../../../drills/fake-graph.js';
import { postWebhook, statusPayload, textMessagePayload } from '../../../drills/whatsapp-cloud-payloads.js';
import { silentLogger } from '../../../src/bot/logger.js';
import { createChannelServer, readChannelConfigs } from '../../../src/server.js';
import { createHarness, type Harness } from '../../support/harness.js';

const APP_SECRET = 'test-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
const HOUR = 60 * 60 * 1000;
const EVENTUALLY = { timeout: 20_000, interval: 20 };

describe('WhatsApp Cloud service window', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(): Promise<{ h: Harness; graph: FakeGraph; webhook: (payload: unknown) => Promise<number> }> {
    const h = await createHarness();
    cleanups.push(() => h.close());
    const graph = await startFakeGraph();
    cleanups.push(() => graph.close());
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
    const server = createChannelServer({ bot: h.bot, logger: silentLogger, clock: h.clock, configs: configs.configs });
    const http = await new Promise<Server>((resolve) => {
      const listening = server.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    cleanups.push(() => new Promise((resolve) => http.close(() => resolve())));
    const url = `http://127.0.0.1:${portOf(http)}/webhooks/whatsapp`;
    return {
      h,
      graph,
      webhook: async (payload) => (await postWebhook({ url, appSecret: APP_SECRET, payload })).status,
    };
  }
  const typesTo = (graph: FakeGraph, to: string) => graph.accepted.filter((send) => send.to === to).map((s) => s.type);

  it('answers with the template when the message was sent more than 24 hours before it reached us', async () => {
    const { h, graph, webhook } = await serve();
    const sentAt = new Date(h.clock.now().getTime() - 25 * HOUR);
    const message = textMessagePayload({
      phoneNumberId: PHONE_NUMBER_ID,
      from: '32470000070',
      id: 'wamid.LATE',
      text: 'Bonjour',
      sentAt,
    });
    expect(await webhook(message)).toBe(200);
    await vi.waitFor(() => expect(typesTo(graph, '32470000070').length).toBeGreaterThan(0), EVENTUALLY);
    expect(new Set(typesTo(graph, '32470000070'))).toEqual(new Set(['template']));
  });

  it('sends the template next after Meta refused a message as outside the window (131047)', async () => {
    const { h, graph, webhook } = await serve();
    for (const from of ['32470000071', '32470000072']) {
      const message = textMessagePayload({
        phoneNumberId: PHONE_NUMBER_ID,
        from,
        id: `wamid.HI-${from}`,
        text: 'Bonjour',
        sentAt: h.clock.now(),
      });
      expect(await webhook(message)).toBe(200);
      await vi.waitFor(() => expect(typesTo(graph, from).length).toBeGreaterThan(0), EVENTUALLY);
    }
    expect(typesTo(graph, '32470000071')).not.toContain('template');
    const refused = graph.accepted.filter((send) => send.to === '32470000071').at(-1)!;
    const failed = statusPayload({
      phoneNumberId: PHONE_NUMBER_ID,
      recipient: '32470000071',
      id: refused.id,
      status: 'failed',
      at: h.clock.now(),
      errorCode: 131047,
    });
    expect(await webhook(failed)).toBe(200);
    await vi.waitFor(async () => {
      const person = await h.bot.store.people.findOrCreate({
        channel: 'whatsapp-cloud',
        address: '32470000071',
        now: h.clock.now(),
      });
      expect((await h.bot.store.conversations.get(person._id))?.deliveryFailure?.code).toBe('131047');
    }, EVENTUALLY);
    const before = { refused: typesTo(graph, '32470000071').length, other: typesTo(graph, '32470000072').length };

    // The idle reminder, 23 hours later: inside the window by our clock for both people.
    h.clock.advance(23 * HOUR);
    await h.bot.scheduler.runDue();
    await vi.waitFor(() => expect(typesTo(graph, '32470000071').length).toBeGreaterThan(before.refused), EVENTUALLY);
    expect(new Set(typesTo(graph, '32470000071').slice(before.refused))).toEqual(new Set(['template']));
    expect(typesTo(graph, '32470000072').slice(before.other)).not.toContain('template');
    expect(typesTo(graph, '32470000072').length).toBeGreaterThan(before.other);
  });
});
