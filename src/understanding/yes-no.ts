import {
  BELIEF_WORDS,
  CITIZEN_WORDS,
  NATIONALITY_WORDS,
  BORN_WORDS,
  CONDITION_WORDS,
  HERE_WORDS,
  PENDING_DECISION_WORDS,
  DECIDED_WORDS,
  PERMISSION_WORDS,
  KIN_WORDS,
  BUT_WORDS,
  DOCUMENT_WORDS,
  HAVE_WORDS,
  BRIDGE_WORDS,
  HOPE_WORDS,
  WHY_NOT_WORDS,
  OBJECTION_WORDS,
  QUESTION_WORDS,
  NOT_AN_ANSWER_WORDS,
  ABILITY_WORDS,
  SURE_WORDS,
  TOO_MUCH_WORDS,
  EXCEPT_WORDS,
  NO_JOB_WORDS,
  SEEKING_WORDS,
  WAIT_WORDS,
  PROVISIONAL_DOCUMENT_WORDS,
  TAKING_BACK_WORDS,
  FILLERS,
  KNOW_WORDS,
  MAYBE_WORDS,
  NEGATORS,
  NO_ALONE,
  NO_WORDS,
  YES_ALONE,
  YES_WORDS,
  JOINED_OR_WORDS,
  LATER_WORDS,
  UNLIMITED_WORDS,
  EXPIRED_WORDS,
  STUDENT_WORDS,
  STILL_WORDS,
  REFUSED_WORDS,
} from './lexicon.js';
import { namesWeekday } from './days-ahead.js';
import { availabilitySaid } from './availability.js';
import { jobSearchSaid } from './job-search.js';
import { EMOJI_NO, EMOJI_YES, askedClausesOf, clausesOf, normalise, wordsOf } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, isNegation, termsOf, vocabulary, type Hit, type Term } from './terms.js';
import { isAnyForm } from './variants.js';

export type YesNo = 'yes' | 'no' | 'notSure';

const QUESTION_MARK = /[?؟]/u;

/** The yes/no questions an answer may settle with a statement instead of a yes or a no. */
export type YesNoQuestion = 'lookingForWork' | 'weeklyMeetings';

const STATEMENT_READERS: Record<
  YesNoQuestion,
  (words: readonly string[], negators: ReadonlySet<string>) => 'yes' | 'no' | undefined
> = { lookingForWork: jobSearchSaid, weeklyMeetings: availabilitySaid };
/** What a word says about a yes or a no; "know" and "believe" depend on whether they are negated. */
type Meaning =
  | 'yes'
  | 'no'
  | 'maybe'
  | 'know'
  | 'believe'
  | 'sure'
  | 'objection'
  | 'question'
  | 'hope'
  | 'whyNot'
  | 'notAnAnswer'
  | 'ability'
  | 'provisional'
  | 'tooMuch';

const exactly = (terms: readonly Term<Meaning>[]): Term<Meaning>[] => terms.map((term) => ({ ...term, exact: true }));
const VOCABULARY = vocabulary<Meaning>([
  ...termsOf(MAYBE_WORDS.map((word) => [word, 'maybe'] as const)),
  ...termsOf(BELIEF_WORDS.map((word) => [word, 'believe'] as const)),
  ...termsOf(KNOW_WORDS.map((word) => [word, 'know'] as const)),
  ...termsOf(SURE_WORDS.map((word) => [word, 'sure'] as const)),
  ...exactly(termsOf(OBJECTION_WORDS.map((word) => [word, 'objection'] as const))),
  ...exactly(termsOf(QUESTION_WORDS.map((word) => [word, 'question'] as const))),
  ...exactly(termsOf(HOPE_WORDS.map((word) => [word, 'hope'] as const))),
  ...exactly(termsOf(WHY_NOT_WORDS.map((word) => [word, 'whyNot'] as const))),
  ...exactly(termsOf(ABILITY_WORDS.map((word) => [word, 'ability'] as const))),
  ...exactly(termsOf(PROVISIONAL_DOCUMENT_WORDS.map((word) => [word, 'provisional'] as const))),
  ...exactly(termsOf(NOT_AN_ANSWER_WORDS.map((word) => [word, 'notAnAnswer'] as const))),
  ...termsOf(TOO_MUCH_WORDS.map((word) => [word, 'tooMuch'] as const)),
  ...termsOf(YES_WORDS.map((word) => [word, 'yes'] as const)),
  ...termsOf(NO_WORDS.map((word) => [word, 'no'] as const)),
  ...termsOf(
    YES_ALONE.map((word) => [word, 'yes'] as const),
    true,
  ),
  ...termsOf(
    NO_ALONE.map((word) => [word, 'no'] as const),
    true,
  ),
]);
// "sauf", "except" negate an option of a list; after a yes they hold it back instead ("oui sauf le vendredi")
const EXCEPT_FORMS = new Set(EXCEPT_WORDS.map(normalise));
const NEGATOR_FORMS = new Set(NEGATORS.map(normalise).filter((word) => !EXCEPT_FORMS.has(word) || word === 'غير'));
const FILLER_FORMS = new Set(FILLERS.map(normalise));
const BRIDGE_FORMS = new Set(BRIDGE_WORDS.map(normalise));
const EMOJI = new Set([EMOJI_YES, EMOJI_NO]);
const BUT_FORMS = new Set(BUT_WORDS.map(normalise));
const EXCEPT = vocabulary(termsOf(EXCEPT_WORDS.map((word) => [word, true] as const)));
const WAIT = vocabulary(termsOf(WAIT_WORDS.map((word) => [word, true] as const)));
const NO_JOB = vocabulary(termsOf(NO_JOB_WORDS.map((word) => [word, true] as const)));
const SEEKING_FORMS = new Set(SEEKING_WORDS.map(normalise));
const TAKING_BACK = vocabulary(termsOf(TAKING_BACK_WORDS.map((word) => [word, true] as const)));

/**
 * A yes or a no from an answer written any way: one unambiguous yes or no word or phrase in a
 * sentence ("oui je suis d'accord", "ja hoor", "نعم موافق"), a negated yes read as no ("pas
 * d'accord", "niet akkoord", "ما موافقش"), a negative statement with no keyword as no ("I don't
 * have papers"). Emoji (👍, ❌) count only when the words say nothing. A yes and a no together,
 * or "maybe", give no value; with `allowNotSure`, "maybe" and "I don't know" read as notSure.
 */
