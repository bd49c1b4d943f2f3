import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EDUCATION_LEVELS, HEARD_FROM, SECTORS } from '../../src/flows/intake/steps.js';
import { defaultGazetteer } from '../../src/programme/gazetteer.js';
import type { Programme } from '../../src/programme/index.js';
import {
  readAge,
  readChoice,
  readDate,
  readFirstName,
  readFreeText,
  readLanguage,
  readPlace,
  readRating,
  readRole,
  readSpokenLanguages,
  readYesNo,
  namesAndPhrases,
  valueOf,
  withLexicon,
  type ChoiceOption,
  type YesNoQuestion,
} from '../../src/understanding/index.js';

const KINDS = [
  'yesno',
  'yesmaybe',
  'role',
  'language',
  'age',
  'date',
  'place',
  'rating',
  'choice',
  'spokenLanguages',
  'firstName',
  'freetext',
] as const;
/** The lists of options a choice answer is read against, as the intake shows them. */
const CHOICE_QUESTIONS = ['sectors', 'education', 'heardFrom'] as const;
/** The intake's yes/no questions (src/flows/intake/steps.ts). */
const YES_NO_QUESTIONS = [
  'consent',
  'lookingForWork',
  'weeklyAvailability',
  'mentorAvailability',
  'cityConfirmed',
] as const;
export const LANGUAGES = ['fr', 'nl', 'en', 'ar'] as const;

/** Ages in the corpus are read as on this day, so that dates of birth keep their meaning. */
export const CORPUS_TODAY = new Date('2026-11-30T12:00:00Z');

const answerSchema = z.strictObject({
  kind: z.enum(KINDS),
  language: z.enum(LANGUAGES),
  text: z.string(),
  /** For a choice: the list of options shown; for a yes or a no, the question, when known. */
  question: z.enum([...CHOICE_QUESTIONS, ...YES_NO_QUESTIONS]).optional(),
  /** The value a careful person would take, or null when they would ask again. */
  expected: z.union([z.string(), z.number(), z.null()]),
});
export type CorpusAnswer = z.infer<typeof answerSchema>;

const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Every answer of the corpus files (tests/understanding/*.jsonl), or of the files in another folder. */
export function loadCorpus(folder: string = CORPUS_DIR): CorpusAnswer[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(`${folder}/${file}`, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => {
          const parsed = answerSchema.safeParse(JSON.parse(line));
          if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
          return parsed.data;
        }),
    );
}

/** What the reader makes of one answer, as the corpus writes values. */
export function readAnswer(answer: CorpusAnswer, programme: Programme): string | number | null {
  const { text } = answer;
  switch (answer.kind) {
    case 'yesno':
      return yesNoOnScreen(text, false, yesNoQuestion(answer.question));
    case 'yesmaybe':
      return yesNoOnScreen(text, true);
    case 'role':
      return valueOf(readRole(text));
    case 'language':
      return valueOf(readLanguage(text));
    case 'age':
      return valueOf(readAge(text, CORPUS_TODAY, { language: answer.language }));
    case 'rating':
      return valueOf(readRating(text));
    case 'date': {
      const date = valueOf(readDate(text, { language: answer.language, today: CORPUS_TODAY }));
      return date ? [date.year, date.month, date.day].map((part) => String(part).padStart(2, '0')).join('-') : null;
    }
    case 'choice':
      return valueOf(readChoice(text, choiceOptions(choiceQuestion(answer.question)), { language: answer.language }));
    case 'spokenLanguages': {
      const languages = valueOf(readSpokenLanguages(text));
      return languages ? [...languages].sort().join(',') : null;
    }
    case 'firstName':
      return valueOf(readFirstName(text));
    case 'freetext':
      return valueOf(readFreeText(text));
    case 'place': {
      const place = valueOf(readPlace(text, { programme, gazetteer: defaultGazetteer() }));
      if (!place) return null;
      return place.kind === 'served' ? place.cityId : 'outside';
    }
  }
}

/** The reader's question for a yes or a no: both availability questions ask about meeting every week. */
function yesNoQuestion(question: CorpusAnswer['question']): YesNoQuestion | undefined {
  if (question === 'lookingForWork') return question;
  return question === 'weeklyAvailability' || question === 'mentorAvailability' ? 'weeklyMeetings' : undefined;
}

function choiceQuestion(question: CorpusAnswer['question']): (typeof CHOICE_QUESTIONS)[number] {
  return CHOICE_QUESTIONS.find((known) => known === question) ?? 'sectors';
}

const LOCALES_DIR = new URL('../../src/locales/', import.meta.url);
const localeSchema = z.record(z.string(), z.unknown());
const labelsSchema = z.record(z.string(), z.string());
const optionsCache = new Map<string, ChoiceOption[]>();

/** The options of a list question with their labels and words in the four languages, as the intake offers them. */
export function choiceOptions(question: (typeof CHOICE_QUESTIONS)[number]): ChoiceOption[] {
  const cached = optionsCache.get(question);
  if (cached) return cached;
  const ids: readonly string[] = { sectors: SECTORS, education: EDUCATION_LEVELS, heardFrom: HEARD_FROM }[question];
  const locales = LANGUAGES.map((language) =>
    localeSchema.parse(JSON.parse(readFileSync(new URL(`${language}.json`, LOCALES_DIR), 'utf8'))),
  );
  const options = ids.map((id) => {
    const lists = locales.map((locale, index) => {
      const label = labelsSchema.parse(locale[question])[id] ?? '';
      const words = labelsSchema.parse(locale[`${question}Words`])[id] ?? '';
      return namesAndPhrases(
        [label, ...words.split('|')].filter((name) => name !== ''),
        LANGUAGES[index],
      );
    });
    return withLexicon({
      id,
      names: lists.flatMap((list) => list.names),
      phrases: lists.flatMap((list) => list.phrases),
    });
  });
  optionsCache.set(question, options);
  return options;
}

