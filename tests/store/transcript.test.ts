import { afterEach, describe, expect, it } from 'vitest';
import type { DateTimeParam, ListParam, TextParam } from '../../src/flows/message.js';
import type { StorageEngine } from '../../src/store/engine.js';
import { createMemoryEngine } from '../../src/store/engines/embedded.js';
import {
  createTranscriptRepository,
  type StoredTranscriptDocument,
  type TranscriptRepository,
  type TranscriptTurn,
} from '../../src/store/repositories/transcript.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../support/temp-dir.js';
import { openTestStorage } from '../support/test-storage.js';

const live: StorageEngine[] = [];

afterEach(async () => {
  await Promise.all(live.splice(0).map((engine) => engine.close()));
});

function openTranscript(): { transcript: TranscriptRepository; engine: StorageEngine } {
  const engine = createMemoryEngine();
  live.push(engine);
  return {
    transcript: createTranscriptRepository(engine.collection<StoredTranscriptDocument>('transcript')),
    engine,
  };
}

const at = (time: string) => new Date(`2031-03-03T${time}Z`);
const purgeAt = new Date('2032-03-03T00:00:00Z');

const roleQuestion: TranscriptTurn = {
  conversationId: 'amina',
  turnId: 't1',
  seq: '001',
  at: at('09:00:00.250'),
  purgeAt,
  lines: [
    { direction: 'in', text: 'Bonjour' },
    { direction: 'out', message: { key: 'intake.greeting' }, language: 'fr' },
    {
      direction: 'out',
      message: {
        key: 'role.ask',
        choices: [
          { id: 'mentee', key: 'role.mentee' },
          { id: 'mentor', key: 'role.mentor' },
          { id: 'ar', key: 'meta.endonym', language: 'ar' },
          { id: 'other', key: 'answers.notSure', params: { name: 'Amina' } },
        ],
      },
      language: 'fr',
    },
  ],
};

const inDutch: TranscriptTurn = {
  conversationId: 'amina',
  turnId: 't2',
  seq: '002',
  at: at('09:01:00.000'),
  purgeAt,
  lines: [
    { direction: 'in', text: 'Nederlands' },
    { direction: 'out', message: { key: 'intake.languageSet', params: { count: 2 } }, language: 'nl' },
  ],
};

