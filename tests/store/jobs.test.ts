import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import { createJobsRepository, type JobsRepository, type StoredJobDoc } from '../../src/store/repositories/jobs.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

function openJobs(): { jobs: JobsRepository; stored: () => Promise<StoredJobDoc[]> } {
  const engine = createMemoryEngine();
  live.push(engine);
  const collection = engine.collection<StoredJobDoc>('jobs');
  return { jobs: createJobsRepository(collection), stored: () => collection.find({}) };
}

const now = new Date('2031-03-03T09:00:00Z');
const later = new Date('2031-03-03T10:00:00Z');
const idle = { key: 'person-1:idle', conversationId: 'person-1', name: 'idle.remind', payload: {}, dueAt: now };

describe('jobs repository', () => {
  it('stores a new job without its starting values and reads them back', async () => {
    const { jobs, stored } = openJobs();
    await jobs.schedule(idle);

    expect(await stored()).toEqual([
      {
        _id: 'person-1:idle',
        conversationId: 'person-1',
        name: 'idle.remind',
        dueAt: now,
        state: 'scheduled',
        generation: 1,
      },
    ]);
    expect(await jobs.get('person-1:idle')).toMatchObject({
      payload: {},
      attempts: 0,
      leaseOwner: null,
      leaseUntil: null,
      lastError: null,
    });
  });

  it('counts attempts, keeps the error and frees the lease when a claimed job is tried again later', async () => {
    const { jobs, stored } = openJobs();
    await jobs.schedule({ ...idle, payload: { which: 'day' } });
    const claimed = await jobs.claimDue({ now, owner: 'worker-a', leaseUntil: later });
    expect(claimed).toMatchObject({
      attempts: 1,
      leaseOwner: 'worker-a',
      leaseUntil: later,
      payload: { which: 'day' },
    });

    await jobs.retry(claimed ?? expect.fail('no job claimed'), { dueAt: now, error: 'channel down' });
    expect((await stored())[0]).not.toHaveProperty('leaseOwner');
    expect(await jobs.get('person-1:idle')).toMatchObject({ leaseOwner: null, lastError: 'channel down', attempts: 1 });
    expect(await jobs.claimDue({ now, owner: 'worker-b', leaseUntil: later })).toMatchObject({ attempts: 2 });
  });

  it('starts a job scheduled again from scratch, without the attempts and error of its last run', async () => {
    const { jobs } = openJobs();
    await jobs.schedule(idle);
    const claimed = await jobs.claimDue({ now, owner: 'worker-a', leaseUntil: later });
    await jobs.retry(claimed ?? expect.fail('no job claimed'), { dueAt: later, error: 'channel down' });
    await jobs.schedule({ ...idle, dueAt: later });

    expect(await jobs.get('person-1:idle')).toMatchObject({ attempts: 0, lastError: null, generation: 2 });
  });

  it('runs a job written by the previous version with every field', async () => {
    const engine = createMemoryEngine();
    live.push(engine);
    const collection = engine.collection<StoredJobDoc>('jobs');
    await collection.insertOne({
      _id: 'person-1:idle',
      conversationId: 'person-1',
      name: 'idle.remind',
      payload: {},
      dueAt: now,
      state: 'scheduled',
      generation: 3,
      attempts: 0,
      leaseOwner: null,
      leaseUntil: null,
      lastError: null,
    });
    const jobs = createJobsRepository(collection);

    const claimed = await jobs.claimDue({ now, owner: 'worker-a', leaseUntil: later });
    expect(claimed).toMatchObject({ generation: 3, attempts: 1, leaseOwner: 'worker-a' });
    await jobs.complete(claimed ?? expect.fail('no job claimed'), later);
    expect(await jobs.get('person-1:idle')).toMatchObject({ state: 'done', leaseOwner: null, purgeAt: later });
  });
});
