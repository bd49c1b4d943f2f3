import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGraph, type FakeGraph, type GraphFault, type GraphSend } from './fake-graph.js';
import { inboxIdsOf } from './inbox-ids.js';
import { startServe, type ServeProcess } from './serve-process.js';
import { postWebhook, statusPayload, textMessagePayload } from './whatsapp-cloud-payloads.js';

/** One row of the drill table. */
export interface DrillResult {
  name: string;
  /** Inbound messages acknowledged by duo-bot (each counted once, however often delivered); requests, for the guards. */
  sent: number;
  /** Of those, how many got at least one reply (null: the drill does not count it, as below). */
  replied: number | null;
  lost: number | null;
  /** Replies the Graph API received more than once. */
  doubled: number | null;
  /** Replies that reached a person after a reply to a later message. */
  outOfOrder: number | null;
  /** Webhook deliveries answered with a 5xx (Meta delivers them again). */
  answers5xx: number;
  /** The longest time from a fault's end (a restart, the Graph API answering again) until every reply it held back went out. */
  recoverMs: number | null;
  /** Requests answered 4xx, of those that had to be refused. */
  refused?: number | null;
  shouldRefuse?: number | null;
  /** Documents stored from requests that had to be refused. */
  storedFromRefused?: number | null;
  /** Calls to the Graph API or a connector that a refused request caused. */
  outboundCalls?: number | null;
  /** Personal values found in the log or the data folder after an erase. */
  leaks?: number | null;
  /** Why replies went twice, from the server's log: the failure its retry followed, or none (a lease run out). */
  doubledBecause?: Record<string, number>;
  /** Why the row proved nothing although it ran (the fault it injects never showed): a failure. */
  notPutToTheTest?: string;
}

/** A loss or a leak: what makes `npm run drill` exit non-zero. */
export function failed(result: DrillResult): boolean {
  const refusedAll = result.shouldRefuse == null || result.refused === result.shouldRefuse;
  const guarded = result.refused !== undefined;
  return (
    (result.lost ?? 0) > 0 ||
    (result.leaks ?? 0) > 0 ||
    (result.storedFromRefused ?? 0) > 0 ||
    (result.outboundCalls ?? 0) > 0 ||
    !refusedAll ||
    (guarded && result.answers5xx > 0) ||
    result.notPutToTheTest !== undefined
  );
}

export interface DrillOptions {
  senders: number;
  /** Share of deliveries repeated 0–500 ms later, as WhatsApp does. */
  redeliveryShare: number;
  log: (line: string) => void;
}

/** The first steps of an applicant's intake, in French: each answer gets a reply. */
const SCRIPT = ['Bonjour', '1', 'oui', '1', 'Bruxelles', '24', '1'];
const APP_SECRET = 'drill-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
export const LEASE_MS = 10_000;
/**
 * How long a run waits for its last replies once the load is over. It ends as soon as every message is
 * answered, so it costs nothing when nothing is lost; on a busy machine a retry after a hang or a
 * lease can take several leases, which must not be counted as a loss.
 */
export const SETTLE_MS = 120_000;
/** How long a sender waits for the reply to one message before it counts it as unanswered. */
const REPLY_WAIT_MS = 120_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const randomBetween = (min: number, max: number) => min + Math.random() * (max - min);
/** A person's phone delivers again and again until answered. */
const messageRetryDelay = () => randomBetween(200, 500);
/**
 * Meta delivers a status webhook again with decreasing frequency (for up to 7 days); the drill
 * doubles the wait from 250 ms up to 2 s so that a run stays short.
 */
const statusRetryDelay = (attempt: number) => Math.min(250 * 2 ** attempt, 2_000) * randomBetween(0.75, 1.25);

interface Reply {
  wamid: string;
  part: number;
  key: string;
}

/** A run of senders against one data folder, across restarts of `npm run serve`. */
export class DrillRun {
  readonly accepted = new Map<string, { sender: number; step: number }>();
  answers5xx = 0;
  /** Each start's time from the spawn until the server logged that it serves (not counted in time to recover). */
  readonly startUpMs: number[] = [];
  private serve: ServeProcess | undefined;
  /** The logs of the servers that ended, for what they say about doubled replies. */
  private endedServerLogs = '';
  private readonly pendingDeliveries = new Set<Promise<unknown>>();
  /** The inbox id of each accepted message (a keyed hash of its wamid), once the key is known. */
  private inboxId: ((channel: string, providerMessageId: string) => string) | undefined;
  private readonly wamidByInboxId = new Map<string, string>();
  private readonly replied = new Set<string>();
  private sendsSeen = 0;
  private unmatchedSends: GraphSend[] = [];

  constructor(
    readonly graph: FakeGraph,
    readonly dataDir: string,
    readonly tag: string,
  ) {
    graph.onAccepted((send) => {
      this.reportStatuses(send);
    });
  }