/**
 * A yes or a no as the intake reads it at a question that shows yes and no (src/bot/choices.ts): the
 * yes/no reader, then, for an answer it does not understand, the choices on screen ("1" is yes).
 */
function yesNoOnScreen(text: string, allowNotSure: boolean, question?: YesNoQuestion): string | null {
  const reading = readYesNo(text, question === undefined ? { allowNotSure } : { allowNotSure, question });
  if (reading.ok) return reading.value;
  if (reading.reason !== 'notUnderstood') return null;
  return valueOf(readChoice(text, yesNoOptions(allowNotSure)));
}

function yesNoOptions(allowNotSure: boolean): ChoiceOption[] {
  const key = allowNotSure ? 'yesNoNotSure' : 'yesNo';
  const cached = optionsCache.get(key);
  if (cached) return cached;
  const locales = LANGUAGES.map((language) =>
    localeSchema.parse(JSON.parse(readFileSync(new URL(`${language}.json`, LOCALES_DIR), 'utf8'))),
  );
  const ids = allowNotSure ? ['yes', 'no', 'notSure'] : ['yes', 'no'];
  const options = ids.map((id) =>
    withLexicon({
      id,
      names: locales.flatMap((locale) => {
        const answers = labelsSchema.parse(locale['answers']);
        return [answers[id] ?? '', ...(answers[`${id}Words`] ?? '').split('|')].filter((name) => name !== '');
      }),
    }),
  );
  optionsCache.set(key, options);
  return options;
}

export interface Tally {
  clear: number;
  right: number;
  wrong: number;
  askedAgain: number;
  ambiguous: number;
  ambiguousAskedAgain: number;
  guessed: number;
}

export interface Outcome {
  answer: CorpusAnswer;
  got: string | number | null;
}

export interface Evaluation {
  byCell: Map<string, Tally>;
  total: Tally;
  mistakes: Outcome[];
}

const emptyTally = (): Tally => ({
  clear: 0,
  right: 0,
  wrong: 0,
  askedAgain: 0,
  ambiguous: 0,
  ambiguousAskedAgain: 0,
  guessed: 0,
});

export function evaluate(corpus: readonly CorpusAnswer[], programme: Programme): Evaluation {
  const byCell = new Map<string, Tally>();
  const total = emptyTally();
  const mistakes: Outcome[] = [];
  for (const answer of corpus) {
    const got = asWritten(answer, readAnswer(answer, programme));
    const key = `${answer.kind} ${answer.language}`;
    const cell = byCell.get(key) ?? emptyTally();
    byCell.set(key, cell);
    for (const tally of [cell, total]) count(tally, answer.expected, got);
    if (got !== answer.expected) mistakes.push({ answer, got });
  }
  return { byCell, total, mistakes };
}

/** A first name is the same name whatever its capitals: the reader writes "ZAKARIA" as "Zakaria" on purpose. */
function asWritten(answer: CorpusAnswer, got: string | number | null): string | number | null {
  const { expected } = answer;
  const sameName =
    answer.kind === 'firstName' &&
    typeof got === 'string' &&
    typeof expected === 'string' &&
    got.toLocaleLowerCase() === expected.toLocaleLowerCase();
  return sameName ? expected : got;
}

function count(tally: Tally, expected: CorpusAnswer['expected'], got: string | number | null): void {
  if (expected === null) {
    tally.ambiguous += 1;
    if (got === null) tally.ambiguousAskedAgain += 1;
    else tally.guessed += 1;
    return;
  }
  tally.clear += 1;
  if (got === expected) tally.right += 1;
  else if (got === null) tally.askedAgain += 1;
  else tally.wrong += 1;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** The evaluation as a Markdown table: one row per question kind and language, then the total. */
export function table(evaluation: Evaluation): string {
  const header = [
    '| kind | language | clear answers | read right | wrong value | asked again | ambiguous | asked again | guessed |',
    '| ---- | -------- | ------------: | ---------: | ----------: | ----------: | --------: | ----------: | ------: |',
  ];
  const row = (kind: string, language: string, tally: Tally): string =>
    `| ${kind} | ${language} | ${tally.clear} | ${percent(tally.right, tally.clear)} | ${tally.wrong} | ${tally.askedAgain} | ${tally.ambiguous} | ${percent(tally.ambiguousAskedAgain, tally.ambiguous)} | ${tally.guessed} |`;
  const rows: string[] = [];
  for (const kind of KINDS) {
    for (const language of LANGUAGES) {
      const tally = evaluation.byCell.get(`${kind} ${language}`);
      if (tally) rows.push(row(kind, language, tally));
    }
  }
  rows.push(row('**all**', '**all**', evaluation.total));
  return [...header, ...rows].join('\n');
}

const shareSchema = z.number().min(0).max(1);

/** The shares the corpus must keep, and those of the sets seen once blind: any drop fails a test. */
export const recordedSchema = z.strictObject({
  minimumReadRight: shareSchema,
  minimumAmbiguousAskedAgain: shareSchema,
  /** Sets written blind by outsiders (tests/understanding/blind-*), kept outside the corpus. */
  seenSets: z
    .record(
      z.string(),
      z.strictObject({
        minimumReadRight: shareSchema,
        minimumAmbiguousAskedAgain: shareSchema,
        maximumWrongValues: z.number().int().min(0),
      }),
    )
    .default({}),
});

export function recordedFigures(): z.infer<typeof recordedSchema> {
  return recordedSchema.parse(JSON.parse(readFileSync(`${CORPUS_DIR}/recorded.json`, 'utf8')));
}