export function readYesNo(
  text: string,
  options: { allowNotSure?: boolean; question?: YesNoQuestion } = {},
): Reading<YesNo> {
  const words = withLocalForms(withDarijaNo(wordsOf(text.normalize('NFC').replace(FRENCH_BORN, '$1nait'))));
  // "ik zoek al 8 maanden werk", "je bosse déjà": at the question it answers, a statement is a yes or a no;
  // "can I answer later?", "kan ik eerst overleggen?" ask with the words of being able
  const said =
    options.question !== undefined &&
    !negatedTwice(words) &&
    !(options.question === 'weeklyMeetings' && QUESTION_MARK.test(text))
      ? STATEMENT_READERS[options.question](words, NEGATOR_FORMS)
      : undefined;
  const reading = readWords(text, words, said === undefined ? options : { ...options, stated: said });
  if (said !== undefined && options.question !== undefined) return agreeing(reading, said, options.question);
  // "je suis née à Liège donc oui normalement": a birth here settles the yes a hedge leaves open
  if (
    options.allowNotSure === true &&
    reading.ok &&
    reading.value === 'notSure' &&
    bornHere(words) &&
    words.some((word) => PLAIN_YES_FORMS.has(word))
  )
    return read('yes');
  // "née à Bondy": a birthplace says nothing sure of the right to work, and no option's "Nee" may be read in it
  if (!reading.ok && reading.reason === 'notUnderstood' && words.includes('nait')) return unclear('maybe');
  // "mon avocat dit que oui", "my asylum case is still pending": someone else's answer, still to come; a no
  // said of the procedure ("لسا ما خلص", "not decided yet") is no no to the question
  if (options.allowNotSure === true) {
    const pending = pendingDecision(words);
    if (pending) return read(saysNoAsTheAnswer(words, pending, clausesOf(text)) ? 'no' : 'notSure');
    // "visa étudiant, 20h par semaine", "student visa, 20 hours only?": a limited right a staff member weighs
    if (limitedToStudies(words)) return unclear('maybe');
    const saidOfTheRight = !reading.ok && reading.reason === 'notUnderstood' ? rightToWorkSaid(text, words) : undefined;
    if (saidOfTheRight !== undefined) return read(saidOfTheRight);
  }
  return reading;
}

const JOINED_OR_FORMS = new Set(JOINED_OR_WORDS.map(normalise));

/** "مطعم ولا مخزن", "hna wla temma": a "ولا" inside a clause joins two things ("or"); opening or closing one, it is a no. */
function withoutAnOr(
  hits: readonly Hit<Meaning>[],
  words: readonly string[],
  clauses: readonly number[],
): Hit<Meaning>[] {
  return hits.filter((hit) => {
    const word = words[hit.start] ?? '';
    const last = hit.start === words.length - 1;
    if (hit.end - hit.start !== 1 || !JOINED_OR_FORMS.has(word) || hit.start === 0 || last) return true;
    // "نعم ولا": last, or closing its clause, it is "or not"
    return (
      clauses.length > 0 && (clauses[hit.start] !== clauses[hit.start - 1] || clauses[hit.start] !== clauses[hit.end])
    );
  });
}

const LATER_FORMS = new Set(LATER_WORDS.map(normalise));
const LATER_REACH = 3;

/** "Helaas niet … misschien volgend jaar", "non, peut-être plus tard": a no now, and a maybe for later. */
function withoutALaterMaybe(hits: readonly Hit<Meaning>[], words: readonly string[]): Hit<Meaning>[] {
  const firstNo = hits.find((hit) => hit.value === 'no' && !hit.negated);
  if (firstNo === undefined || hits.some((hit) => hit.value === 'yes' && !hit.negated)) return [...hits];
  return hits.filter(
    (hit) =>
      hit.value !== 'maybe' ||
      hit.start < firstNo.start ||
      !words.slice(hit.end, hit.end + LATER_REACH).some((word) => LATER_FORMS.has(word)),
  );
}

function negatedTwice(words: readonly string[]): boolean {
  return words.some((word, index) => index > 0 && NEGATOR_FORMS.has(word) && word === words[index - 1]);
}

/** A yes or a no word and the statement beside it: the same answer, or no answer when they differ. */
function agreeing(reading: Reading<YesNo>, said: 'yes' | 'no', question: YesNoQuestion): Reading<YesNo> {
  if (reading.ok) return reading.value === said ? reading : unclear('contradiction');
  // "oui... enfin non, j'ai signé un CDI": a yes and a no, and the job said settles which one answers the question
  const settled =
    reading.reason === 'notUnderstood' || (question === 'lookingForWork' && reading.reason === 'contradiction');
  return settled ? read(said) : reading;
}

/** The right to work in words no yes or no carries, at the question about it; undefined when none. */
function rightToWorkSaid(text: string, words: readonly string[]): YesNo | undefined {
  // "my asylum was granted", "mijn aanvraag is goedgekeurd": a decision taken, and nothing negated
  if (decisionTaken(words)) return 'yes';
  if (asksBack(text, words)) return undefined;
  // "my visa expired in august", "mijn verblijfskaart is vervallen": a document held no longer
  if (documentExpired(words)) return 'no';
  // "mijn aanvraag is afgewezen", "j'ai reçu une OQTF": a stay refused (an appeal was read as pending before)
  if (stayRefused(words)) return 'no';
  // "verblijfskaart voor onbepaalde duur", "permanent residence card": a stay with no end carries the right
  if (unlimitedStay(words)) return 'yes';
  // "F kaart", "carte B", "I have an E+ card": a Belgian residence card that carries the right to work;
  // "I am allowed to work", "ik mag werken", "j'ai pas le droit": the question's own words, said or negated
  return permissionSaid(words) ?? (namesAWorkingCard(words) ? 'yes' : undefined);
}

