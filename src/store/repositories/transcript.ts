import type { DocumentCollection } from '../collection.js';
import type { WriteOperation } from '../engine.js';

export interface TranscriptLineDoc {
  /** `<turn id>#<n>`: a replayed turn writes the same ids. */
  _id: string;
  conversationId: string;
  turnId: string;
  seq: string;
  at: Date;
  direction: 'in' | 'out';
  text: string;
  /** For outbound lines: the message key, so staff can tell a question from its rendering. */
  key: string | null;
  language: string | null;
  purgeAt: Date;
}

export interface TranscriptRepository {
  append(lines: TranscriptLineDoc[]): Promise<void>;
  /** append as one write of a transaction (lines already there are skipped). */
  appendWrite(lines: TranscriptLineDoc[]): WriteOperation;
  /** Lines of an attempt that never committed, removed before the turn runs again. */
  discardTurn(turn: { conversationId: string; turnId: string }): Promise<void>;
  /** The conversation's lines in order; with a limit, the most recent ones. */
  list(conversationId: string, options?: { limit?: number }): Promise<TranscriptLineDoc[]>;
  eraseConversation(conversationId: string): Promise<void>;
}

export function createTranscriptRepository(transcript: DocumentCollection<TranscriptLineDoc>): TranscriptRepository {
  return {
    async append(lines) {
      await transcript.insertManyIgnoringDuplicates(lines);
    },
    appendWrite: (lines) => ({ collection: transcript.name, kind: 'insertMany', docs: lines }),
    async discardTurn({ conversationId, turnId }) {
      await transcript.deleteMany({ conversationId, turnId });
    },
    async list(conversationId, options = {}) {
      if (!options.limit) return transcript.find({ conversationId }, { sort: { seq: 1 } });
      const latest = await transcript.find({ conversationId }, { sort: { seq: -1 }, limit: options.limit });
      return latest.reverse();
    },
    async eraseConversation(conversationId) {
      await transcript.deleteMany({ conversationId });
    },
  };
}
