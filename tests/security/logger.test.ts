import { describe, expect, it } from 'vitest';
import { captureLog, wamidFor } from './log-capture.js';

const NUMBER = '32470123456';
const WAMID = wamidFor(NUMBER, '3AB0C2D4E6F8A1B3C5D7');

describe('logger', () => {
  it('writes neither the number, nor its base64, nor the message id, nor texts and names, whatever it is given', () => {
    const log = captureLog();
    log.logger.info({ address: NUMBER, providerMessageId: WAMID, text: 'Je suis Amina', name: 'Amina' }, 'in');
    log.logger.error({ entryId: `whatsapp-cloud:${WAMID}` }, 'message given up');
    log.logger.warn(`could not reach +${NUMBER} about ${WAMID}`);
    log.logger.error(
      { err: new Error(`E11000 duplicate key: { _id: "whatsapp-cloud:${WAMID}" } from ${NUMBER}`) },
      'store refused',
    );
    log.logger.child({ address: NUMBER }).info({ nested: { deeper: { phone: NUMBER } } }, 'child');

    const text = log.text();
    for (const secret of [NUMBER, Buffer.from(NUMBER).toString('base64'), WAMID, WAMID.slice(6, 30), 'Amina']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('store refused');
    expect(text).toContain('E11000 duplicate key');
  });

  it('gives one value the same hash on every line, so that lines can be correlated', () => {
    const log = captureLog();
    log.logger.info({ providerMessageId: WAMID }, 'accepted');
    log.logger.warn({ providerMessageId: WAMID }, 'not handled yet');
    const hashes = log
      .text()
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { providerMessageId: string }).providerMessageId);

    expect(hashes[0]).toMatch(/^hmac:[\w-]{16}$/);
    expect(hashes[1]).toBe(hashes[0]);
  });

  it('gives another hash under another key, so that hashes cannot be looked up without the secret', () => {
    const first = captureLog('first-secret-0123456789abcdef0123');
    const second = captureLog('second-secret-0123456789abcdef012');
    first.logger.info({ address: NUMBER }, 'x');
    second.logger.info({ address: NUMBER }, 'x');

    const read = (text: string) => (JSON.parse(text) as { address: string }).address;
    expect(read(first.text())).not.toBe(read(second.text()));
  });

  it('keeps times, counts, ids of its own and ordinary words readable', () => {
    const log = captureLog();
    log.logger.info(
      { conversationId: '0f8c2a4e-1b3d-4c5e-8f7a-9b0c1d2e3f40', retryInMs: 120000, outboxId: 'turn-12#0' },
      'send failed, will retry',
    );
    const record = JSON.parse(log.text()) as Record<string, unknown>;

    expect(record).toMatchObject({
      conversationId: '0f8c2a4e-1b3d-4c5e-8f7a-9b0c1d2e3f40',
      retryInMs: 120000,
      outboxId: 'turn-12#0',
      msg: 'send failed, will retry',
    });
    expect(typeof record.time).toBe('number');
  });
});
