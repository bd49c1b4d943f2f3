import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { startCountingConnector, type CountingConnector } from './counting-connector.js';
import { occurrencesInFolder, storedFromOutside } from './data-folder.js';
import type { DrillResult } from './drill.js';
import { startFakeGraph, type FakeGraph } from './fake-graph.js';
import { startServe, type ServeProcess } from './serve-process.js';
import { metaLikeWamid, textMessagePayload } from './whatsapp-cloud-payloads.js';
import { FIRST_NAME, FREE_TEXT, INTAKE, NUMBER } from './privacy-intake.js';

const APP_SECRET = 'drill-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface GuardedServer {
  serve: ServeProcess;
  graph: FakeGraph;
  /** A connector on an allowed host (127.0.0.1). */
  connector: CountingConnector;
  /** A connector no reply may ever reach (127.0.0.2, outside BOTFRAMEWORK_SERVICE_HOSTS). */
  outsider: CountingConnector;
  dataDir: string;
  post(path: string, body: string | Buffer, headers?: Record<string, string>): Promise<number>;
}

const sign = (body: string | Buffer, secret = APP_SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** `npm run serve` with WhatsApp Cloud (fake Graph API) and anonymous Bot Framework, both on loopback. */
async function withGuardedServer<T>(
  input: { tag: string; logLevel?: string },
  work: (server: GuardedServer) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), `duo-drill-${input.tag}-`));
  const graph = await startFakeGraph();
  const connector = await startCountingConnector('127.0.0.1');
  const outsider = await startCountingConnector('127.0.0.2');
  let serve: ServeProcess | undefined;
  try {
    serve = await startServe({
      env: {
        DUO_DATA_DIR: dataDir,
        DUO_LOG_LEVEL: input.logLevel ?? 'info',
        WHATSAPP_CLOUD_ACCESS_TOKEN: 'drill-token',
        WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
        WHATSAPP_CLOUD_VERIFY_TOKEN: 'drill-verify',
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_CLOUD_GRAPH_URL: graph.url,
        WHATSAPP_CLOUD_MESSAGES_PER_SECOND: '1000',
        BOTFRAMEWORK_ENABLED: 'true',
        BOTFRAMEWORK_SERVICE_HOSTS: '127.0.0.1',
      },
    });
    const url = serve.url;
    const post = async (path: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    };
    return await work({ serve, graph, connector, outsider, dataDir, post });
  } finally {
    if (serve) {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
    await Promise.all([graph.close(), connector.close(), outsider.close()]);
    await rm(dataDir, { recursive: true, force: true });
  }
}

function guardRow(
  name: string,
  counts: Pick<DrillResult, 'sent' | 'refused' | 'answers5xx' | 'storedFromRefused' | 'outboundCalls'> & {
    shouldRefuse?: number | null;
    leaks?: number;
  },
): DrillResult {
  return {
    name,
    replied: null,
    lost: null,
    doubled: null,
    outOfOrder: null,
    recoverMs: null,
    ...counts,
    shouldRefuse: counts.shouldRefuse === undefined ? counts.sent : counts.shouldRefuse,
    leaks: counts.leaks ?? null,
  };
}

const anyJson = fc.jsonValue({ maxDepth: 3 });

const webhookBody = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          from: fc.oneof(fc.stringMatching(/^\d{6,16}$/), fc.string(), anyJson),
          id: fc.oneof(
            fc.string({ minLength: 1 }).map((s) => `wamid.${s}`),
            fc.string(),
            fc.integer(),
          ),
          timestamp: fc.oneof(fc.integer().map(String), fc.string(), fc.double()),
          type: fc.oneof(fc.constantFrom('text', 'interactive', 'image', 'unsupported'), fc.string()),
          text: fc.oneof(fc.record({ body: fc.string({ unit: 'grapheme', maxLength: 200 }) }), anyJson),
        },
        { requiredKeys: [] },
      )
      .map((message) =>
        JSON.stringify({
          object: 'whatsapp_business_account',
          entry: [
            {
              id: '0',
              changes: [
                {
                  field: 'messages',
                  value: {
                    messaging_product: 'whatsapp',
                    metadata: { phone_number_id: PHONE_NUMBER_ID },
                    messages: [message],
                  },
                },
              ],
            },
          ],
        }),
      ),
  },
  { weight: 2, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
);

