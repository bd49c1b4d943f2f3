import {
  BUT_WORDS,
  DETERMINERS,
  HAVE_WORDS,
  HELP_AFTER_WORDS,
  HELP_WORDS,
  JOB_SEEKING_VERBS,
  KIN_WORDS,
  NEEDING_WORDS,
  NO_JOB_WORDS,
  NEGATORS,
  WORK_VERBS,
  YOUNG_WORDS,
} from './lexicon.js';
import { jobSearchSaid } from './job-search.js';
import { normalise } from './normalise.js';
import { findTerms, negationWithin, termsOf, vocabulary } from './terms.js';
import { arabiziSkeleton, isAnyForm } from './variants.js';
import {
  APPLYING_WORDS,
  FIRST_PERSON_SUBJECTS,
  GIVING_WORDS,
  GLUED_WANT_WORDS,
  OFFERING_WORDS,
  OTHER_PEOPLE_WORDS,
  REFERRED_BETWEEN_WORDS,
  REFERRING_WORDS,
  SELF_BEING_WORDS,
  SUBJECT_RELATIVE_WORDS,
  TIME_WORDS,
  TRAINEESHIP_WORDS,
} from './role-words.js';

// An Arabizi word is also known by its skeleton, as typed words are ("kan9elleb" is "kan9leb")
export const formsWithSkeletonsOf = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map(normalise).flatMap((form) => [form, arabiziSkeleton(form) ?? form]));

const YOUNG = formsWithSkeletonsOf(YOUNG_WORDS);
const OTHERS = formsWithSkeletonsOf(OTHER_PEOPLE_WORDS);
const RECIPIENTS = new Set([...YOUNG, ...OTHERS]);
const HELP = formsWithSkeletonsOf(HELP_WORDS);
const HELP_AFTER = formsWithSkeletonsOf(HELP_AFTER_WORDS);
const DETERMINER = formsWithSkeletonsOf(DETERMINERS);
const NEGATOR = formsWithSkeletonsOf(NEGATORS);
const BUT = formsWithSkeletonsOf(BUT_WORDS);
const AND = formsWithSkeletonsOf(['et', 'and', 'en', 'w', 'و', 'wa']);
const KIN = formsWithSkeletonsOf(KIN_WORDS);
const HAVE = formsWithSkeletonsOf(HAVE_WORDS);
const RELATIVE = formsWithSkeletonsOf(SUBJECT_RELATIVE_WORDS);
const FIRST_PERSON = formsWithSkeletonsOf(FIRST_PERSON_SUBJECTS);
const SELF_BEING = formsWithSkeletonsOf(SELF_BEING_WORDS);
const REFERRING = formsWithSkeletonsOf(REFERRING_WORDS);
const REFERRED_BETWEEN = formsWithSkeletonsOf(REFERRED_BETWEEN_WORDS);
const GIVING = formsWithSkeletonsOf(GIVING_WORDS);
const TIME = formsWithSkeletonsOf(TIME_WORDS);
const OFFERING = formsWithSkeletonsOf(OFFERING_WORDS);
const GLUED_WANT = formsWithSkeletonsOf(GLUED_WANT_WORDS);
const WORK_VERB = formsWithSkeletonsOf(WORK_VERBS);
const APPLYING = formsWithSkeletonsOf(APPLYING_WORDS);
const SEEKING_OR_NEEDING = formsWithSkeletonsOf([...JOB_SEEKING_VERBS, ...NEEDING_WORDS]);
const TRAINEESHIP = formsWithSkeletonsOf(TRAINEESHIP_WORDS);
const NO_JOB = vocabulary(termsOf(NO_JOB_WORDS.map((phrase) => [phrase, true] as const)));
// prettier-ignore
const GLADLY = formsWithSkeletonsOf([
  'graag', 'heel', 'volontiers', 'bien', 'really', 'gladly', 'happily', 'ook', 'aussi', 'also', 'hta', 'حتى', 'tta',
]);

