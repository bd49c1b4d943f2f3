import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/logger.js';
import { acceptInParallel } from '../../src/http/parallel-accept.js';

const listen = (server: Server) =>
  new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', 4096, () => {
      const address = server.address();
      resolve(address !== null && typeof address !== 'string' ? address.port : 0);
    });
  });

/** Connections opened while the event loop is held, so that they all wait in the kernel's queue. */
function queueConnections(port: number, count: number): Socket[] {
  return Array.from({ length: count }, () => connect(port, '127.0.0.1').on('error', () => undefined));
}

/** How many connections the server takes in one turn of its event loop, with `count` waiting. */
async function acceptedInOneTurn(
  server: Server,
  port: number,
  count: number,
): Promise<{ sockets: Socket[]; taken: number }> {
  let taken = 0;
  const onConnection = () => (taken += 1);
  server.on('connection', onConnection);
  const sockets = queueConnections(port, count);
  // The connects are issued on the next tick; the kernel completes them on loopback without us.
  await new Promise<void>((resolve) => process.nextTick(resolve));
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const before = taken;
  const held = Date.now() + 200;
  while (Date.now() < held) {
    // the event loop is held: every connection waits in the kernel's queue
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
  server.off('connection', onConnection);
  return { sockets, taken: taken - before };
}

describe('accepting on copies of the listening socket', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function track(server: Server) {
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  }

  it('takes as many waiting connections per turn of the event loop as it has descriptors', async () => {
    const server = createServer((_request, response) => response.end('ok'));
    const port = await listen(server);
    const parallel = await acceptInParallel({ server, copies: 7, backlog: 4096, logger: silentLogger });
    cleanups.push(() => parallel.close());
    track(server);
    expect(parallel.copies).toBe(7);

    const { sockets, taken } = await acceptedInOneTurn(server, port, 30);
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy();
      return Promise.resolve();
    });
    // One descriptor alone takes one per turn (libuv); eight take eight.
    expect(taken).toBeGreaterThanOrEqual(8);
  });

  it('serves requests that came in on a copy, and stops listening once the copies and the server are closed', async () => {
    const server = createServer((_request, response) => response.end('served'));
    const port = await listen(server);
    const parallel = await acceptInParallel({ server, copies: 3, backlog: 4096, logger: silentLogger });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } }).then((response) => response.text()),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 12 }, () => 'served'));

    await parallel.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // The port is free again: nothing of ours still listens on it (a restart can bind it).
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
