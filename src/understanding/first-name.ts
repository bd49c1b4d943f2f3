import {
  CHOICE_WORDS,
  GREETINGS,
  KNOW_WORDS,
  MAYBE_WORDS,
  NAME_INTRODUCTIONS,
  NEGATORS,
  NO_ALONE,
  NO_WORDS,
  NOT_NAME_WORDS,
  POLITENESS,
  YES_ALONE,
  YES_WORDS,
} from './lexicon.js';
import { saysMaybe } from './maybe.js';
import { normalise } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, termsOf, vocabulary } from './terms.js';

const formsOf = (phrases: readonly string[]): string[] => phrases.map(normalise).filter((form) => form !== '');
const LEAD_INS = [...new Set([...formsOf(GREETINGS), ...formsOf(NAME_INTRODUCTIONS)])].sort(
  (a, b) => b.split(' ').length - a.split(' ').length,
);
const POLITENESS_FORMS = new Set(formsOf(POLITENESS));
const NOT_A_NAME = vocabulary<true>(
  termsOf(
    [
      ...MAYBE_WORDS,
      ...KNOW_WORDS,
      ...NEGATORS,
      ...YES_WORDS,
      ...YES_ALONE,
      ...NO_WORDS,
      ...NO_ALONE,
      ...NOT_NAME_WORDS,
      ...POLITENESS,
      ...GREETINGS,
      ...(CHOICE_WORDS['mentee'] ?? []),
      ...(CHOICE_WORDS['mentor'] ?? []),
      ...(CHOICE_WORDS['question'] ?? []),
    ].map((word) => [word, true] as const),
  ),
);
// A name: letters of any script, with hyphens and apostrophes inside ("Jean-Pierre", "N'Diaye")
const NAME_WORD = /^[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*$/u;
const MAX_NAME_WORDS = 3;
const MIN_LETTERS = 2;
const MAX_LETTERS = 40;

/**
 * A first name from an answer such as "je m'appelle Sara", "ik ben Youssef", "my name is Adam",
 * "اسمي مريم", "smiti youssef" or a bare name: greetings and the words that introduce a name are
 * set aside, then 1–3 words of letters of any script remain, each capitalised ("jean-pierre" →
 * "Jean-Pierre"; Arabic script as typed). An answer that says something else ("je sais pas" is
 * `maybe`; "oui", "pourquoi ?", "I'm looking for work" are `notUnderstood`) gives no value.
 */
export function readFirstName(text: string): Reading<string> {
  const typed = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  if (typed.length === 0) return unclear('empty');
  const words = withoutLeadIn(typed);
  // "je suis intéressée", "I'm interested", "ik ben gemotiveerd": a state, not a name
  if (words.length < typed.length && saysAState(typed.slice(0, typed.length - words.length), words)) {
    return unclear('notUnderstood');
  }
  const rest = withoutPoliteness(words.length > 0 ? words : typed);
  if (saysMaybe(text)) return unclear('maybe');
  const said = findTerms(rest.map(normalise).join(' ').split(' '), NOT_A_NAME, { typos: false });
  if (said.length > 0 || rest.length === 0 || rest.length > MAX_NAME_WORDS) return unclear('notUnderstood');
  if (!rest.every((word) => NAME_WORD.test(word))) return unclear('notUnderstood');
  const name = firstNameOf(rest).map(capitalise).join(' ');
  const letters = Array.from(name.replace(/[\s'’ʼ-]/gu, '')).length;
  return letters >= MIN_LETTERS && letters <= MAX_LETTERS ? read(name) : unclear('notUnderstood');
}

// Words that start or end a first name of two words ("Fatima Zahra", "Mohamed Amine", "Marie Claire", "عبد الله")
// prettier-ignore
const COMPOUND_HEADS = new Set(formsOf([
  'jean', 'marie', 'anne', 'anna', 'fatima', 'fatma', 'fatiha', 'mohamed', 'mohammed', 'muhammad', 'mohammad', 'mohamad',
  'mouhamed', 'abdel', 'abd', 'abdul', 'abdoul', 'moulay', 'sidi', 'lalla', 'mehmet', 'محمد', 'فاطمه', 'فاطمة', 'عبد',
  'مولاي', 'سيدي', 'لالة',
]));
// prettier-ignore
const COMPOUND_TAILS = new Set(formsOf([
  'zahra', 'zohra', 'ezzahra', 'amine', 'amin', 'claire', 'sophie', 'louise', 'pierre', 'marie', 'rahman', 'allah',
  'ellah', 'illah', 'الزهراء', 'الزهرة', 'زهرة', 'امين', 'أمين', 'الله', 'الرحمان', 'الرحمن',
]));
// Particles that start a family name: "Omar El Amrani", "Sara Ben Ali", "Lotte van Dijk"
// prettier-ignore
const SURNAME_PARTICLES = new Set(formsOf([
  'el', 'al', 'ben', 'bin', 'ibn', 'van', 'de', 'der', 'den', 'von', 'ould', 'ait', 'da', 'di', 'du', 'le', 'la', 'mc',
  'bou', 'abou', 'aboul', 'بن', 'ابن', 'ولد', 'ايت',
]));

/**
 * The first name among the words of a full name: "Erkan Yilmaz" is Erkan, "Omar El Amrani" Omar;
 * two words that make one first name ("Fatima Zahra", "Mohamed Amine") stay together.
 */
function firstNameOf(words: readonly string[]): readonly string[] {
  const [first, second] = words.map(normalise);
  if (first === undefined || second === undefined || SURNAME_PARTICLES.has(second)) return words.slice(0, 1);
  return COMPOUND_HEADS.has(first) || COMPOUND_TAILS.has(second) ? words.slice(0, 2) : words.slice(0, 1);
}

const BE_LEAD_INS = new Set(formsOf(['je suis', 'ik ben', "i'm", 'i am', 'im', 'ana', 'أنا', 'انا']));
// Endings of adjectives and participles in French, English and Dutch, typed in lower case: "intéressée", "motivated"
const STATE_ENDING = /(?:ée?s?|eux|euse|ive|ible|able|ed|ing|eerd|eerde|ig|ief|ieve)$/u;

/** Whether the words after "je suis", "ik ben", "I'm" say how the person is rather than who. */
function saysAState(leadIn: readonly string[], rest: readonly string[]): boolean {
  const said = leadIn.map(normalise).join(' ');
  if (![...BE_LEAD_INS].some((phrase) => said === phrase || said.endsWith(` ${phrase}`))) return false;
  const [first] = rest;
  return first !== undefined && first === first.toLocaleLowerCase() && STATE_ENDING.test(first);
}

/** The typed words after any greetings and words introducing a name ("bonjour, moi c'est …"). */
function withoutLeadIn(typed: readonly string[]): string[] {
  let rest = [...typed];
  for (let round = 0; round < 3; round += 1) {
    const form = rest.map(normalise).join(' ');
    const leadIn = LEAD_INS.find((phrase) => form === phrase || form.startsWith(`${phrase} `));
    if (leadIn === undefined) break;
    rest = dropWordsOf(rest, leadIn.split(' ').length);
  }
  return rest;
}

/** The typed words without the first `count` normalised words (a typed "m'appelle" is two). */
function dropWordsOf(typed: readonly string[], count: number): string[] {
  let dropped = 0;
  let index = 0;
  while (index < typed.length && dropped < count) {
    dropped += normalise(typed[index] ?? '').split(' ').length;
    index += 1;
  }
  return typed.slice(index);
}

/** The words without thanks or please at the end ("Sara merci", "Omar thank you"). */
function withoutPoliteness(words: readonly string[]): string[] {
  const rest = [...words];
  for (let size = 2; size >= 1; size -= 1) {
    while (rest.length > size && POLITENESS_FORMS.has(rest.slice(-size).map(normalise).join(' '))) {
      rest.splice(-size, size);
    }
  }
  return rest;
}

/** "amina" → "Amina", "jean-pierre" → "Jean-Pierre", "AMINA" → "Amina"; "McKay" and Arabic stay as typed. */
function capitalise(word: string): string {
  const shouting =
    word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase() && Array.from(word).length > 1;
  const base = shouting ? word.toLocaleLowerCase() : word;
  return base
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase() + part.slice(1))
    .join('-');
}
