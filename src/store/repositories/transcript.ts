import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DocumentCollection } from '../collection.js';
import type { WriteOperation } from '../engine.js';
import type { ChoiceOption, MessageParams, OutboundMessage } from '../../flows/message.js';
import { compactParams, expandParams, type CompactParams } from './transcript-params.js';
import { TRANSCRIPT_DICTIONARY_1_KEYS } from './transcript-dictionary.js';

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

/** What the transcript collection holds: packed and compact days, and days and lines of earlier versions not yet past their date. */
export type StoredTranscriptDocument = PackedDay | CompactDay | StoredTranscriptDay | LegacyLine;

function isLegacyLine(doc: StoredTranscriptDocument): doc is LegacyLine {
  return 'direction' in doc;
}

function isDay(doc: StoredTranscriptDocument): doc is CompactDay | StoredTranscriptDay {
  return !isLegacyLine(doc);
}

function isPackedDay(doc: StoredTranscriptDocument): doc is PackedDay {
  return 'z' in doc;
}

function isCompactDay(doc: StoredTranscriptDocument): doc is CompactDay {
  return 't' in doc && !isPackedDay(doc);
}

function fromLegacyLine(line: LegacyLine): TranscriptLine {
  return line.direction === 'in'
    ? { direction: 'in', text: line.text, at: line.at }
    : { direction: 'out', text: line.text, language: line.language ?? null, at: line.at };
}

/**
 * How the transcript is stored: one document per conversation and day (UTC) holding that day's
 * turns, each outbound line as its message key, parameters and choices instead of the rendered
 * text. The document is deleted once the day's last turn is past its retention date. Its id
 * names the conversation: the conversation's days are found by their ids.
 */
interface CompactDay {
  /** `<conversation id>:<YYYY-MM-DD>`. */
  _id: string;
  purgeAt: Date;
  /** The seq of the turn written last: a turn moved again after a crash is not written twice. */
  last: string;
  /** The language of the day's first reply; a reply in it leaves its language out. */
  l: string;
  t: CompactTurn[];
}

/**
 * `[milliseconds since the day began, what the person sent or 0, ...what was said]`. A reply is
 * its key alone when it has no parameters nor choices and is in the day's language.
 */
type CompactTurn = [number, string | 0, ...CompactMessage[]];

/**
 * A day that is over, packed: its language and turns (`{ l, t }` as in CompactDay) as JSON text
 * deflated against a dictionary of message keys, about a third of the compact day's size.
 */
interface PackedDay {
  _id: string;
  purgeAt: Date;
  last: string;
  /** `z1:` and the deflated text, base64url. */
  z: string;
  /** Turns of the day written after it was packed (a turn begun just before midnight), each reply with its language. */
  t?: CompactTurn[];
}

const PACKED_PREFIX = 'z1:';

// Deflate finds the end of its dictionary soonest: the commonest text comes last.
const PACK_DICTIONARY = Buffer.from(
  [
    ...TRANSCRIPT_DICTIONARY_1_KEYS.map((key) => `"${key}"`),
    '{"k":".sessionChoice","p":{"date":["d","T17:00:00.000Z","Europe/Paris","short"],"count":,"lang":["t","sessionLanguages.nl",0,"NL"]}}',
    '{"k":"intake.leadThenQuestion","p":{"lead":["t","",{"name":""}],"question":["t","steps.',
    '.ask",0]},"c":["answers.yes",".no"]}],[',
  ].join(','),
);

function packTurns(body: { l: string; t: CompactTurn[] }): string {
  const deflated = deflateRawSync(JSON.stringify(body), { dictionary: PACK_DICTIONARY, level: 9 });
  return `${PACKED_PREFIX}${deflated.toString('base64url')}`;
}

function unpackTurns(packed: string): { l: string; t: CompactTurn[] } {
  if (!packed.startsWith(PACKED_PREFIX)) throw new Error('a packed transcript day is in an unknown format');
  const text = inflateRawSync(Buffer.from(packed.slice(PACKED_PREFIX.length), 'base64url'), {
    dictionary: PACK_DICTIONARY,
  }).toString('utf8');
  const body: unknown = JSON.parse(text);
  if (!isPackedBody(body)) throw new Error('a packed transcript day does not hold turns');
  return body;
}

function isPackedBody(value: unknown): value is { l: string; t: CompactTurn[] } {
  if (typeof value !== 'object' || value === null || !('l' in value) || !('t' in value)) return false;
  const { l, t } = value;
  return (
    typeof l === 'string' && Array.isArray(t) && t.every((turn) => Array.isArray(turn) && typeof turn[0] === 'number')
  );
}

