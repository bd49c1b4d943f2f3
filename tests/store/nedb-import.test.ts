import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { tempDir } from '../support/temp-dir.js';

/** A data folder as the first embedded engine (NeDB) left it: one JSON-lines file per collection. */
const peopleFile = [
  '{"$$indexCreated":{"fieldName":"addressKey","unique":true,"sparse":false}}',
  '{"_id":"p1","addressKey":"console:amina","channel":"console","address":"amina","language":null,"createdAt":{"$$date":1924992000000},"optedOutAt":null}',
  '{"_id":"p2","addressKey":"console:gone","channel":"console","address":"gone","language":"nl","createdAt":{"$$date":1924992000000},"optedOutAt":null}',
  '{"_id":"p1","addressKey":"console:amina","channel":"console","address":"amina","language":"fr","createdAt":{"$$date":1924992000000},"optedOutAt":null}',
  '{"$$deleted":true,"_id":"p2"}',
  '',
].join('\n');
const sessionsFile = [
  '{"_id":"s1","city":"brussels","audience":"mentee","language":"fr","startsAt":{"$$date":1925596800000},"attendees":["p1"],"taken":1,"capacity":20}',
  '',
].join('\n');

describe('embedded store import of a NeDB data folder', () => {
  it('brings every live document across once, with its dates, and leaves the old files aside', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'people.db'), peopleFile);
    await writeFile(join(dataDir, 'info_sessions.db'), sessionsFile);

    const store = await openStore(createEmbeddedEngine({ dataDir }));
    const amina = await store.people.findOrCreate({ channel: 'console', address: 'amina', now: new Date() });
    expect(amina).toMatchObject({ _id: 'p1', language: 'fr' });
    expect(amina.createdAt).toEqual(new Date(1924992000000));
    expect(await store.people.get('p2')).toBeNull();
    const session = await store.engine.collection<{ _id: string; startsAt: Date }>('info_sessions').findOne({
      attendees: 'p1',
    });
    expect(session?.startsAt).toEqual(new Date(1925596800000));
    await store.close();

    expect((await readdir(dataDir)).filter((file) => file.endsWith('.db'))).toEqual([]);
    const reopened = await openStore(createEmbeddedEngine({ dataDir }));
    expect(await reopened.engine.collection('people').countDocuments({})).toBe(1);
    await reopened.close();
  });
});
