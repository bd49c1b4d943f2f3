import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/store/repositories/staff.js';
import { alertIn, applicantIn, duoIn, OTHER_CITY, OWN_CITY, startAdminWorld, type AdminWorld } from './support.js';

type City = 'own' | 'other';
interface Call {
  path: string;
  body?: unknown;
}

/**
 * One row per route: who may call it, whether its records belong to a city, what a successful
 * call answers, and how to call it on a record of the caller's own city or of another city.
 */
interface Row {
  roles: readonly StaffRole[] | 'public';
  /** A record or filter in another city answers 404 to staff who do not see that city. */
  scoped: boolean;
  ok: number;
  call(city: City): Promise<Call> | Call;
}

const EVERYONE = ['coordinator', 'referent', 'admin'] as const;
const ORGANISERS = ['coordinator', 'admin'] as const;
const DAY = 24 * 60 * 60 * 1000;

let world: AdminWorld;
const cityName = (city: City) => (city === 'own' ? 'Bruxelles' : 'Anvers');
const cityId = (city: City) => (city === 'own' ? OWN_CITY : OTHER_CITY);
let addressCounter = 0;
let startDay = 0;
/** Each duo formed in the matrix starts on another day, so that the same pair forms a new duo. */
const nextStartDate = () => new Date(Date.UTC(2031, 0, 1) + (startDay += 1) * DAY).toISOString().slice(0, 10);

async function pausedDuoIn(city: City): Promise<string> {
  const { duoId } = await duoIn(world, cityId(city));
  await world.harness.bot.duos.pauseDuo(duoId);
  return duoId;
}

/** A person who asked for help halfway through the intake: an open handoff in that city. */
async function handoffIn(city: City): Promise<string> {
  addressCounter += 1;
  const id = await applicantIn(world, `+3247${String(addressCounter).padStart(7, '0')}`, cityName(city));
  await world.harness.say(`+3247${String(addressCounter).padStart(7, '0')}`, 'aide');
  return id;
}

async function sessionIn(city: City, startsInDays: number, attendees: string[] = []): Promise<string> {
  const id = `session-${city}-${(addressCounter += 1)}`;
  await world.harness.bot.sessions.insert({
    _id: id,
    city: cityId(city),
    audience: 'mentee',
    language: 'fr',
    startsAt: new Date(world.harness.clock.now().getTime() + startsInDays * DAY),
    durationMinutes: 90,
    place: 'Rue Haute 1',
    online: false,
    capacity: 10,
    taken: attendees.length,
    attendees,
    createdAt: world.harness.clock.now(),
    cancelledAt: null,
  });
  return id;
}

const fixtures = new Map<string, string>();
const fixture = (name: `${'handoff' | 'future' | 'past' | 'duo' | 'mentee' | 'mentor'}-${City}`): string => {
  const id = fixtures.get(name);
  if (!id) throw new Error(`fixture ${name} was not created`);
  return id;
};

