import type { Filter } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';
import type { StorageEngine, WriteOperation } from '../engine.js';

export type SessionAudience = 'mentee' | 'mentor';

/**
 * A collective information session in one city. Its seat count lives in this one document; who
 * holds the seats lives in one small booking document per person (see SessionBookingDoc).
 */
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
  /** The number of bookings while the session is upcoming; past sessions keep it as an anonymous count. */
  taken: number;
  /**
   * Only given to `insert` (people booked already), and in documents of earlier versions, which
   * kept every booked person here: `ensureIndexes` moves them to bookings at start.
   */
  attendees?: string[];
  createdAt: Date;
  cancelledAt: Date | null;
}

/** A session with the people booked on it, booking order aside. */
export type InfoSessionWithAttendees = InfoSessionDoc & { attendees: string[] };

/** One person's seat in one session. */
export interface SessionBookingDoc {
  /** `<session id>:<person id>`: a person holds one seat of a session at most. */
  _id: string;
  sessionId: string;
  personId: string;
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
  /** Creates the indexes and moves the booked people of documents written by earlier versions to bookings. */
  ensureIndexes(): Promise<void>;
  /** False when a session with this id already exists (nothing is written then); `attendees` become bookings. */
  insert(session: InfoSessionDoc): Promise<boolean>;
  /** The session with the people booked on it. */
  get(id: string): Promise<InfoSessionWithAttendees | null>;
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
  /** Every session the person is booked on, past and cancelled ones included, earliest first. */
  bookedBy(personId: string): Promise<InfoSessionDoc[]>;
  /** The people booked on a session. */
  attendeesOf(sessionId: string): Promise<string[]>;
  /** Gives back upcoming seats and removes the person's bookings from every session, past ones included. */
  eraseForPerson(personId: string, now: Date): Promise<void>;
  /** For staff: every session (cancelled ones too) starting in [from, to), earliest first. */
  listAll(query?: { from?: Date; to?: Date; city?: string; limit?: number }): Promise<InfoSessionDoc[]>;
}

/**
 * Each failed attempt means another booking or cancellation of the same session won the race, so
 * a few attempts per seat suffice; running out means the document no longer matches its own filter.
 */
const MAX_BOOKING_ATTEMPTS = 64;

const bookingId = (sessionId: string, personId: string) => `${sessionId}:${personId}`;

/**
 * Sessions and their bookings. Taking a seat is one commit of two writes where the store has
 * transactions: the session's count goes up only while a seat is left, and the booking's id is
 * unique per session and person, so neither a full session nor a person booked twice lets it
 * through. Without transactions (a MongoDB server that is not a replica set) the count goes up
 * first and the booking follows: a crash in between leaves a seat counted that nobody holds,
 * never a person without a seat counted.
 */
