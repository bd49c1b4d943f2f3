import { describe, expect, it } from 'vitest';
import { createPuppeteerClientFactory } from '../../../src/bot/channels/whatsapp-web/puppeteer-client.js';

describe('createPuppeteerClientFactory', () => {
  it('builds a whatsapp-web.js client for the configured Chromium with a local session, without launching it', async () => {
    const { default: wwebjs } = await import('whatsapp-web.js');
    const factory = createPuppeteerClientFactory({
      chromiumPath: '/usr/bin/chromium',
      auth: { kind: 'local', dataPath: '/tmp/duo-test/whatsapp-web-auth' },
    });

    const client = await factory.create();

    expect(client).toBeInstanceOf(wwebjs.Client);
    expect(Reflect.get(client, 'options')).toMatchObject({
      puppeteer: {
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      },
    });
    const strategy: unknown = Reflect.get(client, 'authStrategy');
    expect(strategy).toBeInstanceOf(wwebjs.LocalAuth);
    expect(strategy).toMatchObject({ dataPath: '/tmp/duo-test/whatsapp-web-auth' });
    await factory.close();
  });

  it('uses RemoteAuth over MongoDB GridFS when the session is kept remotely', async () => {
    const { default: wwebjs } = await import('whatsapp-web.js');
    const factory = createPuppeteerClientFactory({
      chromiumPath: '/usr/bin/chromium',
      auth: {
        kind: 'remote',
        dataPath: '/tmp/duo-test/whatsapp-web-auth',
        // Never contacted: the MongoDB driver connects on first use, and the browser is never launched here.
        mongodbUri: 'mongodb://127.0.0.1:9/duo',
        database: null,
        backupSyncIntervalMs: 300_000,
      },
    });

    const client = await factory.create();

    expect(Reflect.get(client, 'authStrategy')).toBeInstanceOf(wwebjs.RemoteAuth);
    await factory.close();
  });
});
