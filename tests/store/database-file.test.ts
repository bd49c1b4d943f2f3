import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkEmbeddedDataFolder, openStore } from '../../src/store/index.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { tempDir } from '../support/temp-dir.js';

const FILE = 'duo-bot.sqlite';

/** A data folder holding a real store with a few hundred people, closed. */
async function folderWithData(): Promise<string> {
  const dataDir = await tempDir();
  const engine = createEmbeddedEngine({ dataDir });
  const store = await openStore(engine);
  for (let n = 0; n < 300; n += 1) {
    await store.people.findOrCreate({ channel: 'test', address: `person-${n}`, now: new Date() });
  }
  await store.close();
  return dataDir;
}

/** `npm run serve` on the folder: its exit code and what it printed on standard error. */
function serveOn(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/serve.ts'], {
    env: { ...process.env, DUO_DATA_DIR: dataDir, DUO_HTTP_PORT: '0', DUO_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('the data folder check at start', () => {
  it('accepts a new folder and a folder of duo-bot data', async () => {
    expect(checkEmbeddedDataFolder(await tempDir())).toEqual({ ok: true });
    expect(checkEmbeddedDataFolder(await folderWithData())).toEqual({ ok: true });
  });

  it('refuses a file that is not a database, naming it and the backup to restore', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, FILE), randomBytes(8192));
    const check = checkEmbeddedDataFolder(dataDir);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toContain(join(dataDir, FILE));
    expect(check.reason).toContain('is not a SQLite database');
    expect(check.reason).toContain('npm run backup');
  });

  it('refuses another application’s SQLite database', async () => {
    const dataDir = await tempDir();
    const other = new Database(join(dataDir, FILE));
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)');
    other.close();
    const check = checkEmbeddedDataFolder(dataDir);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/belongs to another application/);
  });

  it('refuses a truncated database file', async () => {
    const dataDir = await folderWithData();
    const path = join(dataDir, FILE);
    await truncate(path, Math.floor((await stat(path)).size / 2));
    const check = checkEmbeddedDataFolder(dataDir);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/damaged|cannot be read|not a SQLite/);
  });

  it('refuses a database whose pages were overwritten', async () => {
    const dataDir = await folderWithData();
    const path = join(dataDir, FILE);
    const bytes = await readFile(path);
    // Page 2 onwards (4096-byte pages): the tables' b-tree pages, overwritten with noise.
    randomBytes(4096 * 3).copy(bytes, 4096);
    await writeFile(path, bytes);
    const check = checkEmbeddedDataFolder(dataDir);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(path);
  });

  it('makes npm run serve exit with the file and what to do, without a stack trace, when the file is broken', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, FILE), 'this is not a database, it is a note someone saved here\n'.repeat(100));
    const { code, stderr } = await serveOn(dataDir);
    expect(code).not.toBe(0);
    expect(stderr).toContain(join(dataDir, FILE));
    expect(stderr).toContain('npm run backup');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
