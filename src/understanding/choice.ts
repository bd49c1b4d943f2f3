import {
  BOTH_WORDS,
  BUT_WORDS,
  BRIDGE_WORDS,
  CHOICE_ALONE,
  CHOICE_WORDS,
  DECISIVE_NEGATED_OPTIONS,
  DECISIVE_OPTION_WORDS,
  LITTLE_WORDS,
  OPTION_PHRASES,
  LEVEL_BELOW,
  SCHOOL_YEAR,
  SCHOOLING_AFTER_WORDS,
  SCHOOLING_ONGOING_WORDS,
  SCHOOLING_STOPPED_WORDS,
  NEGATED_OPTION_WORDS,
  FILLERS,
  LIST_OPTION_WORDS,
  NEGATORS,
  OR_WORDS,
  PENDING_WORDS,
  RECOGNITION_STEMS,
} from './lexicon.js';
import { clausesOf, normalise, wordsOf } from './normalise.js';
import { withNumbersAsDigits } from './numbers.js';
import { saysMaybe } from './maybe.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, isNegation, negationWithin, termsOf, vocabulary, type Term, type Vocabulary } from './terms.js';
import { wordVariants } from './variants.js';
import {
  higherStudiesSpans,
  inside,
  isEarlyYearWord,
  saysNotCompleted,
  withoutYieldingHits,
  withWorshipPlacesAsSource,
} from './list-words.js';

/** An option shown to the person: its id and every text that names it (labels in each language, synonyms). */
export interface ChoiceOption {
  id: string;
  names: readonly string[];
  /** Names that count only as the whole answer (a code such as "en"). */
  aloneNames?: readonly string[];
  /** Whether the telling words of its names count on their own (not for labels built from a date and a place). */
  labelWords?: boolean;
  /** Names read only as the whole phrase, never word by word nor through a spelling mistake ("Red Cross", "teaching"). */
  phrases?: readonly OptionPhrase[];
}

/** A name read only as the whole phrase, with the language of the word list it comes from. */
export interface OptionPhrase {
  text: string;
  language?: string;
}

export interface ChoiceReadingOptions {
  /** Read words within a spelling mistake of a name (default true). */
  typos?: boolean;
  /** The answer's language, when known: a phrase naming other options in other languages ("college") is read in it only. */
  language?: string;
}

/** Marks a name of a locale word list as a phrase (`=croix-rouge`): see `ChoiceOption.phrases`. */
export const PHRASE_MARK = '=';

/** A locale word list's names split into names and phrases (those marked with `PHRASE_MARK`). */
export function namesAndPhrases(
  names: readonly string[],
  language?: string,
): { names: string[]; phrases: OptionPhrase[] } {
  const plain = names.filter((name) => !name.startsWith(PHRASE_MARK));
  const phrases = names
    .filter((name) => name.startsWith(PHRASE_MARK))
    .map((name) => ({ text: name.slice(PHRASE_MARK.length), ...(language === undefined ? {} : { language }) }));
  return { names: plain, phrases };
}

