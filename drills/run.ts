import { parseArgs } from 'node:util';
import { failed, formatTable, graphFaults, killAtRandomPoints, loadWithRedelivery, type DrillResult } from './drill.js';
import { fuzzDrill, privacyDrill, securityDrill } from './guards.js';
import { storageFull } from './storage-full.js';

/** The rows, in the order they run; `--only kill --only graph` runs a few of them. */
const ROWS = ['load', 'kill', 'graph', 'storage', 'fuzz', 'security', 'privacy'] as const;

/**
 * `npm run drill`: scenarios against a real `npm run serve` child process, WhatsApp Cloud pointed
 * at a fake Graph API and Bot Framework at counting connectors, all on loopback. Prints one table;
 * exits 1 on any loss or leak.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      senders: { type: 'string', default: '200' },
      kills: { type: 'string', default: '5' },
      fuzz: { type: 'string', default: '10000' },
      only: { type: 'string', multiple: true },
    },
  });
  const senders = Number(values.senders);
  const kills = Number(values.kills);
  const bodies = Number(values.fuzz);
  const only = new Set(values.only ?? ROWS);
  if (
    !Number.isInteger(senders) ||
    senders < 1 ||
    !Number.isInteger(kills) ||
    kills < 0 ||
    !Number.isInteger(bodies) ||
    bodies < 4 ||
    [...only].some((row) => !(ROWS as readonly string[]).includes(row))
  ) {
    process.stderr.write(
      `usage: npm run drill -- [--senders 200] [--kills 5] [--fuzz 10000] [--only ${ROWS.join('|')} ...]\n`,
    );
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const options = { senders, redeliveryShare: 0.3, log };
  const results: DrillResult[] = [];
  // Each row is also logged as soon as it is known: a long run cut short still tells what it found.
  const record = (result: DrillResult) => {
    results.push(result);
    log(`  ${JSON.stringify(result)}`);
  };
  const quarter = Math.max(1, Math.round(senders / 4));
  if (only.has('load')) {
    log(`load with redelivery: ${senders} senders…`);
    record(await loadWithRedelivery(options));
  }
  if (only.has('kill')) {
    log(`kill -9 ${kills} times…`);
    record(await killAtRandomPoints({ ...options, kills }));
  }
  if (only.has('graph')) {
    log('Graph API faults…');
    record(await graphFaults({ ...options, senders: quarter }));
  }
  if (only.has('storage')) {
    log('storage full…');
    record(await storageFull({ ...options, senders: quarter }));
  }
  if (only.has('fuzz')) {
    log(`fuzz: ${bodies} bodies…`);
    record(await fuzzDrill({ bodies, log }));
  }
  if (only.has('security')) {
    log('security…');
    record(await securityDrill({ log }));
  }
  if (only.has('privacy')) {
    log('privacy…');
    record(await privacyDrill({ log }));
  }
  process.stdout.write(`${formatTable(results)}\n`);
  return results.some(failed) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`drill failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
