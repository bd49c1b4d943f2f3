import type { Server } from 'node:http';
import express from 'express';
import type { DeliveryUpdate, DurableInboundSink, Inbound } from '../../../src/bot/channel.js';
import type { WhatsAppCloudConfig } from '../../../src/bot/channels/whatsapp-cloud/index.js';

export { parseSample, readSample } from '../../support/whatsapp-cloud-samples.js';

export function buildConfig(overrides: Partial<WhatsAppCloudConfig> = {}): WhatsAppCloudConfig {
  return {
    accessToken: 'test-access-token-never-logged',
    appSecret: 'test-app-secret',
    verifyToken: 'test-verify-token',
    phoneNumberId: '111111111111111',
    graphUrl: 'http://127.0.0.1:9',
    apiVersion: 'v21.0',
    messagesPerSecond: 80,
    template: null,
    webhookPath: '/webhooks/whatsapp',
    ...overrides,
  };
}

export interface RecordingSink extends DurableInboundSink {
  inbounds: Inbound[];
  deliveries: DeliveryUpdate[];
}

/** `failOn`: the message is stored but its handling fails; `failToStore`: the store refuses it. */
export function createRecordingSink(options: { failOn?: string; failToStore?: string } = {}): RecordingSink {
  const inbounds: Inbound[] = [];
  const deliveries: DeliveryUpdate[] = [];
  return {
    inbounds,
    deliveries,
    handle(inbound) {
      if (inbound.providerMessageId === options.failOn) return Promise.reject(new Error('engine unavailable'));
      inbounds.push(inbound);
      return Promise.resolve();
    },
    accept(inbound) {
      if (inbound.providerMessageId === options.failToStore) return Promise.reject(new Error('store unavailable'));
      if (inbound.providerMessageId === options.failOn) {
        return Promise.resolve({ duplicate: false, handled: Promise.reject(new Error('engine unavailable')) });
      }
      inbounds.push(inbound);
      return Promise.resolve({ duplicate: false, handled: Promise.resolve() });
    },
    recordDelivery(update) {
      deliveries.push(update);
      return Promise.resolve();
    },
  };
}

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/** Serves an express app on 127.0.0.1 at a free port. */
export async function listenLocally(app: express.Express): Promise<LocalServer> {
  const server = await new Promise<Server>((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface GraphRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
  receivedAt: number;
}

export interface FakeGraphReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeGraphApi extends LocalServer {
  requests: GraphRequest[];
}

/**
 * A stand-in for graph.facebook.com on loopback: records each request and answers with the next
 * scripted reply, then with a success carrying a fresh message id.
 */
export async function startFakeGraphApi(replies: FakeGraphReply[] = []): Promise<FakeGraphApi> {
  const requests: GraphRequest[] = [];
  const app = express();
  app.use(express.json());
  app.post('/:version/:phoneNumberId/messages', (req, res) => {
    const body: unknown = req.body;
    requests.push({
      path: req.path,
      authorization: req.get('authorization'),
      body: isRecord(body) ? body : {},
      receivedAt: Date.now(),
    });
    const reply = replies.shift() ?? {
      status: 200,
      body: { messaging_product: 'whatsapp', messages: [{ id: `wamid.OUT${requests.length}` }] },
    };
    res
      .status(reply.status)
      .set(reply.headers ?? {})
      .json(reply.body);
  });
  const server = await listenLocally(app);
  return { ...server, requests };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
