import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import { readSample } from './helpers.js';

describe('verifyWebhookSignature', () => {
  it('returns true when the header is the HMAC-SHA256 of the raw bytes keyed with the app secret', () => {
    const rawBody = Buffer.from(readSample('text.json'));
    const hex = createHmac('sha256', 'app-secret').update(rawBody).digest('hex');
    expect(verifyWebhookSignature({ rawBody, signatureHeader: `sha256=${hex}`, appSecret: 'app-secret' })).toBe(true);
  });

  it('returns false without throwing when the header is missing, malformed, short or keyed otherwise', () => {
    const rawBody = Buffer.from(readSample('text.json'));
    const other = createHmac('sha256', 'other-secret').update(rawBody).digest('hex');
    for (const signatureHeader of [
      undefined,
      '',
      'sha256=',
      'sha1=abc',
      'sha256=zz',
      'sha256=abcd',
      `sha256=${other}`,
    ]) {
      expect(verifyWebhookSignature({ rawBody, signatureHeader, appSecret: 'app-secret' })).toBe(false);
    }
  });
});
