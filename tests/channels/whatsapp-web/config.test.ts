import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWhatsAppWebConfig } from '../../../src/bot/channels/whatsapp-web/index.js';

describe('readWhatsAppWebConfig', () => {
  it('leaves the channel off when nothing is set', () => {
    expect(readWhatsAppWebConfig({})).toEqual({ ok: true, config: null });
  });

  it('uses Chromium from Debian and a local session under the data folder when enabled', () => {
    expect(readWhatsAppWebConfig({ WHATSAPP_WEB_ENABLED: 'true', DUO_DATA_DIR: '/srv/duo' })).toEqual({
      ok: true,
      config: { chromiumPath: '/usr/bin/chromium', auth: { kind: 'local', dataPath: '/srv/duo/whatsapp-web-auth' } },
    });
  });

  it('defaults the data folder to ./data', () => {
    const result = readWhatsAppWebConfig({ WHATSAPP_WEB_ENABLED: 'true', WHATSAPP_WEB_CHROMIUM_PATH: '/opt/chrome' });

    expect(result).toEqual({
      ok: true,
      config: { chromiumPath: '/opt/chrome', auth: { kind: 'local', dataPath: resolve('data/whatsapp-web-auth') } },
    });
  });

  it('keeps the session in MongoDB when remote auth is asked for with a URI', () => {
    const result = readWhatsAppWebConfig({
      WHATSAPP_WEB_ENABLED: 'true',
      WHATSAPP_WEB_AUTH: 'remote',
      MONGODB_URI: 'mongodb://db.internal:27017/duo',
      DUO_DATA_DIR: '/srv/duo',
    });

    expect(result).toEqual({
      ok: true,
      config: {
        chromiumPath: '/usr/bin/chromium',
        auth: {
          kind: 'remote',
          dataPath: '/srv/duo/whatsapp-web-auth',
          mongodbUri: 'mongodb://db.internal:27017/duo',
          database: null,
          backupSyncIntervalMs: 300_000,
        },
      },
    });
  });

  it('names MONGODB_URI when remote auth is asked for without it', () => {
    const result = readWhatsAppWebConfig({ WHATSAPP_WEB_ENABLED: 'true', WHATSAPP_WEB_AUTH: 'remote' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join()).toMatch(/^MONGODB_URI: /);
  });

  it('names WHATSAPP_WEB_ENABLED when another setting of the channel is set without it', () => {
    const result = readWhatsAppWebConfig({ WHATSAPP_WEB_CHROMIUM_PATH: '/usr/bin/chromium' });

    expect(!result.ok && result.errors).toEqual([
      'WHATSAPP_WEB_CHROMIUM_PATH: is set but WHATSAPP_WEB_ENABLED is not; set WHATSAPP_WEB_ENABLED=true',
    ]);
  });

  it('names the variable whose value is wrong', () => {
    const result = readWhatsAppWebConfig({ WHATSAPP_WEB_ENABLED: 'yes' });

    expect(!result.ok && result.errors).toEqual(['WHATSAPP_WEB_ENABLED: expected true or false']);
  });
});