function readWords(
  text: string,
  words: string[],
  options: { allowNotSure?: boolean; stated?: 'yes' | 'no' },
): Reading<YesNo> {
  if (words.length === 0) return unclear('empty');
  // "je sais pas si j'ai le droit", "idk if I can", "ma3rftch wach 3andi l7a9": the doubt governs what follows
  const doubted = doubtBeforeWhether(words);
  if (doubted) return options.allowNotSure === true ? read('notSure') : unclear('maybe');
  const clauses = clausesOf(text);
  const takenBack = afterTakingBack(words, clauses, options);
  if (takenBack) return takenBack;
  const found = findTerms(words, VOCABULARY, {
    negators: NEGATOR_FORMS,
    fillers: FILLER_FORMS,
    bridges: BRIDGE_FORMS,
    clauses,
  })
    .map((hit) => negatedLater(hit, words))
    .filter((hit, index, all) => !stillNot(hit, words) && !closingAfterNo(hit, all[index - 1], words));
  // "I'm not not looking": a negation said twice is no clear answer
  if (negatedTwice(words)) return unclear('contradiction');
  const answered = withoutAskedBack(found, { text, words, clauses });
  // "oui ? c'est payant ?", "I think so? …": the person asks back; their answer is still to come
  if (answered.length < found.length) return unclear('maybe');
  const hits = withoutALaterMaybe(
    withNegatedObjections(negatedByNo(answersOnly(withoutAnOr(answered, words, clauses), clauses), words), words),
    words,
  );
  const wordHits = hits.filter((hit) => !isEmoji(hit, words));
  const decided = decide(wordHits.length > 0 ? wordHits : hits, options.allowNotSure === true);
  // "oui mais", "ja maar niet elke week": a yes held back by what follows is not a yes to take
  if (
    decided?.ok === true &&
    decided.value === 'yes' &&
    heldBack(words, [...hits, ...found.filter((hit) => hit.value === 'question')])
  )
    return unclear('contradiction');
  if (decided?.ok === true && decided.value !== 'notSure' && heldByAnException(words, hits))
    return unclear('contradiction');
  // "oui si mon patron accepte", "yes if my manager lets me", "als mijn baas akkoord is wel": a yes that waits on
  // someone else, said before or after it
  if (decided?.ok === true && decided.value === 'yes' && (onACondition(words, hits) || opensWithACondition(words)))
    return unclear('maybe');
  // "I can do it but not on fridays", "je peux mais pas le lundi": able, on the other days of the week
  const abilities = hits.filter((hit) => hit.value === 'ability' && !hit.negated);
  if (decided?.ok !== true && abilities.length > 0 && exceptSomeDays(words, abilities)) return read('yes');
  // "I can but not every week": an ability held back is no answer
  if (decided?.ok !== true && heldBack(words, abilities)) return unclear('contradiction');
  // "nee, nog altijd geen werk, dus ik zoek", "la ma3ndich khdma, kan9leb": the no says there is no job
  if (decided?.ok === true && decided.value === 'no' && noJobButSeeking(words))
    return unclear(options.stated === undefined ? 'contradiction' : 'notUnderstood');
  if (decided) return decided;
  // "إن شاء الله" beside a yes is a hopeful yes; alone it promises nothing
  // "إن شاء الله نقدر، أنا فاضي": beside a statement that answers yes, it is a hopeful yes
  if (hits.some((hit) => hit.value === 'hope') && options.stated !== 'yes')
    return options.allowNotSure === true ? read('notSure') : unclear('maybe');
  // "je comprends pas", "never mind" is not a no to the question
  if (hits.some((hit) => hit.value === 'notAnAnswer')) return unclear('notUnderstood');
  // "c'est pas trop long": the negation is of the too much, no no to the question
  if (hits.some((hit) => hit.value === 'tooMuch')) return unclear('notUnderstood');
  // "I don't have papers" is a no; a negation with nothing to negate ("pas", "ماشي") says nothing
  const negations = words.filter((word) => isNegation(word, NEGATOR_FORMS));
  // "3andi la carte", "j'ai mon titre de séjour": having the document asked about; "je suis belge": needing none
  if (negations.length === 0 && hasDocument(words)) return read('yes');
  // Only the question about the right to work allows "not sure", and only there does a nationality answer it
  if (options.allowNotSure === true && negations.length === 0 && isCitizen(words)) {
    return read('yes');
  }
  const others = words.filter((word) => !isNegation(word, NEGATOR_FORMS) && !FILLER_FORMS.has(word));
  // "j'ai toujours pas trouvé de travail": a statement that answers the question is not a no for its negation
  if (negations.length > 0 && others.length > 0 && options.stated === undefined) return read('no');
  // "اه ايلا قبل الباطرون": an answer on a condition is not read from the options on screen either
  if (hasACondition(words, 0)) return unclear('maybe');
  return unclear(words.every((word) => EMOJI.has(word)) ? 'empty' : 'notUnderstood');
}

// "si", "if", "whether", "of", "wach", "واش", "اذا": what follows is the matter of a doubt
// prettier-ignore
const WHETHER_FORMS = new Set(['si', 'if', 'whether', 'of', 'wach', 'wash', 'was', 'ach', 'واش', 'اذا', 'ان', 'ila', 'ida', 'ofdat']);

const OFFERED_AFTER_OR = new Set([
  'nee',
  'niet',
  'ja',
  'no',
  'not',
  'non',
  'pas',
  'oui',
  'yes',
  'la',
  'لا',
  'نعم',
  'wel',
]);

/** Whether the answer opens with "I don't know" and then "if …": "weet niet of ik mag werken". */
function doubtBeforeWhether(words: readonly string[]): boolean {
  // "ja denk ik, of nee": an "or" before a yes or a no offers two answers
  const at = words.findIndex(
    (word, index) => index > 0 && WHETHER_FORMS.has(word) && !OFFERED_AFTER_OR.has(words[index + 1] ?? ''),
  );
  if (at === -1) return false;
  const before = readYesNo(words.slice(0, at).join(' '), { allowNotSure: true });
  return before.ok && before.value === 'notSure';
}

// "née", "nées" with the accent: French "born" wherever it stands, never Dutch "nee" (nor the negation "ne")
const FRENCH_BORN = /(^|[^\p{L}])[nN][éÉ][eE]?[sS]?(?![\p{L}])/gu;

// "née à Lyon", "née ici": French "born", not Dutch "nee"; Flemish "ni" is "niet"
const AFTER_BORN = new Set(['a', 'ici', 'au', 'aux', 'en']);

function withLocalForms(words: string[]): string[] {
  // Spoken Flemish "ni" is "niet" ("op woensdag kan ik ni"); twice it is French "ni … ni"
  const flemishNi = words.filter((word) => word === 'ni').length === 1;
  return words.map((word, index) =>
    flemishNi && word === 'ni'
      ? 'niet'
      : word === 'nee' && index > 0 && AFTER_BORN.has(words[index + 1] ?? '') && words[index - 1] !== 'nee'
        ? 'nait'
        : word === 'sur' && isPrepositionObject(words[index + 1])
          ? 'sur-'
          : word,
  );
}