// Words of a label that say nothing about which option it is
const LABEL_STOPWORDS = new Set(
  [
    'je',
    'j',
    'un',
    'une',
    'le',
    'la',
    'les',
    'de',
    'du',
    'des',
    'et',
    'ou',
    'ai',
    'suis',
    'veux',
    'voudrais',
    'être',
    'avoir',
    'pour',
    'iets',
    'something',
    'chose',
    'thing',
    'شيء',
    'mon',
    'ma',
    'mes',
    'pas',
    'ne',
    'en',
    'au',
    'aux',
    'à',
    'a',
    'est',
    'ce',
    'c',
    'ik',
    'een',
    'het',
    'wil',
    'ben',
    'heb',
    'worden',
    'zijn',
    'van',
    'voor',
    'mijn',
    'niet',
    'met',
    'of',
    'in',
    'op',
    'i',
    'am',
    'an',
    'the',
    'want',
    'to',
    'be',
    'have',
    'my',
    'for',
    'of',
    'and',
    'or',
    'not',
    'with',
    'on',
    'at',
    'm',
    'انا',
    'أنا',
    'أريد',
    'اريد',
    'أن',
    'ان',
    'عندي',
    'لدي',
    'عن',
    'في',
    'من',
    'على',
    'أكون',
    'اكون',
    'لا',
    // "from", "here" of "Diploma from abroad, not recognised here" and the "or higher" of "Master or higher"
    // name no option: "BSc from Ghent University", "higher education" (of any level)
    'from',
    'here',
    'higher',
    'hoger',
    'plus',
    'أعلى',
  ].map(normalise),
);
// Beside the negations, a no before an option refuses it ("no english", "non merci pas le français")
const NEGATOR_FORMS = new Set([...NEGATORS, 'no', 'non', 'nee', 'لا'].map(normalise));
// Spoken Flemish "ni" is "niet" ("nog ni goed", "ni erkend"); French "ni … ni" makes it no negator of its own
const NEGATOR_OR_NI_FORMS = new Set([...NEGATOR_FORMS, 'ni']);
const FILLER_FORMS = new Set(FILLERS.map(normalise));
const BRIDGE_FORMS = new Set(BRIDGE_WORDS.map(normalise));
const MOST_WORDS_BESIDE_A_NUMBER = 3;
/** Words that may stand beside an option's number ("option 2", "n° 2", "رقم 2"); any other word makes the number part of an answer ("bac+3"). */
const NUMBER_WORD_FORMS = new Set(
  [
    'option',
    'optie',
    'choix',
    'choice',
    'keuze',
    'numero',
    'nummer',
    'number',
    'num',
    'nr',
    'n',
    'no',
    'rqm',
    'رقم',
    'خيار',
    // "le 2", "je prends le 2", "ik kies de 2", "i pick the 2"
    'le',
    'la',
    'de',
    'het',
    'the',
    'je',
    'ik',
    'i',
    'prends',
    'choisis',
    'kies',
    'neem',
    'pick',
    'choose',
    'take',
  ].map(normalise),
);
// prettier-ignore
/** An option named by its rank in the list: "le deuxième", "the first one", "de eerste", "الثاني". */
const RANKS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    premier: 1, premiere: 1, '1er': 1, '1ere': 1, deuxieme: 2, '2eme': 2, '2e': 2, seconde: 2, troisieme: 3,
    '3eme': 3, '3e': 3, quatrieme: 4, '4eme': 4, cinquieme: 5, sixieme: 6, eerste: 1, tweede: 2, derde: 3, vierde: 4,
    vijfde: 5, zesde: 6, first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5,
    sixth: 6, الاول: 1, الاولى: 1, الثاني: 2, الثانيه: 2, التاني: 2, التانيه: 2, الثالث: 3, الثالثه: 3, التالت: 3,
    الرابع: 4, lowel: 1, lwl: 1, tani: 2, tania: 2, talet: 3,
  }).map(([word, rank]) => [normalise(word), rank]),
);
/** Words that may stand around a rank: "le premier", "the second one", "de tweede", "la troisième option". */
const RANK_COMPANION_FORMS = new Set(
  [
    'le',
    'la',
    'l',
    'celui',
    'celle',
    'choix',
    'option',
    'the',
    'one',
    'de',
    'het',
    'die',
    'ene',
    'optie',
    'keuze',
    'ال',
    'خيار',
  ].map(normalise),
);
const MIN_KEYWORD_LETTERS = 4;

