import {
  CHOICE_ALONE,
  CHOICE_WORDS,
  FILLERS,
  LANGUAGE_LIST_FILLERS,
  NEGATORS,
  OTHER_LANGUAGE_WORDS,
} from './lexicon.js';
import { LANGUAGE_NAMES } from './language-names.js';
import { saysMaybe } from './maybe.js';
import { clausesOf, normalise, wordsOf } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, termsOf, vocabulary } from './terms.js';

const PROGRAMME_LANGUAGES = ['fr', 'nl', 'en', 'ar'];

const LEXICON_NAMES = [
  ...PROGRAMME_LANGUAGES.flatMap((id) => termsOf((CHOICE_WORDS[id] ?? []).map((word) => [word, id] as const))),
  ...Object.entries(OTHER_LANGUAGE_WORDS).flatMap(([id, words]) => termsOf(words.map((word) => [word, id] as const))),
];
const LEXICON_FORMS = new Set(LEXICON_NAMES.map((term) => term.words.join(' ')));
// The world's languages by their display names, never through a typo: "Tonga" is no typo of "Tigre"
const NAMES = vocabulary<string>([
  ...LEXICON_NAMES,
  ...[...LANGUAGE_NAMES]
    .filter(([name]) => !LEXICON_FORMS.has(name))
    .map(([name, code]) => ({ words: [name], value: code, exact: true })),
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
 * order named, as its ISO 639 code (Darija is Arabic; Kabyle, Tachelhit and Tarifit have their own, "Tamazight" alone is "ber"); a language
 * said not to be spoken ("mais pas l'anglais") is left out. No value for an answer that names no
 * language ("je sais pas" is `maybe`).
 */
export function readSpokenLanguages(answer: string): Reading<string[]> {
  // "Somali + NL", "arabe & FR", "EN/NL": these signs part the items of a list
  const text = answer.replace(LIST_SIGNS, ', ');
  const words = wordsOf(text);
  if (words.length === 0) return unclear('empty');
  const listed = codeList(words, text);
  if (listed.length > 0) return read(listed);
  const clauses = clausesOf(text);
  const hits = findTerms(words, NAMES, {
    negators: NEGATOR_FORMS,
    fillers: LIST_FILLER_FORMS,
    bridges: BRIDGE_FORMS,
    clauses,
  });
  const named = hits.filter((hit) => !hit.negated).map((hit) => hit.value);
  // "darija, fr, eng", "Somali + NL": beside a language named, a code standing as an item of the list
  const codes = named.length > 0 ? codesAsItems(words, clauses, hits) : [];
  named.push(...codes.map((code) => code.value));
  // "Urdu, Pashai, English": a language the reader does not know is asked again, not left out
  if (named.length > 0 && unknownItem(words, clauses, [...hits, ...codes])) return unclear('notUnderstood');
  if (named.length > 0) return read(withoutGenericBerber([...new Set(named)]));
  return unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
}

const LIST_SIGNS = /[+&/]/g;
const BERBER_LANGUAGES = new Set(['kab', 'shi', 'rif', 'tzm', 'zgh']);

/** "الأمازيغية الريفية", "kabyle/tamazight": the generic name beside the one Berber language it names. */
function withoutGenericBerber(codes: string[]): string[] {
  return codes.some((code) => BERBER_LANGUAGES.has(code)) ? codes.filter((code) => code !== 'ber') : codes;
}

function codesAsItems(
  words: readonly string[],
  clauses: readonly number[],
  hits: readonly { start: number; end: number }[],
): { start: number; end: number; value: string }[] {
  return itemsOf(words, clauses).flatMap((indexes) => {
    const unfilled = indexes.filter((index) => !LIST_FILLER_FORMS.has(words[index] ?? ''));
    // "…, en": a code alone in its item, even one that is also a small word
    const meaningful = unfilled.length === 0 && indexes.length === 1 ? indexes : unfilled;
    const [only] = meaningful;
    if (meaningful.length !== 1 || only === undefined) return [];
    if (hits.some((hit) => hit.start <= only && only < hit.end)) return [];
    const code = CODES.get(words[only] ?? '');
    return code === undefined ? [] : [{ start: only, end: only + 1, value: code }];
  });
}

/** The items of a list of languages: between commas, signs, "and"s. */
function itemsOf(words: readonly string[], clauses: readonly number[]): number[][] {
  const items: number[][] = [];
  let item: number[] = [];
  // "Pashto, Dari, en": an "and" that ends the answer joins nothing, it is the code
  const isAnd = (word: string, index: number): boolean => AND_FORMS.has(word) && index < words.length - 1;
  words.forEach((word, index) => {
    const joined = index > 0 && clauses[index] !== clauses[index - 1];
    const glued = /^و\p{L}{3}/u.test(word);
    if (joined || glued || isAnd(word, index)) {
      items.push(item);
      item = [];
    }
    if (!isAnd(word, index)) item.push(index);
  });
  items.push(item);
  return items;
}

const AND_FORMS = new Set(['et', 'and', 'en', 'w', 'o', 'y', 'و', 'plus', '&'].map(normalise));
const KNOWN_FORMS = new Set([...LIST_FILLER_FORMS, ...NEGATOR_FORMS, ...BRIDGE_FORMS, ...FILLERS.map(normalise)]);
// prettier-ignore
const UNNAMED_FORMS = new Set(['others', 'other', 'autres', 'autre', 'andere', 'anderen', 'local', 'locale', 'locales',
  'lokale', 'dialects', 'dialectes', 'dialecten', 'اخرى', 'أخرى', 'لغات', 'محلية', 'محليه'].map(normalise));
// Beyond this many words an item of the list is a remark, not a language
const MAX_WORDS_OF_A_NAME = 2;

/**
 * Whether a list of languages holds an item, between commas or "and"s, that names none the reader
 * knows ("peul, français" before the reader knew "peul").
 */
function unknownItem(
  words: readonly string[],
  clauses: readonly number[],
  hits: readonly { start: number; end: number }[],
): boolean {
  const items = itemsOf(words, clauses);
  const covered = (index: number): boolean => hits.some((hit) => hit.start <= index && index < hit.end);
  return items.some((indexes) => {
    if (indexes.some(covered)) return false;
    // "English and some others", "français et mes langues locales": languages not named
    if (indexes.some((index) => UNNAMED_FORMS.has(words[index] ?? ''))) return true;
    const unknown = indexes.filter((index) => !KNOWN_FORMS.has(words[index] ?? ''));
    return unknown.length > 0 && unknown.length <= MAX_WORDS_OF_A_NAME && unknown.length === indexes.length;
  });
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
