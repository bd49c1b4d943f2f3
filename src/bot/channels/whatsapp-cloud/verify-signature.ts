import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE_PREFIX = 'sha256=';

export interface VerifySignatureOptions {
  rawBody: Buffer;
  /** The `X-Hub-Signature-256` header as received: `sha256=<hex>`. */
  signatureHeader: string | undefined;
  appSecret: string;
}

/** True only when the header is the HMAC-SHA256 of the exact bytes received, keyed with the app secret. */
export function verifyWebhookSignature(options: VerifySignatureOptions): boolean {
  const { rawBody, signatureHeader, appSecret } = options;
  if (signatureHeader?.startsWith(SIGNATURE_PREFIX) !== true) return false;
  const receivedHex = signatureHeader.slice(SIGNATURE_PREFIX.length).trim();
  if (!/^[0-9a-fA-F]{64}$/.test(receivedHex)) return false;
  const received = Buffer.from(receivedHex, 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // timingSafeEqual throws on different lengths; the regex above already fixed the length, this keeps it obvious.
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** The header value Meta would send for this body: for tests and local tools. */
export function signWebhookBody(options: { rawBody: Buffer | string; appSecret: string }): string {
  return `${SIGNATURE_PREFIX}${createHmac('sha256', options.appSecret).update(options.rawBody).digest('hex')}`;
}
