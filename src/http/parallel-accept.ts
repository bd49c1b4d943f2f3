import { spawn } from 'node:child_process';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from '../bot/logger.js';

/**
 * Node 20's libuv accepts one connection per turn of the event loop (libuv 1.45, "don't accept()
 * connections in a loop"). A server busy after a restart turns its loop 5 to 10 times a second, so
 * the hundreds of connections WhatsApp opens for its redeliveries waited tens of seconds in the
 * kernel's queue. Each extra descriptor of the listening socket accepts one more per turn: the
 * kernel keeps one queue for the socket, first in first out, whichever descriptor takes from it.
 *
 * Node has no call that duplicates a descriptor (`reusePort` comes with Node 22.12), but a socket
 * handed to another process over IPC arrives as a new descriptor: a short-lived helper hands the
 * listening socket back as many times as asked, then exits. Each copy passes its connections to
 * the HTTP server, which serves, times out and closes them like its own.
 */
export interface ParallelAccept {
  /** How many extra descriptors accept for the server. */
  readonly copies: number;
  /** Stops accepting on the copies (the server's own descriptor is closed by `server.close()`). */
  close(): Promise<void>;
}

/** Helper: keeps the socket it is sent, sends it back at each message, closes it when the parent hangs up. */
const HELPER = `let h;process.on('message',(m,handle)=>{if(handle)h=handle;process.send('copy',h,{keepOpen:true});});process.on('disconnect',()=>{if(h)h.close();});`;

export async function acceptInParallel(input: {
  server: Server;
  copies: number;
  /** The listen backlog: listening again on a copy sets it for the socket. */
  backlog: number;
  logger: Logger;
  /** Gives up (with fewer or no copies) after this long. */
  timeoutMs?: number;
}): Promise<ParallelAccept> {
  const { server, logger } = input;
  const handle = (server as unknown as { _handle?: unknown })._handle;
  if (input.copies <= 0 || handle === undefined || handle === null)
    return { copies: 0, close: () => Promise.resolve() };
  const relays: NetServer[] = [];
  const received = await receiveCopies(handle, input.copies, input.timeoutMs ?? 10_000).catch((error: unknown) => {
    logger.warn({ err: error }, 'accepting in parallel is off: the listening socket could not be copied');
    return [];
  });
  for (const copy of received) {
    const relay = createNetServer((socket) => server.emit('connection', socket));
    relay.on('error', (error) => {
      logger.warn({ err: error }, 'a copy of the listening socket failed');
    });
    relay.listen({ _handle: copy } as unknown as { fd: number }, input.backlog);
    relays.push(relay);
  }
  return {
    copies: relays.length,
    async close() {
      await Promise.all(relays.map((relay) => new Promise<void>((resolve) => relay.close(() => resolve()))));
    },
  };
}

function receiveCopies(handle: unknown, count: number, timeoutMs: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const copies: unknown[] = [];
    // Plain Node, no loader and no settings of ours: it only passes a socket back and forth.
    const helper = spawn(process.execPath, ['-e', HELPER], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], env: {} });
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (helper.connected) helper.disconnect();
      if (error && copies.length === 0) reject(error);
      else resolve(copies);
    };
    const timer = setTimeout(() => finish(new Error(`no copy within ${timeoutMs} ms`)), timeoutMs);
    helper.on('message', (_message, copy) => {
      if (copy === undefined) return;
      copies.push(copy);
      if (copies.length >= count) finish();
      else helper.send('more');
    });
    helper.once('error', (error) => finish(error));
    helper.once('exit', () => finish(new Error('the helper exited')));
    helper.send('copy', handle as never, { keepOpen: true });
  });
}