const rows: Record<string, Row> = {
  'post /login': {
    roles: 'public',
    scoped: false,
    ok: 200,
    call: () => ({ path: '/login', body: { key: world.keys.referent } }),
  },
  'get /openapi.json': { roles: 'public', scoped: false, ok: 200, call: () => ({ path: '/openapi.json' }) },
  'post /logout': { roles: EVERYONE, scoped: false, ok: 200, call: () => ({ path: '/logout' }) },
  'get /me': { roles: EVERYONE, scoped: false, ok: 200, call: () => ({ path: '/me' }) },
  'get /staff': { roles: ['admin'], scoped: false, ok: 200, call: () => ({ path: '/staff' }) },
  'get /audit': { roles: ['admin'], scoped: false, ok: 200, call: () => ({ path: '/audit' }) },
  'get /applicants': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/applicants?city=${cityId(c)}` }),
  },
  'get /applicants.csv': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/applicants.csv?city=${cityId(c)}` }),
  },
  'get /applicants/:id': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/applicants/${fixture(`handoff-${c}`)}` }),
  },
  'get /applicants/:id/transcript': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/applicants/${fixture(`handoff-${c}`)}/transcript` }),
  },
  'get /applicants/:id/export': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/applicants/${fixture(`handoff-${c}`)}/export` }),
  },
  'delete /applicants/:id': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: async (c) => ({
      path: `/applicants/${await applicantIn(world, `+3248${(addressCounter += 1)}`, cityName(c))}`,
    }),
  },
  'get /handoffs': { roles: EVERYONE, scoped: true, ok: 200, call: (c) => ({ path: `/handoffs?city=${cityId(c)}` }) },
  'post /handoffs/:id/reply': {
    roles: EVERYONE,
    scoped: true,
    ok: 202,
    call: (c) => ({ path: `/handoffs/${fixture(`handoff-${c}`)}/reply`, body: { text: 'Bonjour, je suis Claire.' } }),
  },
  'post /handoffs/:id/hand-back': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: async (c) => ({ path: `/handoffs/${await handoffIn(c)}/hand-back` }),
  },
  'get /sessions': { roles: EVERYONE, scoped: true, ok: 200, call: (c) => ({ path: `/sessions?city=${cityId(c)}` }) },
  'post /sessions': {
    roles: ORGANISERS,
    scoped: true,
    ok: 201,
    call: (c) => ({
      path: '/sessions',
      body: {
        city: cityId(c),
        audience: 'mentee',
        language: 'fr',
        startsAt: '2031-04-01T16:00:00+02:00',
        durationMinutes: 90,
        place: 'Rue Haute 1',
        online: false,
        capacity: 12,
      },
    }),
  },
  'get /sessions/:id': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/sessions/${fixture(`future-${c}`)}` }),
  },
  'patch /sessions/:id': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/sessions/${fixture(`future-${c}`)}`, body: { capacity: 14 } }),
  },
  'post /sessions/:id/cancel': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: async (c) => ({ path: `/sessions/${await sessionIn(c, 5)}/cancel` }),
  },
  'put /sessions/:id/attendance': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/sessions/${fixture(`past-${c}`)}/attendance`, body: { present: [] } }),
  },
  'get /duos': { roles: EVERYONE, scoped: true, ok: 200, call: (c) => ({ path: `/duos?city=${cityId(c)}` }) },
  'post /duos': {
    roles: ORGANISERS,
    scoped: true,
    ok: 201,
    call: (c) => ({
      path: '/duos',
      body: {
        menteeId: fixture(`mentee-${c}`),
        mentorId: fixture(`mentor-${c}`),
        city: cityId(c),
        startDate: nextStartDate(),
      },
    }),
  },
  'get /duos/:id': { roles: EVERYONE, scoped: true, ok: 200, call: (c) => ({ path: `/duos/${fixture(`duo-${c}`)}` }) },
  'post /duos/:id/pause': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: async (c) => ({ path: `/duos/${(await duoIn(world, cityId(c))).duoId}/pause` }),
  },
  'post /duos/:id/resume': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: async (c) => ({ path: `/duos/${await pausedDuoIn(c)}/resume` }),
  },
  'post /duos/:id/end': {
    roles: ORGANISERS,
    scoped: true,
    ok: 200,
    call: async (c) => ({
      path: `/duos/${(await duoIn(world, cityId(c))).duoId}/end`,
      body: { reason: 'The mentee found a job' },
    }),
  },
  'get /alerts': { roles: EVERYONE, scoped: true, ok: 200, call: (c) => ({ path: `/alerts?city=${cityId(c)}` }) },
  'post /alerts/:id/acknowledge': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: async (c) => ({
      path: `/alerts/${(await alertIn(world, cityId(c))).alertId}/acknowledge`,
      body: { note: 'Called the mentee; meeting on Thursday' },
    }),
  },
  'get /results': { roles: EVERYONE, scoped: true, ok: 200, call: (c) => ({ path: `/results?city=${cityId(c)}` }) },
  'get /results.csv': {
    roles: EVERYONE,
    scoped: true,
    ok: 200,
    call: (c) => ({ path: `/results.csv?city=${cityId(c)}` }),
  },
};

function expected(row: Row, role: StaffRole | null, city: City): number {
  if (row.roles === 'public') return row.ok;
  if (role === null) return 401;
  if (!row.roles.includes(role)) return 403;
  if (row.scoped && city === 'other' && role !== 'admin') return 404;
  return row.ok;
}

describe('staff API access matrix', () => {
  beforeAll(async () => {
    world = await startAdminWorld();
    for (const city of ['own', 'other'] as const) {
      fixtures.set(`handoff-${city}`, await handoffIn(city));
      fixtures.set(`future-${city}`, await sessionIn(city, 7));
      fixtures.set(`past-${city}`, await sessionIn(city, -1, [fixture(`handoff-${city}`)]));
      fixtures.set(`duo-${city}`, (await duoIn(world, cityId(city))).duoId);
      fixtures.set(`mentee-${city}`, await applicantIn(world, `+3244${(addressCounter += 1)}`, cityName(city)));
      fixtures.set(`mentor-${city}`, await applicantIn(world, `+3244${(addressCounter += 1)}`, cityName(city)));
    }
  }, 120_000);
  afterAll(() => world.close());

  it('has a row for every route the router serves, and no row for a route it does not serve', () => {
    const served = new Set<string>();
    for (const layer of world.admin.api.stack) {
      for (const handler of layer.route?.stack ?? []) served.add(`${handler.method} ${layer.route?.path ?? ''}`);
    }
    expect(Object.keys(rows).sort()).toEqual([...served].sort());
    expect(served.size).toBe(world.admin.routes.length);
  });

  it.each(Object.keys(rows))('answers %s as each role allows, in their own city and another', async (name) => {
    const row = rows[name]!;
    const [method] = name.split(' ');
    const outcomes: string[] = [];
    const wanted: string[] = [];
    for (const role of [null, 'coordinator', 'referent', 'admin'] as const) {
      for (const city of ['own', 'other'] as const) {
        const { path, body } = await row.call(city);
        const response = await world.call(method!, path, { key: role ? world.keys[role] : null, body });
        outcomes.push(`${role ?? 'anonymous'}/${city}: ${response.status}`);
        wanted.push(`${role ?? 'anonymous'}/${city}: ${expected(row, role, city)}`);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
        }
      }
    }
    expect(outcomes).toEqual(wanted);
  });
});
