import type { DocumentCollection, Filter } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';

export type SessionAudience = 'mentee' | 'mentor';

/** A collective information session in one city. Its seats live in this one document. */
export interface InfoSessionDoc {
  _id: string;
  city: string;
  audience: SessionAudience;
  language: string;
  startsAt: Date;
  durationMinutes: number;
  /** A street address, or the link of an online session. */
  place: string;
  online: boolean;
  capacity: number;
  /** Equals `attendees.length` while the session is upcoming; past sessions keep it as an anonymous count. */
  taken: number;
  /** Person ids. */
  attendees: string[];
  createdAt: Date;
  cancelledAt: Date | null;
}

export type BookingResult =
  | {
      ok: true;
      session: InfoSessionDoc;
      alreadyBooked: boolean;
      /** The person's previous upcoming session for the same audience, as it is after giving the seat back. */
      released?: InfoSessionDoc;
    }
  | { ok: false; reason: 'full' | 'unknown' | 'past' | 'cancelled' };

export interface SessionsRepository {
  ensureIndexes(): Promise<void>;
  /** False when a session with this id already exists (nothing is written then). */
  insert(session: InfoSessionDoc): Promise<boolean>;
  get(id: string): Promise<InfoSessionDoc | null>;
  /** Sessions not cancelled that start after `after`, earliest first; full ones included (`taken >= capacity`). */
  upcoming(query: {
    city: string;
    audience: SessionAudience;
    after: Date;
    limit: number;
    language?: string;
  }): Promise<InfoSessionDoc[]>;
  /** Takes a seat; a person's other upcoming booking for the same audience is given back once the new seat is theirs. */
  book(request: { sessionId: string; personId: string; now: Date }): Promise<BookingResult>;
  /** Gives back the person's earliest upcoming seat (for one audience when given); the session as it is after, or null. */
  cancel(request: { personId: string; now: Date; audience?: SessionAudience }): Promise<InfoSessionDoc | null>;
  /** The person's earliest upcoming, not cancelled, booked session. */
  activeBookingOf(personId: string, now: Date): Promise<InfoSessionDoc | null>;
  /** Gives back upcoming seats and removes the person's id from every session, past ones included. */
  eraseForPerson(personId: string, now: Date): Promise<void>;
  /** For staff: every session (cancelled ones too) starting in [from, to), earliest first. */
  listAll(query?: { from?: Date; to?: Date; city?: string; limit?: number }): Promise<InfoSessionDoc[]>;
}

/**
 * Each failed attempt means another booking or cancellation of the same session won the race, so
 * a few attempts per seat suffice; running out means the document no longer matches its own filter.
 */
const MAX_BOOKING_ATTEMPTS = 64;

export function createSessionsRepository(sessions: DocumentCollection<InfoSessionDoc>): SessionsRepository {
  const releaseSeat = (personId: string, filter: Filter): Promise<InfoSessionDoc | null> =>
    sessions.findOneAndUpdate(
      { ...filter, attendees: personId },
      { $inc: { taken: -1 }, $pull: { attendees: personId } },
      { sort: { startsAt: 1 } },
    );

  // A person's turns run one at a time (the conversation's turn lock), so two rebooks of one
  // person never race each other here.
  const releaseOtherBooking = ({ booked, personId, now }: { booked: InfoSessionDoc; personId: string; now: Date }) =>
    releaseSeat(personId, {
      _id: { $ne: booked._id },
      audience: booked.audience,
      cancelledAt: null,
      startsAt: { $gt: now },
    });

  return {
    async ensureIndexes() {
      await sessions.createIndex({ fields: { city: 1 } });
      await sessions.createIndex({ fields: { startsAt: 1 } });
      await sessions.createIndex({ fields: { attendees: 1 } });
    },
    async insert(session) {
      try {
        await sessions.insertOne(session);
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    get: (id) => sessions.findOne({ _id: id }),
    upcoming: ({ city, audience, after, limit, language }) =>
      sessions.find(
        { city, audience, cancelledAt: null, startsAt: { $gt: after }, ...(language ? { language } : {}) },
        { sort: { startsAt: 1 }, limit },
      ),
    async book({ sessionId, personId, now }) {
      for (let attempt = 1; attempt <= MAX_BOOKING_ATTEMPTS; attempt += 1) {
        const session = await sessions.findOne({ _id: sessionId });
        if (!session) return { ok: false, reason: 'unknown' };
        if (session.cancelledAt !== null) return { ok: false, reason: 'cancelled' };
        if (session.startsAt.getTime() <= now.getTime()) return { ok: false, reason: 'past' };
        if (session.attendees.includes(personId)) return { ok: true, session, alreadyBooked: true };
        if (session.taken >= session.capacity) return { ok: false, reason: 'full' };
        // One atomic update: a seat is left and the person is not among the attendees (on an
        // array, $ne holds when no element equals the value, on both engines). It fails only when
        // another booking took the last seat, the person booked meanwhile, or the capacity changed.
        const booked = await sessions.findOneAndUpdate(
          {
            _id: sessionId,
            cancelledAt: null,
            startsAt: { $gt: now },
            capacity: session.capacity,
            taken: { $lt: session.capacity },
            attendees: { $ne: personId },
          },
          { $inc: { taken: 1 }, $push: { attendees: personId } },
        );
        if (booked) {
          // The new seat is taken before the old one is given back, so a rebook never ends with neither.
          const released = await releaseOtherBooking({ booked, personId, now });
          return { ok: true, session: booked, alreadyBooked: false, ...(released ? { released } : {}) };
        }
      }
      throw new Error(`booking session ${sessionId} kept conflicting after ${MAX_BOOKING_ATTEMPTS} attempts`);
    },
    cancel: ({ personId, now, audience }) =>
      releaseSeat(personId, { cancelledAt: null, startsAt: { $gt: now }, ...(audience ? { audience } : {}) }),
    activeBookingOf: (personId, now) =>
      sessions.findOne({ attendees: personId, cancelledAt: null, startsAt: { $gt: now } }, { sort: { startsAt: 1 } }),
    async eraseForPerson(personId, now) {
      await sessions.updateMany(
        { attendees: personId, startsAt: { $gt: now } },
        { $inc: { taken: -1 }, $pull: { attendees: personId } },
      );
      await sessions.updateMany({ attendees: personId }, { $pull: { attendees: personId } });
    },
    listAll: ({ from, to, city, limit } = {}) => {
      const startsAt = { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
      return sessions.find(
        { ...(city ? { city } : {}), ...(from || to ? { startsAt } : {}) },
        { sort: { startsAt: 1 }, ...(limit ? { limit } : {}) },
      );
    },
  };
}
