import { afterEach, describe, expect, it } from 'vitest';
import type { StorageEngine } from '../../src/store/engine.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { seedDemoSessions } from '../../src/store/demo-sessions.js';
import {
  createSessionsRepository,
  type InfoSessionDoc,
  type SessionsRepository,
} from '../../src/store/repositories/sessions.js';
import { tempDir } from '../support/temp-dir.js';

// The embedded engine drops TTL-expired documents by real time, so simulated dates lie ahead.
const now = new Date('2031-03-03T09:00:00Z');
const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

async function openEngine(): Promise<StorageEngine> {
  const engine = createEmbeddedEngine({ dataDir: await tempDir() });
  live.push(engine);
  return engine;
}

async function openSessions(engine?: StorageEngine): Promise<SessionsRepository> {
  const sessions = createSessionsRepository(engine ?? (await openEngine()));
  await sessions.ensureIndexes();
  return sessions;
}

const session = (id: string, fields: Partial<InfoSessionDoc> = {}): InfoSessionDoc => ({
  _id: id,
  city: 'brussels',
  audience: 'mentee',
  language: 'fr',
  startsAt: new Date('2031-03-10T17:00:00Z'),
  durationMinutes: 90,
  place: 'DUO for a JOB, Rue du Marché aux Herbes 41, 1000 Brussels',
  online: false,
  capacity: 12,
  taken: 0,
  attendees: [],
  createdAt: now,
  cancelledAt: null,
  ...fields,
});

