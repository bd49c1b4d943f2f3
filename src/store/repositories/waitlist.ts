import type { DocumentCollection } from '../collection.js';
import type { SessionAudience } from './sessions.js';

export interface WaitlistDoc {
  /** The person id: one entry per person. */
  _id: string;
  personId: string;
  city: string;
  audience: SessionAudience;
  language: string;
  /** The place in the queue: kept by a repeated join, reset by a join for another city or audience. */
  joinedAt: Date;
  /** The session a seat was offered in, while the person has not answered. */
  offeredSessionId: string | null;
  offeredAt: Date | null;
}

export interface JoinWaitlistRequest {
  personId: string;
  city: string;
  audience: SessionAudience;
  language: string;
  now: Date;
}

export interface WaitlistRepository {
  ensureIndexes(): Promise<void>;
  join(request: JoinWaitlistRequest): Promise<WaitlistDoc>;
  /** True when the person was on the waitlist. */
  leave(personId: string): Promise<boolean>;
  /** The longest waiting people who have no offer open, oldest first. */
  next(query: { city: string; audience: SessionAudience; limit: number; language?: string }): Promise<WaitlistDoc[]>;
  /** Opens an offer unless one is already open; null when the person is not waiting or already has an offer. */
  markOffered(request: { personId: string; sessionId: string; now: Date }): Promise<WaitlistDoc | null>;
  /** Closes the offer and keeps the person's place in the queue. */
  clearOffer(personId: string): Promise<void>;
  get(personId: string): Promise<WaitlistDoc | null>;
  eraseForPerson(personId: string): Promise<void>;
}

export function createWaitlistRepository(waitlist: DocumentCollection<WaitlistDoc>): WaitlistRepository {
  return {
    async ensureIndexes() {
      await waitlist.createIndex({ fields: { city: 1 } });
      await waitlist.createIndex({ fields: { joinedAt: 1 } });
    },
    async join({ personId, city, audience, language, now }) {
      const kept = await waitlist.findOneAndUpdate({ _id: personId, city, audience }, { $set: { language } });
      if (kept) return kept;
      const joined = await waitlist.findOneAndUpdate(
        { _id: personId },
        { $set: { personId, city, audience, language, joinedAt: now, offeredSessionId: null, offeredAt: null } },
        { upsert: true },
      );
      if (!joined) throw new Error('an upsert into the waitlist returned no entry');
      return joined;
    },
    async leave(personId) {
      return (await waitlist.deleteOne({ _id: personId })) > 0;
    },
    next: ({ city, audience, limit, language }) =>
      waitlist.find(
        { city, audience, offeredSessionId: null, ...(language ? { language } : {}) },
        { sort: { joinedAt: 1, _id: 1 }, limit },
      ),
    markOffered: ({ personId, sessionId, now }) =>
      waitlist.findOneAndUpdate(
        { _id: personId, offeredSessionId: null },
        { $set: { offeredSessionId: sessionId, offeredAt: now } },
      ),
    async clearOffer(personId) {
      await waitlist.updateOne({ _id: personId }, { $set: { offeredSessionId: null, offeredAt: null } });
    },
    get: (personId) => waitlist.findOne({ _id: personId }),
    async eraseForPerson(personId) {
      await waitlist.deleteOne({ _id: personId });
    },
  };
}