function activityBody(serviceUrl: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const account = fc.oneof(fc.record({ id: fc.string(), name: fc.string() }), anyJson);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record(
          {
            type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'typing', 'event'), fc.string()),
            id: fc.oneof(fc.uuid(), fc.string()),
            channelId: fc.oneof(fc.constantFrom('emulator', 'webchat', 'msteams'), fc.string()),
            serviceUrl,
            conversation: fc.oneof(fc.record({ id: fc.uuid() }), anyJson),
            from: account,
            recipient: account,
            text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), anyJson),
            membersAdded: fc.oneof(fc.array(account, { maxLength: 60 }), anyJson),
          },
          { requiredKeys: ['serviceUrl'] },
        )
        .map((activity) => JSON.stringify(activity)),
    },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
  );
}

/** Posts the requests a few at a time; resolves with each answer's status (0: no answer, the server gone). */
async function postAll(requests: (() => Promise<number>)[], concurrency = 8): Promise<number[]> {
  const statuses: number[] = new Array<number>(requests.length).fill(0);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const index = next;
        next += 1;
        const request = requests[index];
        if (request) statuses[index] = await request().catch(() => 0);
      }
    }),
  );
  return statuses;
}

/**
 * Generated WhatsApp webhook bodies and Bot Framework activities against a running server: first
 * only requests it must refuse (bad signatures, serviceUrls outside the allowed hosts), which must
 * store nothing; then validly signed junk and activities from the allowed connector. Never a 5xx,
 * never a call to the outsider.
 */
export function fuzzDrill(options: { bodies: number; log: (line: string) => void }): Promise<DrillResult> {
  return withGuardedServer({ tag: 'fuzz' }, async (server) => {
    const half = Math.ceil(options.bodies / 4);
    const unsigned = fc.sample(fc.tuple(webhookBody, fc.constantFrom('missing', 'other-key', 'garbage')), half);
    const outside = fc.sample(
      activityBody(fc.oneof(fc.constant(`${server.outsider.url}/`), fc.webUrl(), fc.string())),
      half,
    );
    const signed = fc.sample(webhookBody, half);
    const allowed = fc.sample(activityBody(fc.constant(`${server.connector.url}/`)), half);
    const headersFor = (body: string, signing: string): Record<string, string> =>
      signing === 'missing'
        ? {}
        : {
            // A header carries printable ASCII only: anything else would not even leave the client.
            'x-hub-signature-256':
              signing === 'other-key' ? sign(body, 'not-the-secret') : body.slice(0, 60).replace(/[^\x20-\x7e]/g, ''),
          };
    const storedBefore = storedFromOutside(server.dataDir);
    const refusedOnly = await postAll([
      ...unsigned.map(
        ([body, signing]) =>
          () =>
            server.post('/webhooks/whatsapp', body, headersFor(body, signing)),
      ),
      ...outside.map((body) => () => server.post('/api/messages', body)),
    ]);
    const storedFromRefused = storedFromOutside(server.dataDir) - storedBefore;
    options.log(`  fuzz: ${refusedOnly.length} requests to refuse, ${storedFromRefused} documents stored from them`);
    const mixed = await postAll([
      ...signed.map((body) => () => server.post('/webhooks/whatsapp', body, { 'x-hub-signature-256': sign(body) })),
      ...allowed.map((body) => () => server.post('/api/messages', body)),
    ]);
    // Replies to what was accepted go out in the background: give them time to reach a wrong host.
    await pause(2_000);
    const bodies = [...unsigned.map(([body]) => body), ...outside, ...signed, ...allowed];
    [...refusedOnly, ...mixed].forEach((status, index) => {
      if (status >= 500 || status === 0 || (index < refusedOnly.length && status < 400)) {
        options.log(`  fuzz: answered ${status || 'nothing'} to ${JSON.stringify(bodies[index]?.slice(0, 300))}`);
      }
    });
    const all = [...refusedOnly, ...mixed];
    if (server.serve.child.exitCode !== null) options.log('  fuzz: the server died');
    return guardRow('fuzz (webhooks and activities)', {
      sent: all.length,
      refused: refusedOnly.filter((status) => status >= 400 && status < 500).length,
      shouldRefuse: refusedOnly.length,
      // No answer at all (0) counts with the 5xx: the server crashed or hung up.
      answers5xx: all.filter((status) => status >= 500 || status === 0).length,
      storedFromRefused,
      outboundCalls: server.outsider.calls(),
    });
  });
}

