import { afterEach, describe, expect, it } from 'vitest';
import { captureLog } from './log-capture.js';
import { FIRST_NAME, FREE_TEXT, INTAKE, NUMBER } from '../../drills/privacy-intake.js';
import { startWebhookIntake } from './webhook-intake.js';

describe('privacy of the logs', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('keeps no number, message id, name or text of a person through a whole intake over the webhook and an erase', async () => {
    const log = captureLog();
    const { harness, wamids, post, postForged, graphRequests } = await startWebhookIntake({
      logger: log.logger,
      cleanups,
    });

    for (const text of [...INTAKE, 'supprimer mes données', 'oui']) expect(await post(text)).toBe(200);
    await harness.bot.scheduler.runDue();
    // The same message delivered again after the erase, and a forged one: both logged, neither may name her.
    expect(await post(INTAKE[0]!)).toBe(200);
    expect(await postForged(FREE_TEXT)).toBe(401);

    expect(graphRequests()).toBeGreaterThan(INTAKE.length);
    const text = log.text();
    expect(text.split('\n').length).toBeGreaterThan(3);
    const personal = [
      NUMBER,
      NUMBER.slice(2),
      Buffer.from(NUMBER).toString('base64').slice(0, 12),
      ...wamids,
      ...wamids.map((wamid) => wamid.slice('wamid.'.length, 'wamid.'.length + 20)),
      FIRST_NAME,
      FREE_TEXT,
      'soudure',
    ];
    for (const value of personal) expect(text, value).not.toContain(value);
  });
});
