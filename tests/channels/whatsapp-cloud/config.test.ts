import { describe, expect, it } from 'vitest';
import {
  readWhatsAppCloudConfig,
  toWhatsAppCloudConfig,
  whatsAppCloudEnvSchema,
} from '../../../src/bot/channels/whatsapp-cloud/index.js';

const REQUIRED = {
  WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-secret-token',
  WHATSAPP_CLOUD_APP_SECRET: 'app-secret-value',
  WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-me',
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
};

describe('readWhatsAppCloudConfig', () => {
  it('returns null when no WhatsApp Cloud variable is set', () => {
    expect(readWhatsAppCloudConfig({ PATH: '/usr/bin' })).toEqual({ ok: true, config: null });
  });

  it('fills the defaults when only the required variables are set', () => {
    expect(readWhatsAppCloudConfig(REQUIRED)).toEqual({
      ok: true,
      config: {
        accessToken: 'EAAG-secret-token',
        appSecret: 'app-secret-value',
        verifyToken: 'verify-me',
        phoneNumberId: '106540352242922',
        graphUrl: 'https://graph.facebook.com',
        apiVersion: 'v21.0',
        messagesPerSecond: 80,
        template: null,
        webhookPath: '/webhooks/whatsapp',
      },
    });
  });

  it('reads the template languages in order when a template is configured', () => {
    const result = readWhatsAppCloudConfig({
      ...REQUIRED,
      WHATSAPP_CLOUD_TEMPLATE_NAME: 'duo_reengagement',
      WHATSAPP_CLOUD_TEMPLATE_LANGUAGES: 'fr:fr, nl:nl,en:en_US,ar:ar',
      WHATSAPP_CLOUD_GRAPH_URL: 'http://127.0.0.1:4010/',
      WHATSAPP_CLOUD_MESSAGES_PER_SECOND: '250',
    });
    expect(result.ok && result.config?.template).toEqual({
      name: 'duo_reengagement',
      languages: [
        { language: 'fr', code: 'fr' },
        { language: 'nl', code: 'nl' },
        { language: 'en', code: 'en_US' },
        { language: 'ar', code: 'ar' },
      ],
    });
    expect(result.ok && result.config?.graphUrl).toBe('http://127.0.0.1:4010');
    expect(result.ok && result.config?.messagesPerSecond).toBe(250);
  });

  it('names each missing variable without echoing secrets when the channel is partly configured', () => {
    const result = readWhatsAppCloudConfig({ WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-secret-token' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.split(':')[0])).toEqual([
      'WHATSAPP_CLOUD_APP_SECRET',
      'WHATSAPP_CLOUD_VERIFY_TOKEN',
      'WHATSAPP_CLOUD_PHONE_NUMBER_ID',
    ]);
    expect(errors.join('\n')).not.toContain('EAAG-secret-token');
  });

  it('names the variable when a value is malformed', () => {
    const result = readWhatsAppCloudConfig({
      ...REQUIRED,
      WHATSAPP_CLOUD_MESSAGES_PER_SECOND: '5000',
      WHATSAPP_CLOUD_TEMPLATE_LANGUAGES: 'french',
    });
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.split(':')[0]).sort()).toEqual([
      'WHATSAPP_CLOUD_MESSAGES_PER_SECOND',
      'WHATSAPP_CLOUD_TEMPLATE_LANGUAGES',
    ]);
  });

  it('asks for the languages when a template name is set without them', () => {
    const parsed = whatsAppCloudEnvSchema.parse({ ...REQUIRED, WHATSAPP_CLOUD_TEMPLATE_NAME: 'duo_reengagement' });
    const result = toWhatsAppCloudConfig(parsed);
    expect(result.ok ? [] : result.errors.map((error) => error.split(':')[0])).toEqual([
      'WHATSAPP_CLOUD_TEMPLATE_LANGUAGES',
    ]);
  });
});
