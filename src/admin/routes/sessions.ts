import { z } from 'zod';
import type { SessionOption } from '../../flows/contract.js';
import { findCity } from '../../programme/index.js';
import type { Filter } from '../../store/collection.js';
import type { InfoSessionDoc } from '../../store/repositories/sessions.js';
import type { WaitlistDoc } from '../../store/repositories/waitlist.js';
import type { StaffDoc } from '../../store/repositories/staff.js';
import type { AdminDeps } from '../deps.js';
import { problem } from '../problem.js';
import { fail, json, NONE, staffRoute, type AdminRoute } from '../route.js';
import { idParams, isoDay, pageQuery, paginate, paginated } from '../schemas.js';
import { canSeeCity } from '../scope.js';

const EVERYONE = ['coordinator', 'referent', 'admin'] as const;
const ORGANISERS = ['coordinator', 'admin'] as const;

const sessionSchema = z
  .object({
    id: z.string(),
    city: z.string(),
    audience: z.enum(['mentee', 'mentor']),
    language: z.string(),
    startsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    place: z.string(),
    online: z.boolean(),
    capacity: z.number().int(),
    taken: z.number().int(),
    seatsLeft: z.number().int(),
    cancelledAt: z.iso.datetime().nullable(),
    attendanceMarked: z.number().int().describe('how many booked people have their attendance marked'),
  })
  .meta({ id: 'InfoSession' });

const detailSchema = sessionSchema.extend({
  attendees: z.array(
    z.object({ personId: z.string(), firstName: z.string().nullable(), attended: z.boolean().nullable() }),
  ),
});

const editable = {
  language: z.enum(['fr', 'nl', 'en', 'ar']),
  startsAt: z.iso.datetime({ offset: true }).describe('ISO 8601 with a time zone offset'),
  durationMinutes: z.number().int().min(15).max(480),
  place: z.string().trim().min(1).max(300),
  online: z.boolean(),
  capacity: z.number().int().min(1).max(500),
};
const createBody = z.object({ city: z.string().min(1), audience: z.enum(['mentee', 'mentor']), ...editable });
const editBody = z
  .object(editable)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'change at least one field');

