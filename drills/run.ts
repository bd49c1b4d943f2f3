import { parseArgs } from 'node:util';
import { failed, formatTable, graphFaults, killAtRandomPoints, loadWithRedelivery, type DrillResult } from './drill.js';
import { fuzzDrill, privacyDrill, securityDrill } from './guards.js';
import { storageFull } from './storage-full.js';

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
    },
  });
  const senders = Number(values.senders);
  const kills = Number(values.kills);
  const bodies = Number(values.fuzz);
  if (
    !Number.isInteger(senders) ||
    senders < 1 ||
    !Number.isInteger(kills) ||
    kills < 0 ||
    !Number.isInteger(bodies) ||
    bodies < 4
  ) {
    process.stderr.write('usage: npm run drill -- [--senders 200] [--kills 5] [--fuzz 10000]\n');
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
  log(`load with redelivery: ${senders} senders…`);
  record(await loadWithRedelivery(options));
  log(`kill -9 ${kills} times…`);
  record(await killAtRandomPoints({ ...options, kills }));
  log('Graph API faults…');
  record(await graphFaults({ ...options, senders: Math.max(1, Math.round(senders / 4)) }));
  log('storage full…');
  record(await storageFull({ ...options, senders: Math.max(1, Math.round(senders / 4)) }));
  log(`fuzz: ${bodies} bodies…`);
  record(await fuzzDrill({ bodies, log }));
  log('security…');
  record(await securityDrill({ log }));
  log('privacy…');
  record(await privacyDrill({ log }));
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