/** `k` key, `p` params (see CompactParams), `c` choices, `l` language when not the day's. */
type CompactMessage = string | { k: string; p?: CompactParams; c?: CompactChoice[]; l?: string };

/**
 * A choice as the transcript shows it: its title's key (alone when it has no parameters nor
 * language of its own), params and language; ids and match words are not kept. A key that starts
 * with `.` continues the namespace of the key before it (the message's for the first choice):
 * `steps.origin.ask`, then `.self`, `.family` for `steps.origin.self`, `steps.origin.family`.
 */
type CompactChoice = string | { k: string; p?: CompactParams; l?: string };

/** The days of earlier versions: turns as objects, times since the epoch, every language and key in full. */
interface StoredTranscriptDay {
  _id: string;
  conversationId: string;
  purgeAt: Date;
  last: string;
  turns: { at: number; in?: string; out?: { k: string; p?: MessageParams; c?: StoredChoice[]; l: string }[] }[];
}

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
  /**
   * Packs every day that ended before `now`'s day (UTC) and is not packed yet: such a day takes
   * no more turns, and is read as before. Returns how many days it packed.
   */
  packDaysBefore(now: Date): Promise<number>;
  eraseConversation(conversationId: string): Promise<void>;
}

const DAY_LENGTH = 10;

function dayId(conversationId: string, at: Date): string {
  return `${conversationId}:${at.toISOString().slice(0, DAY_LENGTH)}`;
}

/** Every id of the conversation's days, and of no other conversation: `:` is followed by the day, `;` sorts right after `:`. */
function daysOf(conversationId: string) {
  return { $gte: `${conversationId}:`, $lt: `${conversationId};` };
}

function dayStart(id: string): number {
  return Date.parse(id.slice(-DAY_LENGTH));
}

function namespace(key: string): string {
  return key.slice(0, key.lastIndexOf('.') + 1);
}

function shortKey(key: string, previous: string): string {
  const shared = namespace(previous);
  return shared !== '' && key.startsWith(shared) ? `.${key.slice(shared.length)}` : key;
}

function fullKey(stored: string, previous: string): string {
  return stored.startsWith('.') ? `${namespace(previous)}${stored.slice(1)}` : stored;
}

/** `language`: the day's, left out of the replies in it; null writes every reply's language. */
function toCompactTurn(turn: TranscriptTurn, day: { start: number; language: string | null }): CompactTurn {
  let inbound: string | 0 = 0;
  const out: CompactMessage[] = [];
  for (const line of turn.lines) {
    if (line.direction === 'in') {
      inbound = line.text;
      continue;
    }
    const { key, params, choices } = line.message;
    let previous = key;
    const compactChoices = choices?.map(({ key: choiceKey, params: choiceParams, language }): CompactChoice => {
      const k = shortKey(choiceKey, previous);
      previous = choiceKey;
      return choiceParams || language
        ? { k, ...(choiceParams ? { p: compactParams(choiceParams) } : {}), ...(language ? { l: language } : {}) }
        : k;
    });
    const plain = !params && !compactChoices?.length && line.language === day.language;
    out.push(
      plain
        ? key
        : {
            k: key,
            ...(params ? { p: compactParams(params) } : {}),
            ...(compactChoices?.length ? { c: compactChoices } : {}),
            ...(line.language === day.language ? {} : { l: line.language }),
          },
    );
  }
  return [turn.at.getTime() - day.start, inbound, ...out];
}

function fromCompactDay(day: Pick<CompactDay, '_id' | 'l' | 't'>): TranscriptLine[] {
  const start = dayStart(day._id);
  return day.t.flatMap(([offset, inbound, ...out]) => {
    const at = new Date(start + offset);
    const lines: TranscriptLine[] = inbound === 0 ? [] : [{ direction: 'in', text: inbound, at }];
    for (const stored of out) {
      const message = typeof stored === 'string' ? { k: stored } : stored;
      let previous = message.k;
      const choices = message.c?.map((choice, index): ChoiceOption => {
        const { k, p, l } = typeof choice === 'string' ? { k: choice, p: undefined, l: undefined } : choice;
        const key = fullKey(k, previous);
        previous = key;
        return { id: String(index + 1), key, ...(p ? { params: expandParams(p) } : {}), ...(l ? { language: l } : {}) };
      });
      lines.push({
        direction: 'out',
        message: {
          key: message.k,
          ...(message.p ? { params: expandParams(message.p) } : {}),
          ...(choices ? { choices } : {}),
        },
        language: message.l ?? day.l,
        at,
      });
    }
    return lines;
  });
}

