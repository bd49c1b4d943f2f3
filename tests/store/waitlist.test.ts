import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import {
  createWaitlistRepository,
  type JoinWaitlistRequest,
  type WaitlistDoc,
  type WaitlistRepository,
} from '../../src/store/repositories/waitlist.js';
import { tempDir } from '../support/temp-dir.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

async function openWaitlist(): Promise<WaitlistRepository> {
  const engine = createEmbeddedEngine({ dataDir: await tempDir() });
  live.push(engine);
  const waitlist = createWaitlistRepository(engine.collection<WaitlistDoc>('waitlist'));
  await waitlist.ensureIndexes();
  return waitlist;
}

const at = (minute: number) => new Date(Date.UTC(2031, 2, 3, 9, minute));
const join = (personId: string, minute: number, fields: Partial<JoinWaitlistRequest> = {}): JoinWaitlistRequest => ({
  personId,
  city: 'brussels',
  audience: 'mentee',
  language: 'fr',
  now: at(minute),
  ...fields,
});
const ids = (entries: WaitlistDoc[]) => entries.map((entry) => entry.personId);
const brusselsMentees = { city: 'brussels', audience: 'mentee', limit: 10 } as const;

describe('waitlist repository', () => {
  it('gives the oldest waiting people first, by city and audience', async () => {
    const waitlist = await openWaitlist();
    await waitlist.join(join('carla', 3));
    await waitlist.join(join('ana', 1));
    await waitlist.join(join('bob', 2));
    await waitlist.join(join('dirk', 0, { city: 'antwerp' }));
    await waitlist.join(join('eva', 0, { audience: 'mentor' }));
    expect(ids(await waitlist.next(brusselsMentees))).toEqual(['ana', 'bob', 'carla']);
    expect(ids(await waitlist.next({ ...brusselsMentees, limit: 2 }))).toEqual(['ana', 'bob']);
  });

  it('keeps a person once and in place when they join again', async () => {
    const waitlist = await openWaitlist();
    await waitlist.join(join('ana', 1));
    await waitlist.join(join('bob', 2));
    const again = await waitlist.join(join('ana', 5, { language: 'nl' }));
    expect(again).toMatchObject({ _id: 'ana', joinedAt: at(1), language: 'nl' });
    expect(ids(await waitlist.next(brusselsMentees))).toEqual(['ana', 'bob']);
    expect(ids(await waitlist.next({ ...brusselsMentees, language: 'fr' }))).toEqual(['bob']);
  });

  it('puts a person at the back when they join for another city', async () => {
    const waitlist = await openWaitlist();
    await waitlist.join(join('ana', 1));
    await waitlist.join(join('bob', 2, { city: 'antwerp' }));
    const moved = await waitlist.join(join('ana', 3, { city: 'antwerp' }));
    expect(moved).toMatchObject({ city: 'antwerp', joinedAt: at(3) });
    expect(ids(await waitlist.next({ ...brusselsMentees, city: 'antwerp' }))).toEqual(['bob', 'ana']);
    expect(await waitlist.next(brusselsMentees)).toEqual([]);
  });

  it('skips a person with an open offer, once, and keeps their place when the offer closes', async () => {
    const waitlist = await openWaitlist();
    await waitlist.join(join('ana', 1));
    await waitlist.join(join('bob', 2));
    const offered = await waitlist.markOffered({ personId: 'ana', sessionId: 's1', now: at(10) });
    expect(offered).toMatchObject({ offeredSessionId: 's1', offeredAt: at(10) });
    expect(await waitlist.markOffered({ personId: 'ana', sessionId: 's2', now: at(11) })).toBeNull();
    expect(ids(await waitlist.next(brusselsMentees))).toEqual(['bob']);
    await waitlist.clearOffer('ana');
    expect(ids(await waitlist.next(brusselsMentees))).toEqual(['ana', 'bob']);
    expect(await waitlist.markOffered({ personId: 'nobody', sessionId: 's1', now: at(12) })).toBeNull();
  });

  it('forgets a person who leaves or is erased', async () => {
    const waitlist = await openWaitlist();
    await waitlist.join(join('ana', 1));
    await waitlist.join(join('bob', 2));
    expect(await waitlist.leave('ana')).toBe(true);
    expect(await waitlist.leave('ana')).toBe(false);
    await waitlist.eraseForPerson('bob');
    expect(await waitlist.get('bob')).toBeNull();
    expect(await waitlist.next(brusselsMentees)).toEqual([]);
  });
});