interface ChoiceIndex {
  vocabulary: Vocabulary<string>;
  /** Each option's names in normalised form, for an answer that is exactly one of them; null for a name of two options. */
  wholeNames: Map<string, string | null>;
  /** Words that name an option only as a word of a longer name ("france" of "France Travail"). */
  partWords: ReadonlySet<string>;
  /** The options each name of two or more options belongs to ("cpas": employment service and organisation). */
  sharedOwners: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<readonly ChoiceOption[], Map<string, ChoiceIndex>>();

/**
 * Which of the options shown an answer picks, in this order: the whole answer is an option's name,
 * or its number (1-based, in any digits or in words), or one option's names or the telling words
 * of its label appear in a sentence (not negated: "pas mentor" does not pick mentor), or a word is
 * within a typo of one of them. Words pointing at two options give no value.
 */
export function readChoice(
  text: string,
  options: readonly ChoiceOption[],
  reading: ChoiceReadingOptions = {},
): Reading<string> {
  const words = withExceptions(wordsOf(text));
  if (words.length === 0) return unclear('empty');
  const whole = words.join(' ');
  const { vocabulary: known, wholeNames, partWords, sharedOwners } = indexFor(options, reading.language);
  const exact = wholeNames.get(whole);
  // "CPAS" names both a social service and an employment service: a name of two options picks neither
  if (exact === null) return unclear('severalValues');
  if (exact !== undefined) return read(exact);
  // "les deux", "both", "الجوج": every option is no choice (and "الجوج" is not option 2)
  if (findTerms(words, BOTH, { typos: false }).length > 0) return unclear('severalValues');
  const byNumber = optionByNumber(words, options);
  if (byNumber !== undefined) return byNumber;
  const clauses = clausesOf(text);
  const shown = new Set(options.map((option) => option.id));
  const higherStudies = shown.has('bachelor') ? higherStudiesSpans(words) : [];
  const found = findTerms(words, known, {
    negators: NEGATOR_FORMS,
    fillers: FILLER_FORMS,
    bridges: BRIDGE_FORMS,
    clauses,
    typos: reading.typos !== false,
  }).filter((hit) => !partOfAnotherName(hit, words, partWords, properNamePairs(text)));
  // "الثانية اعدادي" (second year) is no misspelt "ثانوية"; "التعليم العالي" no "التعليم الإعدادي"
  const notHigher = found.filter(
    (hit) => !inside(hit, higherStudies) && !(hit.typo && isEarlyYearWord(words[hit.start] ?? '')),
  );
  const hits = shown.has(ORGANISATION) ? withWorshipPlacesAsSource(words, notHigher, ORGANISATION) : notHigher;
  const higher = higherStudies.some((span) => !found.some((hit) => inside(span, [hit]) && !inside(hit, [span])));
  const negatedPicks = findTerms(words, NEGATED, {
    negators: NEGATOR_FORMS,
    bridges: BRIDGE_FORMS,
    clauses,
    typos: false,
  }).filter((hit) => hit.negated && shown.has(hit.value));
  const decisive =
    negatedPicks.find((hit) => DECISIVE_NEGATED_OPTIONS.includes(hit.value)) ??
    findTerms(words, DECISIVE, { typos: false }).find((hit) => shown.has(hit.value));
  if (decisive) return read(decisive.value);
  // "mon bac d'Algérie pas encore reconnu", "l'équivalence est en cours", "ليسانس ما تعادلتش"
  if (
    shown.has(FOREIGN_NOT_RECOGNISED) &&
    (recognitionPending(words) || notValidHere(words) || recognitionRefused(words))
  )
    return read(FOREIGN_NOT_RECOGNISED);
  // "Masters from Ghana, equivalence done", "bac uit Marokko, hier erkend": recognised, so its level
  const recognised = shown.has(FOREIGN_NOT_RECOGNISED) && recognisedHere(words);
  const kept = withoutSharedBesideItsOwner(
    [
      ...withoutYieldingHits(
        words,
        hits.filter((hit) => !hit.negated && !(recognised && hit.value === FOREIGN_NOT_RECOGNISED)),
      ),
      ...negatedPicks,
    ],
    words,
    sharedOwners,
  );
  const ids = new Set(kept.map((hit) => hit.value));
  // "I have bachelor and also master", "bac et licence": the highest diploma is the one asked for
  const orWords = withoutWhere(text, words);
  const highest =
    ids.size > 1 && !orWords.some((word) => OR_FORMS.has(word)) && words.some((word) => AND_ALSO_FORMS.has(word))
      ? highestLevel(ids)
      : undefined;
  if (highest !== undefined) return read(highest);
  if (ids.size > 1 || ids.has(SHARED) || (ids.size === 1 && otherSideOfOr(orWords, kept)))
    return unclear('severalValues');
  const [id] = ids;
  if (shown.has('lowerSecondary')) {
    const schooling = schoolingLevel(words, id, higher);
    if (schooling !== undefined) return schooling === null ? unclear('notUnderstood') : read(schooling);
  }
  // "ma qritch bzaf", "pas beaucoup étudié": some schooling, how much is still to ask
  if (id === 'none' && findTerms(words, LITTLE, { typos: false }).length > 0) return unclear('notUnderstood');
  if (id !== undefined) return read(id);
  const maybe = saysMaybe(text);
  // "ma3raftch mazal" at a list with "I don't know yet" picks it
  if (maybe && shown.has('unknown')) return read('unknown');
  return unclear(maybe ? 'maybe' : 'notUnderstood');
}

// A name of two or more words written with capitals: "France Bénévolat", "Croix Rouge", "Par France Bénévolat"
const PROPER_NAME = /\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)+/gu;

/** Each pair of neighbouring words inside a name written with capitals, normalised ("france benevolat"). */
function properNamePairs(text: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const [name] of text.matchAll(PROPER_NAME)) {
    const words = wordsOf(name);
    for (let index = 1; index < words.length; index += 1) pairs.add(`${words[index - 1]} ${words[index]}`);
  }
  return pairs;
}

/**
 * A word of an option's longer name found inside another name: "France" of "France Travail" in "France
 * Bénévolat" does not say the option; a name of several words needs all of them.
 */
function partOfAnotherName(
  hit: { start: number; end: number },
  words: readonly string[],
  partWords: ReadonlySet<string>,
  pairs: ReadonlySet<string>,
): boolean {
  const word = words[hit.start] ?? '';
  if (hit.end - hit.start !== 1 || !partWords.has(word)) return false;
  const after = words[hit.start + 1];
  return after !== undefined && !FILLER_FORMS.has(after) && pairs.has(`${word} ${after}`);
}

