import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfiguredStore } from '../../src/store/index.js';
import { tempDir } from '../support/temp-dir.js';

describe('openConfiguredStore', () => {
  it('refuses a data folder another running process holds, and takes it over once that process is gone', async () => {
    const dataDir = await tempDir();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await writeFile(join(dataDir, 'LOCK'), String(other.pid));
      const refused = await openConfiguredStore({ DUO_DATA_DIR: dataDir });
      expect(refused).toMatchObject({ ok: false, cause: 'locked' });
      if (!refused.ok) expect(refused.reason).toContain(`in use by process ${String(other.pid)}`);
    } finally {
      const exited = once(other, 'exit');
      other.kill('SIGKILL');
      await exited;
    }
    const opened = await openConfiguredStore({ DUO_DATA_DIR: dataDir });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    await opened.close();
    await expect(readFile(join(dataDir, 'LOCK'))).rejects.toThrow();
  });

  it('refuses a broken database file with its name, and leaves the folder free once it is restored', async () => {
    const dataDir = await tempDir();
    const file = join(dataDir, 'duo-bot.sqlite');
    await writeFile(file, randomBytes(8192));
    const broken = await openConfiguredStore({ DUO_DATA_DIR: dataDir });
    expect(broken).toMatchObject({ ok: false, cause: 'unreadable' });
    if (!broken.ok) expect(broken.reason).toContain(file);

    await rm(file);
    const restored = await openConfiguredStore({ DUO_DATA_DIR: dataDir });
    expect(restored.ok).toBe(true);
    if (restored.ok) await restored.close();
  });
});
