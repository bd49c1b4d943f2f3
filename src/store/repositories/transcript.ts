import type { DocumentCollection } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import type { ChoiceOption, MessageParams, OutboundMessage } from '../../flows/message.js';

/** One line of a turn: what the person sent, or what was said to them (rendered when read, in its language). */
export type TranscriptEntry =
  { direction: 'in'; text: string } | { direction: 'out'; message: OutboundMessage; language: string };

/** What one turn adds to the transcript. */
export interface TranscriptTurn {
  conversationId: string;
  turnId: string;
  /** The turn's place in the conversation's order. */
  seq: string;
  at: Date;
  /** When the turn's lines may be deleted (the retention period after `at`). */
  purgeAt: Date;
  lines: TranscriptEntry[];
}

/** A line as read back, oldest first; a reply written before replies were kept as keys has its text only. */
export type TranscriptLine =
  (TranscriptEntry & { at: Date }) | { direction: 'out'; text: string; language: string | null; at: Date };

/** A line as the first version of the store kept it, one document each, replies rendered. */
interface LegacyLine {
  _id: string;
  conversationId: string;
  seq: string;
  at: Date;
  direction: 'in' | 'out';
  text: string;
  language?: string;
}

/** What the transcript collection holds: day documents, and lines of the first version not yet past their date. */
export type StoredTranscriptDocument = StoredTranscriptDay | LegacyLine;

function isLegacyLine(doc: StoredTranscriptDocument): doc is LegacyLine {
  return 'direction' in doc;
}

function isDay(doc: StoredTranscriptDocument): doc is StoredTranscriptDay {
  return !isLegacyLine(doc);
}

function fromLegacyLine(line: LegacyLine): TranscriptLine {
  return line.direction === 'in'
    ? { direction: 'in', text: line.text, at: line.at }
    : { direction: 'out', text: line.text, language: line.language ?? null, at: line.at };
}

/**
 * Stored compactly: one document per conversation and day (UTC) holding that day's turns, each
 * outbound line as its message key, parameters and choices instead of the rendered text.
 * The document is deleted once the day's last turn is past its retention date.
 */
export interface StoredTranscriptDay {
  /** `<conversation id>:<YYYY-MM-DD>`. */
  _id: string;
  conversationId: string;
  purgeAt: Date;
  /** The seq of the turn written last: a turn moved again after a crash is not written twice. */
  last: string;
  turns: StoredTurn[];
}

/** `at`: milliseconds since the epoch; `in`: what the person sent; `out`: what was said. */
interface StoredTurn {
  at: number;
  in?: string;
  out?: StoredMessage[];
}

/** `k` key, `p` params, `c` choices, `l` language. */
interface StoredMessage {
  k: string;
  p?: MessageParams;
  c?: StoredChoice[];
  l: string;
}

/** A choice as the transcript shows it: its title's key, params and language (ids and match words are not kept). */
interface StoredChoice {
  k: string;
  p?: MessageParams;
  l?: string;
}

export interface TranscriptRepository {
  append(turn: TranscriptTurn): Promise<void>;
  /** append as writes of a transaction. */
  appendWrites(turn: TranscriptTurn): WriteOperation[];
  /** The conversation's lines in order; with a limit, the most recent ones. */
  list(conversationId: string, options?: { limit?: number }): Promise<TranscriptLine[]>;
  eraseConversation(conversationId: string): Promise<void>;
}

function dayId(conversationId: string, at: Date): string {
  return `${conversationId}:${at.toISOString().slice(0, 10)}`;
}

function toStoredTurn(turn: TranscriptTurn): StoredTurn {
  const stored: StoredTurn = { at: turn.at.getTime() };
  const out: StoredMessage[] = [];
  for (const line of turn.lines) {
    if (line.direction === 'in') {
      stored.in = line.text;
      continue;
    }
    const { key, params, choices } = line.message;
    out.push({
      k: key,
      ...(params ? { p: params } : {}),
      ...(choices?.length ? { c: choices.map(toStoredChoice) } : {}),
      l: line.language,
    });
  }
  if (out.length > 0) stored.out = out;
  return stored;
}

function toStoredChoice({ key, params, language }: ChoiceOption): StoredChoice {
  return { k: key, ...(params ? { p: params } : {}), ...(language ? { l: language } : {}) };
}

function fromStoredTurn(turn: StoredTurn): TranscriptLine[] {
  const at = new Date(turn.at);
  const lines: TranscriptLine[] = turn.in === undefined ? [] : [{ direction: 'in', text: turn.in, at }];
  for (const message of turn.out ?? []) {
    const choices = message.c?.map((choice, index): ChoiceOption => ({
      id: String(index + 1),
      key: choice.k,
      ...(choice.p ? { params: choice.p } : {}),
      ...(choice.l ? { language: choice.l } : {}),
    }));
    lines.push({
      direction: 'out',
      message: { key: message.k, ...(message.p ? { params: message.p } : {}), ...(choices ? { choices } : {}) },
      language: message.l,
      at,
    });
  }
  return lines;
}

export function createTranscriptRepository(
  transcript: DocumentCollection<StoredTranscriptDocument>,
): TranscriptRepository {
  /** The day's document (inserted when missing), then the turn appended unless it is there already. */
  function dayWrites(turn: TranscriptTurn) {
    const _id = dayId(turn.conversationId, turn.at);
    const day: StoredTranscriptDay = {
      _id,
      conversationId: turn.conversationId,
      purgeAt: turn.purgeAt,
      last: '',
      turns: [],
    };
    return {
      day,
      filter: { _id, last: { $ne: turn.seq } },
      update: { $push: { turns: toStoredTurn(turn) }, $set: { last: turn.seq }, $max: { purgeAt: turn.purgeAt } },
    };
  }
  return {
    appendWrites(turn) {
      if (turn.lines.length === 0) return [];
      const { day, filter, update } = dayWrites(turn);
      return [
        { collection: transcript.name, kind: 'insertMany', docs: [day] },
        { collection: transcript.name, kind: 'updateOne', filter, update },
      ];
    },
    async append(turn) {
      if (turn.lines.length === 0) return;
      const { day, filter, update } = dayWrites(turn);
      await transcript.insertManyIgnoringDuplicates([day]);
      await transcript.updateOne(filter, update);
    },
    async list(conversationId, options = {}) {
      const docs = await transcript.find({ conversationId }, { sort: { _id: 1 } });
      const legacy = docs.filter(isLegacyLine).sort((a, b) => (a.seq < b.seq ? -1 : 1));
      const days = docs.filter(isDay);
      const lines = [...legacy.map(fromLegacyLine), ...days.flatMap((day) => day.turns.flatMap(fromStoredTurn))];
      return options.limit ? lines.slice(-options.limit) : lines;
    },
    async eraseConversation(conversationId) {
      await transcript.deleteMany({ conversationId });
    },
  };
}
