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
import {
  COMMON_FAMILY_NAMES,
  COMPOUND_HEADS as HEADS,
  COMPOUND_TAILS as TAILS,
  CONTRAST_WORDS,
  FAMILY_NAME_LABELS,
  FLEMISH_ARTICLES,
  KUNYA_HEADS,
  MORE_GREETINGS,
  MORE_NAME_INTRODUCTIONS,
  NICKNAME_INTRODUCTIONS,
  PARTICLES_THAT_ARE_NAMES,
  QUESTION_BACK_WORDS,
  REAL_NAME_INTRODUCTIONS,
  SIGN_OFFS,
  SURNAME_PARTICLES as PARTICLES,
  TITLES as TITLE_WORDS,
} from './names.js';
import { normalise } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, termsOf, vocabulary } from './terms.js';

const formsOf = (phrases: readonly string[]): string[] => phrases.map(normalise).filter((form) => form !== '');
const LEAD_INS = [
  ...new Set([
    ...formsOf(GREETINGS),
    ...formsOf(MORE_GREETINGS),
    ...formsOf(NAME_INTRODUCTIONS),
    ...formsOf(MORE_NAME_INTRODUCTIONS),
  ]),
].sort((a, b) => b.split(' ').length - a.split(' ').length);
const POLITENESS_FORMS = new Set([...formsOf(POLITENESS), ...formsOf(SIGN_OFFS)]);
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
      ...MORE_GREETINGS,
      ...QUESTION_BACK_WORDS,
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
 * `maybe`; "oui", "pourquoi ?", "I'm looking for work" are `notUnderstood`) gives no value, and so
 * does a family name ("Mme Lambert", "El Amrani", "Janssens") or a kunya ("أبو أحمد"). A name
 * followed by a description ("Jean-Marc, ingénieur retraité") is the name; beside a nickname ("on
 * m'appelle Dédé mais mon vrai prénom c'est André") the real name.
 */
export function readFirstName(text: string): Reading<string> {
  const real = afterRealNameIntroduction(text);
  if (real !== undefined) return readOnePart(real);
  const parts = text.split(PART_BREAK);
  // "Rania c'est mon prénom", "…, Rania c le prénom", "Sam is my first name": the name said before its label
  const labelled = parts.map((part) => NAME_BEFORE_LABEL.exec(part.trim())?.[1]).find((name) => name !== undefined);
  if (labelled !== undefined) return readOnePart(labelled);
  const whole = readOnePart(text);
  if (parts.length < 2) return whole;
  if ((whole.ok || whole.reason !== 'notUnderstood') && !parts.some(namesFamily)) return whole;
  // "Marleen, gepensioneerd verpleegster", "محمد، بس ينادوني حمودي": the first part that says something;
  // "Diallo c'est mon nom, mon prénom c'est Ousmane": the part that names the first name
  const kept = parts.filter((part) => !isOnlyCourtesy(part) && !startsWithNickname(part) && !namesFamily(part));
  const part = kept.find((candidate) => wordsOf(candidate).some((word) => FIRST_NAME_LABELS.includes(word))) ?? kept[0];
  return part === undefined ? whole : readOnePart(part);
}

/** One part of an answer read as a first name. */
function readOnePart(text: string): Reading<string> {
  const typed = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  if (typed.length === 0) return unclear('empty');
  const words = withoutLeadIn(typed);
  // "je suis intéressée", "I'm interested", "ik ben gemotiveerd": a state, not a name
  if (words.length < typed.length && saysAState(typed.slice(0, typed.length - words.length), words)) {
    return unclear('notUnderstood');
  }
  let rest = beforeFamilyName(withoutPoliteness(words.length > 0 ? words : typed));
  if (saysMaybe(text)) return unclear('maybe');
  // "moet da?", "c'est obligé ?": a question back
  if (rest.length > 1 && /[?؟]\s*$/u.test(text)) return unclear('notUnderstood');
  // "ik ben de Jef", "ik ben den Jos": the spoken Flemish article, typed in lower case after an introduction
  if (words.length < typed.length && rest.length === 2 && FLEMISH_ARTICLES.includes(rest[0] ?? '')) {
    rest = rest.slice(1);
  }
  const said = findTerms(rest.map(normalise).join(' ').split(' '), NOT_A_NAME, { typos: false });
  if (said.length > 0 || rest.length === 0 || rest.length > MAX_NAME_WORDS) return unclear('notUnderstood');
  if (!rest.every((word) => NAME_WORD.test(word))) return unclear('notUnderstood');
  const named = withoutFamilyNameFirst(rest);
  if (named === undefined || isFamilyName(named)) return unclear('notUnderstood');
  rest = named;
  const name = firstNameOf(rest).map(capitalise).join(' ');
  const letters = Array.from(name.replace(/[\s'’ʼ-]/gu, '')).length;
  return letters >= MIN_LETTERS && letters <= MAX_LETTERS ? read(name) : unclear('notUnderstood');
}

const TITLES = new Set(formsOf(TITLE_WORDS));
const KUNYAS = new Set(formsOf(KUNYA_HEADS));
const FAMILY_NAMES = new Set(formsOf(COMMON_FAMILY_NAMES));

/**
 * Whether the words are a family name rather than a first name: a title or an initial before a name
 * ("Mme Lambert", "J. Peeters"), a particle that starts a family name ("El Amrani", "Van Damme", "El"
 * alone), a kunya ("أبو أحمد", "Abou Ali") or, alone, one of the most frequent family names ("Janssens").
 */
function isFamilyName(words: readonly string[]): boolean {
  const [first, ...others] = words.map(normalise);
  if (first === undefined) return false;
  if (TITLES.has(first)) return true;
  if (others.length === 0) {
    return FAMILY_NAMES.has(first) || (SURNAME_PARTICLES.has(first) && !PARTICLE_NAMES.has(first));
  }
  return Array.from(first).length === 1 || SURNAME_PARTICLES.has(first) || KUNYAS.has(first);
}

const isShouted = (word: string): boolean =>
  /\p{Lu}/u.test(word) && word === word.toLocaleUpperCase() && Array.from(word).length > 1;

/**
 * A full name written family name first, as on forms: a frequent family name before another word
 * ("Janssens Peter", "PEETERS Jan") is Peter, Jan. A word in capitals before one that is not
 * ("DUPONT Marie", "SARA Benali") may be either, and gives no name; after it ("Marie DUPONT") it is
 * the family name anyway.
 */
function withoutFamilyNameFirst(words: readonly string[]): string[] | undefined {
  const [first, ...others] = words;
  if (first === undefined || others.length === 0) return [...words];
  if (FAMILY_NAMES.has(normalise(first)) && !others.some((word) => FAMILY_NAMES.has(normalise(word)))) return others;
  if (isShouted(first) && !others.every(isShouted)) {
    // "BOUZID Karim", "KABONGO Marie": the family name in capitals, as on forms, then the given name; not
    // when that name may be a family name too ("SARA Benali", "NADIA Elamrani")
    const [given] = others;
    return others.length === 1 && given !== undefined && isTitleCase(given) && !mayBeFamilyName(given)
      ? [given]
      : undefined;
  }
  return [...words];
}

const isTitleCase = (word: string): boolean =>
  /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) && Array.from(word).length >= MIN_LETTERS;

/** A frequent family name, or a word opening with a particle of family names ("Benali", "Elamrani", "Vandamme"). */
function mayBeFamilyName(word: string): boolean {
  const form = normalise(word);
  return (
    FAMILY_NAMES.has(form) ||
    [...SURNAME_PARTICLES].some((particle) => form.length > particle.length + 2 && form.startsWith(particle))
  );
}

const PARTICLE_NAMES = new Set(formsOf(PARTICLES_THAT_ARE_NAMES));
// Commas, semicolons, brackets, a dash between spaces and "but" cut an answer into parts
const PART_BREAK = new RegExp(`[,،;؛()]|\\s[-–—]\\s|(?<=^|\\s)(?:${CONTRAST_WORDS.join('|')})(?=\\s|$)`, 'iu');
const COURTESY = new Set([...formsOf(GREETINGS), ...formsOf(MORE_GREETINGS), ...formsOf(POLITENESS)]);
const NICKNAME_LEAD_INS = formsOf(NICKNAME_INTRODUCTIONS);
const REAL_NAME_LEAD_INS = formsOf(REAL_NAME_INTRODUCTIONS).sort((a, b) => b.length - a.length);

const FAMILY_LABELS = new Set(formsOf(FAMILY_NAME_LABELS));
const NAME_BEFORE_LABEL =
  /^(\p{L}[\p{L}\p{M}'’ -]*?)\s+(?:c'est|c’est|c est|c|is|هو|هي)\s+(?:mon|le|my|the|mijn|de)?\s*(?:vrai\s+|real\s+)?(?:prénom|prenom|first name|voornaam|اسمي|الاسم)\s*[.!]*$/iu;
const FIRST_NAME_LABELS = formsOf(['prénom', 'voornaam', 'first', 'given', 'الاسم', 'اسمي']);
const wordsOf = (part: string): string[] => normalise(part).split(' ');
const AND_PREFIX = /^و(?=\p{L}{3})/u;

/** Whether a part of an answer is about the family name ("Diallo c'est mon nom", "surname Tesfaye"). */
function namesFamily(part: string): boolean {
  const words = wordsOf(part);
  if (words.some((word) => FIRST_NAME_LABELS.includes(word))) return false;
  return words.some((word) => FAMILY_LABELS.has(word.replace(AND_PREFIX, '')));
}

const AND_WORDS = new Set(['et', 'en', 'and', 'w']);

/** The typed words before "and my surname": "محمد وكنيتي الحسن" is محمد, "Sara and my surname is Diallo" Sara. */
function beforeFamilyName(words: readonly string[]): string[] {
  const forms = words.map(normalise);
  const label = forms.findIndex((form) => FAMILY_LABELS.has(form.replace(AND_PREFIX, '')));
  if (label < 0) return [...words];
  if (AND_PREFIX.test(forms[label] ?? '')) return words.slice(0, label);
  const and = forms.slice(0, label).findLastIndex((form) => AND_WORDS.has(form));
  return and >= 0 && label - and <= 2 ? words.slice(0, and) : [...words];
}

/** Whether a part of an answer is only a greeting or thanks ("bonjour", "merci"), or nothing. */
function isOnlyCourtesy(part: string): boolean {
  const form = normalise(part);
  return form === '' || COURTESY.has(form);
}

/** Whether a part of an answer gives a nickname ("on m'appelle Dédé", "ينادوني حمودي"). */
function startsWithNickname(part: string): boolean {
  const form = normalise(part);
  return NICKNAME_LEAD_INS.some((phrase) => form === phrase || form.startsWith(`${phrase} `));
}

/** The typed text after "mon vrai prénom c'est", "my real name is", "اسمي الحقيقي", if the answer has one. */
function afterRealNameIntroduction(text: string): string | undefined {
  const typed = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  const forms = typed.map(normalise);
  for (let start = 0; start < typed.length; start += 1) {
    const form = forms.slice(start).join(' ');
    const phrase = REAL_NAME_LEAD_INS.find((lead) => form.startsWith(`${lead} `));
    if (phrase !== undefined) return dropWordsOf(typed.slice(start), phrase.split(' ').length).join(' ');
  }
  return undefined;
}

const COMPOUND_HEADS = new Set(formsOf(HEADS));
const COMPOUND_TAILS = new Set(formsOf(TAILS));
const SURNAME_PARTICLES = new Set(formsOf(PARTICLES));

/**
 * The first name among the words of a full name: "Erkan Yilmaz" is Erkan, "Omar El Amrani" Omar;
 * two words that make one first name ("Fatima Zahra", "Mohamed Amine") stay together.
 */
function firstNameOf(words: readonly string[]): readonly string[] {
  const [first, second] = words.map(normalise);
  if (first === undefined || second === undefined || SURNAME_PARTICLES.has(second)) return words.slice(0, 1);
  // "Marie DUPONT": a family name in capitals after a first name that is not
  if (isShouted(words[1] ?? '') && !isShouted(words[0] ?? '')) return words.slice(0, 1);
  return COMPOUND_HEADS.has(first) || COMPOUND_TAILS.has(second) ? words.slice(0, 2) : words.slice(0, 1);
}

const BE_LEAD_INS = new Set(formsOf(['je suis', 'ik ben', "i'm", 'i am', 'im', 'ana', 'أنا', 'انا']));
// Endings of adjectives and participles in French, English and Dutch, typed in lower case: "intéressée", "motivated"
const STATE_ENDING = /(?:ée?s?|eux|euse|ive|ible|able|ed|ing|eerd|eerde|ig|ief|ieve)$/u;
const NOT_ENGLISH_STATE_ENDING = /(?:ée?s?|eux|euse|ive|ible|able|eerd|eerde|ig|ief|ieve)$/u;
const ENGLISH_BE_LEAD_INS = new Set(formsOf(["i'm", 'i am', 'im']));

/** Whether the words after "je suis", "ik ben", "I'm" say how the person is rather than who. */
function saysAState(leadIn: readonly string[], rest: readonly string[]): boolean {
  const said = leadIn.map(normalise).join(' ');
  if (![...BE_LEAD_INS].some((phrase) => said === phrase || said.endsWith(` ${phrase}`))) return false;
  const [first] = rest;
  if (first === undefined || first !== first.toLocaleLowerCase() || COMPOUND_HEADS.has(normalise(first))) return false;
  // "ik ben mohamed": the English "-ed" and "-ing" say a state only after an English lead-in
  const english = [...ENGLISH_BE_LEAD_INS].some((phrase) => said === phrase || said.endsWith(` ${phrase}`));
  return english ? STATE_ENDING.test(first) : NOT_ENGLISH_STATE_ENDING.test(first);
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

/** The words without thanks, please or "here" at the end ("Sara merci", "Omar thank you", "Margaret here"). */
function withoutPoliteness(words: readonly string[]): string[] {
  const rest = [...words];
  for (let size = 3; size >= 1; size -= 1) {
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
