import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InfoSessionDoc } from '../../src/store/repositories/sessions.js';
import { alertIn, applicantIn, duoIn, startAdminWorld, type AdminWorld } from './support.js';

const DAY = 24 * 60 * 60 * 1000;
/** The intake from the first message to a booked seat, for a young job seeker in Brussels named Amina. */
const TO_BOOKING = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '24 ans',
  '2',
  'oui',
  'oui',
  'ouais',
  'Amina',
  '10',
  '1',
  'français, arabe',
  '1',
  '1',
];

function session(world: AdminWorld, fields: Partial<InfoSessionDoc> & Pick<InfoSessionDoc, '_id'>): InfoSessionDoc {
  return {
    city: 'brussels',
    audience: 'mentee',
    language: 'fr',
    startsAt: new Date(world.harness.clock.now().getTime() + 2 * DAY),
    durationMinutes: 90,
    place: 'Rue du Marché aux Herbes 41, Bruxelles',
    online: false,
    capacity: 12,
    taken: 0,
    attendees: [],
    createdAt: world.harness.clock.now(),
    cancelledAt: null,
    ...fields,
  };
}

async function bookedApplicant(world: AdminWorld, address: string): Promise<string> {
  for (const text of TO_BOOKING) await world.harness.say(address, text);
  return (
    await world.harness.bot.store.people.findOrCreate({ channel: 'test', address, now: world.harness.clock.now() })
  )._id;
}

const jsonOf = async (response: Response): Promise<Record<string, unknown>> => {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('expected a JSON object');
  return Object.fromEntries(Object.entries(body));
};

