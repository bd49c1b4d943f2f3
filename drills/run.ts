import { parseArgs } from 'node:util';
import { formatTable, graphFaults, killAtRandomPoints, loadWithRedelivery, type DrillResult } from './drill.js';

/**
 * `npm run drill`: scenarios against a real `npm run serve` child process, WhatsApp Cloud pointed
 * at a fake Graph API on loopback. Prints one table; exits 1 when any acknowledged message was lost.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { senders: { type: 'string', default: '200' }, kills: { type: 'string', default: '5' } },
  });
  const senders = Number(values.senders);
  const kills = Number(values.kills);
  if (!Number.isInteger(senders) || senders < 1 || !Number.isInteger(kills) || kills < 0) {
    process.stderr.write('usage: npm run drill -- [--senders 200] [--kills 5]\n');
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const options = { senders, redeliveryShare: 0.3, log };
  const results: DrillResult[] = [];
  log(`load with redelivery: ${senders} senders…`);
  results.push(await loadWithRedelivery(options));
  log(`kill -9 ${kills} times…`);
  results.push(await killAtRandomPoints({ ...options, kills }));
  log('Graph API faults…');
  results.push(await graphFaults({ ...options, senders: Math.max(1, Math.round(senders / 4)) }));
  process.stdout.write(`${formatTable(results)}\n`);
  return results.some((result) => result.lost > 0) ? 1 : 0;
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
