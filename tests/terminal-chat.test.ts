import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `npm start`'s program with piped standard input, as a script would. */
function runChat(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('terminal chat', () => {
  it('answers each piped line in turn, says where the data lives, and exits 0 at the end of input', async () => {
    const dataDir = await tempDir();
    const { code, stdout, stderr } = await runChat('bonjour\n2\n', { DUO_DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(stderr).toContain(dataDir);
    expect(stdout).toContain('1. Français');
    expect(stdout.indexOf('1. Français')).toBeLessThan(stdout.indexOf('we gaan verder'));
  });

  it('gives a clear reply to an empty line, a 64 KB line, control characters and emoji, without crashing', async () => {
    const dataDir = await tempDir();
    const lines = ['hello', '3', '', 'x'.repeat(64 * 1024), '\u0001\u0002\u001b[31m', '🙂🙂🙂'].join('\n');
    const { code, stdout } = await runChat(`${lines}\n`, { DUO_DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(stdout.match(/I did not receive any text/g)).toHaveLength(1);
    expect(stdout).toContain('only read the beginning');
    // the escape sequence's printable rest ("[31m") and the emoji are read as answers
    expect(stdout.match(/You can type “language”/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('resumes the conversation in a second run on the same data folder', async () => {
    const dataDir = await tempDir();
    await runChat('hello\n', { DUO_DATA_DIR: dataDir });
    const { stdout } = await runChat('4\n', { DUO_DATA_DIR: dataDir });
    expect(stdout).toContain('باللغة العربية');
  });

  it('refuses to start on an invalid setting, naming it', async () => {
    const { code, stderr } = await runChat('', { DUO_OUTBOX_MAX_ATTEMPTS: '0' });
    expect(code).toBe(2);
    expect(stderr).toContain('DUO_OUTBOX_MAX_ATTEMPTS: expected a whole number from 1 to 50');
  });
});
