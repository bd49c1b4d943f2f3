import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_HASH_SECRET_FILE, loadLogHashSecret } from '../../src/bot/log-hash-secret.js';
import { tempDir } from '../support/temp-dir.js';

describe('loadLogHashSecret', () => {
  it('generates a key at the first start and finds the same one at the next', async () => {
    const dataDir = join(await tempDir(), 'data');

    const first = await loadLogHashSecret({ configured: undefined, dataDir });
    const second = await loadLogHashSecret({ configured: undefined, dataDir });

    expect(first.ok && first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toEqual(first);
    expect((await stat(join(dataDir, LOG_HASH_SECRET_FILE))).mode & 0o077).toBe(0);
  });

  it('uses DUO_LOG_HASH_SECRET when it is set, and writes nothing', async () => {
    const dataDir = await tempDir();
    const configured = 'a-secret-shared-by-every-instance-0123';

    expect(await loadLogHashSecret({ configured, dataDir })).toEqual({ ok: true, secret: configured });
    await expect(stat(join(dataDir, LOG_HASH_SECRET_FILE))).rejects.toThrow();
  });

  it('says where and what to do when the data folder cannot hold the key', async () => {
    const notAFolder = join(await tempDir(), 'file');
    await loadLogHashSecret({ configured: undefined, dataDir: notAFolder });
    const blocked = join(notAFolder, LOG_HASH_SECRET_FILE);

    const result = await loadLogHashSecret({ configured: undefined, dataDir: blocked });

    expect(!result.ok && result.reason).toMatch(/cannot be kept in .*set DUO_LOG_HASH_SECRET/);
  });
});