// French "sur" before a number or an article is the preposition, not "sûr": "je peux pas m'engager sur 6 mois"
// prettier-ignore
const AFTER_PREPOSITION_SUR = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'ce', 'cette', 'ces', 'mon',
  'ma', 'mes', 'son', 'sa', 'ses', 'six', 'deux', 'trois', 'place', 'rdv', 'rendez', 'whatsapp', 'internet', 'facebook']);

function isPrepositionObject(word: string | undefined): boolean {
  return word !== undefined && (/^\d/.test(word) || AFTER_PREPOSITION_SUR.has(word));
}

// Words that never follow the French article "la": a Darija pronoun, a no, thanks, a correction
const DARIJA_AFTER_NO = new Set(
  [
    'ana',
    'nta',
    'nti',
    'ntouma',
    '7na',
    'hna',
    'la',
    'lla',
    'safi',
    'merci',
    'choukran',
    'chokran',
    'shukran',
    'mazal',
    'mazel',
    'ba9i',
    'walakin',
    'pardon',
    'smahli',
    'smhli',
    'sm7li',
    'khoya',
    'khti',
    'akhi',
    'sorry',
    'deja',
  ].map(normalise),
);
const ARABIZI_WORD = /^(?=.*\p{L})(?=.*[2379])[\p{L}\d]+$/u;

/**
 * Arabizi "la" is a no only alone ("la" is also French); at the start of an answer and followed by a
 * Darija word ("la ana khddam deja", "la la", "la, 3ndi khedma", "la ma3ndich") it is the no too.
 */
// "ma n9derch", "ma bghitch": the Darija negation written apart from its verb is one word, as "man9derch"
const SPLIT_ARABIZI_NEGATION = /^[a-z0-9]{3,}(?:ch|sh)$/;

function withDarijaNo(input: string[]): string[] {
  const words = input.flatMap((word, index) =>
    word === 'ma' && SPLIT_ARABIZI_NEGATION.test(input[index + 1] ?? '')
      ? []
      : input[index - 1] === 'ma' && SPLIT_ARABIZI_NEGATION.test(word)
        ? [`ma${word}`]
        : [word],
  );
  // "la la safi": each "la" of a run at the start, each followed by a Darija word
  let count = 0;
  while (words[count] === 'la' && isDarija(words[count + 1])) count += 1;
  return count === 0 ? words : [...words.slice(0, count).map(() => 'lla'), ...words.slice(count)];
}

function isDarija(word: string | undefined): boolean {
  return word !== undefined && (DARIJA_AFTER_NO.has(word) || ARABIZI_WORD.test(word) || isNegation(word, NOTHING));
}
const NOTHING: ReadonlySet<string> = new Set();

/**
 * "yes no wait no", "ja.. nee toch niet", "oui... non en fait non", "لا لا عفوا نعم": what follows the
 * last word that takes back what was said is the answer, when it says something (a yes, a no, a
 * doubt); "oui en fait" or "no sorry" keep what was said before. A word of taking back right after a
 * negation is part of it ("can't wait", "not actually sure"), and one right after a "but" leaves a yes and
 a no ("ja maar eigenlijk nee").
 */
function afterTakingBack(
  words: readonly string[],
  clauses: readonly number[],
  options: { allowNotSure?: boolean },
): Reading<YesNo> | null {
  const markers = findTerms(words, TAKING_BACK, { typos: false });
  for (const marker of markers.reverse()) {
    // "eyh la pardon la": what follows the marker; "ja.. nee toch niet": the marker and what follows
    // Exactly a negation word: "nee" is a no, not the negation "ne" with a letter doubled
    const before = words[marker.start - 1] ?? '';
    if (marker.start === 0 || NEGATOR_FORMS.has(before) || BUT_FORMS.has(before)) continue;
    // The words from the marker on, with a comma where a clause ended, so that a negation still stops there
    // "oui... non en fait je préfère pas", "نعم... لا في الحقيقة": a yes turned to a no right before the marker
    const switched = saysYesOrNo([before]) && saysYesOrNo([words[marker.start - 2] ?? '']) ? [marker.start - 1] : [];
    for (const from of [marker.end, marker.start, ...switched]) {
      const tail = textFrom(words, clauses, from);
      if (tail === '' || !saysYesOrNo(wordsOf(tail))) continue;
      const reading = readYesNo(tail, options);
      if (reading.ok || reading.reason === 'maybe' || reading.reason === 'contradiction') return reading;
    }
  }
  return null;
}

/** The words from `from` on, with a comma where a clause ended, so that a negation still stops there. */
function textFrom(words: readonly string[], clauses: readonly number[], from: number): string {
  return words
    .slice(from)
    .map((word, offset) => {
      const index = from + offset;
      return offset > 0 && clauses.length > 0 && clauses[index] !== clauses[index - 1] ? `, ${word}` : word;
    })
    .join(' ');
}

const SAYING: ReadonlySet<Meaning> = new Set(['yes', 'no', 'maybe', 'know', 'believe', 'sure', 'whyNot', 'objection']);

/** Whether words say a yes, a no or a doubt in words ("pas tous les jours" says none). */
function saysYesOrNo(words: readonly string[]): boolean {
  return findTerms(words, VOCABULARY, { fillers: FILLER_FORMS, typos: false }).some((hit) => SAYING.has(hit.value));
}

/**
 * A yes or a no that is its own clause ending with a question mark ("oui ? c'est payant ?", "ok?",
 * "I think so? my card says…") is asked back, not given: it answers nothing.
 */
function withoutAskedBack(
  hits: readonly Hit<Meaning>[],
  answer: { text: string; words: readonly string[]; clauses: readonly number[] },
): Hit<Meaning>[] {
  const { text, words, clauses } = answer;
  if (clauses.length !== words.length) return [...hits];
  const asked = askedClausesOf(text);
  if (asked.size === 0) return [...hits];
  const clauseWords = (clause: number): number[] =>
    words.flatMap((word, index) => (clauses[index] === clause && !FILLER_FORMS.has(word) ? [index] : []));
  return hits.filter((hit) => {
    const clause = clauses[hit.start] ?? -1;
    if (!asked.has(clause) || !ASKABLE.has(hit.value)) return true;
    // "wat moet ik doen als ik niet akkoord ben?": what a question supposes is no answer
    const supposed = clauseWords(clause).some((index) => index < hit.start && CONDITION_FORMS.has(words[index] ?? ''));
    return !supposed && !clauseWords(clause).every((index) => index >= hit.start && index < hit.end);
  });
}
const ASKABLE: ReadonlySet<Meaning> = new Set(['yes', 'no', 'believe', 'sure']);