// "anything but logistics", "everything but sales": this "but" refuses what follows
const ANYTHING_FORMS = new Set(
  ['anything', 'everything', 'whatever', 'all', 'nimporte', 'tout', 'alles', 'كلشي', 'ay haja'].map(normalise),
);

// Darija "عندي غير", "3ndi ghir": "I only have", where "غير" is no negation
const ONLY_AFTER_FORMS = new Set([
  'عندي',
  '3ndi',
  '3andi',
  'andi',
  'كاين',
  'kayn',
  'kayen',
  'درت',
  'dert',
  'قريت',
  '9rit',
]);
const ONLY_FORMS = new Set(['غير', 'ghir', 'gher', 'ghi']);

function withExceptions(words: readonly string[]): string[] {
  return words
    .filter((word, index) => !(ONLY_FORMS.has(word) && ONLY_AFTER_FORMS.has(words[index - 1] ?? '')))
    .map((word, index, kept) => (word === 'but' && ANYTHING_FORMS.has(kept[index - 1] ?? '') ? 'except' : word));
}

const LEVELS_IN_ORDER = ['lowerSecondary', 'upperSecondary', 'bachelor', 'master'];
// prettier-ignore
const AND_ALSO_FORMS = new Set(['et', 'and', 'en', 'w', 'و', 'also', 'aussi', 'ook', 'puis', 'then', 'daarna', 'ثم',
  'after', 'apres', 'na'].map(normalise));

/** The highest of several levels of the education list, when only such levels are named; else undefined. */
function highestLevel(ids: ReadonlySet<string>): string | undefined {
  if (![...ids].every((id) => LEVELS_IN_ORDER.includes(id))) return undefined;
  return LEVELS_IN_ORDER.filter((level) => ids.has(level)).at(-1);
}

const FOREIGN_NOT_RECOGNISED = 'foreignNotRecognised';
const ORGANISATION = 'partner';
const RECOGNITION_FORMS = RECOGNITION_STEMS.map(normalise);
const PENDING = vocabulary(termsOf(PENDING_WORDS.map((word) => [word, true] as const)));

/** A degree's recognition said with a negation or as still to come ("équivalence en cours", "ما تعادلتش"). */
function recognitionPending(words: readonly string[]): boolean {
  const at = words.findIndex((word) =>
    wordVariants(word).some((form) => RECOGNITION_FORMS.some((stem) => form.startsWith(stem))),
  );
  if (at === -1) return false;
  // Arabizi "ma t3adlatch": the negation wrapped around the verb in two words
  if (words[at - 1] === 'ma' && /(?:ch|sh)$/.test(words[at] ?? '')) return true;
  return (
    words.some((word) => isNegation(word, NEGATOR_FORMS)) || findTerms(words, PENDING, { typos: false }).length > 0
  );
}

// A diploma said to be of no value here: "pas valable", "niet geldig", "not valid", "غير صالحة", "ongeldig"
// prettier-ignore
const VALID_FORMS = new Set(['valid', 'valide', 'valable', 'geldig', 'accepted', 'accepte', 'aanvaard', 'صالح', 'صالحه', 'مقبول', 'مقبوله'].map(normalise));
const INVALID_FORMS = new Set(['invalid', 'invalide', 'ongeldig', 'ongeldige', 'nietig'].map(normalise));
const VALIDITY_NEGATION_REACH = 3;

// prettier-ignore
const RECOGNISED_FORMS = new Set(['recognised', 'recognized', 'reconnu', 'reconnue', 'erkend', 'erkende', 'naric',
  'enic', 'equivalence', 'equivalent', 'gelijkwaardigheid', 'gelijkgesteld', 'معادله', 'معادل', 'تعادلت', 'm3adla',
  'ta3adol'].map(normalise));
const RECOGNITION_NEGATION_REACH = 3;
// prettier-ignore
const REFUSED_FORMS = new Set(['refuse', 'refusee', 'refused', 'rejected', 'denied', 'geweigerd', 'afgewezen', 'رفض',
  'رفضو', 'رفضوها', 'رفضت', 'rfdo', 'rfdoha'].map(normalise));

const RECOGNITION_NOUN_FORMS = new Set(
  ['erkenning', 'reconnaissance', 'recognition', 'equivalence', 'gelijkwaardigheid', 'معادله', 'm3adla'].map(normalise),
);

/** "l'équivalence a été refusée", "erkenning geweigerd": a degree from abroad not recognised here. */
function recognitionRefused(words: readonly string[]): boolean {
  return words.some((word) => REFUSED_FORMS.has(word)) && words.some((word) => RECOGNITION_NOUN_FORMS.has(word));
}