describe('staff API', () => {
  let world: AdminWorld;
  let amina: string;
  let youssef: string;
  beforeAll(async () => {
    world = await startAdminWorld();
    await world.harness.bot.sessions.insert(session(world, { _id: 'bxl-1' }));
    amina = await bookedApplicant(world, '+32470000101');
    youssef = await applicantIn(world, '+32470000102', 'Bruxelles');
    await world.harness.say('+32470000102', 'aide');
    await applicantIn(world, '+32470000103', 'Anvers');
  }, 120_000);
  afterAll(() => world.close());

  describe('sign-in', () => {
    it('opens a login cookie for the page when the access key is right, and refuses a change without the page header', async () => {
      const login = await fetch(`${world.url}/api/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: world.keys.coordinator }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/duo_admin=[^;]+; Max-Age=28800; Path=\/; .*HttpOnly; SameSite=Strict/);
      const session = cookie.split(';')[0]!;
      const me = await world.call('get', '/me', { key: null, headers: { cookie: session } });
      expect(await jsonOf(me)).toMatchObject({ name: 'Claire', role: 'coordinator', cities: ['brussels'] });
      const bare = await world.call('post', '/logout', { key: null, headers: { cookie: session } });
      expect(bare.status).toBe(403);
      const out = await world.call('post', '/logout', {
        key: null,
        headers: { cookie: session, 'x-requested-with': 'duo-admin' },
      });
      expect(out.status).toBe(200);
      expect((await world.call('get', '/me', { key: null, headers: { cookie: session } })).status).toBe(401);
    });

    it('answers 401 with a problem when the key is wrong', async () => {
      const response = await world.call('post', '/login', { key: null, body: { key: 'duo.not-a-key' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    });

    it('refuses further sign-in attempts from one address once the limit is reached', async () => {
      const limited = await startAdminWorld({ loginAttempts: 3 });
      try {
        const statuses = [];
        for (let attempt = 0; attempt < 4; attempt += 1) {
          statuses.push((await limited.call('post', '/login', { key: null, body: { key: 'guess' } })).status);
        }
        expect(statuses).toEqual([401, 401, 401, 429]);
      } finally {
        await limited.close();
      }
    });
  });

  describe('applicants', () => {
    it('lists the applicants of the caller’s cities with filters and pages', async () => {
      const all = await jsonOf(await world.call('get', '/applicants?pageSize=1', { key: world.keys.coordinator }));
      expect(all).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      const booked = await jsonOf(
        await world.call('get', '/applicants?status=booked', { key: world.keys.coordinator }),
      );
      expect(booked.items).toEqual([
        expect.objectContaining({
          id: amina,
          firstName: 'Amina',
          city: 'brussels',
          status: 'booked',
          phone: '+32470000101',
        }),
      ]);
      const antwerp = await jsonOf(await world.call('get', '/applicants?city=antwerp'));
      expect(antwerp.total).toBe(1);
      const later = await jsonOf(await world.call('get', '/applicants?from=2031-03-04'));
      expect(later.total).toBe(0);
      const found = await jsonOf(await world.call('get', '/applicants?search=ami'));
      expect(found.total).toBe(1);
    });

    it('masks phone numbers for referents', async () => {
      const list = await jsonOf(await world.call('get', '/applicants?status=booked', { key: world.keys.referent }));
      expect(list.items).toEqual([expect.objectContaining({ phone: '••••••••••01' })]);
    });

    it('exports the filtered list as CSV, phone numbers kept as text by spreadsheets', async () => {
      const response = await world.call('get', '/applicants.csv?city=brussels', { key: world.keys.coordinator });
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('content-disposition')).toContain('applicants.csv');
      const text = await response.text();
      const lines = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'id,first_name,role,city,status,ineligible_reason,language,phone,applied_at,handoff,stopped,delivery_failure',
      );
      expect(lines).toHaveLength(3);
      expect(lines.find((line) => line.startsWith(amina))).toContain(
        ",Amina,mentee,brussels,booked,,fr,'+32470000101,",
      );
    });

    it('summarises one applicant: answers, each rule with its reason, the booking and the flags', async () => {
      const summary = await jsonOf(await world.call('get', `/applicants/${amina}`, { key: world.keys.referent }));
      expect(summary.eligibility).toEqual(
        expect.arrayContaining([
          { rule: 'area', verdict: 'met', answer: 'brussels', reason: 'a city DUO for a JOB serves' },
          { rule: 'age', verdict: 'met', answer: '24', reason: '18–30' },
          expect.objectContaining({ rule: 'originOutsideEU', verdict: 'met', answer: 'family' }),
        ]),
      );
      expect(summary.booking).toMatchObject({ sessionId: 'bxl-1', city: 'brussels' });
      expect(summary.applicant).toMatchObject({ flags: { handoff: false, stopped: false, deliveryFailure: false } });
      const other = await jsonOf(await world.call('get', `/applicants/${youssef}`));
      expect(other.handoff).toMatchObject({ reason: 'asked-for-help' });
    });

    it('gives the transcript in order, both sides of the conversation', async () => {
      const transcript = await jsonOf(await world.call('get', `/applicants/${amina}/transcript`));
      const items = transcript.items as { direction: string; text: string }[];
      expect(items[0]).toMatchObject({ direction: 'in', text: 'Bonjour' });
      expect(items.some((line) => line.direction === 'out' && line.text.includes('C’est réservé'))).toBe(true);
    });

    it('shows each reply in the transcript as the person read it, choices numbered', async () => {
      const transcript = await jsonOf(await world.call('get', `/applicants/${amina}/transcript`));
      const replies = (transcript.items as { direction: string; text: string }[])
        .filter((line) => line.direction === 'out')
        .map((line) => line.text);
      expect(replies).toEqual(world.harness.channel.textsTo('+32470000101'));
    });

    it('writes each read of personal data to the audit log with who and what', async () => {
      await world.call('get', `/applicants/${amina}`, { key: world.keys.referent });
      const audit = await jsonOf(await world.call('get', `/audit?targetId=${amina}`));
      expect(audit.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ staffName: 'Rachid', action: 'applicant.read', targetId: amina }),
        ]),
      );
    });
  });

  describe('handoffs', () => {
    it('queues the people waiting for staff, with when the 24-hour window closes', async () => {
      const queue = await jsonOf(await world.call('get', '/handoffs', { key: world.keys.referent }));
      expect(queue.items).toEqual([
        expect.objectContaining({
          applicant: expect.objectContaining({ id: youssef }) as unknown,
          reason: 'asked-for-help',
          windowClosesAt: '2031-03-04T09:00:00.000Z',
        }),
      ]);
    });

    it('sends a staff reply to the person on their channel and keeps it in the transcript', async () => {
      const before = world.harness.channel.textsTo('+32470000102').length;
      const response = await world.call('post', `/handoffs/${youssef}/reply`, {
        key: world.keys.referent,
        body: { text: 'Bonjour, ici Rachid de DUO for a JOB. Je vous appelle demain ?' },
      });
      expect(response.status).toBe(202);
      expect(world.harness.channel.textsTo('+32470000102').slice(before)).toEqual([
        'Bonjour, ici Rachid de DUO for a JOB. Je vous appelle demain ?',
      ]);
      const sent = world.harness.channel.sent.at(-1);
      expect(sent?.lastInboundAt).toEqual(new Date('2031-03-03T09:00:00Z'));
      const transcript = await jsonOf(await world.call('get', `/applicants/${youssef}/transcript`));
      expect((transcript.items as { text: string }[]).at(-1)?.text).toContain('ici Rachid');
    });

    it('refuses an empty reply with the field named', async () => {
      const response = await world.call('post', `/handoffs/${youssef}/reply`, { body: { text: '   ' } });
      expect(response.status).toBe(400);
      expect(await jsonOf(response)).toMatchObject({ errors: [{ path: 'body.text', message: 'write a message' }] });
    });

    it('sends nothing to a person who said stop, and says so', async () => {
      const address = '+32470000104';
      const id = await applicantIn(world, address, 'Bruxelles');
      await world.harness.say(address, 'aide');
      await world.harness.bot.store.people.update(id, { optedOutAt: world.harness.clock.now() });
      const before = world.harness.channel.textsTo(address).length;
      const response = await world.call('post', `/handoffs/${id}/reply`, { body: { text: 'Bonjour ?' } });
      expect(response.status).toBe(409);
      expect(world.harness.channel.textsTo(address).length).toBe(before);
      await world.call('post', `/handoffs/${id}/hand-back`);
    });

    it('gives the conversation back to the assistant, which leaves the queue', async () => {
      const response = await world.call('post', `/handoffs/${youssef}/hand-back`, { key: world.keys.coordinator });
      expect(response.status).toBe(200);
      const queue = await jsonOf(await world.call('get', '/handoffs'));
      expect(queue.total).toBe(0);
      const again = await world.call('post', `/handoffs/${youssef}/reply`, { body: { text: 'encore' } });
      expect(again.status).toBe(404);
    });
  });

  describe('information sessions', () => {
    it('creates a session and lists it with its seats', async () => {
      const created = await world.call('post', '/sessions', {
        key: world.keys.coordinator,
        body: {
          city: 'brussels',
          audience: 'mentor',
          language: 'nl',
          startsAt: '2031-03-20T18:00:00+01:00',
          durationMinutes: 60,
          place: 'Korenmarkt 7',
          online: false,
          capacity: 8,
        },
      });
      expect(created.status).toBe(201);
      const { id } = await jsonOf(created);
      const list = await jsonOf(await world.call('get', '/sessions?city=brussels'));
      expect(list.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id, capacity: 8, seatsLeft: 8, startsAt: '2031-03-20T17:00:00.000Z' }),
        ]),
      );
    });

    it('refuses fewer seats than people booked, and a new date once someone is booked', async () => {
      const fewer = await world.call('patch', '/sessions/bxl-1', { body: { capacity: 0 } });
      expect(fewer.status).toBe(400);
      await world.harness.bot.sessions.insert(
        session(world, { _id: 'bxl-full', capacity: 2, taken: 2, attendees: ['a', 'b'] }),
      );
      expect((await world.call('patch', '/sessions/bxl-full', { body: { capacity: 1 } })).status).toBe(409);
      expect(
        (await world.call('patch', '/sessions/bxl-full', { body: { startsAt: '2031-03-21T10:00:00Z' } })).status,
      ).toBe(409);
      const more = await jsonOf(
        await world.call('patch', '/sessions/bxl-full', { body: { capacity: 4, place: 'Online' } }),
      );
      expect(more).toMatchObject({ capacity: 4, seatsLeft: 2, place: 'Online' });
    });

    it('tells each booked person of a cancellation in their language and drops their reminders', async () => {
      const before = world.harness.channel.textsTo('+32470000101').length;
      const response = await world.call('post', '/sessions/bxl-1/cancel', { key: world.keys.coordinator });
      expect(await jsonOf(response)).toMatchObject({ told: 1, cancelledAt: expect.any(String) as unknown });
      const [notice] = world.harness.channel.textsTo('+32470000101').slice(before);
      expect(notice).toContain('est annulée');
      expect(notice).toContain('Rue du Marché aux Herbes 41');
      expect(await world.harness.bot.store.jobs.get(`${amina}:reminder.day`)).toBeNull();
      const summary = await jsonOf(await world.call('get', `/applicants/${amina}`));
      expect(summary.booking).toBeNull();
      expect((await world.call('post', '/sessions/bxl-1/cancel')).status).toBe(409);
    });

    it('marks attendance only once the session has started, and counts it in the results', async () => {
      await world.harness.bot.sessions.insert(
        session(world, { _id: 'bxl-past', startsAt: new Date('2031-03-02T17:00:00Z'), taken: 1, attendees: [amina] }),
      );
      await world.harness.bot.sessions.insert(session(world, { _id: 'bxl-soon', taken: 1, attendees: [amina] }));
      expect((await world.call('put', '/sessions/bxl-soon/attendance', { body: { present: [amina] } })).status).toBe(
        409,
      );
      expect(
        (await world.call('put', '/sessions/bxl-past/attendance', { body: { present: ['someone'] } })).status,
      ).toBe(400);
      const marked = await world.call('put', '/sessions/bxl-past/attendance', {
        key: world.keys.referent,
        body: { present: [amina] },
      });
      expect(await jsonOf(marked)).toMatchObject({ attendees: [{ personId: amina, attended: true }] });
      const detail = await jsonOf(await world.call('get', '/sessions/bxl-past'));
      expect(detail.attendees).toEqual([{ personId: amina, firstName: 'Amina', attended: true }]);
    });
  });

  describe('duos', () => {
    const itemsOf = async (response: Response): Promise<Record<string, unknown>[]> => {
      const body = await jsonOf(response);
      if (!Array.isArray(body.items)) throw new Error('expected a page of items');
      return body.items.map((item: unknown) => {
        if (typeof item !== 'object' || item === null) throw new Error('expected an object');
        return Object.fromEntries(Object.entries(item));
      });
    };

    it('forms a duo from a mentee and a mentor once, and lists it by city and state', async () => {
      const request = { menteeId: amina, mentorId: youssef, city: 'brussels', startDate: '2031-03-03' };
      const created = await world.call('post', '/duos', { key: world.keys.coordinator, body: request });
      expect(created.status).toBe(201);
      const duo = await jsonOf(created);
      expect(duo).toMatchObject({ state: 'active', city: 'brussels', mentee: { personId: amina, firstName: 'Amina' } });
      const again = await world.call('post', '/duos', { key: world.keys.coordinator, body: request });
      expect(again.status).toBe(200);
      expect((await jsonOf(again)).id).toBe(duo.id);

      const active = await itemsOf(await world.call('get', '/duos?city=brussels&state=active'));
      expect(active.map((item) => item.id)).toContain(duo.id);
      const ended = await itemsOf(await world.call('get', '/duos?city=brussels&state=ended'));
      expect(ended.map((item) => item.id)).not.toContain(duo.id);
      const paged = await jsonOf(await world.call('get', '/duos?pageSize=1'));
      expect(paged).toMatchObject({ page: 1, pageSize: 1 });
    });

    it('refuses a duo with a missing start date or an unknown mentor, naming the problem', async () => {
      const missing = await world.call('post', '/duos', {
        body: { menteeId: amina, mentorId: youssef, city: 'brussels' },
      });
      expect(missing.status).toBe(400);
      expect(JSON.stringify(await missing.json())).toContain('startDate');
      const unknown = await world.call('post', '/duos', {
        body: { menteeId: amina, mentorId: 'nobody', city: 'brussels', startDate: '2031-03-03' },
      });
      expect(unknown.status).toBe(404);
      expect(await jsonOf(unknown)).toMatchObject({ detail: 'no such mentor' });
    });

    it('pauses, resumes and ends a duo with a reason, each change in the audit log', async () => {
      const { duoId } = await alertIn(world, 'brussels');
      const paused = await world.call('post', `/duos/${duoId}/pause`, { key: world.keys.coordinator });
      expect(await jsonOf(paused)).toMatchObject({ state: 'paused' });
      expect((await world.call('post', `/duos/${duoId}/pause`)).status).toBe(409);
      expect(await jsonOf(await world.call('post', `/duos/${duoId}/resume`))).toMatchObject({ state: 'active' });
      expect((await world.call('post', `/duos/${duoId}/end`, { body: { reason: ' ' } })).status).toBe(400);
      const ended = await world.call('post', `/duos/${duoId}/end`, { body: { reason: 'The mentee moved to Liège' } });
      expect(await jsonOf(ended)).toMatchObject({ state: 'ended', endedReason: 'The mentee moved to Liège' });
      expect((await world.call('post', `/duos/${duoId}/resume`)).status).toBe(409);

      const audit = await itemsOf(await world.call('get', '/audit?pageSize=200'));
      const changes = audit.filter((entry) => entry.targetId === duoId).map((entry) => entry.action);
      expect(changes).toEqual(expect.arrayContaining(['duo.pause', 'duo.resume', 'duo.end']));
      expect(audit.find((entry) => entry.action === 'duo.end')).toMatchObject({
        detail: { reason: 'The mentee moved to Liège' },
      });
    });

    it('shows a duo’s answers week by week and its alerts, the most serious first', async () => {
      const { duoId } = await alertIn(world, 'brussels');
      const duo = await jsonOf(await world.call('get', `/duos/${duoId}`, { key: world.keys.referent }));
      expect(duo.weeks).toMatchObject([
        {
          week: 1,
          mentee: {
            status: 'answered',
            met: 'yes',
            rating: 2,
            note: 'Au travail il y a du harcèlement, je ne sais pas quoi faire',
          },
          mentor: null,
        },
      ]);
      expect(duo.openAlerts).toBe(2);
      expect(Array.isArray(duo.alerts) && duo.alerts.map((alert: { severity: string }) => alert.severity)).toEqual([
        'safety',
        'watch',
      ]);
    });

    it('lets a referent acknowledge an alert of their city with a note, after which it follows the open ones', async () => {
      const { alertId } = await alertIn(world, 'brussels');
      const { alertId: antwerpAlert } = await alertIn(world, 'antwerp');
      const seen = await itemsOf(await world.call('get', '/alerts?pageSize=200', { key: world.keys.referent }));
      expect(seen.map((alert) => alert.id)).toContain(alertId);
      expect(seen.map((alert) => alert.id)).not.toContain(antwerpAlert);

      expect(
        (await world.call('post', `/alerts/${alertId}/acknowledge`, { key: world.keys.referent, body: {} })).status,
      ).toBe(400);
      const acknowledged = await world.call('post', `/alerts/${alertId}/acknowledge`, {
        key: world.keys.referent,
        body: { note: 'Called her: she will speak to the job coach' },
      });
      expect(await jsonOf(acknowledged)).toMatchObject({
        state: 'acknowledged',
        note: 'Called her: she will speak to the job coach',
      });
      const again = await world.call('post', `/alerts/${alertId}/acknowledge`, { body: { note: 'Again' } });
      expect(again.status).toBe(409);

      const all = await itemsOf(await world.call('get', '/alerts?city=brussels&pageSize=200'));
      const states = all.map((alert) => alert.state);
      expect(states.indexOf('acknowledged')).toBeGreaterThan(states.lastIndexOf('open'));
      expect(all.find((alert) => alert.id === alertId)).toMatchObject({
        note: 'Called her: she will speak to the job coach',
      });
      const open = await itemsOf(await world.call('get', '/alerts?state=open&pageSize=200'));
      expect(open.map((alert) => alert.id)).not.toContain(alertId);
    });
  });

  describe('results', () => {
    it('gives figures per city with small counts shown as <5, as JSON and CSV', async () => {
      const results = await jsonOf(
        await world.call('get', '/results?from=2031-03-01&to=2031-03-31', { key: world.keys.coordinator }),
      );
      expect(results.figures).toEqual([
        'applicants',
        'eligible',
        'booked',
        'attended',
        'duosActive',
        'duosCompleted',
        'duosEndedEarly',
        'weeksAnswered',
        'weeksMet',
        'outcomesAnswered',
        'outcomesPositive',
        'outcomesJob',
      ]);
      expect(results.rows).toEqual([
        {
          city: 'brussels',
          values: {
            applicants: '<5',
            eligible: '<5',
            booked: '<5',
            attended: '<5',
            duosActive: '<5',
            duosCompleted: 0,
            duosEndedEarly: '<5',
            weeksAnswered: 0,
            weeksMet: 0,
            outcomesAnswered: 0,
            outcomesPositive: 0,
            outcomesJob: 0,
          },
        },
      ]);
      const empty = await jsonOf(await world.call('get', '/results?city=antwerp&from=2030-01-01&to=2030-12-31'));
      expect(empty.rows).toMatchObject([
        { city: 'antwerp', values: { applicants: 0, attended: 0, duosActive: 0, duosEndedEarly: 0 } },
      ]);
      const text = await (await world.call('get', '/results.csv?city=brussels')).text();
      const [header, brussels, total] = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(header).toBe(
        'city,applicants,eligible,booked,attended,duosActive,duosCompleted,duosEndedEarly,weeksAnswered,weeksMet,outcomesAnswered,outcomesPositive,outcomesJob',
      );
      expect(brussels).toBe('brussels,<5,<5,<5,<5,<5,0,<5,0,0,0,0,0');
      expect(total).toBe('total,<5,<5,<5,<5,<5,0,<5,0,0,0,0,0');
    });

    it('counts the duos of a city, showing five or more as the number', async () => {
      for (let made = 0; made < 6; made += 1) await duoIn(world, 'antwerp');
      const [ended] = await world.harness.bot.duos.listDuos({ city: 'antwerp' });
      await world.call('post', `/duos/${ended?._id ?? ''}/end`, { body: { reason: 'The mentor moved abroad' } });
      const results = await jsonOf(await world.call('get', '/results?city=antwerp&from=2031-03-01&to=2031-03-31'));
      expect(results.rows).toMatchObject([
        { city: 'antwerp', values: { duosActive: 6, duosCompleted: 0, duosEndedEarly: '<5' } },
      ]);
    });
  });

  describe('personal data requests', () => {
    it('exports everything about one person, then erases them from every collection', async () => {
      const exported = await jsonOf(
        await world.call('get', `/applicants/${amina}/export`, { key: world.keys.coordinator }),
      );
      expect(exported).toMatchObject({
        personId: amina,
        person: expect.objectContaining({ address: '+32470000101' }) as unknown,
      });
      expect((exported.transcript as unknown[]).length).toBeGreaterThan(10);
      expect(exported.attendance).toEqual([expect.objectContaining({ attended: true })]);
      expect((exported.sessions as { _id: string }[]).map((session) => session._id)).toContain('bxl-past');
      expect((await world.call('delete', `/applicants/${amina}`, { key: world.keys.coordinator })).status).toBe(200);
      expect((await world.call('get', `/applicants/${amina}`)).status).toBe(404);
      expect(await world.harness.bot.store.transcript.list(amina)).toEqual([]);
      const audit = await jsonOf(await world.call('get', `/audit?targetId=${amina}`));
      expect((audit.items as { action: string }[]).map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['person.export', 'person.erase']),
      );
    });
  });

  describe('errors and the API description', () => {
    it('answers unreadable JSON and unknown routes with problems', async () => {
      const broken = await fetch(`${world.url}/api/admin/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${world.keys.admin}`, 'content-type': 'application/json' },
        body: '{"city":',
      });
      expect(broken.status).toBe(400);
      expect(broken.headers.get('content-type')).toContain('application/problem+json');
      const missing = await world.call('get', '/nothing-here');
      expect(missing.status).toBe(404);
      expect(await jsonOf(missing)).toMatchObject({ title: 'Not Found', status: 404 });
    });

    it('describes every route in OpenAPI 3.1 with components that resolve', async () => {
      const text = await (await world.call('get', '/openapi.json', { key: null })).text();
      const document = JSON.parse(text) as {
        openapi: string;
        paths: Record<string, object>;
        components: { schemas: Record<string, object> };
      };
      expect(document.openapi).toBe('3.1.0');
      for (const route of world.admin.routes) {
        const path = `/api/admin${route.path.replace(/:(\w+)/g, '{$1}')}`;
        expect(document.paths[path], path).toHaveProperty(route.method);
      }
      for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        expect(document.components.schemas, name).toHaveProperty(name!);
      }
    });
  });
});