function delivery(input: { from: string; id: string; text: string }): string {
  return JSON.stringify(textMessagePayload({ phoneNumberId: PHONE_NUMBER_ID, ...input, sentAt: new Date() }));
}

/**
 * Requests an attacker could make: forged, re-keyed and replayed signatures, a signed delivery
 * posted again, oversized, compressed and crowded bodies, activities naming a serviceUrl outside
 * the allowed hosts; and anonymous Bot Framework on an address other machines reach.
 */
export async function securityDrill(options: { log: (line: string) => void }): Promise<DrillResult> {
  const row = await withGuardedServer({ tag: 'security' }, async (server) => {
    const genuine = delivery({ from: '32470000999', id: metaLikeWamid('32470000999', 'GENUINE'), text: 'Bonjour' });
    const status = await server.post('/webhooks/whatsapp', genuine, { 'x-hub-signature-256': sign(genuine) });
    if (status !== 200) throw new Error(`the genuine delivery was answered ${status}`);
    for (let waited = 0; server.graph.accepted.length === 0 && waited < 30_000; waited += 100) await pause(100);
    // Its reply may come in several messages: wait until the sends settle.
    for (let seen = -1; seen !== server.graph.accepted.length;) {
      seen = server.graph.accepted.length;
      await pause(1_500);
    }
    const storedBefore = storedFromOutside(server.dataDir);
    const sendsBefore = server.graph.accepted.length;
    const attack = delivery({ from: '32470000666', id: metaLikeWamid('32470000666', 'ATTACK'), text: 'Bonjour' });
    const crowded = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '0',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { phone_number_id: PHONE_NUMBER_ID },
                messages: Array.from({ length: 150 }, (_, n) => ({
                  from: '32470000666',
                  id: `wamid.CROWD${n}`,
                  timestamp: '1700000000',
                  type: 'text',
                  text: { body: 'x' },
                })),
              },
            },
          ],
        },
      ],
    });
    const oversized = delivery({ from: '32470000666', id: 'wamid.BIG', text: 'x'.repeat(1_200_000) });
    const gzipped = gzipSync(attack);
    const outsideActivity = (serviceUrl: string) =>
      JSON.stringify({
        type: 'message',
        id: 'a1',
        channelId: 'emulator',
        serviceUrl,
        conversation: { id: 'c-outside' },
        from: { id: 'u1', name: 'someone' },
        recipient: { id: 'bot', name: 'duo-bot' },
        text: 'Bonjour',
      });
    const attempts: [string, () => Promise<number>][] = [
      ['forged signature', () => server.post('/webhooks/whatsapp', attack, { 'x-hub-signature-256': 'sha256=00' })],
      ['re-keyed', () => server.post('/webhooks/whatsapp', attack, { 'x-hub-signature-256': sign(attack, 'k') })],
      ['missing', () => server.post('/webhooks/whatsapp', attack)],
      ['replayed signature', () => server.post('/webhooks/whatsapp', attack, { 'x-hub-signature-256': sign(genuine) })],
      ['oversized', () => server.post('/webhooks/whatsapp', oversized, { 'x-hub-signature-256': sign(oversized) })],
      ['crowded', () => server.post('/webhooks/whatsapp', crowded, { 'x-hub-signature-256': sign(crowded) })],
      [
        'compressed',
        () =>
          server.post('/webhooks/whatsapp', gzipped, {
            'content-encoding': 'gzip',
            'x-hub-signature-256': sign(gzipped),
          }),
      ],
      ['serviceUrl outside', () => server.post('/api/messages', outsideActivity(`${server.outsider.url}/`))],
      ['serviceUrl elsewhere', () => server.post('/api/messages', outsideActivity('https://attacker.example/'))],
    ];
    let refused = 0;
    let answers5xx = 0;
    for (const [what, attemptOnce] of attempts) {
      const answer = await attemptOnce();
      if (answer >= 400 && answer < 500) refused += 1;
      else options.log(`  security: ${what} was answered ${answer}`);
      if (answer >= 500) answers5xx += 1;
    }
    // The genuine delivery again, as a replay: acknowledged, but neither stored again nor answered again.
    const replay = await server.post('/webhooks/whatsapp', genuine, { 'x-hub-signature-256': sign(genuine) });
    if (replay >= 500) answers5xx += 1;
    await pause(2_000);
    const outbound = server.graph.accepted.length - sendsBefore + server.outsider.calls();
    if (replay !== 200) options.log(`  security: the genuine delivery posted again was answered ${replay}`);
    return {
      // The replay is acknowledged (200, as Meta's redeliveries must be): it counts as refused when nothing follows.
      sent: attempts.length + 1,
      refused: refused + (replay === 200 ? 1 : 0),
      answers5xx,
      storedFromRefused: storedFromOutside(server.dataDir) - storedBefore,
      outboundCalls: outbound,
    };
  });
  const offLoopback = await anonymousOffLoopbackRefused();
  if (!offLoopback) options.log('  security: anonymous Bot Framework started on 0.0.0.0');
  return guardRow('security (signatures, sizes, serviceUrl, off loopback)', {
    ...row,
    sent: row.sent + 1,
    refused: row.refused + (offLoopback ? 1 : 0),
  });
}

