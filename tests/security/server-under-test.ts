import { signWebhookBody } from '../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import type { Logger } from '../../src/bot/logger.js';
import { silentLogger } from '../../src/bot/logger.js';
import { createChannelServer, readChannelConfigs, type ChannelServer } from '../../src/server.js';
import { startFakeConnector, type FakeConnector } from '../channels/botframework/fixtures.js';
import { listenLocally, startFakeGraphApi, type FakeGraphApi } from '../channels/whatsapp-cloud/helpers.js';
import { createHarness, type Harness } from '../support/harness.js';

export const APP_SECRET = 'security-test-app-secret';
export const PHONE_NUMBER_ID = '111111111111111';

export interface ServerUnderTest {
  url: string;
  harness: Harness;
  server: ChannelServer;
  graph: FakeGraphApi;
  /** The connector Bot Framework replies may go to (127.0.0.1, allowed). */
  connector: FakeConnector;
  /** A connector no reply may ever reach (127.0.0.2, outside the allowed hosts). */
  outsider: FakeConnector;
  /** How many documents the store holds that came from outside: inbox entries and Bot Framework references. */
  storedCount(): Promise<number>;
  postWebhook(body: string | Buffer, headers?: Record<string, string>): Promise<Response>;
  postSignedWebhook(body: string): Promise<Response>;
  postActivity(body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** `npm run serve` in process, on loopback: WhatsApp Cloud (fake Graph API) and anonymous Bot Framework. */
export async function startServerUnderTest(options: { logger?: Logger } = {}): Promise<ServerUnderTest> {
  const logger = options.logger ?? silentLogger;
  const harness = await createHarness({ logger });
  const graph = await startFakeGraphApi();
  const connector = await startFakeConnector();
  const outsider = await startFakeConnector('127.0.0.2');
  const configs = readChannelConfigs({
    WHATSAPP_CLOUD_ACCESS_TOKEN: 'security-test-token',
    WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
    WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify',
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_CLOUD_GRAPH_URL: graph.url,
    BOTFRAMEWORK_ENABLED: 'true',
    BOTFRAMEWORK_SERVICE_HOSTS: '127.0.0.1',
  });
  if (!configs.ok) throw new Error(configs.errors.join('; '));
  const server = createChannelServer({ bot: harness.bot, configs: configs.configs, logger, clock: harness.clock });
  const http = await listenLocally(server.app);
  const post = (path: string, body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${http.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    url: http.url,
    harness,
    server,
    graph,
    connector,
    outsider,
    async storedCount() {
      const engine = harness.bot.store.engine;
      return (
        (await engine.collection('inbox').countDocuments({})) +
        (await engine.collection('botframework_references').countDocuments({}))
      );
    },
    postWebhook: (body, headers = {}) => post('/webhooks/whatsapp', body, headers),
    postSignedWebhook: (body) =>
      post('/webhooks/whatsapp', body, {
        'x-hub-signature-256': signWebhookBody({ rawBody: body, appSecret: APP_SECRET }),
      }),
    postActivity: (body, headers = {}) => post('/api/messages', body, headers),
    async close() {
      await http.close();
      await server.stop();
      await harness.close();
      await graph.close();
      await connector.close();
      await outsider.close();
    },
  };
}