/**
 * Whether the last yes is followed by a "but" with nothing after it ("oui mais") or with a
 * negation after it ("ja maar niet elke week", "yes but not on Fridays").
 */
function heldBack(words: readonly string[], hits: readonly Hit<Meaning>[]): boolean {
  const lastYes = hits.filter((hit) => (hit.value === 'yes' || hit.value === 'ability') && !hit.negated).at(-1);
  if (!lastYes) return false;
  const but = words.findIndex((word, index) => index >= lastYes.end && BUT_FORMS.has(word));
  if (but === -1) return false;
  const after = words.slice(but + 1).filter((word) => !FILLER_FORMS.has(word));
  if (onlySomeDays(after)) return false;
  if (after.length === 0 || after.some((word) => isNegation(word, NEGATOR_FORMS))) return true;
  // "oui mais c'est quoi exactement que vous gardez ?": the yes waits for an answer
  return hits.some((hit) => hit.value === 'question' && hit.start > but);
}

const STILL_FORMS = new Set(['mazal', 'mazel', 'مازال', 'ba9i', 'باقي', 'still'].map(normalise));

/**
 * "mazal ma l9it khedma", "مازال ما عنديش": "not yet" before a negation is "still", not a no of its own;
 * the negation after it says what is meant.
 */
function stillNot(hit: Hit<Meaning>, words: readonly string[]): boolean {
  return (
    hit.value === 'no' &&
    hit.end - hit.start === 1 &&
    STILL_FORMS.has(words[hit.start] ?? '') &&
    // Arabizi "ma" (French "my") negates only here
    (words[hit.end] === 'ma' || isNegation(words[hit.end] ?? '', NEGATOR_FORMS))
  );
}

const CLOSING_FORMS = new Set(['safi', 'صافي', 'وصافي', 'wsafi'].map(normalise));

/** "la la safi", "لا صافي": after a no, "safi" closes the answer ("that's all"); it is no yes. */
function closingAfterNo(hit: Hit<Meaning>, before: Hit<Meaning> | undefined, words: readonly string[]): boolean {
  return (
    hit.value === 'yes' &&
    before?.value === 'no' &&
    before.end === hit.start &&
    CLOSING_FORMS.has(words[hit.start] ?? '')
  );
}

/**
 * Whether the last yes is followed by an exception ("oui sauf le vendredi", "yes except fridays") or by a
 * wait with no answer after it ("ok attends je vérifie").
 */
function heldByAnException(words: readonly string[], hits: readonly Hit<Meaning>[]): boolean {
  const lastAnswer = hits.filter((hit) => hit.value === 'yes' || hit.value === 'no').at(-1);
  if (!lastAnswer) return false;
  const after = words.slice(lastAnswer.end);
  if (after.length === 0) return false;
  // "nee wacht even, ik moet nadenken": a wait after a no holds it back too; an exception only a yes
  if (
    lastAnswer.value === 'yes' &&
    !lastAnswer.negated &&
    findTerms(after, EXCEPT, { typos: false }).length > 0 &&
    !onlySomeDays(after)
  )
    return true;
  // "ok attends je vérifie", "nee wacht even": a wait right after the answer ("j'attends la réponse" is no wait)
  const rest = after.filter((word) => !FILLER_FORMS.has(word));
  const wait = findTerms(rest, WAIT, { typos: false })[0];
  return wait?.start === 0 && !saysYesOrNo(rest.slice(wait.end));
}

// "chaque semaine", "elke week", "every week": an exception of weeks, not of days
const WEEK_FORMS = new Set(
  ['semaine', 'semaines', 'week', 'weken', 'weeks', 'سيمانه', 'اسبوع', 'الاسبوع', 'simana', 'semana'].map(normalise),
);

/** Whether an ability is followed by a "but" or an "except" that rules out only some weekdays. */
function exceptSomeDays(words: readonly string[], abilities: readonly Hit<Meaning>[]): boolean {
  const last = abilities.at(-1);
  if (!last) return false;
  const after = words.slice(last.end);
  const turn = after.findIndex((word) => BUT_FORMS.has(word) || EXCEPT_FORMS.has(word));
  return turn !== -1 && onlySomeDays(after.slice(turn + 1));
}

/**
 * "oui mais pas le vendredi", "ja maar niet op woensdag, dan heb ik les", "yes except fridays": a weekly
 * meeting still fits when only some weekdays are ruled out, not when weeks are.
 */
function onlySomeDays(after: readonly string[]): boolean {
  return namesWeekday(after) && !after.some((word) => WEEK_FORMS.has(word));
}

/** Having no job and looking for one, in one answer: a no in it may answer either. */
function noJobButSeeking(words: readonly string[]): boolean {
  if (findTerms(words, NO_JOB, { typos: false }).length === 0) return false;
  return words.some(
    (word, index) =>
      SEEKING_FORMS.has(word) && !words.slice(index + 1, index + 2).some((next) => isNegation(next, NEGATOR_FORMS)),
  );
}

// Dutch and English put the negation of knowing last: "ik weet het echt niet", "I know it not"
const LATE_NEGATION_WORDS = 3;

function negatedLater(hit: Hit<Meaning>, words: readonly string[]): Hit<Meaning> {
  if (hit.negated || (hit.value !== 'know' && hit.value !== 'believe')) return hit;
  const after = words.slice(hit.end, hit.end + LATE_NEGATION_WORDS);
  return after.some((word) => isNegation(word, NEGATOR_FORMS)) ? { ...hit, negated: true } : hit;
}

/** Words after a question word in its clause ask something ("c'est quoi exactement ?"): they answer nothing. */
function answersOnly(hits: readonly Hit<Meaning>[], clauses: readonly number[]): Hit<Meaning>[] {
  const asked = hits.filter((hit) => hit.value === 'question');
  return hits.filter(
    (hit) =>
      hit.value !== 'question' &&
      !asked.some((question) => question.start < hit.start && clauses[question.start] === clauses[hit.start]),
  );
}

