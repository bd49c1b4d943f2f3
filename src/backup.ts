import { resolve } from 'node:path';
import { refuseToStart, runProgram } from './cli.js';
import { readConfig } from './config.js';
import { backupDatabase } from './store/backup.js';

/** `npm run backup -- <file>`: a consistent copy of the embedded store, also while `npm run serve` runs. */
async function backup(): Promise<number> {
  const result = readConfig(process.env);
  if (!result.ok) return refuseToStart(result.errors);
  if (result.config.MONGODB_URI) {
    process.stderr.write('duo-bot runs on MongoDB: back it up with mongodump (see the README)\n');
    return 1;
  }
  const args = process.argv.slice(2);
  if (args.length !== 1 || !args[0] || args[0].startsWith('-')) {
    process.stderr.write('usage: npm run backup -- <file>   (a new file, e.g. backups/duo-bot-2026-11-30.sqlite)\n');
    return 2;
  }
  const done = await backupDatabase({ dataDir: resolve(result.config.DUO_DATA_DIR), target: args[0] });
  if (!done.ok) {
    process.stderr.write(`duo-bot backup: ${done.reason}\n`);
    return 1;
  }
  process.stdout.write(`backup written to ${done.file} (${done.pages} pages, checked)\n`);
  return 0;
}

runProgram(backup);
