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
    const lines = ['hello', '1', '', 'x'.repeat(64 * 1024), '\u0001\u0002\u001b[31m', '🙂🙂🙂'].join('\n');
    const { code, stdout } = await runChat(`${lines}\n`, { DUO_DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(stdout.match(/I did not receive any text/g)).toHaveLength(1);
    expect(stdout).toContain('only read the beginning');
    // the long line, the escape sequence's printable rest ("[31m") and the emoji are answers it cannot
    // read: the question again twice, then the offer of a human
    expect(stdout.match(/Sorry, I did not understand/g)).toHaveLength(2);
    expect(stdout.match(/Do you agree\?/g)).toHaveLength(3);
    expect(stdout).toContain('Would you like a member of our team to help you?');
  });

  it('resumes the conversation in a second run on the same data folder', async () => {
    const dataDir = await tempDir();
    await runChat('hello\n', { DUO_DATA_DIR: dataDir });
    const { stdout } = await runChat('4\n', { DUO_DATA_DIR: dataDir });
    expect(stdout).toContain('باللغة العربية');
  });

  const intakes = [
    {
      language: 'French',
      lines: [
        'Bonjour',
        '1',
        'oui',
        '1',
        'Bruxelles',
        '24',
        '2',
        'oui',
        'oui',
        'oui',
        'Amina',
        '10',
        '1',
        'français, arabe',
        '1',
        '1',
      ],
      booked: 'C’est réservé ✅',
    },
    {
      language: 'Dutch',
      lines: [
        'Hallo',
        '1',
        'ja',
        '1',
        'Antwerpen',
        '22',
        '1',
        'ja',
        'ja',
        'ja',
        'Youssef',
        '6',
        '4',
        'Nederlands',
        '3',
        '1',
      ],
      booked: 'Je bent ingeschreven ✅',
    },
    {
      language: 'English',
      lines: ['Hello', '1', 'yes', '1', 'Lyon', '27', '2', 'yes', 'yes', 'yes', 'Grace', '3', '5', 'English', '2', '1'],
      booked: 'You are booked ✅',
    },
    {
      language: 'Arabic',
      lines: [
        'مرحبا',
        '1',
        'نعم',
        '1',
        'بروكسل',
        '٢٥',
        '1',
        'نعم',
        'نعم',
        'نعم',
        'أمينة',
        '2',
        '4',
        'العربية',
        '1',
        '1',
      ],
      booked: 'تم الحجز ✅',
    },
  ];
  it.each(intakes)(
    'books a demo information session through a piped intake in $language',
    async ({ lines, booked }) => {
      const dataDir = await tempDir();
      const { code, stdout } = await runChat(`${lines.join('\n')}\n`, { DUO_DATA_DIR: dataDir });
      expect(code).toBe(0);
      expect(stdout).toContain(booked);
    },
  );

  it('refuses to start on an invalid setting, naming it', async () => {
    const { code, stderr } = await runChat('', { DUO_OUTBOX_MAX_ATTEMPTS: '0' });
    expect(code).toBe(2);
    expect(stderr).toContain('DUO_OUTBOX_MAX_ATTEMPTS: expected a whole number from 1 to 50');
  });
});
