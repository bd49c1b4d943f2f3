import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** What the fake Graph API does with the next sends: answer, fail, hang, or cut the connection. */
export type GraphFault =
  { kind: 'status'; status: number; code: number; retryAfterSeconds?: number } | { kind: 'hang' } | { kind: 'reset' };

export interface GraphSend {
  to: string;
  type: string;
  body: Record<string, unknown>;
  /** The wamid answered, when the send was accepted. */
  id: string;
}

export interface FakeGraph {
  url: string;
  /** Every send the fake accepted, in order. */
  readonly accepted: GraphSend[];
  /** Makes the next sends meet these faults, one per send. */
  injectFaults(...faults: GraphFault[]): void;
  /** Drops the faults not served yet. */
  clearFaults(): void;
  /** How many sends met a fault. */
  faultsServed(): number;
  /** Called with each send as it is accepted, as Meta then reports its statuses. */
  onAccepted(listener: (send: GraphSend) => void): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stand-in for Meta's Graph API on loopback: `POST /<version>/<phone number id>/messages`. */
export async function startFakeGraph(): Promise<FakeGraph> {
  const accepted: GraphSend[] = [];
  const faults: GraphFault[] = [];
  const hanging = new Set<ServerResponse>();
  let served = 0;
  let counter = 0;
  const listeners: ((send: GraphSend) => void)[] = [];

  const server: Server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request);
      if (request.method !== 'POST' || !/\/messages$/.test(request.url ?? '')) {
        response.writeHead(404).end();
        return;
      }
      const fault = faults.shift();
      if (fault) {
        served += 1;
        if (fault.kind === 'hang') {
          hanging.add(response);
          return;
        }
        if (fault.kind === 'reset') {
          request.socket.destroy();
          return;
        }
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        response
          .writeHead(fault.status, headers)
          .end(JSON.stringify({ error: { code: fault.code, message: 'injected fault' } }));
        return;
      }
      const parsed: unknown = JSON.parse(raw);
      const body = isRecord(parsed) ? parsed : {};
      counter += 1;
      const id = `wamid.OUT-${counter}`;
      const send = { to: String(body.to), type: String(body.type), body, id };
      accepted.push(send);
      for (const listener of listeners) listener(send);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id }] }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${portOf(server)}`,
    accepted,
    injectFaults: (...next) => faults.push(...next),
    clearFaults: () => {
      faults.length = 0;
    },
    faultsServed: () => served,
    onAccepted: (listener) => listeners.push(listener),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a port');
  return address.port;
}