// "je suis un jeune qui cherche": this many words before the noun may say the writer is it
const SELF_REACH = 3;
// "un peu de mon temps", "some of my free time": this many words between giving and time
const TIME_REACH = 5;
const TIME_BEFORE_REACH = 3;
// "I have several youngsters", "send you a few young people": this many words between having and young people
const HAVING_REACH = 3;
// "je cherche depuis des mois un stage": this many words between looking and the traineeship
const SOUGHT_REACH = 5;
// "je ne veux pas aider", "I don't want to help": a negation this many words before the offer refuses it
const OFFER_REFUSAL_REACH = 3;

export interface Span {
  start: number;
  end: number;
}

/** Where a clause stops: punctuation, a "but", or the writer speaking again ("..., mais je cherche"). */
function clauseEnd(words: readonly string[], clauses: readonly number[], from: number): number {
  for (let index = from; index < words.length; index += 1) {
    if (index > from && clauses.length > 0 && clauses[index] !== clauses[from]) return index;
    if (isAnyForm(words[index], BUT) || FIRST_PERSON.has(words[index] ?? '')) return index;
  }
  return words.length;
}

/** Whether the people named at `index` are the writer: "je suis un jeune", "ik ben een jongere", "ana chab". */
function isTheWriter(words: readonly string[], index: number): boolean {
  return words.slice(Math.max(0, index - SELF_REACH), index).some((word) => SELF_BEING.has(word));
}

/**
 * The words of clauses about other people ("des jeunes qui cherchent un emploi", "jongeren die werk
 * zoeken", "young people who are looking for work", "شباب اللي كيقلبو على خدمة"): the job they seek is
 * theirs, not the writer's. A clause whose subject is the writer ("des jeunes que je peux aider",
 * "jongeren die ik help") or about the writer ("je suis un jeune qui cherche") is kept.
 */
export function othersClauses(words: readonly string[], clauses: readonly number[]): Span[] {
  const spans: Span[] = [];
  words.forEach((word, index) => {
    if (!RELATIVE.has(word) || !isAnyForm(words[index - 1], RECIPIENTS) || isTheWriter(words, index - 1)) return;
    if (FIRST_PERSON.has(words[index + 1] ?? '')) return;
    spans.push({ start: index, end: clauseEnd(words, clauses, index + 1) });
  });
  return spans;
}

/**
 * Where the writer offers help or time to others ("aider les jeunes", "anderen helpen", "n3awen hta
 * lokhrin", "donner de mon temps"), or with `bare`, helping wished with no one named ("je veux aider",
 * "bghit n3awen"): the span of the offer to the end of its clause, so that what the young people seek
 * counts as theirs; null when nothing is offered.
 */
export function offerIn(words: readonly string[], clauses: readonly number[], { bare = false } = {}): Span | null {
  for (let index = 0; index < words.length; index += 1) {
    const start = offerStartAt(words, index, bare);
    if (start !== null && !negationWithin(words, Math.min(start, index), NEGATOR, OFFER_REFUSAL_REACH)) {
      return { start, end: clauseEnd(words, clauses, index + 1) };
    }
  }
  return null;
}

function offerStartAt(words: readonly string[], index: number, bare: boolean): number | null {
  const word = words[index];
  // "jongeren helpen", "anderen te begeleiden": Dutch puts the people before the verb
  if (isAnyForm(word, HELP_AFTER)) {
    const recipient = [index - 1, index - 2].find((other) => isAnyForm(words[other], RECIPIENTS));
    if (recipient !== undefined) return recipient;
    if (bare && wishedJustBefore(words, index)) return index;
  }
  if (isAnyForm(word, HELP)) {
    if (recipientAfter(words, index)) return index;
    if (bare && wishedJustBefore(words, index) && nothingAfter(words, index)) return index;
  }
  // "donner de mon temps", and in Dutch the time before the verb: "mijn tijd geven"
  if (isAnyForm(word, GIVING)) return timeGivenFrom(words, index);
  return null;
}

/** Where the time given is said ("I don't have time to give" refuses from there), or the verb; null without it. */
function timeGivenFrom(words: readonly string[], giving: number): number | null {
  const last = Math.min(giving + TIME_REACH, words.length - 1);
  for (let index = Math.max(0, giving - TIME_BEFORE_REACH); index <= last; index += 1) {
    if (isAnyForm(words[index], TIME)) return Math.min(index, giving);
  }
  return null;
}

