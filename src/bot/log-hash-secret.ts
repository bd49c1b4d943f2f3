import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file in the data folder that keeps the generated key, readable by its owner only. */
export const LOG_HASH_SECRET_FILE = 'log-hash-secret';

export type LogHashSecretResult = { ok: true; secret: string } | { ok: false; reason: string };

/**
 * The key of the hashes in the log: DUO_LOG_HASH_SECRET when set (needed for several instances
 * to hash alike), else one generated at the first start and kept in the data folder, so that a
 * person's hash stays the same across restarts.
 */
export async function loadLogHashSecret(options: {
  configured: string | undefined;
  dataDir: string;
}): Promise<LogHashSecretResult> {
  if (options.configured !== undefined) return { ok: true, secret: options.configured };
  const file = join(options.dataDir, LOG_HASH_SECRET_FILE);
  try {
    await mkdir(options.dataDir, { recursive: true });
    try {
      // 'wx': of two processes starting at once, one writes and the other reads what it wrote.
      await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const secret = (await readFile(file, 'utf8')).trim();
    if (secret.length < 32) {
      return {
        ok: false,
        reason: `${file} holds no usable key: delete it and start again, or set DUO_LOG_HASH_SECRET`,
      };
    }
    return { ok: true, secret };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    return {
      ok: false,
      reason: `the log hash key cannot be kept in ${file} (${code}): make the folder writable or set DUO_LOG_HASH_SECRET`,
    };
  }
}
