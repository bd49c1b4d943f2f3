import {
  CHOICE_ALONE,
  CHOICE_WORDS,
  FILLERS,
  LANGUAGE_LIST_FILLERS,
  NEGATORS,
  OTHER_LANGUAGE_WORDS,
} from './lexicon.js';
import { saysMaybe } from './maybe.js';
import { clausesOf, normalise, wordsOf } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, termsOf, vocabulary } from './terms.js';

const PROGRAMME_LANGUAGES = ['fr', 'nl', 'en', 'ar'];

const NAMES = vocabulary<string>([
  ...PROGRAMME_LANGUAGES.flatMap((id) => termsOf((CHOICE_WORDS[id] ?? []).map((word) => [word, id] as const))),
  ...Object.entries(OTHER_LANGUAGE_WORDS).flatMap(([id, words]) => termsOf(words.map((word) => [word, id] as const))),
]);
// Codes count only in a list of codes ("fr, nl", "nl en fr"): "en" is also Dutch for "and"
const CODES = new Map<string, string>([
  ...PROGRAMME_LANGUAGES.flatMap((id) =>
    [id, ...(CHOICE_ALONE[id] ?? [])].map((code) => [normalise(code), id] as const),
  ),
  ...['es', 'it', 'tr', 'pt', 'ru', 'pl', 'ro'].map((code) => [code, code] as const),
]);
const NEGATOR_FORMS = new Set(NEGATORS.map(normalise));
// "pas du tout néerlandais", "not really any English": a negation reaches across these
const BRIDGE_FORMS = new Set(
  [
    'du',
    'tout',
    'de',
    'd',
    'l',
    'le',
    'het',
    'the',
    'any',
    'really',
    'vraiment',
    'echt',
    'helemaal',
    'at',
    'all',
    'a',
    'word',
    'mot',
    'woord',
    'حتى',
    'hta',
  ].map(normalise),
);
const LIST_FILLER_FORMS = new Set([...FILLERS, ...LANGUAGE_LIST_FILLERS].map(normalise));
// "nl en fr": "en" between two codes is "and"; written "fr, en, nl" it is English
const EN_AS_AND = /(?:^|\s)\p{L}{2,3}\s+en\s+\p{L}{2,3}(?:\s|$)/u;

/**
 * The languages a person speaks, from a sentence: "français et un peu d'anglais", "Arabisch,
 * Nederlands", "darija w fransawiya", "العربية والفرنسية", "fr, nl". Each language once, in the
 * order named, as its ISO 639 code (Darija is Arabic, Tamazight and Tarifit are "ber"); a language
 * said not to be spoken ("mais pas l'anglais") is left out. No value for an answer that names no
 * language ("je sais pas" is `maybe`).
 */
export function readSpokenLanguages(text: string): Reading<string[]> {
  const words = wordsOf(text);
  if (words.length === 0) return unclear('empty');
  const codes = codeList(words, text);
  if (codes.length > 0) return read(codes);
  const named = findTerms(words, NAMES, {
    negators: NEGATOR_FORMS,
    fillers: LIST_FILLER_FORMS,
    bridges: BRIDGE_FORMS,
    clauses: clausesOf(text),
  })
    .filter((hit) => !hit.negated)
    .map((hit) => hit.value);
  if (named.length > 0) return read([...new Set(named)]);
  return unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
}

/** The languages of an answer made only of codes and small words, else none. */
function codeList(words: readonly string[], text: string): string[] {
  const enIsAnd = EN_AS_AND.test(text.toLowerCase());
  const codes: string[] = [];
  for (const word of words) {
    const code = word === 'en' && enIsAnd ? undefined : CODES.get(word);
    if (code !== undefined) codes.push(code);
    else if (!LIST_FILLER_FORMS.has(word)) return [];
  }
  return [...new Set(codes)];
}
