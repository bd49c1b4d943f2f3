import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Server } from 'node:http';
import { Socket } from 'node:net';
import express from 'express';
import type { Inbound, InboundSink, DeliveryUpdate } from '../../../src/bot/channel.js';

export interface RecordingSink extends InboundSink {
  readonly handled: Inbound[];
}

export function createRecordingSink(): RecordingSink {
  const handled: Inbound[] = [];
  return {
    handled,
    handle(inbound) {
      handled.push(inbound);
      return Promise.resolve('handled');
    },
    recordDelivery(_update: DeliveryUpdate) {
      return Promise.resolve();
    },
  };
}

export async function listen(
  app: express.Express,
  host = '127.0.0.1',
): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const started = app.listen(0, host, () => resolve(started));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP server');
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeConnector {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Every call answers with this HTTP status (null: 200 again). */
  failWith(status: number | null): void;
  close(): Promise<void>;
}

/** Stands in for the Bot Connector service at the activity's serviceUrl: records what the adapter sends. */
export async function startFakeConnector(host = '127.0.0.1'): Promise<FakeConnector> {
  const calls: RecordedCall[] = [];
  let failure: number | null = null;
  const app = express();
  app.use(express.json());
  app.use((req, res) => {
    const body: unknown = req.body;
    calls.push({ method: req.method, path: decodeURIComponent(req.path), body });
    if (failure !== null) {
      res.status(failure).json({ error: { code: 'ServiceError', message: `fake failure ${failure}` } });
      return;
    }
    res.json({ id: `connector-activity-${calls.length}` });
  });
  const server = await listen(app, host);
  return {
    url: server.url,
    calls,
    failWith: (status) => {
      failure = status;
    },
    close: () => server.close(),
  };
}

/** Every outgoing connection made while it runs: each must stay on the loopback interface. */
export function watchOutgoingConnections(): { hosts: string[]; stop(): void } {
  const hosts: string[] = [];
  const onSocket = (message: unknown) => {
    if (typeof message !== 'object' || message === null || !('socket' in message)) return;
    const socket = message.socket;
    if (!(socket instanceof Socket)) return;
    socket.once('lookup', (_error: unknown, _address: unknown, _family: unknown, host: string) => hosts.push(host));
    socket.once('connect', () => hosts.push(socket.remoteAddress ?? 'unknown'));
  };
  subscribe('net.client.socket', onSocket);
  return { hosts, stop: () => unsubscribe('net.client.socket', onSocket) };
}
