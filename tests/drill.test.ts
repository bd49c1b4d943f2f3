import { describe, expect, it } from 'vitest';
import { graphFaults, killAtRandomPoints, loadWithRedelivery } from '../drills/drill.js';
import { fuzzDrill, privacyDrill, securityDrill } from '../drills/guards.js';

/** The drills of `npm run drill`, with a few senders: a real `npm run serve` child on loopback. */
describe('drills (short version)', () => {
  const options = { senders: 2, redeliveryShare: 0.3, log: () => undefined };

  it('answers every message once and in order when 30% of deliveries are repeated', { timeout: 600_000 }, async () => {
    const result = await loadWithRedelivery(options);
    expect(result.sent).toBeGreaterThan(0);
    expect(result).toMatchObject({ lost: 0, doubled: 0, outOfOrder: 0, answers5xx: 0 });
  });

  it(
    'loses nothing and keeps the order when the server is killed -9 and started again',
    { timeout: 600_000 },
    async () => {
      const result = await killAtRandomPoints({ ...options, kills: 1 });
      expect(result.sent).toBeGreaterThan(0);
      expect(result).toMatchObject({ lost: 0, doubled: 0, outOfOrder: 0 });
    },
  );

  it('delivers every reply once after Graph API faults clear', { timeout: 600_000 }, async () => {
    const result = await graphFaults(options);
    expect(result.sent).toBeGreaterThan(0);
    expect(result).toMatchObject({ lost: 0, doubled: 0, outOfOrder: 0 });
  });

  it(
    'never answers 5xx and stores or sends nothing from generated bodies it must refuse',
    { timeout: 600_000 },
    async () => {
      const result = await fuzzDrill({ bodies: 200, log: () => undefined });
      expect(result.sent).toBe(200);
      expect(result).toMatchObject({
        answers5xx: 0,
        refused: result.shouldRefuse,
        storedFromRefused: 0,
        outboundCalls: 0,
      });
    },
  );

  it(
    'refuses forged signatures, oversized bodies, outside serviceUrls and anonymous Bot Framework off loopback',
    { timeout: 600_000 },
    async () => {
      const result = await securityDrill({ log: () => undefined });
      expect(result).toMatchObject({ answers5xx: 0, refused: result.sent, storedFromRefused: 0, outboundCalls: 0 });
    },
  );

  it(
    'leaves nothing that names a person in the log or the data folder after her intake and erase',
    { timeout: 600_000 },
    async () => {
      const result = await privacyDrill({ log: () => undefined });
      expect(result.sent).toBeGreaterThan(10);
      expect(result.leaks).toBe(0);
    },
  );
});
