import { describe, expect, it } from 'vitest';
import { graphFaults, killAtRandomPoints, loadWithRedelivery } from '../drills/drill.js';

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
      expect(result).toMatchObject({ lost: 0, outOfOrder: 0 });
    },
  );

  it('delivers every reply once after Graph API faults clear', { timeout: 600_000 }, async () => {
    const result = await graphFaults(options);
    expect(result.sent).toBeGreaterThan(0);
    expect(result).toMatchObject({ lost: 0, doubled: 0, outOfOrder: 0 });
  });
});