export function createSessionsRepository(storage: StorageEngine): SessionsRepository {
  const sessions = storage.collection<InfoSessionDoc>('info_sessions');
  const bookings = storage.collection<SessionBookingDoc>('session_bookings');

  const attendeesOf = async (sessionId: string): Promise<string[]> =>
    (await bookings.find({ sessionId }, { sort: { _id: 1 } })).map((booking) => booking.personId);

  const sessionIdsOf = async (personId: string): Promise<string[]> =>
    (await bookings.find({ personId })).map((booking) => booking.sessionId);

  /** Adds one to the count while a seat is left and the session is as it was read. */
  const seatTaken = (session: InfoSessionDoc, now: Date) => ({
    filter: {
      _id: session._id,
      cancelledAt: null,
      startsAt: { $gt: now },
      capacity: session.capacity,
      taken: { $lt: session.capacity },
    },
    update: { $inc: { taken: 1 } },
  });

  /** 'taken', 'lost' (another booking or a change of the session came first) or 'booked already'. */
  async function takeSeat(
    session: InfoSessionDoc,
    { personId, now }: { personId: string; now: Date },
  ): Promise<'taken' | 'lost' | 'booked already'> {
    const booking: SessionBookingDoc = { _id: bookingId(session._id, personId), sessionId: session._id, personId };
    const seat = seatTaken(session, now);
    if (storage.supportsTransactions) {
      const result = await storage.transaction([
        { collection: sessions.name, kind: 'updateOne', ...seat, required: true },
        { collection: bookings.name, kind: 'insertOne', doc: booking },
      ]);
      if (result.committed) return 'taken';
      return result.conflict === 0 ? 'lost' : 'booked already';
    }
    if ((await sessions.updateOne(seat.filter, seat.update)).matched === 0) return 'lost';
    try {
      await bookings.insertOne(booking);
      return 'taken';
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      await sessions.updateOne({ _id: session._id }, { $inc: { taken: -1 } });
      return 'booked already';
    }
  }

  /** Removes a booking; the count goes down with it when `countsSeat`. False when the booking was gone already. */
  async function removeBooking(input: { sessionId: string; personId: string; countsSeat: boolean }): Promise<boolean> {
    const _id = bookingId(input.sessionId, input.personId);
    const seatFreed: WriteOperation[] = input.countsSeat
      ? [
          {
            collection: sessions.name,
            kind: 'updateOne',
            filter: { _id: input.sessionId },
            update: { $inc: { taken: -1 } },
          },
        ]
      : [];
    if (storage.supportsTransactions) {
      // The first write only checks that the booking is still there, so that a seat is given back once.
      const result = await storage.transaction([
        {
          collection: bookings.name,
          kind: 'updateOne',
          filter: { _id },
          update: { $set: { personId: input.personId } },
          required: true,
        },
        { collection: bookings.name, kind: 'deleteMany', filter: { _id } },
        ...seatFreed,
      ]);
      return result.committed;
    }
    if ((await bookings.deleteOne({ _id })) === 0) return false;
    for (const write of seatFreed) if (write.kind === 'updateOne') await sessions.updateOne(write.filter, write.update);
    return true;
  }

  /** Gives back the person's earliest seat among the sessions matching `filter`; the session as it is after. */
  async function releaseSeat(personId: string, filter: Filter): Promise<InfoSessionDoc | null> {
    for (;;) {
      const booked = await sessionIdsOf(personId);
      if (booked.length === 0) return null;
      const session = await sessions.findOne({ $and: [filter, { _id: { $in: booked } }] }, { sort: { startsAt: 1 } });
      if (!session) return null;
      if (await removeBooking({ sessionId: session._id, personId, countsSeat: true })) {
        return sessions.findOne({ _id: session._id });
      }
    }
  }

  // A person's turns run one at a time (the conversation's turn lock), so two rebooks of one
  // person never race each other here.
  const releaseOtherBooking = ({ booked, personId, now }: { booked: InfoSessionDoc; personId: string; now: Date }) =>
    releaseSeat(personId, {
      _id: { $ne: booked._id },
      audience: booked.audience,
      cancelledAt: null,
      startsAt: { $gt: now },
    });

  /** Sessions of earlier versions kept their booked people in the document: they become bookings. */
  async function moveAttendeesToBookings(): Promise<void> {
    for (const session of await sessions.find({ attendees: { $exists: true } })) {
      const attendees = session.attendees ?? [];
      await bookings.insertManyIgnoringDuplicates(
        attendees.map((personId) => ({ _id: bookingId(session._id, personId), sessionId: session._id, personId })),
      );
      await sessions.updateOne({ _id: session._id }, { $unset: { attendees: true } });
    }
  }

  return {
    async ensureIndexes() {
      await sessions.createIndex({ fields: { city: 1 } });
      await sessions.createIndex({ fields: { startsAt: 1 } });
      await bookings.createIndex({ fields: { sessionId: 1 } });
      await bookings.createIndex({ fields: { personId: 1 } });
      await moveAttendeesToBookings();
    },
    async insert({ attendees = [], ...session }) {
      try {
        await sessions.insertOne(session);
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
      await bookings.insertManyIgnoringDuplicates(
        attendees.map((personId) => ({ _id: bookingId(session._id, personId), sessionId: session._id, personId })),
      );
      return true;
    },
    async get(id) {
      const session = await sessions.findOne({ _id: id });
      return session ? { ...session, attendees: await attendeesOf(id) } : null;
    },
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
        if (await bookings.findOne({ _id: bookingId(sessionId, personId) })) {
          return { ok: true, session, alreadyBooked: true };
        }
        if (session.taken >= session.capacity) return { ok: false, reason: 'full' };
        const outcome = await takeSeat(session, { personId, now });
        if (outcome === 'lost') continue;
        const booked = (await sessions.findOne({ _id: sessionId })) ?? session;
        if (outcome === 'booked already') return { ok: true, session: booked, alreadyBooked: true };
        // The new seat is taken before the old one is given back, so a rebook never ends with neither.
        const released = await releaseOtherBooking({ booked, personId, now });
        return { ok: true, session: booked, alreadyBooked: false, ...(released ? { released } : {}) };
      }
      throw new Error(`booking session ${sessionId} kept conflicting after ${MAX_BOOKING_ATTEMPTS} attempts`);
    },
    cancel: ({ personId, now, audience }) =>
      releaseSeat(personId, { cancelledAt: null, startsAt: { $gt: now }, ...(audience ? { audience } : {}) }),
    async activeBookingOf(personId, now) {
      const booked = await sessionIdsOf(personId);
      if (booked.length === 0) return null;
      return sessions.findOne(
        { _id: { $in: booked }, cancelledAt: null, startsAt: { $gt: now } },
        { sort: { startsAt: 1 } },
      );
    },
    async bookedBy(personId) {
      const booked = await sessionIdsOf(personId);
      return booked.length === 0 ? [] : sessions.find({ _id: { $in: booked } }, { sort: { startsAt: 1 } });
    },
    attendeesOf,
    async eraseForPerson(personId, now) {
      for (const sessionId of await sessionIdsOf(personId)) {
        const session = await sessions.findOne({ _id: sessionId });
        // An upcoming seat is given back; a past session keeps its count, without the person.
        const upcoming = session !== null && session.startsAt.getTime() > now.getTime();
        await removeBooking({ sessionId, personId, countsSeat: upcoming });
      }
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