/** Whether the degree is said recognised here, with no negation before it ("not recognised" stays abroad). */
function recognisedHere(words: readonly string[]): boolean {
  const said = words.flatMap((word, index) => (RECOGNISED_FORMS.has(word) ? [index] : []));
  if (words.some((word) => REFUSED_FORMS.has(word))) return false;
  return (
    said.length > 0 &&
    said.every((index) => !negationWithin(words, index, NEGATOR_OR_NI_FORMS, RECOGNITION_NEGATION_REACH))
  );
}

function notValidHere(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      INVALID_FORMS.has(word) ||
      (VALID_FORMS.has(word) && negationWithin(words, index, NEGATOR_FORMS, VALIDITY_NEGATION_REACH)),
  );
}

const LITTLE = vocabulary(termsOf(LITTLE_WORDS.map((word) => [word, true] as const)));
const DECISIVE = vocabulary(
  Object.entries(DECISIVE_OPTION_WORDS).flatMap(([id, words]) => termsOf(words.map((word) => [word, id] as const))),
);
const SCHOOLING = vocabulary<'stopped' | 'after' | 'ongoing'>([
  ...termsOf(SCHOOLING_STOPPED_WORDS.map((word) => [word, 'stopped'] as const)),
  ...termsOf(SCHOOLING_AFTER_WORDS.map((word) => [word, 'after'] as const)),
  ...termsOf(SCHOOLING_ONGOING_WORDS.map((word) => [word, 'ongoing'] as const)),
]);

/**
 * The level of schooling completed when the answer says it stopped or is still going on (see
 * `SCHOOLING_STOPPED_WORDS`): the level below the one stopped in, null for one still going on,
 * undefined when the answer says neither.
 */
function schoolingLevel(
  words: readonly string[],
  id: string | undefined,
  higherStudies: boolean,
): string | null | undefined {
  const said = new Set(findTerms(words, SCHOOLING, { typos: false }).map((hit) => hit.value));
  // "ما كملت", "pas terminé", "didn't complete": a verb of completing, negated
  if (saysNotCompleted(words, NEGATOR_FORMS)) said.add('stopped');
  const level = id === undefined ? undefined : LEVEL_BELOW[id];
  if (said.has('ongoing')) return level === undefined ? undefined : null;
  // "gestopt na het 2de middelbaar", "arrêté après la seconde": a year of secondary school finished is not all of it
  if (said.has('after') && (id === undefined || id === 'upperSecondary') && words.some(isEarlySchoolYear)) {
    return 'lowerSecondary';
  }
  // "hoger onderwijs maar niet afgemaakt": higher studies of no named level, not completed, give no diploma to read
  if (said.has('stopped') && !said.has('after') && higherStudies && (id === undefined || !(id in LEVEL_BELOW))) {
    return null;
  }
  if (!said.has('stopped') || said.has('after')) return undefined;
  if (level !== undefined) return level;
  return id === undefined && words.some((word) => SCHOOL_YEAR.test(word)) ? 'lowerSecondary' : undefined;
}

// Years of secondary school before its last: "2de", "3ème", "4th", "seconde", "première"
const EARLY_SCHOOL_YEAR =
  /^(?:[1-5](?:e|eme|ieme|ere|de|nde|ste|th|nd|rd|st)|seconde|premiere|troisieme|quatrieme|cinquieme)$/;

function isEarlySchoolYear(word: string): boolean {
  return (SCHOOL_YEAR.test(word) && EARLY_SCHOOL_YEAR.test(word)) || isEarlyYearWord(word);
}

const BOTH = vocabulary(termsOf(BOTH_WORDS.map((phrase) => [phrase, true] as const)));
const NEGATED = vocabulary(
  Object.entries(NEGATED_OPTION_WORDS).flatMap(([id, words]) => termsOf(words.map((word) => [word, id] as const))),
);
const OR_FORMS = new Set(OR_WORDS.map(normalise));
// Beyond a few words the "or" is part of a sentence, not a second answer
const MAX_WORDS_OF_AN_ALTERNATIVE = 3;

/**
 * Whether an "or" sets another answer beside the one read, which the reader did not recognise
 * ("البناء ولا المطاعم", "mentor ou jeune je sais pas"): a choice between two is no choice.
 */
// "au centre Croix-Rouge où j'habite": French "where" loses its accent and would read as "or"
const WHERE = /(?<!\p{L})où(?!\p{L})/iu;
const PLAIN_OU = /(?<!\p{L})ou(?!\p{L})/iu;