function recipientAfter(words: readonly string[], index: number): boolean {
  for (const next of words.slice(index + 1)) {
    if (isAnyForm(next, RECIPIENTS)) return true;
    // "ik help graag jonge mensen", "I'd really help young people"
    if (!DETERMINER.has(next) && !GLADLY.has(next)) return false;
  }
  return false;
}

/** "je veux aider", "ik wil graag helpen", "I'd like to help": helping wished, with only gladly words between. */
function wishedJustBefore(words: readonly string[], index: number): boolean {
  for (let before = index - 1; before >= 0; before -= 1) {
    const word = words[before] ?? '';
    if (isAnyForm(word, OFFERING)) return true;
    if (!GLADLY.has(word)) return false;
  }
  // "n3awen", "نعاون": an Arabic verb says its own first person
  return index === 0 && /^(n|ن)/u.test(words[index] ?? '');
}

/** Nothing but gladly words after the verb, up to an "and": "je veux aider", not "je veux aider ma famille". */
function nothingAfter(words: readonly string[], index: number): boolean {
  for (const next of words.slice(index + 1)) {
    if (AND.has(next) || isAnyForm(next, BUT)) return true;
    if (!GLADLY.has(next)) return false;
  }
  return true;
}

/**
 * The writer speaks for young people they work with: "j'ai des jeunes pour vous", "I have several
 * youngsters for you", "عندي شباب", "ik wil jongeren doorverwijzen": a professional, not a job seeker.
 */
export function refersYoungPeople(words: readonly string[]): boolean {
  return words.some((word, index) => {
    if (!isAnyForm(word, HAVE) && !isAnyForm(word, REFERRING)) return false;
    if (negationWithin(words, index, NEGATOR, 2)) return false;
    for (let next = index + 1; next <= Math.min(index + 1 + HAVING_REACH, words.length - 1); next += 1) {
      const other = words[next] ?? '';
      // "I have young children" speaks of a family
      if (isAnyForm(other, RECIPIENTS)) return !isAnyForm(words[next + 1], KIN);
      if (!REFERRED_BETWEEN.has(other) && !DETERMINER.has(other) && !/^\d+$/.test(other)) return false;
    }
    return false;
  });
}

/**
 * The writer's own job search, said as a statement: looking for work ("ik zoek werk"), having none ("ik heb
 * zelf geen werk"), wanting to work ("jveux travailler", "bghit nkhdem") or sending applications ("I've
 * been sending CVs", "j'ai postulé").
 */
export function ownJobSearch(words: readonly string[]): boolean {
  const said = jobSearchSaid(words, NEGATOR);
  // "je ne cherche pas de travail" refuses a search, "pas de travail" in it is no job lacking
  if (said !== undefined) return said === 'yes';
  return (
    findTerms(words, NO_JOB, { typos: false }).length > 0 ||
    wantsToWork(words) ||
    seeksTraineeship(words) ||
    sendsApplications(words)
  );
}

function seeksTraineeship(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      isAnyForm(word, SEEKING_OR_NEEDING) &&
      !negationWithin(words, index, NEGATOR, 2) &&
      words.slice(index + 1, index + 1 + SOUGHT_REACH).some((next) => isAnyForm(next, TRAINEESHIP)),
  );
}

function wantsToWork(words: readonly string[]): boolean {
  return words.some((word, index) => isAnyForm(word, GLUED_WANT) && isAnyForm(words[index + 1], WORK_VERB));
}

// CVs and applications sent ("I've been sending CVs") are a job search to `jobSearchSaid` already
function sendsApplications(words: readonly string[]): boolean {
  return words.some((word, index) => isAnyForm(word, APPLYING) && !negationWithin(words, index, NEGATOR, 2));
}

/** The words of `words` outside `spans`. */
export function outside(words: readonly string[], spans: readonly Span[]): string[] {
  return words.filter((_, index) => !spans.some((span) => span.start <= index && index < span.end));
}
