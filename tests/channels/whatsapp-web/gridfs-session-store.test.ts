import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createGridFsSessionStore } from '../../../src/bot/channels/whatsapp-web/gridfs-session-store.js';

const uri = process.env.MONGODB_URI;

// Runs only where a MongoDB server is reachable, like the store's contract suite.
describe.skipIf(uri === undefined)('GridFS session store for RemoteAuth', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('saves the zip RemoteAuth wrote, restores the newest copy and deletes every copy', async () => {
    const client = new MongoClient(uri ?? '');
    cleanups.push(() => client.close());
    const db = client.db(`duo_test_wwebjs_${process.pid}`);
    cleanups.push(() => db.dropDatabase());
    const dataPath = await mkdtemp(join(tmpdir(), 'duo-wwebjs-'));
    cleanups.push(() => rm(dataPath, { recursive: true, force: true }));
    const store = createGridFsSessionStore({ db, dataPath });

    expect(await store.sessionExists({ session: 'RemoteAuth' })).toBe(false);
    await writeFile(join(dataPath, 'RemoteAuth.zip'), 'first');
    await store.save({ session: 'RemoteAuth' });
    await writeFile(join(dataPath, 'RemoteAuth.zip'), 'second');
    await store.save({ session: 'RemoteAuth' });
    expect(await store.sessionExists({ session: 'RemoteAuth' })).toBe(true);
    expect(await db.collection('whatsapp_web_sessions.files').countDocuments()).toBe(1);

    await store.extract({ session: 'RemoteAuth', path: join(dataPath, 'restored.zip') });
    expect(await readFile(join(dataPath, 'restored.zip'), 'utf8')).toBe('second');

    await store.delete({ session: 'RemoteAuth' });
    expect(await store.sessionExists({ session: 'RemoteAuth' })).toBe(false);
  });
});