/** The words with a French "où" (where) blanked out, unless "ou" (or) is written too. */
function withoutWhere(text: string, words: readonly string[]): readonly string[] {
  return WHERE.test(text) && !PLAIN_OU.test(text) ? words.map((word) => (word === 'ou' ? '' : word)) : words;
}

function otherSideOfOr(words: readonly string[], hits: readonly { start: number; end: number }[]): boolean {
  return words.some((word, index) => {
    if (!OR_FORMS.has(word) || index === 0 || index === words.length - 1) return false;
    // Inside an option's own name ("master of hoger"), or English "of" after a name ("bachelor of science")
    if (hits.some((hit) => hit.start < index && index < hit.end)) return false;
    if (word === 'of' && hits.some((hit) => hit.end === index)) return false;
    const before = hits.some((hit) => hit.end <= index);
    const after = hits.some((hit) => hit.start > index);
    if (before && after) return false;
    const side = before ? words.slice(index + 1) : words.slice(0, index);
    const meaningful = side.filter((other) => !FILLER_FORMS.has(other) && !NEGATOR_FORMS.has(other));
    return meaningful.length > 0 && meaningful.length <= MAX_WORDS_OF_AN_ALTERNATIVE;
  });
}

/** A language of the programme named in an answer ("English please", "en arabe svp", "بالفرنسية"). */
export function readLanguage(
  text: string,
  options: { languages?: readonly string[]; typos?: boolean } = {},
): Reading<string> {
  const languages = languageOptions(options.languages ?? LANGUAGES);
  const reading = readChoice(text, languages, { typos: options.typos !== false });
  if (reading.ok || reading.reason !== 'severalValues') return reading;
  // "english pls my french is bad", "liever Engels, mijn Nederlands is nog ni goed": not the weak one
  const words = wordsOf(text);
  const strong = words.filter((_, index) => !judgedWeak(words, index, languages));
  if (strong.length < words.length) {
    const kept = readChoice(strong.join(' '), languages, { typos: options.typos !== false });
    if (kept.ok) return kept;
  }
  // "je parle arabe mais écris-moi en français": the language spoken is not the one asked for
  const but = words.findLastIndex((word) => BUT_FORMS.has(word));
  if (but <= 0 || !words.slice(0, but).some((word) => SPEAKING_FORMS.has(word))) return reading;
  // "mais aussi arabe" adds a language; "mais écris-moi en français", "but English is better" chooses one
  const rest = words.slice(but + 1);
  if (rest.some((word) => ALSO_FORMS.has(word)) || !rest.some((word) => CHOOSING_FORMS.has(word))) return reading;
  const after = readChoice(words.slice(but + 1).join(' '), languages, { typos: options.typos !== false });
  return after.ok ? after : reading;
}

// prettier-ignore
const WEAK_FORMS = new Set(['bad', 'weak', 'poor', 'slecht', 'zwak', 'mauvais', 'nul', 'faible', 'ضعيف', 'ضعيفه',
  'khayb', '5ayb', 'خايب'].map(normalise));
// prettier-ignore
const GOOD_FORMS = new Set(['good', 'goed', 'bon', 'bien', 'great', 'fort', 'sterk', 'mzyan', 'mzyana', 'مزيان',
  'مزيانه', 'كويس', 'منيح'].map(normalise));
const JUDGEMENT_REACH = 4;

/** Whether the word at `index` names a language that the words after it say is weak ("my french is bad"). */
function judgedWeak(words: readonly string[], index: number, languages: readonly ChoiceOption[]): boolean {
  if (!names(words[index])) return false;
  // The judgement is of the last language named before it
  const reach = words.slice(index + 1, index + 1 + JUDGEMENT_REACH);
  const nextLanguage = reach.findIndex(names);
  const after = nextLanguage < 0 ? reach : reach.slice(0, nextLanguage);
  return after.some(
    (word, offset) =>
      WEAK_FORMS.has(word) || (GOOD_FORMS.has(word) && negationWithin(after, offset, NEGATOR_OR_NI_FORMS, offset)),
  );

  function names(word: string | undefined): boolean {
    return readChoice(word ?? '', languages, { typos: false }).ok;
  }
}

