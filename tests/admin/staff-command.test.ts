import { describe, expect, it } from 'vitest';
import { runStaffCommand } from '../../src/admin/staff-command.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { createStaffRepository, type StaffDoc, type StaffLoginDoc } from '../../src/store/repositories/staff.js';
import { tempDir } from '../support/temp-dir.js';

async function withStaff(
  run: (command: (...argv: string[]) => Promise<{ code: number; out: string[]; err: string[] }>) => Promise<void>,
) {
  const engine = createEmbeddedEngine({ dataDir: await tempDir() });
  const staff = createStaffRepository({
    staff: engine.collection<StaffDoc>('staff'),
    logins: engine.collection<StaffLoginDoc>('staff_logins'),
  });
  await staff.ensureIndexes();
  try {
    await run(async (...argv) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runStaffCommand(argv, {
        staff,
        cityIds: ['brussels', 'antwerp'],
        now: new Date('2031-03-03T09:00:00Z'),
        print: (line) => out.push(line),
        printError: (line) => err.push(line),
      });
      return { code, out, err };
    });
  } finally {
    await engine.close();
  }
}

describe('npm run staff', () => {
  it('prints a new access key once and keeps only its hash', async () => {
    await withStaff(async (command) => {
      const added = await command('add', '--name', 'Amina B.', '--role', 'coordinator', '--cities', 'brussels,antwerp');
      expect(added.code).toBe(0);
      const key = added.out.at(-1)!;
      expect(key).toMatch(/^duo\.[0-9a-f-]{36}\.[\w-]{32}$/);
      const listed = await command('list');
      expect(listed.out).toEqual(['Amina B.\tcoordinator\tbrussels,antwerp']);
      expect(listed.out.join('')).not.toContain(key);
    });
  });

  it('refuses an unknown city, an unknown role and a name already taken, saying why', async () => {
    await withStaff(async (command) => {
      expect(await command('add', '--name', 'X', '--role', 'coordinator', '--cities', 'brusels')).toMatchObject({
        code: 2,
        err: [expect.stringContaining('unknown cities: brusels')],
      });
      expect(await command('add', '--name', 'X', '--role', 'boss', '--cities', 'all')).toMatchObject({
        code: 2,
        err: [expect.stringContaining('--role must be one of coordinator, referent, admin')],
      });
      expect((await command('add', '--name', 'X', '--role', 'admin', '--cities', 'all')).code).toBe(0);
      expect(await command('add', '--name', 'X', '--role', 'admin', '--cities', 'all')).toMatchObject({ code: 1 });
      expect(await command('disable', '--name', 'X')).toMatchObject({ code: 0 });
      expect((await command('list')).out).toEqual(['X\tadmin\tall\tdisabled']);
    });
  });
});