/** A no that carries a negation right before a yes turns it: "pas du tout d'accord", "niet echt akkoord". */
function negatedByNo(hits: readonly Hit<Meaning>[], words: readonly string[]): Hit<Meaning>[] {
  return hits.map((hit, index) => {
    const before = hits[index - 1];
    // Only a no that holds a negation ("pas du tout", "niet echt"): "no, I agree" is a no and a yes
    const turned =
      hit.value === 'yes' &&
      before?.value === 'no' &&
      before.end === hit.start &&
      words.slice(before.start, before.end).some((word) => NEGATOR_FORMS.has(word));
    return turned ? { ...hit, negated: true } : hit;
  });
}

// "non, pas de problème", "no, I don't mind", "la, ma3ndich mochkil": the no answers "is there a problem?"
const NO_BEFORE_AN_OBJECTION = 3;

/**
 * An objection right after a no is a negated objection ("no problem"), and a no shortly before a
 * negated objection is part of it ("non, pas de problème"); "non, j'ai un problème" stays a no.
 */
function withNegatedObjections(hits: readonly Hit<Meaning>[], words: readonly string[]): Hit<Meaning>[] {
  const absorbed = new Set<Hit<Meaning>>();
  const result = hits.map((hit) => {
    if (hit.value !== 'objection') return hit;
    const noBefore = hits.filter((other) => {
      if (other.value !== 'no' || other.end > hit.start) return false;
      // "non je n'ai aucun problème": the negation, "have" and fillers between do not count
      const between = words
        .slice(other.end, hit.start)
        .filter((word) => !FILLER_FORMS.has(word) && !BRIDGE_FORMS.has(word) && !isNegation(word, NEGATOR_FORMS));
      if (between.length > NO_BEFORE_AN_OBJECTION) return false;
      return hit.negated || words.slice(other.end, hit.start).every((word) => BRIDGE_FORMS.has(word));
    });
    for (const no of noBefore) absorbed.add(no);
    return noBefore.length > 0 ? { ...hit, negated: true } : hit;
  });
  return result.filter((hit) => !absorbed.has(hit));
}

function isEmoji(hit: Hit<Meaning>, words: readonly string[]): boolean {
  return hit.end - hit.start === 1 && EMOJI.has(words[hit.start] ?? '');
}

/**
 * A negated yes is a no ("pas d'accord"); a negated no stays a no ("non, pas du tout"); "I don't
 * know" is a maybe and "I know" says nothing; "I think so" is a maybe and "I don't think so" a no;
 * "not really sure" is a maybe.
 */
function meaningOf(hit: Hit<Meaning>): ('yes' | 'no' | 'maybe')[] {
  switch (hit.value) {
    case 'yes':
      return [hit.negated ? 'no' : 'yes'];
    case 'know':
      return hit.negated ? ['maybe'] : [];
    case 'believe':
      return [hit.negated ? 'no' : 'maybe'];
    case 'sure':
      return [hit.negated ? 'maybe' : 'yes'];
    case 'objection':
      return hit.negated ? ['yes'] : [];
    case 'whyNot':
      return ['yes'];
    case 'ability':
      return hit.negated ? ['no'] : [];
    case 'tooMuch':
      return hit.negated ? [] : ['no'];
    case 'provisional':
      return ['maybe'];
    case 'question':
    case 'hope':
    case 'notAnAnswer':
      return [];
    default:
      return [hit.value];
  }
}

const HAVE_FORMS = new Set(HAVE_WORDS.map(normalise));
const DOCUMENT_FORMS = new Set(DOCUMENT_WORDS.map(normalise));
const DOCUMENT_REACH = 4;

const NATIONALITY_FORMS = new Set(NATIONALITY_WORDS.map(normalise));
const CITIZEN_FORMS = new Set(CITIZEN_WORDS.map(normalise));
const CITIZEN_REACH = 3;

/** "je suis belge", "Ik ben Belg", "Belgian citizen", "عندي الجنسية البلجيكية", "ik ben hier geboren". */
function isCitizen(words: readonly string[]): boolean {
  if (bornHere(words)) return true;
  // "française, née à Bondy", "Belg": a nationality that opens the answer is the person's own
  return words.some(
    (word, index) =>
      isAnyForm(word, NATIONALITY_FORMS) &&
      !someoneElses(words, index) &&
      (index === 0 ||
        [...words.slice(Math.max(0, index - CITIZEN_REACH), index), words[index + 1] ?? ''].some((near) =>
          CITIZEN_FORMS.has(near),
        )),
  );
}

const KIN_REACH = 5;

/** "ma femme a la nationalité française", "my mother is Belgian": a family member named before it owns it. */
function someoneElses(words: readonly string[], index: number): boolean {
  return words.slice(Math.max(0, index - KIN_REACH), index).some((word) => KIN_FORMS.has(word));
}

const PENDING_DECISION = vocabulary(termsOf(PENDING_DECISION_WORDS.map((word) => [word, true] as const)));
const PERMISSION = vocabulary(termsOf(PERMISSION_WORDS.map((word) => [word, true] as const)));
const DECIDED = vocabulary(termsOf(DECIDED_WORDS.map((word) => [word, true] as const)));

// prettier-ignore
const OPENING_NO_FORMS = new Set(['non', 'nee', 'neen', 'no', 'nope', 'nah', 'la', 'لا', 'nn', 'nan', 'pas encore',
  'not yet', 'nog niet', 'nog nie', 'mazal', 'mazel', 'مازال', 'ba9i', 'باقي'].map(normalise));
// prettier-ignore
const PLAIN_YES_FORMS = new Set(['oui', 'ouais', 'yes', 'yeah', 'yep', 'ja', 'jawel', 'نعم', 'ايه', 'اه', 'wah', 'iyeh', 'eyh']
  .map(normalise));
// A plain no said anywhere in the answer ("… donc non pour l'instant"); "la" only opening it, as French has it for "the"
const NO_ANYWHERE_FORMS = new Set(['non', 'nee', 'neen', 'no', 'nope', 'nah', 'لا'].map(normalise));

/**
 * "non, …", "pas encore, …", "… donc non pour l'instant": a no said as the answer, not only of the procedure.
 * An opening "not yet" that runs into the words of the decision to come is part of them: "pas encore de
 * réponse", "مازال ما جاوبونيش".
 */
