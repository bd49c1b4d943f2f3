import type { Server, ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Logger } from './logger.js';

/**
 * Whether a server swamped by deliveries has taken the ones that reached it. After a restart,
 * WhatsApp's redeliveries of everything it could not hand over while the server was down queue
 * up in the kernel ahead of the server's `accept`, seconds or, on a loaded machine, tens of
 * seconds; a status naming a reply whose send a crash cut short may be among them.
 */
export interface WebhookBacklog {
  /**
   * Resolves once every request that reached the server before the call has been answered: a
   * connection of its own, opened now, is accepted after every one queued before it (the kernel's
   * queue is first in, first out), then the requests in progress are waited for.
   */
  taken(): Promise<void>;
}

export function watchWebhookBacklog(input: { server: Server; logger: Logger }): WebhookBacklog {
  const { server, logger } = input;
  const inProgress = new Set<Promise<void>>();
  const acceptedProbes = new Map<string, () => void>();
  /** Ports of connections accepted while a probe runs: the server may accept it before its own side sees it connected. */
  const acceptedWhileProbing = new Set<string>();
  let probing = 0;

  server.on('request', (_request, response: ServerResponse) => {
    const answered = new Promise<void>((resolve) => response.once('close', resolve));
    inProgress.add(answered);
    void answered.then(() => inProgress.delete(answered));
  });
  server.on('connection', (socket: Socket) => {
    if (probing === 0) return;
    const from = `${socket.remoteAddress ?? ''}:${socket.remotePort ?? ''}`;
    acceptedWhileProbing.add(from);
    const accepted = acceptedProbes.get(from);
    if (accepted) accepted();
  });

  function probeAccepted(): Promise<void> {
    const address = server.address();
    if (address === null || typeof address === 'string') return Promise.resolve();
    probing += 1;
    return new Promise<void>((resolve) => {
      const socket = connect({ port: address.port, host: loopbackOf(address) });
      let from: string | undefined;
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        if (from !== undefined) acceptedProbes.delete(from);
        probing -= 1;
        if (probing === 0) acceptedWhileProbing.clear();
        // Nothing was sent on it: it leaves before the server waits for a request.
        socket.destroy();
        resolve();
      };
      socket.once('connect', () => {
        from = `${socket.localAddress ?? ''}:${socket.localPort ?? ''}`;
        if (acceptedWhileProbing.has(from)) done();
        else acceptedProbes.set(from, done);
      });
      // A server that stopped listening has no backlog to wait for.
      socket.once('error', (error) => {
        logger.debug({ err: error }, 'webhook backlog probe failed');
        done();
      });
      socket.once('close', done);
    });
  }

  return {
    async taken() {
      await probeAccepted();
      // The requests of the connections accepted before the probe are read in the next turns of the loop.
      await nextTurn();
      await nextTurn();
      await Promise.all([...inProgress]);
    },
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function loopbackOf(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1';
  if (address.address === '::') return '::1';
  return address.address;
}
