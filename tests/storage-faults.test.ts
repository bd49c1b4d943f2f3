import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeGraph, portOf } from '../drills/fake-graph.js';
import { postWebhook, statusPayload, textMessagePayload } from '../drills/whatsapp-cloud-payloads.js';
import { createFlowCatalog } from '../src/bot/flow-runner.js';
import { silentLogger } from '../src/bot/logger.js';
import { createChannelServer, readChannelConfigs } from '../src/server.js';
import { counterLocales, createCounterFlow } from './support/counter-flow.js';
import { createFaultyStorage, type FaultyStorage } from './support/faulty-storage.js';
import { createHarness, type Harness } from './support/harness.js';

const APP_SECRET = 'test-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
/** Waiting for background work: generous, since the machine may be busy. */
const EVENTUALLY = { timeout: 20_000, interval: 20 };

describe('storage faults', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const start = async (options: Parameters<typeof createHarness>[0] = {}) => {
    let faulty: FaultyStorage | undefined;
    const harness = await createHarness({
      ...options,
      wrapStorage: (engine) => (faulty = createFaultyStorage(engine)).engine,
    });
    cleanups.push(() => harness.close());
    if (!faulty) throw new Error('the store was not wrapped');
    return { h: harness, faulty };
  };

  it('keeps an accepted message through many failed writes and answers it once the store recovers', async () => {
    const { h, faulty } = await start({ flows: createFlowCatalog(createCounterFlow()), locales: counterLocales });
    faulty.failWrites('transcript', 'outbox', 'conversations', 'jobs');
    const { duplicate, handled } = await h.bot.engine.accept(h.inbound('+32470000050', 'one', 'wamid.DISK-FULL'));
    expect(duplicate).toBe(false);
    await expect(handled).rejects.toThrow('ENOSPC');
    for (let pass = 0; pass < 5; pass += 1) await h.bot.engine.recover();
    expect(h.channel.sent).toHaveLength(0);

    faulty.heal();
    h.bot.startBackground({ outboxPollMs: 10, pendingRetryMs: 10 });
    await vi.waitFor(() => expect(h.channel.textsTo('+32470000050')).toEqual(['1: one']), EVENTUALLY);
    expect(await h.bot.engine.handle(h.inbound('+32470000050', 'one', 'wamid.DISK-FULL'))).toBe('duplicate');
    expect(await h.say('+32470000050', 'two')).toEqual(['2: two']);
  });

  /** The WhatsApp Cloud webhook of the harness's bot on loopback, sending to a fake Graph API. */
  const serveWhatsApp = async (h: Harness) => {
    const graph = await startFakeGraph();
    cleanups.push(() => graph.close());
    const configs = readChannelConfigs({
      WHATSAPP_CLOUD_ACCESS_TOKEN: 'test-token',
      WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-me',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_CLOUD_GRAPH_URL: graph.url,
    });
    if (!configs.ok) throw new Error(configs.errors.join('; '));
    const server = createChannelServer({ bot: h.bot, logger: silentLogger, clock: h.clock, configs: configs.configs });
    const http = await new Promise<Server>((resolve) => {
      const listening = server.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    cleanups.push(() => new Promise((resolve) => http.close(() => resolve())));
    return { graph, base: `http://127.0.0.1:${portOf(http)}` };
  };

  it('answers the webhook 503 with Retry-After while the store cannot write, reports it on /healthz, and resumes by itself', async () => {
    const { h, faulty } = await start();
    const { graph, base } = await serveWhatsApp(h);
    const message = textMessagePayload({
      phoneNumberId: PHONE_NUMBER_ID,
      from: '32470000051',
      id: 'wamid.STORE-DOWN',
      text: 'Bonjour',
      sentAt: h.clock.now(),
    });

    faulty.failWrites();
    const refused = await postWebhook({ url: `${base}/webhooks/whatsapp`, appSecret: APP_SECRET, payload: message });
    expect(refused).toEqual({ status: 503, retryAfter: '5' });
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'degraded', store: 'unavailable' });

    faulty.heal();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const redelivered = await postWebhook({
      url: `${base}/webhooks/whatsapp`,
      appSecret: APP_SECRET,
      payload: message,
    });
    expect(redelivered.status).toBe(200);
    await vi.waitFor(() => expect(graph.accepted.length).toBeGreaterThan(0), EVENTUALLY);
    expect(graph.accepted.every((send) => send.to === '32470000051')).toBe(true);
  });

  it('asks Meta to deliver a status again while the store cannot record it', async () => {
    const { h, faulty } = await start();
    const { graph, base } = await serveWhatsApp(h);
    const webhook = (payload: unknown) =>
      postWebhook({ url: `${base}/webhooks/whatsapp`, appSecret: APP_SECRET, payload });
    const greeting = textMessagePayload({
      phoneNumberId: PHONE_NUMBER_ID,
      from: '32470000052',
      id: 'wamid.STATUS-DISK',
      text: 'Bonjour',
      sentAt: h.clock.now(),
    });
    expect((await webhook(greeting)).status).toBe(200);
    await vi.waitFor(() => expect(graph.accepted.length).toBeGreaterThan(0), EVENTUALLY);
    const reply = graph.accepted[0]!;
    const status = statusPayload({
      phoneNumberId: PHONE_NUMBER_ID,
      recipient: reply.to,
      id: reply.id,
      status: 'delivered',
      at: h.clock.now(),
      callbackData: reply.body.biz_opaque_callback_data,
    });

    faulty.failWrites();
    expect(await webhook(status)).toEqual({ status: 503, retryAfter: '5' });
    faulty.heal();
    expect((await webhook(status)).status).toBe(200);
  });
});
