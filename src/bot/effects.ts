import type { EventObject } from 'xstate';
import type { Audience, CheckinRecord, Effect, SessionOption } from '../flows/contract.js';
import type { Store, WriteOperation } from '../store/index.js';

/** What an effect may touch of the turn that asked for it. */
export interface EffectContext {
  conversationId: string;
  turnId: string;
  now: Date;
  /** Later messages of this turn are rendered in this language. */
  useLanguage(language: string): void;
  /** Committed with the turn: whether the conversation waits for staff. */
  setHandoff(handoff: { reason: string; since: Date } | null): void;
  /** A write committed with the turn (in its transaction), not before it. */
  stage(write: WriteOperation): void;
}

export type EffectHandler = (effect: Effect, context: EffectContext) => Promise<EventObject | null>;

/** The information sessions as the effects need them (implemented in src/store/repositories/sessions.ts). */
export interface SessionsPort {
  upcoming(query: { city: string; audience: Audience; after: Date; limit: number }): Promise<SessionRecord[]>;
  book(input: {
    sessionId: string;
    personId: string;
    now: Date;
  }): Promise<
    | { ok: true; session: SessionRecord; released?: SessionRecord }
    | { ok: false; reason: 'full' | 'unknown' | 'past' | 'cancelled' }
  >;
  cancel(input: { personId: string; now: Date }): Promise<SessionRecord | null>;
}

export interface SessionRecord {
  _id: string;
  city: string;
  audience: Audience;
  language: string;
  startsAt: Date;
  place: string;
  online: boolean;
  capacity: number;
  taken: number;
}

export interface WaitlistPort {
  join(input: { personId: string; city: string; audience: Audience; language: string; now: Date }): Promise<unknown>;
  leave(personId: string): Promise<unknown>;
  next(query: { city: string; audience: Audience; limit: number }): Promise<{ personId: string }[]>;
  markOffered(input: { personId: string; sessionId: string; now: Date }): Promise<unknown>;
}

export interface EffectHandlerOptions {
  store: Store;
  isKnownLanguage: (language: string) => boolean;
  sessions: SessionsPort;
  waitlist: WaitlistPort;
  /** The time zone of a city, for showing session times. */
  timeZoneOf: (city: string) => string;
  /** How many sessions are offered at once. */
  sessionsOffered?: number;
  /** Stores a duo member's check-in answers (src/duos). */
  recordCheckin?: (input: { personId: string; record: CheckinRecord; now: Date }) => Promise<void>;
}

/** Job names the engine runs itself instead of handing them to a flow. */
export const ERASE_JOB = 'system.erase';

/**
 * Carries out what flows ask for. Each effect may run again when a turn is replayed after a
 * crash, so each is idempotent: keyed writes, bookings that recognise the same person, upserts.
 */
export function createEffectHandler(options: EffectHandlerOptions): EffectHandler {
  const { store, sessions, waitlist } = options;
  const toOption = (session: SessionRecord): SessionOption => ({
    id: session._id,
    city: session.city,
    audience: session.audience,
    language: session.language,
    startsAt: session.startsAt.toISOString(),
    timeZone: options.timeZoneOf(session.city),
    place: session.place,
    online: session.online,
    seatsLeft: Math.max(0, session.capacity - session.taken),
  });

  /** A freed seat is offered to the longest-waiting person for that city and audience. */
  async function offerFreedSeat(session: SessionRecord, now: Date): Promise<void> {
    const [first] = await waitlist.next({ city: session.city, audience: session.audience, limit: 1 });
    if (!first) return;
    await waitlist.markOffered({ personId: first.personId, sessionId: session._id, now });
    await store.jobs.schedule({
      key: `${first.personId}:seat.opened:${session._id}`,
      conversationId: first.personId,
      name: 'seat.opened',
      payload: { session: toOption(session) },
      dueAt: now,
    });
  }

  return async (effect, context) => {
    const { conversationId: personId, now } = context;
    switch (effect.kind) {
      case 'setLanguage':
        if (!options.isKnownLanguage(effect.language)) return null;
        context.stage(store.people.updateWrite(personId, { language: effect.language }));
        context.useLanguage(effect.language);
        return null;
      case 'schedule':
        context.stage(
          store.jobs.scheduleWrite({
            key: `${personId}:${effect.key}`,
            conversationId: personId,
            name: effect.name,
            payload: effect.payload,
            dueAt: new Date(effect.at),
          }),
        );
        return null;
      case 'cancelSchedule':
        context.stage(store.jobs.cancelWrite(`${personId}:${effect.key}`));
        return null;
      case 'optOut':
        context.stage(store.people.updateWrite(personId, { optedOutAt: now }));
        return null;
      case 'optIn':
        context.stage(store.people.updateWrite(personId, { optedOutAt: null }));
        return null;
      case 'handoff':
        context.setHandoff({ reason: effect.reason, since: now });
        return null;
      case 'releaseHandoff':
        context.setHandoff(null);
        return null;
      case 'eraseData':
        context.stage(
          store.jobs.scheduleWrite({
            key: `${personId}:${ERASE_JOB}`,
            conversationId: personId,
            name: ERASE_JOB,
            payload: { keepRefusal: effect.keepRefusal },
            dueAt: now,
          }),
        );
        return null;
      case 'recordApplication':
        context.stage(store.applications.saveWrite({ personId, record: effect.application, now }));
        return null;
      case 'findSessions': {
        const found = await sessions.upcoming({
          city: effect.city,
          audience: effect.audience,
          after: now,
          limit: 20,
        });
        const open = found.filter((session) => session.taken < session.capacity);
        // Sessions in the person's language first, then the others, each group by date.
        const ordered = [
          ...open.filter((session) => session.language === effect.language),
          ...open.filter((session) => session.language !== effect.language),
        ].slice(0, options.sessionsOffered ?? 5);
        ordered.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
        return { type: 'sessions.found', sessions: ordered.map(toOption) };
      }
      case 'bookSeat': {
        const result = await sessions.book({ sessionId: effect.sessionId, personId, now });
        if (!result.ok) return { type: 'booking.failed', reason: result.reason };
        await waitlist.leave(personId);
        if (result.released) await offerFreedSeat(result.released, now);
        return { type: 'booking.booked', session: toOption(result.session), at: now.toISOString() };
      }
      case 'cancelBooking': {
        const released = await sessions.cancel({ personId, now });
        if (released) await offerFreedSeat(released, now);
        return { type: 'booking.cancelled', session: released ? toOption(released) : null };
      }
      case 'joinWaitlist':
        await waitlist.join({ personId, city: effect.city, audience: effect.audience, language: effect.language, now });
        return null;
      case 'leaveWaitlist':
        await waitlist.leave(personId);
        return null;
      case 'recordCheckin':
        await options.recordCheckin?.({ personId, record: effect.record, now });
        return null;
    }
  };
}
