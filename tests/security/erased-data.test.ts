import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLog } from './log-capture.js';
import { FIRST_NAME, FREE_TEXT, INTAKE, NUMBER } from '../../drills/privacy-intake.js';
import { startWebhookIntake } from './webhook-intake.js';

/** Every file of the database in the data folder (the file, its write-ahead log, its shared memory). */
async function databaseBytes(dataDir: string): Promise<Buffer> {
  const names = (await readdir(dataDir)).filter((name) => name.startsWith('duo-bot.sqlite'));
  expect(names).toContain('duo-bot.sqlite');
  return Buffer.concat(await Promise.all(names.map((name) => readFile(join(dataDir, name)))));
}

describe('erasing a person', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('leaves nothing that names her in the database files when she deletes her data after a whole intake', async () => {
    const intake = await startWebhookIntake({ logger: captureLog().logger, cleanups });
    for (const text of INTAKE) expect(await intake.post(text)).toBe(200);
    const before = await databaseBytes(intake.harness.dataDir);
    expect(before.includes(FIRST_NAME), 'the first name is stored before the erase').toBe(true);

    expect(await intake.post('supprimer mes données')).toBe(200);
    expect(await intake.post('oui')).toBe(200);
    await intake.harness.bot.scheduler.runDue();

    const after = await databaseBytes(intake.harness.dataDir);
    const personal = [
      NUMBER,
      Buffer.from(NUMBER).toString('base64').slice(0, 12),
      ...intake.wamids,
      ...intake.wamids.map((wamid) => wamid.slice('wamid.'.length, 'wamid.'.length + 20)),
      FIRST_NAME,
      FREE_TEXT,
      'soudure',
    ];
    for (const value of personal) expect(after.includes(value), value).toBe(false);
  });

  it('leaves nothing that names him in the database files when staff erase him', async () => {
    const intake = await startWebhookIntake({ logger: captureLog().logger, cleanups });
    for (const text of INTAKE) expect(await intake.post(text)).toBe(200);
    const people = await intake.harness.bot.store.engine.collection('people').find({});
    expect(people).toHaveLength(1);

    await intake.harness.bot.engine.erase(people[0]!._id);

    const after = await databaseBytes(intake.harness.dataDir);
    for (const value of [NUMBER, FIRST_NAME, FREE_TEXT, ...intake.wamids]) {
      expect(after.includes(value), value).toBe(false);
    }
  });

  it('does not answer or bring her back when an old message of hers is delivered again after the erase', async () => {
    const intake = await startWebhookIntake({ logger: captureLog().logger, cleanups });
    for (const text of [...INTAKE.slice(0, 4), 'supprimer mes données', 'oui'])
      expect(await intake.post(text)).toBe(200);
    await intake.harness.bot.scheduler.runDue();
    const people = intake.harness.bot.store.engine.collection('people');
    expect(await people.countDocuments({})).toBe(0);
    const sent = intake.graphRequests();

    expect(await intake.redeliver(0, INTAKE[0]!)).toBe(200);
    expect(await intake.redeliver(3, INTAKE[3]!)).toBe(200);
    await intake.harness.bot.scheduler.runDue();

    expect(intake.graphRequests()).toBe(sent);
    expect(await people.countDocuments({})).toBe(0);
  });
});