describe('sessions repository', () => {
  it('gives the last seat to one of two people booking it at the same moment', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('s', { capacity: 3, taken: 2, attendees: ['bob', 'carla'] }));
    const [ana, dina] = await Promise.all([
      sessions.book({ sessionId: 's', personId: 'ana', now }),
      sessions.book({ sessionId: 's', personId: 'dina', now }),
    ]);
    expect([ana.ok, dina.ok].sort()).toEqual([false, true]);
    expect([ana, dina].find((result) => !result.ok)).toEqual({ ok: false, reason: 'full' });
    const stored = await sessions.get('s');
    expect(stored?.taken).toBe(3);
    expect(stored?.attendees).toHaveLength(3);
  });

  it('keeps the booked people apart from the session, one small document each', async () => {
    const engine = await openEngine();
    const sessions = await openSessions(engine);
    await sessions.insert(session('s'));
    await sessions.book({ sessionId: 's', personId: 'ana', now });

    expect(await engine.collection('info_sessions').findOne({ _id: 's' })).not.toHaveProperty('attendees');
    expect(await engine.collection('session_bookings').find({})).toEqual([
      { _id: 's:ana', sessionId: 's', personId: 'ana' },
    ]);
  });

  it('moves the booked people of sessions written by the previous version to bookings at start', async () => {
    const engine = await openEngine();
    await engine
      .collection<InfoSessionDoc>('info_sessions')
      .insertOne(session('s', { taken: 2, attendees: ['ana', 'bob'] }));

    const sessions = await openSessions(engine);
    expect(await engine.collection('info_sessions').findOne({ _id: 's' })).not.toHaveProperty('attendees');
    expect(await sessions.get('s')).toMatchObject({ taken: 2, attendees: ['ana', 'bob'] });
    expect((await sessions.activeBookingOf('bob', now))?._id).toBe('s');
    expect(await sessions.cancel({ personId: 'ana', now })).toMatchObject({ _id: 's', taken: 1 });
    expect(await sessions.book({ sessionId: 's', personId: 'bob', now })).toMatchObject({ alreadyBooked: true });
  });

  it('gives exactly the capacity to 20 people booking 5 seats at once', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('s', { capacity: 5 }));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sessions.book({ sessionId: 's', personId: `p${i}`, now })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok && result.reason === 'full')).toHaveLength(15);
    const stored = await sessions.get('s');
    expect(stored?.taken).toBe(5);
    expect(new Set(stored?.attendees).size).toBe(5);
    expect(stored?.attendees).toHaveLength(5);
  });

  it('books a session once when the same person books it twice', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('s'));
    const first = await sessions.book({ sessionId: 's', personId: 'ana', now });
    const second = await sessions.book({ sessionId: 's', personId: 'ana', now });
    expect(first).toMatchObject({ ok: true, alreadyBooked: false });
    expect(second).toMatchObject({ ok: true, alreadyBooked: true, session: { taken: 1 } });
    expect(await sessions.get('s')).toMatchObject({ taken: 1, attendees: ['ana'] });
  });

  it('books a session with other attendees in it, and the first seat of an empty one', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('s', { taken: 1, attendees: ['bob'] }));
    expect(await sessions.book({ sessionId: 's', personId: 'ana', now })).toMatchObject({
      ok: true,
      session: { taken: 2 },
    });
    expect((await sessions.get('s'))?.attendees).toEqual(['ana', 'bob']);
    expect(await sessions.book({ sessionId: 's', personId: 'bob', now })).toMatchObject({
      ok: true,
      alreadyBooked: true,
    });
  });

  it('moves the seat when a person books another session for the same audience', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('first'));
    await sessions.insert(session('second', { startsAt: new Date('2031-03-17T17:00:00Z') }));
    await sessions.book({ sessionId: 'first', personId: 'ana', now });
    const rebook = await sessions.book({ sessionId: 'second', personId: 'ana', now });
    expect(rebook).toMatchObject({
      ok: true,
      alreadyBooked: false,
      session: { _id: 'second', taken: 1 },
      released: { _id: 'first', taken: 0 },
    });
    expect(await sessions.get('first')).toMatchObject({ taken: 0, attendees: [] });
    expect((await sessions.activeBookingOf('ana', now))?._id).toBe('second');
  });

  it('keeps the old seat when the session a person moves to is full', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('mine'));
    await sessions.insert(session('full', { capacity: 1, taken: 1, attendees: ['bob'] }));
    await sessions.book({ sessionId: 'mine', personId: 'ana', now });
    expect(await sessions.book({ sessionId: 'full', personId: 'ana', now })).toEqual({ ok: false, reason: 'full' });
    expect(await sessions.get('mine')).toMatchObject({ taken: 1, attendees: ['ana'] });
  });

  it('keeps a booking for the other audience when a person books a session', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('as-mentee'));
    await sessions.insert(session('as-mentor', { audience: 'mentor' }));
    await sessions.book({ sessionId: 'as-mentee', personId: 'ana', now });
    const result = await sessions.book({ sessionId: 'as-mentor', personId: 'ana', now });
    expect(result.ok && result.released).toBeUndefined();
    expect((await sessions.get('as-mentee'))?.attendees).toEqual(['ana']);
  });

  it('frees a seat on cancel that someone else can then take', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('s', { capacity: 1 }));
    await sessions.book({ sessionId: 's', personId: 'ana', now });
    expect(await sessions.book({ sessionId: 's', personId: 'bob', now })).toEqual({ ok: false, reason: 'full' });
    expect(await sessions.cancel({ personId: 'ana', now })).toMatchObject({ _id: 's', taken: 0 });
    expect(await sessions.book({ sessionId: 's', personId: 'bob', now })).toMatchObject({
      ok: true,
      session: { taken: 1 },
    });
    expect((await sessions.get('s'))?.attendees).toEqual(['bob']);
    expect(await sessions.cancel({ personId: 'ana', now })).toBeNull();
  });

  it('refuses a past, a cancelled and an unknown session', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('past', { startsAt: new Date('2031-03-01T17:00:00Z') }));
    await sessions.insert(session('cancelled', { cancelledAt: now }));
    const book = (sessionId: string) => sessions.book({ sessionId, personId: 'ana', now });
    expect(await book('past')).toEqual({ ok: false, reason: 'past' });
    expect(await book('cancelled')).toEqual({ ok: false, reason: 'cancelled' });
    expect(await book('nowhere')).toEqual({ ok: false, reason: 'unknown' });
    expect((await sessions.get('past'))?.taken).toBe(0);
  });

  it('does not cancel a seat in a session that has already taken place', async () => {
    const sessions = await openSessions();
    await sessions.insert(
      session('past', { startsAt: new Date('2031-03-01T17:00:00Z'), taken: 1, attendees: ['ana'] }),
    );
    expect(await sessions.cancel({ personId: 'ana', now })).toBeNull();
    expect(await sessions.activeBookingOf('ana', now)).toBeNull();
  });

  it('removes an erased person from every session and gives back only upcoming seats', async () => {
    const engine = await openEngine();
    const sessions = await openSessions(engine);
    await sessions.insert(
      session('past', { startsAt: new Date('2031-02-24T17:00:00Z'), taken: 2, attendees: ['ana', 'bob'] }),
    );
    await sessions.insert(session('mentee'));
    await sessions.insert(session('mentor', { audience: 'mentor' }));
    await sessions.book({ sessionId: 'mentee', personId: 'ana', now });
    await sessions.book({ sessionId: 'mentor', personId: 'ana', now });
    await sessions.book({ sessionId: 'mentor', personId: 'bob', now });

    // A booking whose session is no longer there goes too.
    await sessions.insert(session('gone', { attendees: ['ana'] }));
    await engine.collection('info_sessions').deleteOne({ _id: 'gone' });

    await sessions.eraseForPerson('ana', now);

    expect(await sessions.bookedBy('ana')).toEqual([]);
    expect(await sessions.attendeesOf('gone')).toEqual([]);
    expect((await sessions.bookedBy('bob')).map((doc) => doc._id)).toEqual(['past', 'mentor']);
    expect(await sessions.get('mentee')).toMatchObject({ taken: 0, attendees: [] });
    expect(await sessions.get('mentor')).toMatchObject({ taken: 1, attendees: ['bob'] });
    // A past session keeps its head count for the statistics, without the name.
    expect(await sessions.get('past')).toMatchObject({ taken: 2, attendees: ['bob'] });
  });

  it('lists upcoming sessions of a city and audience, earliest first, without cancelled ones', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('late', { startsAt: new Date('2031-03-20T17:00:00Z') }));
    await sessions.insert(session('early', { startsAt: new Date('2031-03-05T17:00:00Z') }));
    await sessions.insert(session('dutch', { startsAt: new Date('2031-03-06T17:00:00Z'), language: 'nl' }));
    await sessions.insert(session('past', { startsAt: new Date('2031-03-01T17:00:00Z') }));
    await sessions.insert(session('cancelled', { cancelledAt: now }));
    await sessions.insert(session('mentor', { audience: 'mentor' }));
    await sessions.insert(session('paris', { city: 'paris' }));
    const ids = (docs: InfoSessionDoc[]) => docs.map((doc) => doc._id);
    const query = { city: 'brussels', audience: 'mentee', after: now } as const;
    expect(ids(await sessions.upcoming({ ...query, limit: 10 }))).toEqual(['early', 'dutch', 'late']);
    expect(ids(await sessions.upcoming({ ...query, limit: 10, language: 'fr' }))).toEqual(['early', 'late']);
    expect(ids(await sessions.upcoming({ ...query, limit: 1 }))).toEqual(['early']);
    expect(ids(await sessions.listAll({ city: 'brussels', from: now, to: new Date('2031-03-11T00:00:00Z') }))).toEqual([
      'early',
      'dutch',
      'cancelled',
      'mentor',
    ]);
  });

  it('reports an existing id on insert instead of throwing', async () => {
    const sessions = await openSessions();
    expect(await sessions.insert(session('s'))).toBe(true);
    expect(await sessions.insert(session('s', { city: 'paris' }))).toBe(false);
    expect((await sessions.get('s'))?.city).toBe('brussels');
  });
});

