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

/**
 * A line as stored: the turn id is the `_id` up to its last `#`, and the key and language of an
 * inbound line (always null) are left out.
 */
export type StoredTranscriptLine = Omit<TranscriptLineDoc, 'turnId' | 'key' | 'language'> &
  Partial<Pick<TranscriptLineDoc, 'key' | 'language'>>;

export interface TranscriptRepository {
  append(lines: TranscriptLineDoc[]): Promise<void>;
  /** append as one write of a transaction (lines already there are skipped). */
  appendWrite(lines: TranscriptLineDoc[]): WriteOperation;
  /** The conversation's lines in order; with a limit, the most recent ones. */
  list(conversationId: string, options?: { limit?: number }): Promise<TranscriptLineDoc[]>;
  eraseConversation(conversationId: string): Promise<void>;
}

function toStored({ turnId: _turnId, key, language, ...line }: TranscriptLineDoc): StoredTranscriptLine {
  return { ...line, ...(key === null ? {} : { key }), ...(language === null ? {} : { language }) };
}

function fromStored(line: StoredTranscriptLine): TranscriptLineDoc {
  const cut = line._id.lastIndexOf('#');
  return {
    ...line,
    turnId: cut < 0 ? line._id : line._id.slice(0, cut),
    key: line.key ?? null,
    language: line.language ?? null,
  };
}

export function createTranscriptRepository(transcript: DocumentCollection<StoredTranscriptLine>): TranscriptRepository {
  return {
    async append(lines) {
      await transcript.insertManyIgnoringDuplicates(lines.map(toStored));
    },
    appendWrite: (lines) => ({ collection: transcript.name, kind: 'insertMany', docs: lines.map(toStored) }),
    async list(conversationId, options = {}) {
      if (!options.limit) return (await transcript.find({ conversationId }, { sort: { seq: 1 } })).map(fromStored);
      const latest = await transcript.find({ conversationId }, { sort: { seq: -1 }, limit: options.limit });
      return latest.reverse().map(fromStored);
    },
    async eraseConversation(conversationId) {
      await transcript.deleteMany({ conversationId });
    },
  };
}
