import { describe, expect, it } from 'vitest';
import type { SendRequest } from '../../../src/bot/channel.js';
import { silentLogger } from '../../../src/bot/logger.js';
import { createWhatsAppWebChannel } from '../../../src/bot/channels/whatsapp-web/index.js';
import type { RenderedMessage } from '../../../src/flows/message.js';
import {
  FakeWhatsAppWebClient,
  createManualTimers,
  createRecordingSink,
  settle,
  whatsAppWebMessage,
} from './fixtures.js';

function setup(options: { initializeError?: Error } = {}) {
  const clients: FakeWhatsAppWebClient[] = [];
  const sink = createRecordingSink();
  const timers = createManualTimers();
  const shownQrs: string[] = [];
  const whatsapp = createWhatsAppWebChannel({
    config: { chromiumPath: '/usr/bin/chromium', auth: { kind: 'local', dataPath: '/tmp/unused' } },
    sink,
    logger: silentLogger,
    clientFactory: () => {
      const client = new FakeWhatsAppWebClient();
      if (options.initializeError) client.initializeError = options.initializeError;
      clients.push(client);
      return Promise.resolve(client);
    },
    showQr: (qr) => shownQrs.push(qr),
    timers,
  });
  const latestClient = () => {
    const client = clients.at(-1);
    if (!client) throw new Error('no client built yet');
    return client;
  };
  return { whatsapp, clients, latestClient, sink, timers, shownQrs };
}

function sendRequest(address: string, rendered: RenderedMessage): SendRequest {
  return {
    address,
    lastInboundAt: null,
    message: { id: 'turn-1#0', language: 'fr', message: { key: 'test.question' }, rendered },
  };
}