describe('seedDemoSessions', () => {
  const cities = [
    { id: 'brussels', timeZone: 'Europe/Brussels', sessionLanguages: ['fr', 'nl'] },
    { id: 'paris', timeZone: 'Europe/Paris', sessionLanguages: ['fr'] },
  ];
  const brusselsClock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  it('creates three sessions per city and audience once, when none lies ahead', async () => {
    const sessions = await openSessions();
    expect(await seedDemoSessions({ sessions, cities, now })).toBe(12);
    expect(await seedDemoSessions({ sessions, cities, now })).toBe(0);
    const all = await sessions.listAll();
    expect(all).toHaveLength(12);
    expect(await sessions.get('demo-brussels-mentee-1')).toMatchObject({
      city: 'brussels',
      audience: 'mentee',
      language: 'fr',
      capacity: 12,
      taken: 0,
      online: false,
    });
    expect((await sessions.get('demo-brussels-mentee-1'))?.place).toMatch(/^DUO for a JOB, .+ Brussels$/);
    expect((await sessions.get('demo-brussels-mentee-2'))?.language).toBe('nl');
    expect(await sessions.get('demo-paris-mentor-3')).toMatchObject({ capacity: 15, online: true });
    const lastStart = Math.max(...all.map((doc) => doc.startsAt.getTime()));
    expect(lastStart - now.getTime()).toBeLessThanOrEqual(21 * 24 * 60 * 60_000);
    expect(all.every((doc) => doc.startsAt > now)).toBe(true);
  });

  it('adds nothing when a session already lies ahead', async () => {
    const sessions = await openSessions();
    await sessions.insert(session('staff-made'));
    expect(await seedDemoSessions({ sessions, cities, now, idPrefix: 'try' })).toBe(0);
  });

  it.each([
    { season: 'winter time', seedAt: '2031-01-13T09:00:00Z', utcHour: 17 },
    { season: 'summer time', seedAt: '2031-07-07T09:00:00Z', utcHour: 16 },
  ])('places sessions at 18:00 on weekdays in Brussels in $season', async ({ seedAt, utcHour }) => {
    const sessions = await openSessions();
    await seedDemoSessions({ sessions, cities: cities.slice(0, 1), now: new Date(seedAt) });
    const all = await sessions.listAll({ city: 'brussels' });
    expect(all).toHaveLength(6);
    for (const doc of all) {
      expect(brusselsClock.format(doc.startsAt)).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 18:00$/);
      expect(doc.startsAt.getUTCHours()).toBe(utcHour);
    }
  });

  it('keeps 18:00 local on both sides of the spring change to summer time', async () => {
    const sessions = await openSessions();
    // Belgium moves its clocks forward on Sunday 30 March 2031.
    await seedDemoSessions({ sessions, cities: cities.slice(0, 1), now: new Date('2031-03-20T09:00:00Z') });
    expect((await sessions.get('demo-brussels-mentee-1'))?.startsAt.toISOString()).toBe('2031-03-21T17:00:00.000Z');
    expect((await sessions.get('demo-brussels-mentee-3'))?.startsAt.toISOString()).toBe('2031-04-04T16:00:00.000Z');
  });
});