function saysNoAsTheAnswer(
  words: readonly string[],
  pending: { start: number; end: number },
  clauses: readonly number[],
): boolean {
  const opening = OPENING_NO_FORMS.has(words.slice(0, 2).join(' ')) ? 2 : OPENING_NO_FORMS.has(words[0] ?? '') ? 1 : 0;
  const runsIntoPending =
    pending.start < opening || (pending.start === opening && (clauses[0] ?? 0) === (clauses[pending.start] ?? 0));
  // "still no answer": a no inside the words of the decision to come is theirs
  const saysNo = words.some(
    (word, index) => (index < pending.start || index >= pending.end) && NO_ANYWHERE_FORMS.has(word),
  );
  return (opening > 0 && !runsIntoPending) || saysNo;
}

const CONDITION_FORMS = new Set(CONDITION_WORDS.map(normalise));
// Dutch "als" is also "as" ("ja, als mentor"): a condition only before the one it waits on
const ALS_SUBJECT_FORMS = new Set([
  'mijn',
  'mn',
  'm',
  'de',
  'het',
  'ik',
  'je',
  'ze',
  'hij',
  'we',
  'er',
  'alles',
  'dat',
  'u',
]);

// prettier-ignore
const YOU_FORMS = new Set(['vous', 'tu', 'you', 'u', 'bghiti', 'bghito', 'bghitou', 'بغيتي', 'بغيتو', 'تحب', 'تحبو',
  'حبيت', 'بدك', 'تريد', 'jij', 'ge', 'gij', 'wilt', 'wil'].map(normalise));

/** Whether a condition follows the yes: "yes if my manager agrees", "نعم إذا وافق صاحب العمل". */
function onACondition(words: readonly string[], hits: readonly Hit<Meaning>[]): boolean {
  // The first yes: "oui si mon patron accepte" says its "accepte" inside the condition
  const firstYes = hits.find((hit) => hit.value === 'yes' && !hit.negated);
  return firstYes !== undefined && hasACondition(words, firstYes.end);
}

/** "إذا الشركة وافقت نعم", "si mon patron accepte, oui": the answer opens with its condition ("si si" is a yes). */
function opensWithACondition(words: readonly string[]): boolean {
  const [first, second] = words;
  if (first === undefined || !CONDITION_FORMS.has(first) || first === second) return false;
  // French "si" is also the yes to a negative question ("non attends si, oui"): a condition only before its subject
  return (first !== 'si' || FRENCH_SUBJECT_FORMS.has(second ?? '')) && hasACondition(words, 0);
}

// prettier-ignore
const FRENCH_SUBJECT_FORMS = new Set(['mon', 'ma', 'mes', 'le', 'la', 'les', 'l', 'je', 'j', 'il', 'elle', 'on', 'vous',
  'tu', 'ils', 'elles', 'ton', 'son', 'sa', 'leur', 'notre', 'votre', 'ca', 'cela', 'mn']);

/** Whether a condition on someone else opens at `from` or after it, not a courtesy ("if you like"). */
function hasACondition(words: readonly string[], from: number): boolean {
  return words.some((word, index) => {
    if (index < from || !CONDITION_FORMS.has(word)) return false;
    // "wakha ila bghiti", "oui si vous voulez", "if you like": a courtesy to the one asking, no condition
    if (words.slice(index + 1, index + 3).some((next) => YOU_FORMS.has(next))) return false;
    if (word === 'als') return ALS_SUBJECT_FORMS.has(words[index + 1] ?? '');
    // "mais si": French "yes" against a negative question, not "if"
    return !(word === 'si' && words[index - 1] === 'mais') && index < words.length - 1;
  });
}

/** The first words that say a decision is still to come, unless one taken is told too ("mon avocat l'a confirmé"). */
function pendingDecision(words: readonly string[]): { start: number; end: number } | undefined {
  const pending = findTerms(words, PENDING_DECISION, { typos: false })[0] ?? stillNotDecided(words);
  // "la demande d'asile a été rejetée" is decided; "refusée, j'ai fait un recours" waits on the appeal after it
  const refusal = findTerms(words, REFUSED, { negators: NEGATOR_FORMS, typos: false }).find((hit) => !hit.negated);
  const refusedSince = refusal !== undefined && pending !== undefined && refusal.start > pending.start;
  return pending && !decisionTaken(words) && !refusedSince ? pending : undefined;
}

const STILL_OR_YET_FORMS = new Set(STILL_WORDS.map(normalise));
const STILL_REACH = 3;

/**
 * "ملفي ديال اللجوء مازال ما تقبلش", "nog niet goedgekeurd", "not approved yet": a decision negated with
 * "still" or "yet" is one still to come, from the "still" on.
 */
function stillNotDecided(words: readonly string[]): { start: number; end: number } | undefined {
  for (const hit of findTerms(words, DECIDED, { negators: NEGATOR_FORMS, typos: false })) {
    if (!hit.negated) continue;
    const from = Math.max(0, hit.start - STILL_REACH);
    const still = words.slice(from, hit.start).findIndex((word) => STILL_OR_YET_FORMS.has(word));
    if (still !== -1) return { start: from + still, end: hit.end };
    if (words.slice(hit.end, hit.end + 2).some((word) => STILL_OR_YET_FORMS.has(word))) return hit;
  }
  return undefined;
}

const UNLIMITED = vocabulary(termsOf(UNLIMITED_WORDS.map((word) => [word, true] as const)));
const EXPIRED = vocabulary(termsOf(EXPIRED_WORDS.map((word) => [word, true] as const)));
const STUDENT_FORMS = new Set(STUDENT_WORDS.map(normalise));
// How far a document and what is said of it stand apart: "verblijfskaart voor onbepaalde duur", "visa expired"
const SAID_OF_DOCUMENT_REACH = 4;

function nearADocument(words: readonly string[], hit: { start: number; end: number }): boolean {
  const before = words.slice(Math.max(0, hit.start - SAID_OF_DOCUMENT_REACH), hit.start);
  const after = words.slice(hit.end, hit.end + SAID_OF_DOCUMENT_REACH);
  return [...before, ...after].some((word) => isAnyForm(word, DOCUMENT_FORMS));
}

/** "séjour illimité", "verblijfskaart voor onbepaalde duur", "permanent residence card", not negated. */
function unlimitedStay(words: readonly string[]): boolean {
  const hits = findTerms(words, UNLIMITED, { negators: NEGATOR_FORMS, typos: false });
  return hits.some((hit) => !hit.negated && nearADocument(words, hit));
}