  async start(): Promise<void> {
    const spawned = Date.now();
    this.serve = await startServe({
      env: {
        DUO_DATA_DIR: this.dataDir,
        DUO_OUTBOX_LEASE_MS: String(LEASE_MS),
        WHATSAPP_CLOUD_ACCESS_TOKEN: 'drill-token',
        WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
        WHATSAPP_CLOUD_VERIFY_TOKEN: 'drill-verify',
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_CLOUD_GRAPH_URL: this.graph.url,
        WHATSAPP_CLOUD_MESSAGES_PER_SECOND: '1000',
      },
    });
    this.startUpMs.push(Date.now() - spawned);
    this.inboxId ??= inboxIdsOf(this.dataDir);
  }

  /** kill -9: no clean-up of any kind. */
  async kill(): Promise<void> {
    const serve = this.serve;
    this.serve = undefined;
    if (!serve) return;
    serve.child.kill('SIGKILL');
    await serve.exited;
    this.endedServerLogs += serve.stderr();
  }

  async stop(): Promise<void> {
    const serve = this.serve;
    this.serve = undefined;
    if (!serve) return;
    serve.child.kill('SIGTERM');
    await serve.exited;
    this.endedServerLogs += serve.stderr();
  }

  /** The answer of `/healthz` now: its status and the store's state; null while no server answers. */
  async health(): Promise<{ status: number; store: string } | null> {
    const serve = this.serve;
    if (!serve) return null;
    try {
      const answer = await fetch(`${serve.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      const body = (await answer.json()) as { store?: unknown };
      return { status: answer.status, store: String(body.store) };
    } catch {
      return null;
    }
  }

  /** Delivers as Meta does: again and again until answered 200. */
  async deliver(payload: unknown, retryDelay: (attempt: number) => number = messageRetryDelay): Promise<boolean> {
    const deadline = Date.now() + 5 * 60_000;
    for (let attempt = 0; Date.now() < deadline; attempt += 1) {
      const serve = this.serve;
      if (serve) {
        const answer = await postWebhook({
          url: `${serve.url}/webhooks/whatsapp`,
          appSecret: APP_SECRET,
          payload,
        }).catch(() => null);
        if (answer?.status === 200) return true;
        if (answer && answer.status >= 500) this.answers5xx += 1;
        if (answer && answer.status < 500) return false;
      }
      await pause(retryDelay(attempt));
    }
    return false;
  }

  private track(work: Promise<unknown>): void {
    this.pendingDeliveries.add(work);
    void work.finally(() => this.pendingDeliveries.delete(work));
  }

  replies(): Reply[] {
    const replies: Reply[] = [];
    for (const send of this.graph.accepted) {
      const callback = send.body.biz_opaque_callback_data;
      if (typeof callback !== 'string') continue;
      const match = /^(.+)#(\d+)$/.exec(callback);
      const wamid = match?.[1] === undefined ? undefined : this.wamidByInboxId.get(match[1]);
      if (!wamid || !match?.[2]) continue;
      replies.push({ wamid, part: Number(match[2]), key: `${callback}|${JSON.stringify(send.body)}` });
    }
    return replies;
  }

  /**
   * Messages with at least one reply, kept up to date from the sends seen since the last call: each
   * sender asks ten times a second, and reading every send each time would make the drill itself so
   * slow that the fake Graph API answers late and replies time out.
   */
  repliedWamids(): Set<string> {
    const fresh = [...this.unmatchedSends, ...this.graph.accepted.slice(this.sendsSeen)];
    this.sendsSeen = this.graph.accepted.length;
    this.unmatchedSends = [];
    for (const send of fresh) {
      const wamid = this.wamidOf(send);
      if (wamid) this.replied.add(wamid);
      else this.unmatchedSends.push(send);
    }
    return this.replied;
  }

  private wamidOf(send: GraphSend): string | undefined {
    const callback = send.body.biz_opaque_callback_data;
    if (typeof callback !== 'string') return undefined;
    const inboxId = /^(.+)#\d+$/.exec(callback)?.[1];
    return inboxId === undefined ? undefined : this.wamidByInboxId.get(inboxId);
  }

  async sender(input: { index: number; redeliveryShare: number }): Promise<void> {
    const from = `3247${String(input.index).padStart(7, '0')}`;
    for (const [step, text] of SCRIPT.entries()) {
      const wamid = `wamid.${this.tag}.${input.index}.${step}`;
      const payload = textMessagePayload({ phoneNumberId: PHONE_NUMBER_ID, from, id: wamid, text, sentAt: new Date() });
      if (this.inboxId) this.wamidByInboxId.set(this.inboxId('whatsapp-cloud', wamid), wamid);
      if (!(await this.deliver(payload))) return;
      this.accepted.set(wamid, { sender: input.index, step });
      if (Math.random() < input.redeliveryShare) {
        this.track(pause(randomBetween(0, 500)).then(() => this.deliver(payload)));
      }
      const waitUntil = Date.now() + REPLY_WAIT_MS;
      while (!this.repliedWamids().has(wamid) && Date.now() < waitUntil) await pause(100);
      // A person reads, then answers.
      await pause(randomBetween(50, 300));
    }
  }

  /**
   * As WhatsApp Cloud does for every message it took: its statuses (sent, delivered, read) as
   * webhooks, each posted a little later, in any order, and delivered again with a growing wait
   * while the server is down or answers 5xx, so that a server started again receives them.
   */
  private reportStatuses(send: GraphSend): void {
    for (const status of ['sent', 'delivered', 'read'] as const) {
      const payload = statusPayload({
        phoneNumberId: PHONE_NUMBER_ID,
        recipient: send.to,
        id: send.id,
        status,
        at: new Date(),
        callbackData: send.body.biz_opaque_callback_data,
      });
      this.track(pause(randomBetween(0, 300)).then(() => this.deliver(payload, statusRetryDelay)));
    }
  }

  /** Waits until every accepted message has a reply, or `maxMs` passed. */
  async settle(maxMs: number): Promise<void> {
    const until = Date.now() + maxMs;
    while (Date.now() < until) {
      const replied = this.repliedWamids();
      if ([...this.accepted.keys()].every((wamid) => replied.has(wamid))) break;
      await pause(200);
    }
    await Promise.all(this.pendingDeliveries);
    // Anything sent twice shows up within a lease after the last fault.
    await pause(1_000);
  }

  result(name: string, recoverMs: number | null): DrillResult {
    const replies = this.replies();
    const replied = new Set(replies.map((reply) => reply.wamid));
    const keys = new Map<string, number>();
    for (const reply of replies) keys.set(reply.key, (keys.get(reply.key) ?? 0) + 1);
    const doubledKeys = [...keys].filter(([, count]) => count > 1).map(([key]) => key);
    const doubled = doubledKeys.length;
    let outOfOrder = 0;
    const highest = new Map<number, number>();
    for (const reply of replies) {
      const origin = this.accepted.get(reply.wamid);
      if (!origin) continue;
      const rank = origin.step * 1_000 + reply.part;
      const top = highest.get(origin.sender) ?? -1;
      if (rank < top) outOfOrder += 1;
      highest.set(origin.sender, Math.max(top, rank));
    }
    const sent = this.accepted.size;
    const answered = [...this.accepted.keys()].filter((wamid) => replied.has(wamid)).length;
    return {
      name,
      sent,
      replied: answered,
      lost: sent - answered,
      doubled,
      outOfOrder,
      answers5xx: this.answers5xx,
      recoverMs,
      ...(doubled > 0 ? { doubledBecause: this.causes(doubledKeys.map((key) => key.slice(0, key.indexOf('|')))) } : {}),
    };
  }

  /** For each outbox id, the code of the failed send its retry followed, as the server logged it. */
  private causes(outboxIds: string[]): Record<string, number> {
    const log = this.endedServerLogs + (this.serve?.stderr() ?? '');
    const retried = new Map<string, string>();
    for (const line of log.split('\n')) {
      if (!line.includes('send failed, will retry')) continue;
      const id = /"outboxId":"([^"]+)"/.exec(line)?.[1];
      const code = /"code":"([^"]+)"/.exec(line)?.[1];
      if (id !== undefined) retried.set(id, `retry after ${code ?? 'a failure'}`);
    }
    const causes: Record<string, number> = {};
    for (const id of outboxIds) {
      const cause = retried.get(id) ?? 'no failed send logged (a lease run out)';
      causes[cause] = (causes[cause] ?? 0) + 1;
    }
    return causes;
  }

  unanswered(): string[] {
    const replied = this.repliedWamids();
    return [...this.accepted.keys()].filter((wamid) => !replied.has(wamid));
  }

  async timeUntilAnswered(wamids: string[], maxMs: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < maxMs) {
      const replied = this.repliedWamids();
      if (wamids.every((wamid) => replied.has(wamid))) break;
      await pause(100);
    }
    return Date.now() - started;
  }
}

/** A fresh data folder, a fake Graph API and a running server for the work; all gone after it. */
export async function withRun<T>(tag: string, work: (run: DrillRun) => Promise<T>, folder?: string): Promise<T> {
  const dataDir = folder ?? (await mkdtemp(join(tmpdir(), `duo-drill-${tag}-`)));
  const graph = await startFakeGraph();
  const run = new DrillRun(graph, dataDir, tag);
  try {
    await run.start();
    return await work(run);
  } finally {
    await run.stop().catch(() => undefined);
    await graph.close();
    // A folder given by the caller is the caller's to remove (a mount point, say).
    if (folder === undefined) await rm(dataDir, { recursive: true, force: true });
  }
}

export const senders = (run: DrillRun, options: DrillOptions) =>
  Promise.all(
    Array.from({ length: options.senders }, (_, index) =>
      pause(randomBetween(0, 1_000)).then(() => run.sender({ index, redeliveryShare: options.redeliveryShare })),
    ),
  );

/** Many people at once, 30% of deliveries repeated, statuses in shuffled order. */
export function loadWithRedelivery(options: DrillOptions): Promise<DrillResult> {
  return withRun('load', async (run) => {
    await senders(run, options);
    await run.settle(SETTLE_MS);
    return run.result('load with redelivery', null);
  });
}

/** The same load, with the server killed (-9) at random moments and started again on the same data. */
export function killAtRandomPoints(options: DrillOptions & { kills: number }): Promise<DrillResult> {
  return withRun('kill', async (run) => {
    let recoverMs = 0;
    let kills = 0;
    const load = senders(run, options);
    const progress = { loadDone: false };
    void load.finally(() => {
      progress.loadDone = true;
    });
    for (let kill = 0; kill < options.kills && !progress.loadDone; kill += 1) {
      kills += 1;
      await pause(randomBetween(500, 3_000));
      await run.kill();
      const stuck = run.unanswered();
      options.log(`  kill -9 #${kill + 1}: ${stuck.length} messages without a reply yet`);
      await run.start();
      options.log(
        `  kill -9 #${kill + 1}: serving ${((run.startUpMs.at(-1) ?? 0) / 1000).toFixed(1)} s after the spawn`,
      );
      recoverMs = Math.max(recoverMs, await run.timeUntilAnswered(stuck, LEASE_MS + 60_000));
    }
    await load;
    await run.settle(SETTLE_MS);
    const restarts = run.startUpMs.slice(1).map((ms) => (ms / 1000).toFixed(1));
    const startUp = restarts.length === 0 ? '' : `, start-up ${restarts.join('/')} s`;
    // The load may end before every kill asked for: the row names those that happened.
    const times = kills === options.kills ? `${kills} times` : `${kills} of ${options.kills} times, the load over`;
    return run.result(`kill -9 (${times}${startUp})`, recoverMs);
  });
}

