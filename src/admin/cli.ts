import { resolve } from 'node:path';
import { refuseToStart, runProgram } from '../cli.js';
import { readConfig } from '../config.js';
import { loadProgramme } from '../programme/index.js';
import { openConfiguredStore } from '../store/index.js';
import { createStaffRepository, type StaffDoc, type StaffLoginDoc } from '../store/repositories/staff.js';
import { runStaffCommand } from './staff-command.js';

/** `npm run staff -- add|list|disable`, on the same store as `npm run serve` (stop it first on the embedded store). */
async function main(): Promise<number> {
  const result = readConfig(process.env);
  if (!result.ok) return refuseToStart(result.errors);
  const config = result.config;
  const programme = await loadProgramme(config.DUO_PROGRAMME_FILE ? resolve(config.DUO_PROGRAMME_FILE) : undefined);
  if (!programme.ok) return refuseToStart([`DUO_PROGRAMME_FILE: ${programme.error}`]);
  const opened = await openConfiguredStore(config);
  if (!opened.ok) {
    const hint = opened.cause === 'locked' ? '\n(stop npm run serve while you add staff on the embedded store)' : '';
    process.stderr.write(`${opened.reason}${hint}\n`);
    return 1;
  }
  const { engine } = opened;
  try {
    const staff = createStaffRepository({
      staff: engine.collection<StaffDoc>('staff'),
      logins: engine.collection<StaffLoginDoc>('staff_logins'),
    });
    await staff.ensureIndexes();
    return await runStaffCommand(process.argv.slice(2), {
      staff,
      cityIds: programme.programme.cities.map((city) => city.id),
      now: new Date(),
      print: (line) => process.stdout.write(`${line}\n`),
      printError: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await opened.close();
  }
}

runProgram(main);