/** "my visa expired", "mon titre de séjour a expiré", "mijn kaart is vervallen", "الإقامة ديالي انتهت". */
function documentExpired(words: readonly string[]): boolean {
  return findTerms(words, EXPIRED, { typos: false }).some((hit) => nearADocument(words, hit));
}

const REFUSED = vocabulary(termsOf(REFUSED_WORDS.map((word) => [word, true] as const)));

function stayRefused(words: readonly string[]): boolean {
  const hits = findTerms(words, REFUSED, { negators: NEGATOR_FORMS, typos: false });
  return hits.length > 0 && hits.every((hit) => !hit.negated);
}

// A number of hours: "20h", "20 hours", "20 uur", "20 ساعة"
const HOURS_WORD = /^(?:\d{1,2}(?:h|u|uur|hrs?)|h|u|uur|uren|hours?|hrs?|heures?|ساعه|ساعات|sa3a|sa3at)$/u;

/** A student's permit ("visa étudiant", "studentenvisum", "فيزا دراسة") or a student's hours of work. */
function limitedToStudies(words: readonly string[]): boolean {
  return words.some((word, index) => {
    if (!STUDENT_FORMS.has(word)) return false;
    const near = [...words.slice(Math.max(0, index - 2), index), ...words.slice(index + 1, index + 3)];
    return near.some((other) => isAnyForm(other, DOCUMENT_FORMS)) || words.some((other) => HOURS_WORD.test(other));
  });
}

const ASKING_FORMS = new Set(QUESTION_WORDS.map(normalise));

/** "what do you mean by allowed?", "شو يعني مسموح؟": the words of the question asked back. */
function asksBack(text: string, words: readonly string[]): boolean {
  return QUESTION_MARK.test(text) || words.some((word) => ASKING_FORMS.has(word));
}

const KIN_FORMS = new Set(KIN_WORDS.map(normalise));
// The Belgian residence cards that come with the right to work (A, limited, and the orange card are not among them)
const WORKING_CARD_LETTERS = new Set(['b', 'c', 'd', 'e', 'f', 'h', 'k', 'l', 'm']);
const CARD_FORMS = new Set(['carte', 'kaart', 'card', 'karta', 'كارط', 'بطاقه', 'بطاقة'].map(normalise));

function namesAWorkingCard(words: readonly string[]): boolean {
  return (
    !words.some((word) => isNegation(word, NEGATOR_FORMS)) &&
    words.some(
      (word, index) =>
        CARD_FORMS.has(word) &&
        (WORKING_CARD_LETTERS.has(words[index + 1] ?? '') || WORKING_CARD_LETTERS.has(words[index - 1] ?? '')),
    )
  );
}

function permissionSaid(words: readonly string[]): YesNo | undefined {
  const hits = findTerms(words, PERMISSION, { negators: NEGATOR_FORMS, bridges: BRIDGE_FORMS, typos: false });
  // "mijn broer mag werken": someone else's permission says nothing of one's own
  if (hits.length === 0 || words.some((word) => KIN_FORMS.has(word))) return undefined;
  return hits.every((hit) => hit.negated) ? 'no' : hits.every((hit) => !hit.negated) ? 'yes' : undefined;
}

function decisionTaken(words: readonly string[]): boolean {
  return findTerms(words, DECIDED, { negators: NEGATOR_FORMS, typos: false }).some((hit) => !hit.negated);
}

const BORN_FORMS = new Set(BORN_WORDS.map(normalise));
const HERE_FORMS = new Set(HERE_WORDS.map(normalise));
const BIRTHPLACE_REACH = 4;

/**
 * "chui né a liege", "I was born in Antwerp", "ana mzyoud hna f bruxelles", "ik ben hier geboren": born
 * where the right to work comes with it.
 */
function bornHere(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      isAnyForm(word, BORN_FORMS) &&
      [words[index - 1] ?? '', ...words.slice(index + 1, index + 1 + BIRTHPLACE_REACH)].some((near) =>
        isAnyForm(near, HERE_FORMS),
      ),
  );
}

function hasDocument(words: readonly string[]): boolean {
  // "j'ai un titre de séjour qui a expiré": a document held no longer
  if (documentExpired(words)) return false;
  return words.some(
    (word, index) =>
      HAVE_FORMS.has(word) &&
      words.slice(index + 1, index + 1 + DOCUMENT_REACH).some((next) => isAnyForm(next, DOCUMENT_FORMS)),
  );
}

function decide(hits: readonly Hit<Meaning>[], allowNotSure: boolean): Reading<YesNo> | null {
  const meanings = new Set(hits.flatMap((hit) => meaningOf(hit)));
  if (meanings.size === 0) return null;
  // "non je suis pas sûr", "niet zeker, nee": the no goes with the doubt; "je pense que oui mais pas sûr" is a doubt too
  // "je crois que non", "I think not": a belief with a no is a no
  const doubts = hits.filter((hit) => hit.value !== 'believe' && meaningOf(hit).includes('maybe'));
  const onlyNo = meanings.has('no') && !meanings.has('yes');
  if (doubts.length === 0 && onlyNo && hits.some((hit) => hit.value === 'believe' && !hit.negated)) return read('no');
  const doubtingNo = doubts.length > 0 && onlyNo && hits.every((hit) => hit.value !== 'yes' || hit.negated);
  // "oui j'ai la carte orange": a document that does not settle it leaves a yes in doubt
  const believedYes =
    meanings.has('yes') &&
    !meanings.has('no') &&
    hits.some((hit) => hit.value === 'believe' || hit.value === 'provisional');
  // "yes but not sure", "I think yes but not 100%": a yes doubted after it is said
  const firstYes = hits.find((hit) => hit.value === 'yes' && !hit.negated);
  const doubtedYes =
    firstYes !== undefined && !meanings.has('no') && doubts.some((doubt) => doubt.start > firstYes.start);
  if (meanings.has('maybe') && (doubtingNo || believedYes || doubtedYes)) {
    return allowNotSure ? read('notSure') : unclear('maybe');
  }
  if (meanings.has('yes') && meanings.has('no')) return unclear('contradiction');
  if (meanings.has('maybe')) {
    if (meanings.size > 1) return unclear('contradiction');
    return allowNotSure ? read('notSure') : unclear('maybe');
  }
  return read(meanings.has('yes') ? 'yes' : 'no');
}