/** Graph API faults for some sends: 500, 429 with Retry-After, a hang, a connection reset. */
export function graphFaults(options: DrillOptions): Promise<DrillResult> {
  return withRun('graph', async (run) => {
    const faults: GraphFault[] = [
      { kind: 'status', status: 500, code: 1 },
      { kind: 'status', status: 429, code: 130429, retryAfterSeconds: 2 },
      { kind: 'hang' },
      { kind: 'reset' },
    ];
    const load = senders(run, options);
    const progress = { loadDone: false };
    void load.finally(() => {
      progress.loadDone = true;
    });
    const loadDone = () => progress.loadDone;
    let recoverMs = 0;
    for (let round = 0; round < 3 && !loadDone(); round += 1) {
      await pause(randomBetween(500, 1_500));
      const total = faults.length * 2;
      const servedBefore = run.graph.faultsServed();
      run.graph.injectFaults(...faults, ...faults);
      const until = Date.now() + 60_000;
      while (run.graph.faultsServed() - servedBefore < total && !loadDone() && Date.now() < until) {
        await pause(50);
      }
      // The fault clears: whatever was not served yet is dropped.
      run.graph.clearFaults();
      const waiting = run.unanswered();
      recoverMs = Math.max(recoverMs, await run.timeUntilAnswered(waiting, LEASE_MS + 60_000));
    }
    await load;
    await run.settle(SETTLE_MS);
    return run.result('Graph API faults (500, 429, hang, reset)', recoverMs);
  });
}

export function formatTable(results: DrillResult[]): string {
  const header = [
    'drill',
    'sent',
    'replied',
    'lost',
    'doubled',
    'out of order',
    'answers 5xx',
    'refused',
    'stored from refused',
    'outbound from refused',
    'leaks',
    'time to recover',
  ];
  const count = (value: number | null | undefined) => (value == null ? '–' : String(value));
  const rows = results.map((result) => [
    result.notPutToTheTest === undefined
      ? result.name
      : `${result.name}: not put to the test (${result.notPutToTheTest})`,
    String(result.sent),
    count(result.replied),
    count(result.lost),
    count(result.doubled),
    count(result.outOfOrder),
    String(result.answers5xx),
    result.refused == null ? '–' : `${result.refused}/${result.shouldRefuse ?? '?'}`,
    count(result.storedFromRefused),
    count(result.outboundCalls),
    count(result.leaks),
    result.recoverMs === null ? '–' : `${(result.recoverMs / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