describe('transcript repository', () => {
  it('gives back every line as it was said, with its choices, parameters and language', async () => {
    const { transcript } = openTranscript();
    await transcript.append(roleQuestion);
    await transcript.append(inDutch);

    expect(await transcript.list('amina')).toEqual([
      { direction: 'in', text: 'Bonjour', at: roleQuestion.at },
      { direction: 'out', message: { key: 'intake.greeting' }, language: 'fr', at: roleQuestion.at },
      {
        direction: 'out',
        message: {
          key: 'role.ask',
          choices: [
            { id: '1', key: 'role.mentee' },
            { id: '2', key: 'role.mentor' },
            { id: '3', key: 'meta.endonym', language: 'ar' },
            { id: '4', key: 'answers.notSure', params: { name: 'Amina' } },
          ],
        },
        language: 'fr',
        at: roleQuestion.at,
      },
      { direction: 'in', text: 'Nederlands', at: inDutch.at },
      {
        direction: 'out',
        message: { key: 'intake.languageSet', params: { count: 2 } },
        language: 'nl',
        at: inDutch.at,
      },
    ]);
  });

  it('keeps a day as one short document: times from the start of the day, no repeated language or namespace', async () => {
    const { transcript, engine } = openTranscript();
    await engine.transaction(transcript.appendWrites(roleQuestion));
    await engine.transaction(transcript.appendWrites(inDutch));

    expect(await engine.collection('transcript').find({})).toEqual([
      {
        _id: 'amina:2031-03-03',
        purgeAt,
        last: '002',
        l: 'fr',
        t: [
          [
            32_400_250,
            'Bonjour',
            'intake.greeting',
            {
              k: 'role.ask',
              c: ['.mentee', '.mentor', { k: 'meta.endonym', l: 'ar' }, { k: 'answers.notSure', p: { name: 'Amina' } }],
            },
          ],
          [32_460_000, 'Nederlands', { k: 'intake.languageSet', p: { count: 2 }, l: 'nl' }],
        ],
      },
    ]);
  });

  it('gives back moments, texts and lists among the parameters as they were, stored as short tuples', async () => {
    const { transcript, engine } = openTranscript();
    const date: DateTimeParam = {
      kind: 'datetime',
      iso: '2031-03-10T17:00:00.000Z',
      timeZone: 'Europe/Brussels',
      style: 'short',
    };
    const lang: TextParam = { kind: 'text', key: 'sessionLanguages.fr', fallback: 'FR' };
    const lead: TextParam = { kind: 'text', key: 'steps.thanksName', params: { name: 'Amina' } };
    const languages: ListParam = { kind: 'list', items: ['Darija', 3, lang], style: 'and' };
    const choice = { id: 's1', key: 'booking.sessionChoice', params: { date, count: 12, lang } };
    await transcript.append({
      ...inDutch,
      lines: [
        {
          direction: 'out',
          message: { key: 'booking.chooseNamed', params: { lead, languages }, choices: [choice] },
          language: 'fr',
        },
      ],
    });

    const [line] = await transcript.list('amina');
    expect(line).toMatchObject({
      message: {
        key: 'booking.chooseNamed',
        params: { lead, languages },
        choices: [{ id: '1', key: 'booking.sessionChoice', params: { date, count: 12, lang } }],
      },
    });
    const [stored] = await engine.collection<StoredTranscriptDocument>('transcript').find({});
    expect(JSON.stringify(stored)).toContain('["d","2031-03-10T17:00:00.000Z","Europe/Brussels","short"]');
    expect(JSON.stringify(stored)).not.toContain('kind');
  });

  it('writes a turn moved twice (after a crash) once, whatever language the day began in', async () => {
    const { transcript } = openTranscript();
    await transcript.append(roleQuestion);
    await transcript.append(inDutch);
    await transcript.append(inDutch);

    expect(await transcript.list('amina')).toHaveLength(5);
  });

  it('reads the days and lines written by earlier versions with the new ones, oldest first', async () => {
    const { transcript, engine } = openTranscript();
    const collection = engine.collection<StoredTranscriptDocument>('transcript');
    await collection.insertOne({
      _id: 'line-1',
      conversationId: 'amina',
      seq: '000',
      at: at('08:00:00.000'),
      direction: 'out',
      text: 'Bonjour !',
      language: 'fr',
    });
    await collection.insertOne({
      _id: 'amina:2031-03-03',
      conversationId: 'amina',
      purgeAt,
      last: '001',
      turns: [
        { at: at('09:00:00.000').getTime(), in: 'oui', out: [{ k: 'role.ask', c: [{ k: 'role.mentee' }], l: 'fr' }] },
      ],
    });
    await transcript.append({ ...inDutch, at: new Date('2031-03-04T10:00:00Z') });

    expect(await transcript.list('amina')).toEqual([
      { direction: 'out', text: 'Bonjour !', language: 'fr', at: at('08:00:00.000') },
      { direction: 'in', text: 'oui', at: at('09:00:00.000') },
      {
        direction: 'out',
        message: { key: 'role.ask', choices: [{ id: '1', key: 'role.mentee' }] },
        language: 'fr',
        at: at('09:00:00.000'),
      },
      { direction: 'in', text: 'Nederlands', at: new Date('2031-03-04T10:00:00Z') },
      expect.objectContaining({ direction: 'out', language: 'nl' }),
    ]);

    await transcript.eraseConversation('amina');
    expect(await collection.countDocuments({})).toBe(0);
  });

  it('packs a day once it is over and reads it back line for line, with the days not yet over', async () => {
    const { transcript, engine } = openTranscript();
    await transcript.append(roleQuestion);
    await transcript.append(inDutch);
    await transcript.append({ ...inDutch, turnId: 't3', seq: '003', at: new Date('2031-03-04T08:00:00Z') });
    const before = await transcript.list('amina');
    const collection = engine.collection<StoredTranscriptDocument>('transcript');
    const sizeBefore = JSON.stringify(await collection.findOne({ _id: 'amina:2031-03-03' })).length;

    expect(await transcript.packDaysBefore(new Date('2031-03-04T09:00:00Z'))).toBe(1);
    expect(await transcript.packDaysBefore(new Date('2031-03-04T10:00:00Z'))).toBe(0);

    expect(await transcript.list('amina')).toEqual(before);
    const packed = await collection.findOne({ _id: 'amina:2031-03-03' });
    expect(Object.keys(packed ?? {}).sort()).toEqual(['_id', 'last', 'purgeAt', 'z']);
    expect(JSON.stringify(packed).length).toBeLessThan(sizeBefore);
    expect(JSON.stringify(packed)).not.toContain('Bonjour');
    expect(await collection.findOne({ _id: 'amina:2031-03-04' })).toHaveProperty('t');
  });

  it('keeps a turn written to a day after it was packed, in its language', async () => {
    const { transcript } = openTranscript();
    await transcript.append(roleQuestion);
    await transcript.packDaysBefore(new Date('2031-03-04T00:00:00Z'));
    await transcript.append(inDutch);
    await transcript.append({
      ...inDutch,
      turnId: 't3',
      seq: '003',
      at: at('23:59:59.000'),
      lines: roleQuestion.lines,
    });

    const lines = await transcript.list('amina');
    expect(lines.map((line) => (line.direction === 'in' ? line.text : line.language))).toEqual([
      'Bonjour',
      'fr',
      'fr',
      'Nederlands',
      'nl',
      'Bonjour',
      'fr',
      'fr',
    ]);
    await transcript.eraseConversation('amina');
    expect(await transcript.list('amina')).toEqual([]);
  });

  it('packs the days that are over when the store purges expired data, and still takes a late turn', async () => {
    const engine = await openTestStorage(await tempDir());
    live.push(engine);
    const store = await openStore(engine);
    await engine.transaction(store.transcript.appendWrites(roleQuestion));
    const before = await store.transcript.list('amina');

    await store.purgeExpired(new Date('2031-03-04T01:00:00Z'));
    expect(await store.transcript.list('amina')).toEqual(before);
    expect(await engine.collection('transcript').findOne({ _id: 'amina:2031-03-03' })).toHaveProperty('z');

    await engine.transaction(store.transcript.appendWrites(inDutch));
    await engine.transaction(store.transcript.appendWrites(inDutch));
    expect(await store.transcript.list('amina')).toEqual([
      ...before,
      { direction: 'in', text: 'Nederlands', at: inDutch.at },
      {
        direction: 'out',
        message: { key: 'intake.languageSet', params: { count: 2 } },
        language: 'nl',
        at: inDutch.at,
      },
    ]);
  });

  it('keeps the days of two conversations apart, even when one id begins with the other', async () => {
    const { transcript } = openTranscript();
    await transcript.append(roleQuestion);
    await transcript.append({ ...inDutch, conversationId: 'amina2' });
    await transcript.eraseConversation('amina2');

    expect(await transcript.list('amina')).toHaveLength(3);
    expect(await transcript.list('amina2')).toEqual([]);
  });
});
