import { describe, expect, it } from 'vitest';
import { readBotFrameworkConfig } from '../../../src/bot/channels/botframework/index.js';

describe('readBotFrameworkConfig', () => {
  it('leaves the channel off when nothing is set', () => {
    expect(readBotFrameworkConfig({})).toEqual({ ok: true, config: null });
  });

  it('runs without authentication for the Emulator when enabled without app id and password', () => {
    expect(
      readBotFrameworkConfig({ BOTFRAMEWORK_ENABLED: 'true', MICROSOFT_APP_ID: '', MICROSOFT_APP_PASSWORD: '' }),
    ).toEqual({
      ok: true,
      config: {
        appId: '',
        appPassword: '',
        appType: 'MultiTenant',
        tenantId: null,
        serviceHosts: ['localhost', '127.0.0.1', '[::1]'],
      },
    });
  });

  it('reads an Azure Bot registration', () => {
    const result = readBotFrameworkConfig({
      BOTFRAMEWORK_ENABLED: 'true',
      MICROSOFT_APP_ID: '0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
      MICROSOFT_APP_PASSWORD: 'client-secret-value',
      MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_APP_TENANT_ID: '9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4',
    });

    expect(result).toEqual({
      ok: true,
      config: {
        appId: '0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
        appPassword: 'client-secret-value',
        appType: 'SingleTenant',
        tenantId: '9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4',
        serviceHosts: [
          '*.botframework.com',
          'smba.trafficmanager.net',
          '*.botframework.azure.us',
          '*.teams.microsoft.com',
        ],
      },
    });
  });

  it('reads the hosts replies may go to', () => {
    const result = readBotFrameworkConfig({
      BOTFRAMEWORK_ENABLED: 'true',
      MICROSOFT_APP_ID: 'abc',
      MICROSOFT_APP_PASSWORD: 'secret',
      BOTFRAMEWORK_SERVICE_HOSTS: ' *.botframework.com , smba.trafficmanager.net',
    });

    expect(result.ok && result.config?.serviceHosts).toEqual(['*.botframework.com', 'smba.trafficmanager.net']);
  });

  it('names BOTFRAMEWORK_SERVICE_HOSTS when a host is not a host name', () => {
    const result = readBotFrameworkConfig({
      BOTFRAMEWORK_ENABLED: 'true',
      BOTFRAMEWORK_SERVICE_HOSTS: '*',
    });

    expect(!result.ok && result.errors[0]).toMatch(/^BOTFRAMEWORK_SERVICE_HOSTS.*: expected host names/);
  });

  it('names MICROSOFT_APP_PASSWORD when only the app id is set', () => {
    const result = readBotFrameworkConfig({ BOTFRAMEWORK_ENABLED: 'true', MICROSOFT_APP_ID: 'abc' });

    expect(!result.ok && result.errors).toEqual([
      'MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (the client secret of the app registration)',
    ]);
  });

  it('names MICROSOFT_APP_ID when only the password is set, without echoing the password', () => {
    const result = readBotFrameworkConfig({ BOTFRAMEWORK_ENABLED: 'true', MICROSOFT_APP_PASSWORD: 's3cr3t' });

    expect(!result.ok && result.errors).toEqual(['MICROSOFT_APP_ID: required with MICROSOFT_APP_PASSWORD']);
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
  });

  it('names MICROSOFT_APP_TENANT_ID for a single-tenant app without it', () => {
    const result = readBotFrameworkConfig({
      BOTFRAMEWORK_ENABLED: 'true',
      MICROSOFT_APP_ID: 'abc',
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TYPE: 'SingleTenant',
    });

    expect(!result.ok && result.errors).toEqual([
      'MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE=SingleTenant',
    ]);
  });

  it('names BOTFRAMEWORK_ENABLED when credentials are set without it', () => {
    const result = readBotFrameworkConfig({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'secret' });

    expect(!result.ok && result.errors.join()).toMatch(/^BOTFRAMEWORK_ENABLED: /);
  });

  it('names the variable whose value is wrong', () => {
    const result = readBotFrameworkConfig({ BOTFRAMEWORK_ENABLED: 'true', MICROSOFT_APP_TYPE: 'Multi' });

    expect(!result.ok && result.errors).toEqual([
      'MICROSOFT_APP_TYPE: expected MultiTenant, SingleTenant or UserAssignedMSI',
    ]);
  });
});