describe('whatsapp-web channel', () => {
  it('hands a text message to the sink when a person writes', async () => {
    const { whatsapp, latestClient, sink } = setup();
    await whatsapp.start();
    latestClient().emit('ready');

    latestClient().emit('message', whatsAppWebMessage({ body: 'Bonjour' }));
    await settle();

    expect(sink.handled).toEqual([
      {
        channel: 'whatsapp-web',
        address: '32470123456@c.us',
        providerMessageId: 'false_32470123456@c.us_3EB0C767D26A1D4A5B29',
        sentAt: new Date(1_767_261_600_000),
        content: { type: 'text', text: 'Bonjour' },
      },
    ]);
  });

  it('ignores groups, status updates and its own messages', async () => {
    const { whatsapp, latestClient, sink } = setup();
    await whatsapp.start();
    latestClient().emit('ready');

    latestClient().emit('message', whatsAppWebMessage({ from: '120363025246125486@g.us', author: '32470123456@c.us' }));
    latestClient().emit('message', whatsAppWebMessage({ from: 'status@broadcast', isStatus: true, type: 'image' }));
    latestClient().emit('message', whatsAppWebMessage({ fromMe: true }));
    await settle();

    expect(sink.handled).toEqual([]);
  });

  it('reports a voice note as unsupported', async () => {
    const { whatsapp, latestClient, sink } = setup();
    await whatsapp.start();

    latestClient().emit('message', whatsAppWebMessage({ type: 'ptt', body: '', hasMedia: true }));
    await settle();

    expect(sink.handled.map((inbound) => inbound.content)).toEqual([{ type: 'unsupported', what: 'voice note' }]);
  });

  it('keeps the QR code for staff until the phone is linked', async () => {
    const { whatsapp, latestClient, shownQrs } = setup();
    await whatsapp.start();
    expect(whatsapp.latestQr()).toBeNull();

    latestClient().emit('qr', '2@first');
    latestClient().emit('qr', '2@refreshed');
    expect(whatsapp.latestQr()).toBe('2@refreshed');
    expect(shownQrs).toEqual(['2@first', '2@refreshed']);

    latestClient().emit('ready');
    expect(whatsapp.latestQr()).toBeNull();
  });

  it('sends choices as numbered text', async () => {
    const { whatsapp, latestClient } = setup();
    await whatsapp.start();
    latestClient().emit('ready');

    const result = await whatsapp.channel.send(
      sendRequest('32470123456@c.us', {
        text: 'Quelle langue ?',
        choices: [
          { id: 'fr', title: 'Français' },
          { id: 'nl', title: 'Nederlands' },
          { id: 'en', title: 'English', description: 'for newcomers' },
        ],
      }),
    );

    expect(latestClient().sent).toEqual([
      {
        chatId: '32470123456@c.us',
        content: 'Quelle langue ?\n\n1. Français\n2. Nederlands\n3. English — for newcomers',
      },
    ]);
    expect(result).toEqual({ ok: true, providerMessageId: 'true_32470123456@c.us_3EB0OUT1' });
  });

  it('answers a send with a retryable failure while not connected', async () => {
    const { whatsapp, latestClient } = setup();
    await whatsapp.start();
    latestClient().emit('qr', '2@waiting');

    const result = await whatsapp.channel.send(sendRequest('32470123456@c.us', { text: 'Hello', choices: [] }));

    expect(result).toMatchObject({ ok: false, retryable: true, code: 'not_connected' });
    expect(latestClient().sent).toEqual([]);
  });

  it('answers a send with a retryable failure when the browser went away mid-send', async () => {
    const { whatsapp, latestClient } = setup();
    await whatsapp.start();
    latestClient().emit('ready');
    latestClient().sendError = new Error('Protocol error (Runtime.callFunctionOn): Target closed.');

    const result = await whatsapp.channel.send(sendRequest('32470123456@c.us', { text: 'Hello', choices: [] }));

    expect(result).toMatchObject({ ok: false, retryable: true, code: 'browser_unavailable' });
  });

  it('records delivery reports of its own messages, naming the chat they went to', async () => {
    const { whatsapp, latestClient, sink } = setup();
    await whatsapp.start();
    latestClient().emit('ready');

    const ours = whatsAppWebMessage({ fromMe: true, from: '32480000000@c.us', to: '32470123456@c.us' });
    latestClient().emit('message_ack', ours, 3);
    await settle();

    expect(sink.deliveries).toMatchObject([
      { channel: 'whatsapp-web', providerMessageId: ours.id._serialized, status: 'read', address: '32470123456@c.us' },
    ]);
  });

  it('reconnects with a growing delay after each disconnection, reset once connected', async () => {
    const { whatsapp, clients, latestClient, timers } = setup();
    await whatsapp.start();
    const first = latestClient();
    first.emit('ready');

    first.emit('disconnected', 'NAVIGATION');
    await settle();
    expect(first.destroyed).toBe(1);
    expect(timers.pending.map((timer) => timer.delayMs)).toEqual([5_000]);

    timers.fireNext();
    await settle();
    expect(clients).toHaveLength(2);
    expect(latestClient().initialized).toBe(1);

    latestClient().emit('disconnected', 'CONFLICT');
    await settle();
    expect(timers.pending.map((timer) => timer.delayMs)).toEqual([10_000]);

    timers.fireNext();
    await settle();
    latestClient().emit('ready');
    latestClient().emit('disconnected', 'LOGOUT');
    await settle();
    expect(timers.pending.map((timer) => timer.delayMs)).toEqual([5_000]);
    await whatsapp.stop();
  });

  it('caps the reconnection delay at five minutes when the browser never starts', async () => {
    const { whatsapp, clients, timers } = setup({
      initializeError: new Error('Failed to launch the browser process!'),
    });
    await whatsapp.start();
    await settle();

    const delays: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const [timer] = timers.pending;
      if (!timer) throw new Error('no reconnection scheduled');
      delays.push(timer.delayMs);
      timers.fireNext();
      await settle();
    }

    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(clients.every((client) => client.destroyed === 1)).toBe(true);
    await whatsapp.stop();
  });

  it('restarts a browser that shows neither a QR code nor a session in time', async () => {
    const { whatsapp, clients, timers } = setup();
    await whatsapp.start();
    expect(timers.pending.map((timer) => timer.delayMs)).toEqual([180_000]);

    timers.fireNext();
    await settle();

    expect(clients[0]?.destroyed).toBe(1);
    expect(timers.pending.map((timer) => timer.delayMs)).toEqual([5_000]);
    await whatsapp.stop();
  });

  it('stops watching the startup once a QR code is shown', async () => {
    const { whatsapp, latestClient, timers } = setup();
    await whatsapp.start();

    latestClient().emit('qr', '2@code');

    expect(timers.pending).toEqual([]);
    await whatsapp.stop();
  });

  it('schedules nothing more once stopped', async () => {
    const { whatsapp, latestClient, timers } = setup();
    await whatsapp.start();
    latestClient().emit('disconnected', 'NAVIGATION');
    await settle();
    expect(timers.pending).toHaveLength(1);

    await whatsapp.stop();

    expect(timers.pending).toHaveLength(0);
  });
});