function fromPackedDay(day: PackedDay): TranscriptLine[] {
  const { l, t } = unpackTurns(day.z);
  // Turns written after packing carry every reply's language: the day's is never used for them.
  return [...fromCompactDay({ _id: day._id, l, t }), ...fromCompactDay({ _id: day._id, l, t: day.t ?? [] })];
}

/** How many days packDaysBefore reads at a time. */
const PACK_PAGE = 200;

function fromStoredDay(day: StoredTranscriptDay): TranscriptLine[] {
  return day.turns.flatMap((turn) => {
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
  });
}

export function createTranscriptRepository(
  transcript: DocumentCollection<StoredTranscriptDocument>,
): TranscriptRepository {
  /**
   * The day's document (inserted when missing), then the turn appended unless it is there already.
   * Replies leave out the day's language, which only the stored document knows: the turn is
   * appended by the first of two updates whose filter matches it (the second does not match
   * once the first has written the turn's seq).
   */
  function dayWrites(turn: TranscriptTurn) {
    const _id = dayId(turn.conversationId, turn.at);
    const language = turn.lines.find((line) => line.direction === 'out')?.language ?? '';
    const start = dayStart(_id);
    const day: CompactDay = { _id, purgeAt: turn.purgeAt, last: '', l: language, t: [] };
    const appended = (compact: CompactTurn) => ({
      $push: { t: { $each: [compact] } },
      $set: { last: turn.seq },
      $max: { purgeAt: turn.purgeAt },
    });
    const pending = { _id, last: { $ne: turn.seq } };
    return {
      day,
      updates: [
        { filter: { ...pending, l: language }, update: appended(toCompactTurn(turn, { start, language })) },
        {
          filter: { ...pending, l: { $ne: language } },
          update: appended(toCompactTurn(turn, { start, language: null })),
        },
      ],
    };
  }
  return {
    appendWrites(turn) {
      if (turn.lines.length === 0) return [];
      const { day, updates } = dayWrites(turn);
      return [
        { collection: transcript.name, kind: 'insertMany', docs: [day] },
        ...updates.map(({ filter, update }): WriteOperation => ({
          collection: transcript.name,
          kind: 'updateOne',
          filter,
          update,
        })),
      ];
    },
    async append(turn) {
      if (turn.lines.length === 0) return;
      const { day, updates } = dayWrites(turn);
      await transcript.insertManyIgnoringDuplicates([day]);
      for (const { filter, update } of updates) await transcript.updateOne(filter, update);
    },
    async list(conversationId, options = {}) {
      const docs = await transcript.find(
        { $or: [{ _id: daysOf(conversationId) }, { conversationId }] },
        { sort: { _id: 1 } },
      );
      const legacy = docs.filter(isLegacyLine).sort((a, b) => (a.seq < b.seq ? -1 : 1));
      const days = docs.filter(isDay);
      const lines = [
        ...legacy.map(fromLegacyLine),
        ...days.flatMap((day) =>
          isPackedDay(day) ? fromPackedDay(day) : isCompactDay(day) ? fromCompactDay(day) : fromStoredDay(day),
        ),
      ];
      return options.limit ? lines.slice(-options.limit) : lines;
    },
    async packDaysBefore(now) {
      const today = now.toISOString().slice(0, DAY_LENGTH);
      let packed = 0;
      let after: string | null = null;
      for (;;) {
        // Only a compact day has `l` (a string) at its top: packed days and those of earlier versions are not read again.
        const page = await transcript.find(
          { l: { $gte: '' }, ...(after === null ? {} : { _id: { $gt: after } }) },
          { sort: { _id: 1 }, limit: PACK_PAGE },
        );
        for (const day of page) {
          if (!isCompactDay(day) || day._id.slice(-DAY_LENGTH) >= today) continue;
          // A turn written since the day was read changes `last`: the day is then packed by the next sweep.
          const result = await transcript.updateOne(
            { _id: day._id, last: day.last, l: day.l },
            { $set: { z: packTurns({ l: day.l, t: day.t }) }, $unset: { l: true, t: true } },
          );
          packed += result.matched;
        }
        const last = page.at(-1);
        if (page.length < PACK_PAGE || !last) return packed;
        after = last._id;
      }
    },
    async eraseConversation(conversationId) {
      await transcript.deleteMany({ $or: [{ _id: daysOf(conversationId) }, { conversationId }] });
    },
  };
}
