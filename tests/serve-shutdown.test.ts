import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeGraph, type FakeGraph } from '../drills/fake-graph.js';
import { startServe, type ServeProcess } from '../drills/serve-process.js';
import { postWebhook, textMessagePayload } from '../drills/whatsapp-cloud-payloads.js';
import { tempDir } from './support/temp-dir.js';

const APP_SECRET = 'drill-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
/** Waiting for a child process: generous, since the machine may be busy. */
const EVENTUALLY = { timeout: 60_000, interval: 50 };

describe('npm run serve shutdown', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(input: {
    dataDir: string;
    graph: FakeGraph;
    env?: Record<string, string>;
  }): Promise<ServeProcess> {
    const child = await startServe({
      env: {
        DUO_DATA_DIR: input.dataDir,
        WHATSAPP_CLOUD_ACCESS_TOKEN: 'drill-token',
        WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
        WHATSAPP_CLOUD_VERIFY_TOKEN: 'drill-verify',
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_CLOUD_GRAPH_URL: input.graph.url,
        // A reply claimed by a process that was stopped is sent again once this runs out.
        DUO_OUTBOX_LEASE_MS: '4000',
        ...input.env,
      },
    });
    cleanups.push(async () => {
      if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
      await child.exited;
    });
    return child;
  }
  const post = (child: ServeProcess, id: string, text: string) =>
    postWebhook({
      url: `${child.url}/webhooks/whatsapp`,
      appSecret: APP_SECRET,
      payload: textMessagePayload({
        phoneNumberId: PHONE_NUMBER_ID,
        from: '32470000060',
        id,
        text,
        sentAt: new Date(),
      }),
    });

  it(
    'refuses new work with 503, exits within its bound while a send hangs, and the next start sends the reply',
    {
      timeout: 180_000,
    },
    async () => {
      const dataDir = await tempDir();
      const graph = await startFakeGraph();
      cleanups.push(() => graph.close());
      graph.injectFaults(...Array.from({ length: 20 }, () => ({ kind: 'hang' as const })));
      const first = await serve({ dataDir, graph, env: { DUO_SHUTDOWN_TIMEOUT_MS: '1500' } });

      expect((await post(first, 'wamid.BEFORE-STOP', 'Bonjour')).status).toBe(200);
      await vi.waitFor(() => expect(graph.faultsServed()).toBeGreaterThan(0), EVENTUALLY);
      first.child.kill('SIGTERM');
      await vi.waitFor(() => expect(first.stderr()).toContain('shutting down'), EVENTUALLY);
      const refused = await post(first, 'wamid.DURING-STOP', 'Hello').catch(() => null);
      // Either the gate answered, or the process had already gone: never a 200 for work it will not do.
      if (refused) expect(refused).toEqual({ status: 503, retryAfter: '5' });
      // The send still hangs: only the bound can have ended the process.
      expect(await first.exited).toBe(1);
      expect(graph.accepted).toHaveLength(0);

      graph.clearFaults();
      const second = await serve({ dataDir, graph, env: { DUO_SHUTDOWN_TIMEOUT_MS: '1500' } });
      await vi.waitFor(() => expect(graph.accepted.length).toBeGreaterThan(0), EVENTUALLY);
      expect(graph.accepted.every((send) => send.to === '32470000060')).toBe(true);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
  );

  it('exits at once on a second SIGTERM', { timeout: 120_000 }, async () => {
    const dataDir = await tempDir();
    const graph = await startFakeGraph();
    cleanups.push(() => graph.close());
    graph.injectFaults({ kind: 'hang' });
    const child = await serve({ dataDir, graph, env: { DUO_SHUTDOWN_TIMEOUT_MS: '600000' } });
    expect((await post(child, 'wamid.TWICE', 'Bonjour')).status).toBe(200);
    await vi.waitFor(() => expect(graph.faultsServed()).toBe(1), EVENTUALLY);
    child.child.kill('SIGTERM');
    await vi.waitFor(() => expect(child.stderr()).toContain('shutting down'), EVENTUALLY);
    child.child.kill('SIGTERM');
    expect(await child.exited).toBe(130);
  });
});
