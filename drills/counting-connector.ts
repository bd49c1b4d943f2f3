import { createServer, type Server } from 'node:http';

/** A stand-in for a Bot Framework connector on one loopback address: answers every call and counts them. */
export interface CountingConnector {
  url: string;
  calls(): number;
  close(): Promise<void>;
}

export async function startCountingConnector(host: string): Promise<CountingConnector> {
  let calls = 0;
  const server: Server = createServer((request, response) => {
    calls += 1;
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${calls}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return {
    url: `http://${host}:${address.port}`,
    calls: () => calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