/** True when `npm run serve` refuses to start anonymous Bot Framework on an address other machines reach. */
async function anonymousOffLoopbackRefused(): Promise<boolean> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duo-drill-offloop-'));
  try {
    const serve = await startServe({
      env: { DUO_DATA_DIR: dataDir, DUO_HTTP_HOST: '0.0.0.0', BOTFRAMEWORK_ENABLED: 'true' },
    }).catch(() => null);
    if (!serve) return true;
    serve.child.kill('SIGTERM');
    await serve.exited;
    return false;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * A whole intake and "delete my data" against a running server logging at debug level; then the
 * log and every file of the data folder are searched for her number, its base64, her message ids,
 * her first name and her own words.
 */
export function privacyDrill(options: { log: (line: string) => void }): Promise<DrillResult> {
  return withGuardedServer({ tag: 'privacy', logLevel: 'debug' }, async (server) => {
    const wamids: string[] = [];
    const say = async (text: string) => {
      const id = metaLikeWamid(NUMBER, `SERIAL${String(wamids.length).padStart(4, '0')}`);
      wamids.push(id);
      const body = delivery({ from: NUMBER, id, text });
      const before = server.graph.accepted.length;
      const status = await server.post('/webhooks/whatsapp', body, { 'x-hub-signature-256': sign(body) });
      for (let waited = 0; server.graph.accepted.length === before && waited < 30_000; waited += 100) await pause(100);
      await pause(300);
      return status;
    };
    for (const text of [...INTAKE, 'supprimer mes données', 'oui']) {
      const status = await say(text);
      if (status !== 200) throw new Error(`a message of the intake was answered ${status}`);
    }
    // The erasure is a durable job: wait until she is gone from the store.
    for (let waited = 0; storedPeople(server.dataDir) > 0 && waited < 60_000; waited += 200) await pause(200);
    await pause(1_000);
    const personal = [
      NUMBER,
      Buffer.from(NUMBER).toString('base64').slice(0, 12),
      ...wamids,
      ...wamids.map((wamid) => wamid.slice('wamid.'.length, 'wamid.'.length + 20)),
      FIRST_NAME,
      FREE_TEXT,
    ];
    const inLog = personal
      .filter((value) => server.serve.stderr().includes(value))
      .map((value) => `${value} in the log`);
    const inFiles = await occurrencesInFolder(server.dataDir, personal);
    for (const leak of [...inLog, ...inFiles]) options.log(`  privacy: ${leak}`);
    return guardRow('privacy (intake, erase, grep log and data)', {
      sent: wamids.length,
      refused: null,
      answers5xx: 0,
      storedFromRefused: null,
      outboundCalls: null,
      shouldRefuse: null,
      leaks: inLog.length + inFiles.length + storedPeople(server.dataDir),
    });
  });
}

function storedPeople(dataDir: string): number {
  return storedFromOutside(dataDir, ['people']);
}