const BUT_FORMS = new Set(BUT_WORDS.map(normalise));
const ALSO_FORMS = new Set(['aussi', 'also', 'too', 'ook', 'حتى', 'hta', '7ta', 'tani'].map(normalise));
// Writing, reading, preferring, or the person themselves: what the language after "but" is chosen for
// prettier-ignore
const CHOOSING_FORMS = new Set([
  'ecris', 'ecrivez', 'ecrire', 'ecrit', 'write', 'writing', 'text', 'texting', 'typ', 'typen', 'schrijf', 'schrijven',
  'stuur', 'send', 'envoie', 'envoyez', 'liever', 'prefer', 'prefere', 'prefere', 'better', 'mieux', 'beter', 'reading',
  'read', 'lire', 'lezen', 'moi', 'me', 'mij', 'ليا', 'لي', 'كتب', 'كتبلي', 'اكتب', 'كتبو', 'kteb', 'ktebli',
  'kteb', 'messages', 'berichten', 'chat', 'chatter', 'chatten', 'kifach', 'fhem', 'فهم', 'نفهم', 'كنفهم', 'كنقرا',
].map(normalise));
// prettier-ignore
const SPEAKING_FORMS = new Set([
  'parle', 'parlons', 'parlent', 'speak', 'speaks', 'spoken', 'spreek', 'spreken', 'spreekt', 'praat', 'praten',
  'كنهضر', 'نهضر', 'كنتكلم', 'نتكلم', 'اتكلم', 'أتكلم', 'تتكلم', 'kanhder', 'nhder', 'kanhdr', 'thuis', 'home',
  'maison', 'دار', 'الدار',
].map(normalise));

const LANGUAGES = ['fr', 'nl', 'en', 'ar'];
const languageOptionsCache = new Map<string, ChoiceOption[]>();

function languageOptions(languages: readonly string[]): ChoiceOption[] {
  const key = languages.join(',');
  const cached = languageOptionsCache.get(key);
  if (cached) return cached;
  const options = languages.map((id) => withLexicon({ id, names: [] }));
  languageOptionsCache.set(key, options);
  return options;
}

/** The option with the words the lexicon knows for its id (roles, languages) added. */
export function withLexicon(option: ChoiceOption): ChoiceOption {
  const words = [...(CHOICE_WORDS[option.id] ?? []), ...(LIST_OPTION_WORDS[option.id] ?? [])];
  const alone = [...(option.aloneNames ?? []), ...(CHOICE_ALONE[option.id] ?? [])];
  return { ...option, names: [...option.names, ...words], aloneNames: alone };
}

function optionByNumber(words: readonly string[], options: readonly ChoiceOption[]): Reading<string> | undefined {
  const meaningful = withNumbersAsDigits(words.filter((word) => !FILLER_FORMS.has(word)));
  const numbers = meaningful.filter((word) => /^\d+$/.test(word));
  // "2", "2 svp", "option 2", "n° 2": one number, and beside it at most a word that names it as a number
  if (numbers.length === 0) return optionByRank(meaningful, options);
  if (numbers.length !== 1 || meaningful.length > MOST_WORDS_BESIDE_A_NUMBER + 1) return undefined;
  if (meaningful.some((word) => !/^\d+$/.test(word) && !NUMBER_WORD_FORMS.has(word))) return undefined;
  const option = options[Number(numbers[0]) - 1];
  return option ? read(option.id) : unclear('outOfRange');
}

function optionByRank(words: readonly string[], options: readonly ChoiceOption[]): Reading<string> | undefined {
  const rest = words.filter((word) => !RANK_COMPANION_FORMS.has(word));
  const rank = rest.length === 1 ? RANKS.get(rest[0] ?? '') : undefined;
  // "one second" asks to wait
  if (rank === undefined || words.indexOf('one') === 0) return undefined;
  const option = options[rank - 1];
  return option ? read(option.id) : unclear('outOfRange');
}

/** Stands for a name of two options ("CPAS" is a social service and an employment service). */
const SHARED = '';

function ownersOf(terms: readonly Term<string>[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const term of terms) {
    const key = term.words.join(' ');
    owners.set(key, (owners.get(key) ?? new Set<string>()).add(term.value));
  }
  return owners;
}

function withSharedNames(
  terms: readonly Term<string>[],
  owners: ReadonlyMap<string, ReadonlySet<string>>,
): Term<string>[] {
  return terms.map((term) => ((owners.get(term.words.join(' '))?.size ?? 0) > 1 ? { ...term, value: SHARED } : term));
}

/**
 * Options whose word, beside a name they share with another option, says which of the two is meant:
 * a job counsellor at the CPAS is the employment service; a social worker there may be either.
 */
const SHARED_NAME_SETTLED_BY = ['employmentService'];

/** The hits without a shared name ("OCMW") when a word of one of its owners that settles it stands beside it. */
function withoutSharedBesideItsOwner<T extends { start: number; end: number; value: string }>(
  hits: readonly T[],
  words: readonly string[],
  sharedOwners: ReadonlyMap<string, ReadonlySet<string>>,
): T[] {
  if (hits.length < 2) return [...hits];
  const shared = hits.filter((hit) => hit.value === SHARED);
  const others = new Set(hits.filter((hit) => hit.value !== SHARED).map((hit) => hit.value));
  const [other] = others;
  if (shared.length === 0 || others.size !== 1 || other === undefined || !SHARED_NAME_SETTLED_BY.includes(other)) {
    return [...hits];
  }
  const settled = shared.every((hit) => sharedOwners.get(words.slice(hit.start, hit.end).join(' '))?.has(other));
  return settled ? hits.filter((hit) => hit.value !== SHARED) : [...hits];
}