export function sessionRoutes(deps: AdminDeps): AdminRoute[] {
  const { bot, programme } = deps;
  const timeZoneOf = (city: string) => findCity(programme, city)?.timeZone ?? 'Europe/Brussels';

  const view = async (session: InfoSessionDoc) => ({
    id: session._id,
    city: session.city,
    audience: session.audience,
    language: session.language,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    place: session.place,
    online: session.online,
    capacity: session.capacity,
    taken: session.taken,
    seatsLeft: Math.max(0, session.capacity - session.taken),
    cancelledAt: session.cancelledAt?.toISOString() ?? null,
    attendanceMarked: (await deps.attendance.forSession(session._id)).length,
  });

  const visible = async (staff: StaffDoc, id: string) => {
    const session = await bot.sessions.get(id);
    return session && canSeeCity(staff, session.city) ? session : null;
  };
  const notFound = () => fail(problem(404, 'no such session'));

  const toOption = (session: InfoSessionDoc): SessionOption => ({
    id: session._id,
    city: session.city,
    audience: session.audience,
    language: session.language,
    startsAt: session.startsAt.toISOString(),
    timeZone: timeZoneOf(session.city),
    place: session.place,
    online: session.online,
    seatsLeft: Math.max(0, session.capacity - session.taken),
  });

  /** New seats go to the longest-waiting people first, as when a booked person cancels. */
  async function offerSeats(session: InfoSessionDoc): Promise<number> {
    const now = deps.clock.now();
    const seats = session.capacity - session.taken;
    if (seats <= 0 || session.cancelledAt || session.startsAt <= now) return 0;
    const waiting = await bot.waitlist.next({ city: session.city, audience: session.audience, limit: seats });
    for (const entry of waiting) {
      if (!(await bot.waitlist.markOffered({ personId: entry.personId, sessionId: session._id, now }))) continue;
      await bot.store.jobs.schedule({
        key: `${entry.personId}:seat.opened:${session._id}`,
        conversationId: entry.personId,
        name: 'seat.opened',
        payload: { session: toOption(session) },
        dueAt: now,
      });
    }
    return waiting.length;
  }

  return [
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/sessions',
      summary: 'Information sessions with their seats, earliest first',
      tag: 'Information sessions',
      params: NONE,
      query: z.object({
        city: z.string().optional(),
        from: isoDay.optional(),
        to: isoDay.optional(),
        includeCancelled: z.enum(['true', 'false']).default('false'),
        ...pageQuery,
      }),
      body: NONE,
      response: paginated(sessionSchema),
      async handle({ staff, query }) {
        if (query.city !== undefined && !canSeeCity(staff, query.city)) return fail(problem(404, 'no such city'));
        const sessions = await bot.sessions.listAll({
          ...(query.city ? { city: query.city } : {}),
          ...(query.from ? { from: new Date(`${query.from}T00:00:00Z`) } : {}),
          ...(query.to ? { to: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
        });
        const shown = sessions.filter(
          (session) =>
            canSeeCity(staff, session.city) && (query.includeCancelled === 'true' || session.cancelledAt === null),
        );
        const page = paginate(shown, query);
        return json({ ...page, items: await Promise.all(page.items.map(view)) });
      },
    }),
    staffRoute(ORGANISERS, {
      method: 'post',
      path: '/sessions',
      summary: 'Create an information session; its seats are offered to people on the waiting list first',
      tag: 'Information sessions',
      params: NONE,
      query: NONE,
      body: createBody,
      response: sessionSchema,
      status: 201,
      async handle({ staff, body }) {
        if (!findCity(programme, body.city) || !canSeeCity(staff, body.city)) return fail(problem(404, 'no such city'));
        const now = deps.clock.now();
        const startsAt = new Date(body.startsAt);
        if (startsAt <= now) return fail(problem(400, 'a session must start in the future'));
        const session: InfoSessionDoc = {
          _id: deps.newId(),
          city: body.city,
          audience: body.audience,
          language: body.language,
          startsAt,
          durationMinutes: body.durationMinutes,
          place: body.place,
          online: body.online,
          capacity: body.capacity,
          taken: 0,
          attendees: [],
          createdAt: now,
          cancelledAt: null,
        };
        await bot.sessions.insert(session);
        const offered = await offerSeats(session);
        await deps.record({
          staff,
          action: 'session.create',
          targetId: session._id,
          detail: { city: body.city, offered },
        });
        return json(await view(session), 201);
      },
    }),
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/sessions/:id',
      summary: 'One session with the people booked and their attendance',
      tag: 'Information sessions',
      params: idParams,
      query: NONE,
      body: NONE,
      response: detailSchema,
      async handle({ staff, params }) {
        const session = await visible(staff, params.id);
        if (!session) return notFound();
        await deps.record({ staff, action: 'session.read', targetId: session._id });
        const marks = new Map(
          (await deps.attendance.forSession(session._id)).map((mark) => [mark.personId, mark.attended]),
        );
        const attendees = await Promise.all(
          session.attendees.map(async (personId) => {
            const firstName = (await bot.store.applications.get(personId))?.answers.firstName;
            return {
              personId,
              firstName: typeof firstName === 'string' ? firstName : null,
              attended: marks.get(personId) ?? null,
            };
          }),
        );
        return json({ ...(await view(session)), attendees });
      },
    }),
    staffRoute(ORGANISERS, {
      method: 'patch',
      path: '/sessions/:id',
      summary: 'Change a session: seats, place, language; its date only while nobody is booked',
      tag: 'Information sessions',
      params: idParams,
      query: NONE,
      body: editBody,
      response: sessionSchema,
      async handle({ staff, params, body }) {
        const session = await visible(staff, params.id);
        if (!session) return notFound();
        if (session.cancelledAt) return fail(problem(409, 'this session is cancelled'));
        const changes: Partial<InfoSessionDoc> = {
          ...(body.language ? { language: body.language } : {}),
          ...(body.durationMinutes ? { durationMinutes: body.durationMinutes } : {}),
          ...(body.place ? { place: body.place } : {}),
          ...(body.online === undefined ? {} : { online: body.online }),
          ...(body.capacity ? { capacity: body.capacity } : {}),
        };
        if (body.startsAt) {
          const startsAt = new Date(body.startsAt);
          if (startsAt <= deps.clock.now()) return fail(problem(400, 'a session must start in the future'));
          changes.startsAt = startsAt;
        }
        // Booked people were told the date and have reminders for it: a new date is a new session.
        const guard: Filter = { _id: session._id, cancelledAt: null };
        if (changes.startsAt) guard.taken = 0;
        else if (changes.capacity) guard.taken = { $lte: changes.capacity };
        const updated = await deps.sessionDocs.findOneAndUpdate(guard, { $set: changes });
        if (!updated) {
          return fail(
            problem(
              409,
              changes.startsAt
                ? 'people are booked: cancel this session and create another to change its date'
                : 'fewer seats than people already booked',
            ),
          );
        }
        const offered = await offerSeats(updated);
        await deps.record({
          staff,
          action: 'session.edit',
          targetId: session._id,
          detail: { fields: Object.keys(changes).join(','), offered },
        });
        return json(await view(updated));
      },
    }),
    staffRoute(ORGANISERS, {
      method: 'post',
      path: '/sessions/:id/cancel',
      summary: 'Cancel a session: each booked person is told in their language, open waiting-list offers are withdrawn',
      tag: 'Information sessions',
      params: idParams,
      query: NONE,
      body: NONE,
      response: sessionSchema.extend({ told: z.number().int() }),
      async handle({ staff, params }) {
        const session = await visible(staff, params.id);
        if (!session) return notFound();
        const now = deps.clock.now();
        const cancelled = await deps.sessionDocs.findOneAndUpdate(
          { _id: session._id, cancelledAt: null },
          { $set: { cancelledAt: now } },
        );
        if (!cancelled) return fail(problem(409, 'this session is already cancelled'));
        let told = 0;
        if (cancelled.startsAt > now) {
          for (const personId of await bot.sessions.attendeesOf(cancelled._id)) {
            await bot.store.jobs.cancel(`${personId}:reminder.day`);
            await bot.store.jobs.cancel(`${personId}:reminder.hours`);
            const outcome = await bot.engine.sendFromStaff(personId, {
              key: 'staff.sessionCancelled',
              params: {
                date: { kind: 'datetime', iso: cancelled.startsAt.toISOString(), timeZone: timeZoneOf(cancelled.city) },
                place: cancelled.place,
              },
            });
            if (outcome === 'queued') told += 1;
          }
        }
        await releaseOffers(deps, cancelled._id);
        await deps.record({ staff, action: 'session.cancel', targetId: session._id, detail: { told } });
        return json({ ...(await view(cancelled)), told });
      },
    }),
    staffRoute(EVERYONE, {
      method: 'put',
      path: '/sessions/:id/attendance',
      summary: 'After the session: who came (every other booked person is marked absent)',
      tag: 'Information sessions',
      params: idParams,
      query: NONE,
      body: z.object({ present: z.array(z.string().min(1)).max(500) }),
      response: detailSchema.pick({ id: true, attendees: true }),
      async handle({ staff, params, body }) {
        const session = await visible(staff, params.id);
        if (!session) return notFound();
        const now = deps.clock.now();
        if (session.startsAt > now) return fail(problem(409, 'attendance is marked once the session has started'));
        if (session.cancelledAt) return fail(problem(409, 'this session is cancelled'));
        const unknown = body.present.filter((id) => !session.attendees.includes(id));
        if (unknown.length > 0) return fail(problem(400, `not booked on this session: ${unknown.join(', ')}`));
        await deps.attendance.mark(
          session.attendees.map((personId) => ({
            sessionId: session._id,
            personId,
            city: session.city,
            sessionStartsAt: session.startsAt,
            attended: body.present.includes(personId),
            markedAt: now,
            markedBy: staff._id,
          })),
        );
        await deps.record({
          staff,
          action: 'session.attendance',
          targetId: session._id,
          detail: { present: body.present.length, absent: session.attendees.length - body.present.length },
        });
        return json({
          id: session._id,
          attendees: session.attendees.map((personId) => ({
            personId,
            firstName: null,
            attended: body.present.includes(personId),
          })),
        });
      },
    }),
  ];
}

/** People offered a seat in a cancelled session keep their place in the queue, without the offer. */
async function releaseOffers(deps: AdminDeps, sessionId: string): Promise<void> {
  const waitlist = deps.bot.store.engine.collection<WaitlistDoc>('waitlist');
  const offered = await waitlist.find({ offeredSessionId: sessionId });
  for (const entry of offered) await deps.bot.waitlist.clearOffer(entry._id);
}
