import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIRMATION_WINDOW_MS } from '../../src/bot/dispatcher.js';
import { createFlowCatalog } from '../../src/bot/flow-runner.js';
import { silentLogger } from '../../src/bot/logger.js';
import { watchWebhookBacklog } from '../../src/bot/webhook-backlog.js';
import { counterLocales, createCounterFlow } from '../support/counter-flow.js';
import { createHarness, type Harness } from '../support/harness.js';
import { answerTooLateOnce, reportStatus } from '../support/provider-took-it.js';

const LEASE_MS = 10_000;
const crash = new Error('simulated crash');

/** The server's queue of webhooks not taken yet, as the test lets them through. */
function heldBacklog() {
  const waiting: (() => void)[] = [];
  return {
    taken: () => new Promise<void>((resolve) => waiting.push(resolve)),
    checks: () => waiting.length,
    /** Every webhook queued when the checks began has been taken. */
    drain: () => {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/**
 * After a restart, WhatsApp's redeliveries queue up ahead of the server, and the status naming a
 * reply whose send a crash cut short may wait there longer than the window for it: the reply
 * waits until the webhooks that reached the server in its window have been taken.
 */
describe('status window behind a webhook backlog', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const start = async (dataDir?: string) => {
    const harness = await createHarness({
      sendLeaseMs: LEASE_MS,
      flows: createFlowCatalog(createCounterFlow()),
      locales: counterLocales,
      ...(dataDir ? { dataDir } : {}),
    });
    Object.assign(harness.channel, { confirmsSendsByStatus: true });
    open.push(harness);
    return harness;
  };

  /** The provider took '1: one', the process died before marking it; a new one starts on the same data, swamped. */
  async function restartedBehindABacklog(address: string) {
    const first = await start();
    first.bot.store.outbox.markSent = () => Promise.reject(crash);
    await expect(first.bot.engine.handle(first.inbound(address, 'one'))).rejects.toThrow('simulated crash');
    open.splice(open.indexOf(first), 1);
    await first.bot.scheduler.stop();
    await first.bot.store.engine.close();
    const second = await start(first.dataDir);
    const backlog = heldBacklog();
    second.bot.dispatcher.awaitWebhookBacklog(backlog.taken);
    return { first, second, backlog, taken: first.channel.sent[0]! };
  }

  it('does not send a reply cut short by a crash again while the webhooks of its window are queued, nor after its status', async () => {
    const { first, second, backlog, taken } = await restartedBehindABacklog('+32470000071');
    second.clock.advance(LEASE_MS + 1);
    await second.bot.engine.recover();
    // The window runs out with Meta's status still waiting behind the other deliveries.
    second.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS * 10);
    await second.bot.dispatcher.sweep();
    await second.bot.dispatcher.sweep();
    expect(second.channel.textsTo('+32470000071')).toEqual([]);
    expect(backlog.checks()).toBe(1);

    // The server reaches the status, then the deliveries queued with it are all taken.
    await reportStatus({ to: second, from: first.channel, reply: taken, status: 'sent' });
    backlog.drain();
    await second.bot.dispatcher.sweep();

    expect(second.channel.textsTo('+32470000071')).toEqual([]);
    expect(await second.say('+32470000071', 'two')).toEqual(['2: two']);
  });

  it('sends a reply cut short by a crash again, before later replies, once the queued webhooks held no status for it', async () => {
    const { second, backlog } = await restartedBehindABacklog('+32470000072');
    second.clock.advance(LEASE_MS + 1);
    expect(await second.say('+32470000072', 'two')).toEqual([]);
    second.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS);
    await second.bot.dispatcher.sweep();
    expect(second.channel.textsTo('+32470000072')).toEqual([]);

    backlog.drain();
    // The check's end flushes the conversation it held, without waiting for a relay pass.
    await vi.waitFor(() => expect(second.channel.textsTo('+32470000072')).toHaveLength(2), {
      timeout: 20_000,
      interval: 20,
    });
    expect(second.channel.textsTo('+32470000072')).toEqual(['1: one', '2: two']);
  });

  it('holds a retry of a send that timed out until the webhooks of its window are taken', async () => {
    const h = await start();
    const backlog = heldBacklog();
    h.bot.dispatcher.awaitWebhookBacklog(backlog.taken);
    answerTooLateOnce(h.channel);
    await h.bot.engine.handle(h.inbound('+32470000073', 'one'));
    h.clock.advance(DEFAULT_CONFIRMATION_WINDOW_MS * 10);
    await h.bot.dispatcher.sweep();
    expect(h.channel.textsTo('+32470000073')).toEqual(['1: one']);

    await reportStatus({ to: h, from: h.channel, reply: h.channel.sent[0]!, status: 'delivered' });
    backlog.drain();
    await h.bot.dispatcher.sweep();
    expect(h.channel.textsTo('+32470000073')).toEqual(['1: one']);
  });
});

describe('watchWebhookBacklog', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says the backlog is taken only after the requests that reached the server before were answered', async () => {
    const held: ServerResponse[] = [];
    let requestSeen: () => void = () => undefined;
    const seen = new Promise<void>((resolve) => (requestSeen = resolve));
    const server = createServer((_request: IncomingMessage, response: ServerResponse) => {
      held.push(response);
      requestSeen();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const backlog = watchWebhookBacklog({ server, logger: silentLogger });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening on a port');

    const events: string[] = [];
    const delivery = fetch(`http://127.0.0.1:${address.port}/webhooks/whatsapp`, { method: 'POST', body: '{}' }).then(
      async (response) => {
        await response.arrayBuffer();
        events.push('delivery answered');
      },
    );
    await seen;
    const taken = backlog.taken().then(() => events.push('backlog taken'));
    // The check's own connection is accepted, and the held delivery is still in progress.
    let accepted: () => void = () => undefined;
    server.once('connection', () => accepted());
    await new Promise<void>((resolve) => (accepted = resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([]);

    held[0]?.end('ok');
    await Promise.all([delivery, taken]);
    expect(events).toEqual(['delivery answered', 'backlog taken']);
  });

  it('says the backlog is taken when the server no longer listens', async () => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const backlog = watchWebhookBacklog({ server, logger: silentLogger });
    await new Promise((resolve) => server.close(resolve));
    servers.splice(0);
    await expect(backlog.taken()).resolves.toBeUndefined();
  });
});