function indexFor(options: readonly ChoiceOption[], language: string | undefined): ChoiceIndex {
  const byLanguage = indexes.get(options) ?? new Map<string, ChoiceIndex>();
  indexes.set(options, byLanguage);
  const cached = byLanguage.get(language ?? '');
  if (cached) return cached;
  const wholeNames = new Map<string, string | null>();
  const phrases = phrasesRead(options, language);
  for (const { form, id } of phrases) {
    const owner = wholeNames.get(form);
    wholeNames.set(form, owner === undefined || owner === id ? id : null);
  }
  for (const option of options) {
    for (const name of [...option.names, ...(OPTION_PHRASES[option.id] ?? [])]) {
      const form = normalise(name);
      if (form === '') continue;
      const owner = wholeNames.get(form);
      wholeNames.set(form, owner === undefined || owner === option.id ? option.id : null);
    }
  }
  const terms: Term<string>[] = phrases.map(({ form, id }) => ({ words: form.split(' '), value: id, exact: true }));
  const labelWords = new Map<string, Set<string>>();
  const negatedInLabel = new Set<string>();
  for (const option of options) {
    // A name of one letter ("j", "o", "y") counts only as the whole answer: "j'ai des questions" is no yes
    const oneLetter = (name: string): boolean => Array.from(normalise(name)).length === 1;
    terms.push(...termsOf(option.names.filter((name) => !oneLetter(name)).map((name) => [name, option.id] as const)));
    terms.push(...termsOf((OPTION_PHRASES[option.id] ?? []).map((phrase) => [phrase, option.id] as const)));
    terms.push(
      ...termsOf(
        option.names.filter(oneLetter).map((name) => [name, option.id] as const),
        true,
      ),
    );
    terms.push(
      ...termsOf(
        (option.aloneNames ?? []).map((name) => [name, option.id] as const),
        true,
      ),
    );
    if (option.labelWords === false) continue;
    for (const name of option.names) {
      const labelWordsOfName = normalise(name).split(' ');
      for (const [position, word] of labelWordsOfName.entries()) {
        // A negation is no keyword: "geen" of "geen idee" does not say "I don't know" on its own
        if (Array.from(word).length < MIN_KEYWORD_LETTERS || LABEL_STOPWORDS.has(word) || NEGATOR_FORMS.has(word)) {
          continue;
        }
        // "non reconnu", "not recognised": a word the label negates does not say the option on its own
        if (NEGATOR_FORMS.has(labelWordsOfName[position - 1] ?? '')) negatedInLabel.add(word);
        const owners = labelWords.get(word) ?? new Set<string>();
        owners.add(option.id);
        labelWords.set(word, owners);
      }
    }
  }
  // A word of a label counts on its own only when it belongs to one option
  const partWords = new Set<string>();
  for (const [word, owners] of labelWords) {
    const [owner] = owners;
    if (owners.size !== 1 || owner === undefined || negatedInLabel.has(word)) continue;
    terms.push({ words: [word], value: owner });
    if (!wholeNames.has(word)) partWords.add(word);
  }
  const sharedOwners = ownersOf(terms);
  const index = { vocabulary: vocabulary(withSharedNames(terms, sharedOwners)), wholeNames, partWords, sharedOwners };
  byLanguage.set(language ?? '', index);
  return index;
}

/**
 * The options' phrases in normalised form. A phrase that names different options in different
 * languages (English "college" is upper secondary, French "collège" lower) is read only in the
 * answer's language; when that is unknown both stay, and the phrase, shared, picks neither.
 */
function phrasesRead(options: readonly ChoiceOption[], language: string | undefined): { form: string; id: string }[] {
  const all = options.flatMap((option) =>
    (option.phrases ?? []).map((phrase) => ({
      form: normalise(phrase.text),
      id: option.id,
      language: phrase.language,
    })),
  );
  const owners = new Map<string, Set<string>>();
  for (const { form, id } of all) owners.set(form, (owners.get(form) ?? new Set<string>()).add(id));
  return all.filter(
    (phrase) =>
      phrase.form !== '' &&
      (language === undefined ||
        (owners.get(phrase.form)?.size ?? 0) < 2 ||
        phrase.language === undefined ||
        phrase.language === language),
  );
}
