import {
  ALREADY_WORDS,
  ARTICLES,
  CAREER_WORDS,
  DUO_ISSUE_WORDS,
  DUO_PARTNER_WORDS,
  KIN_WORDS,
  MENTORED_WORDS,
  POSSESSIVE_WORDS,
  ASKING_PHRASES,
  BE_WORDS,
  PROGRAMME_NAMES,
  QUESTION_WORDS,
  RELATIVE_WORDS,
  MENTOR_NOUNS,
  NEGATORS,
  WANT_WORDS,
  WANTED_PREPOSITIONS,
} from './lexicon.js';
import { clausesOf, normalise, wordsOf } from './normalise.js';
import { withNumbersAsDigits } from './numbers.js';
import { findTerms, negationWithin, termsOf, vocabulary } from './terms.js';
import { readChoice, withLexicon, type ChoiceOption } from './choice.js';
import { ownAgeSaid } from './age.js';
import { read, unclear, type Reading } from './reading.js';
import { isAnyForm } from './variants.js';
import {
  formsWithSkeletonsOf,
  offerIn,
  othersClauses,
  outside,
  ownJobSearch,
  refersYoungPeople,
} from './role-statements.js';

export type Role = 'mentee' | 'mentor' | 'question';

const ROLES = ['mentee', 'mentor', 'question'] as const;
const ROLE_OPTIONS: ChoiceOption[] = ROLES.map((id) => withLexicon({ id, names: [] }));
const MENTOR_NOUN_FORMS = formsWithSkeletonsOf(MENTOR_NOUNS);
const ARTICLE_FORMS = formsWithSkeletonsOf(ARTICLES);
const WANT_FORMS = formsWithSkeletonsOf(WANT_WORDS);
const WANTED_PREPOSITION_FORMS = formsWithSkeletonsOf(WANTED_PREPOSITIONS);
const BE_FORMS = formsWithSkeletonsOf(BE_WORDS);
const NEGATOR_FORMS = formsWithSkeletonsOf(NEGATORS);
const KIN_FORMS = formsWithSkeletonsOf(KIN_WORDS);
const POSSESSIVE_FORMS = formsWithSkeletonsOf(POSSESSIVE_WORDS);
const MENTORED_FORMS = formsWithSkeletonsOf(MENTORED_WORDS);
const CAREER_FORMS = formsWithSkeletonsOf(CAREER_WORDS);
// prettier-ignore
const YEAR_FORMS = formsWithSkeletonsOf([
  'ans', 'an', 'years', 'year', 'yrs', 'jaar', 'jaren', 'سنة', 'سنين', 'سنوات', 'عام', 'عاما', '3am', 'sna', 'snin',
]);
const ALREADY = vocabulary(termsOf(ALREADY_WORDS.map((word) => [word, true] as const)));
const DUO_PARTNER_FORMS = formsWithSkeletonsOf(DUO_PARTNER_WORDS);
const DUO_ISSUE = vocabulary(termsOf(DUO_ISSUE_WORDS.map((word) => [word, true] as const)));
const AGE_BEFORE_FORMS = formsWithSkeletonsOf(['ai', 'im', 'am', 'ben', 'ana', 'عندي', '3andi', 'age', 'agee', 'aged']);
const EXPERIENCE_FORMS = formsWithSkeletonsOf([
  'experience',
  'ervaring',
  'werkervaring',
  'خبرة',
  'khibra',
  'carriere',
  'career',
]);
const AGE_AFTER_FORMS = formsWithSkeletonsOf(['old', 'oud', 'عمري']);
// "travaillé 32 ans", "30 jaar in de haven van Antwerpen gewerkt": how far the work is said from the years
const CAREER_REACH = 3;
const CAREER_REACH_AFTER = 7;
// A working life this long is a mentor's, not a young job seeker's
const CAREER_YEARS = 15;
// "mon petit frère", "my little sister": this many words may stand between "my" and the relative
const KIN_REACH = 2;
// "I do not want a mentor": a negation this many words before the mentor refuses it
const REFUSAL_REACH = 3;

const ASKING = vocabulary(termsOf(ASKING_PHRASES.map((phrase) => [phrase, true] as const)));
const SET_ASIDE = vocabulary<'programme' | 'question' | 'relative'>([
  ...termsOf(PROGRAMME_NAMES.map((name) => [name, 'programme'] as const)),
  ...termsOf(QUESTION_WORDS.map((word) => [word, 'question'] as const)),
  ...termsOf(RELATIVE_WORDS.map((word) => [word, 'relative'] as const)),
]);
// A question word this close to the start makes the answer a question even without a question mark
const QUESTION_WORD_WITHIN = 3;

/**
 * Who is writing: a young job seeker (mentee), a would-be mentor, or someone with a question.
 * Read as a choice between the three, with two rules of sense: a mentor one wants to have ("je
 * veux un mentor", "I need a mentor", "ik zoek een coach") is a mentee, unless the person wants to
 * be one ("devenir un mentor", "to be a mentor"); offering help to young people ("aider les
 * jeunes", "jongeren helpen", "نعاون الشباب") is a mentor, whatever work the young people seek.
 */
export function readRole(answer: string): Reading<Role> {
  // "mentoré" is the one mentored, "mentore" a mentor: the accent is the difference, and it goes with normalising
  const text = answer.normalize('NFC').replace(/mentoré(?:e|s|es)?/giu, 'mentored');
  const reading = roleOfAnswer(text);
  return reading.ok && !fitsTheAgeSaid(reading.value, text) ? unclear('contradiction') : reading;
}

// A job seeker this old or a mentor this young is more likely a misreading than what the person meant
const OLDEST_MENTEE_SAID = 40;
const YOUNGEST_MENTOR_SAID = 30;

/**
 * Whether the age said beside a role fits it: "j'ai 45 ans et je cherche un mentor" or "ik ben 28 en
 * wil mentor worden" is asked again rather than taken. Only an age said as one's own counts ("j'ai 30
 * ans d'expérience" is no age).
 */
function fitsTheAgeSaid(role: Role, text: string): boolean {
  if (role === 'question' || !/\p{L}/u.test(text)) return true;
  const age = ownAgeSaid(text);
  if (age === null) return true;
  return role === 'mentee' ? age < OLDEST_MENTEE_SAID : age > YOUNGEST_MENTOR_SAID;
}

function roleOfAnswer(text: string): Reading<Role> {
  const all = wordsOf(text);
  if (all.length === 0) return unclear('empty');
  const asking = findTerms(all, ASKING, { typos: false });
  if (asking.length > 0) {
    // "how does it work? is it free?": a question, unless a role is said beside it
    const rest = all.filter((_, index) => !asking.some((hit) => hit.start <= index && index < hit.end));
    const beside = rest.length === 0 ? unclear<Role>('empty') : roleOfAnswer(rest.join(' '));
    return beside.ok ? beside : read('question');
  }
  // "can mentors be under 50?", "est-ce que les mentors sont payés ?": asking about the programme, not of oneself
  if (asksAboutOthers(all) || questionAbout(all)) return read('question');
  // "je suis déjà mentor et j'ai un souci avec mon binôme": a member of a duo with a question
  if (memberOfADuo(all) && findTerms(all, DUO_ISSUE, { typos: false }).length > 0) return read('question');
  const { kept, asked, aboutSomeoneElse: relativeNamed } = withoutAsidesOf(text, all);
  // "I have several youngsters for you": a professional speaking for young people is neither role
  const aboutSomeoneElse = relativeNamed || kinAfterMy(all) || refersYoungPeople(all);
  const reading = withTieBroken(careerRole(all) ?? roleOf(kept), all, text);
  // "c'est pour mon fils": the job seeker is someone else, who should write themselves
  if (aboutSomeoneElse && (!reading.ok || reading.value === 'mentee')) return unclear('notUnderstood');
  if (!reading.ok && reading.reason === 'notUnderstood') {
    // "is this for refugees only?", "hoelang duurt het programma": a question back without a question word
    if (asked === null && asksBack(text, all)) return read('question');
    // "ik ben 22 en heb een diploma maar vind niks": a young person who finds no work
    if (findsNothing(all, text)) return read('mentee');
    if (asked === null) return roleStated(kept, all);
  }
  if (asked === null || reading.ok || reading.reason === 'severalValues') return reading;
  // "wat is dit precies?", "c quoi duo for a job ?" ask a question; "comment devenir mentor ?" may be a mentor too
  const askedRole = roleOf(asked);
  // "how does it work?", "is het gratis?", "كيفاش كيخدم البرنامج؟" ask about the programme; "comment devenir
  // mentor ?" names the role the person may take
  return askedRole.ok && askedRole.value === 'mentor' ? unclear('notUnderstood') : read('question');
}

// prettier-ignore
const RETIRED_FORMS = formsWithSkeletonsOf([
  'retraite', 'retraitee', 'pensionne', 'pensionnee', 'gepensioneerd', 'pensioen', 'retired', 'retiree', 'pensioner',
  'متقاعد', 'متقاعده', 'mt9a3d', 'mt9a3da', 'met9a3ed', 'metqa3ed', 'mtqa3d', 'mtqa3ed', 'metqa3da', 'mtqa3da',
]);
// prettier-ignore
const YOUNG_SELF = vocabulary(termsOf([
  'je suis jeune', 'jsuis jeune', 'chui jeune', 'ik ben jong', "i'm young", 'im young', 'i am young', 'انا شاب',
  'انا شابه', 'ana chab', 'ana chaba',
].map((phrase) => [phrase, true] as const)));
// Ages said beside both roles that settle which one the person means
const MENTOR_AGE_FROM = 50;
const MENTEE_AGE_UNTIL = 30;

/**
 * "volunteer as a mentor, I'm 58 and still work in finance", "je suis jeune, je galère pour trouver un
 * stage", "مهندس متقاعد": words of both roles, settled by the age the person gives, a retirement or
 * being young; otherwise still asked again.
 */
function withTieBroken(reading: Reading<Role>, words: readonly string[], text: string): Reading<Role> {
  if (reading.ok || reading.reason !== 'severalValues') return reading;
  const age = ownAgeSaid(text);
  const retired = retiredSaid(words);
  const young = findTerms(words, YOUNG_SELF, { typos: false }).length > 0;
  if ((age !== null && age >= MENTOR_AGE_FROM) || (age === null && retired && !young)) return read('mentor');
  if ((age !== null && age <= MENTEE_AGE_UNTIL) || (age === null && young && !retired)) return read('mentee');
  return reading;
}

// A verb put first asks in Dutch and English: "is het gratis", "duurt het lang", "are you an agency"
// prettier-ignore
const ASKING_FIRST = new Set([
  'is', 'are', 'do', 'does', 'can', 'could', 'will', 'should', 'must', 'hoelang', 'hoeveel', 'hoe', 'duurt', 'moet',
  'kan', 'kun', 'kunnen', 'zijn', 'heeft', 'hebben', 'krijg', 'krijgen', 'betaal', 'kost', 'wanneer', 'waar', 'wie',
  'est', 'combien', 'quand', 'faut', 'peut', 'dois', 'etes', 'wach', 'واش', 'هل', 'شحال', 'فين', 'imta', 'ch7al',
].map(normalise));

const MIN_WORDS_ASKING = 3;
// prettier-ignore
const FIRST_PERSON_FORMS = formsWithSkeletonsOf([
  'je', 'j', 'jsuis', 'chui', 'moi', 'me', 'm', 'mon', 'ma', 'mes', 'ik', 'mij', 'mijn', 'i', 'im', 'my', 'mine',
  'ana', 'انا', 'أنا', 'نقدر', 'اقدر', 'أقدر', 'يمكنني', 'نكون', 'اكون', 'أكون', 'nkoun', 'nkon', 'n9der', 'ne9der',
  'بغيت', 'bghit', 'بدي', 'biddi', 'لي', 'ليا', 'عندي', '3ndi',
]);

// prettier-ignore
const QUESTION_NOUN_FORMS = formsWithSkeletonsOf(['question', 'questions', 'vraag', 'vraagje', 'vragen', 'سؤال', 'سوال', 'استفسار',
  'so2al', 'sou2al', 'swal', 'sual']);
// prettier-ignore
const ABOUT_FORMS = formsWithSkeletonsOf(['sur', 'about', 'over', 'concernant', 'regarding', 'propos', 'على', 'عن', 'حول', '3la',
  '3an', 'fi', 'في', 'on']);
// "une question sur le mentorat", "a quick question about it": this many words may stand between
const ABOUT_REACH = 2;

/** "ik heb een vraag over de begeleiding", "j'ai une question sur le mentorat": what is asked about is no role. */
function questionAbout(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      isAnyForm(word, QUESTION_NOUN_FORMS) &&
      words.slice(index + 1, index + 1 + ABOUT_REACH + 1).some((next) => isAnyForm(next, ABOUT_FORMS)),
  );
}

/** A question opened by an asking word that speaks of nobody in the first person: "are mentors paid?". */
function asksAboutOthers(words: readonly string[]): boolean {
  return opensWithAskingVerb(words) && !words.some((word) => isAnyForm(word, FIRST_PERSON_FORMS));
}

function opensWithAskingVerb(words: readonly string[]): boolean {
  return words.length >= MIN_WORDS_ASKING && ASKING_FIRST.has(words[0] ?? '');
}

function asksBack(text: string, words: readonly string[]): boolean {
  return /[?؟]\s*$/u.test(text) || opensWithAskingVerb(words);
}

// Finding no work, said by someone young enough to be the one mentored
// prettier-ignore
const FINDING_NOTHING = vocabulary(termsOf([
  'vind niks', 'vind niets', 'vind geen werk', 'vind geen job', 'niks gevonden', 'trouve rien', 'trouve pas de travail',
  'trouve pas de boulot', 'trouve pas de stage', 'rien trouve', "can't find anything", 'cant find anything',
  "can't find a job", 'cant find a job', 'no luck finding', 'ma l9it walo', 'ma lqit walo', 'ما لقيت والو',
  'ما لقيتش خدمة', 'ma l9itch khdma', 'nooit gewerkt', 'nog nooit gewerkt', 'never worked', 'never had a job',
  'jamais travaille', 'jamais bosse', 'عمري ما خدمت', 'عمري ما اشتغلت', '3emri ma khdemt',
].map((phrase) => [phrase, true] as const)));
const YOUNGEST_WITHOUT_WORK_SAID = 30;

function findsNothing(words: readonly string[], text: string): boolean {
  const age = ownAgeSaid(text);
  return (
    age !== null && age < YOUNGEST_WITHOUT_WORK_SAID && findTerms(words, FINDING_NOTHING, { typos: false }).length > 0
  );
}

/**
 * The words that say who is writing: without the programme's name ("DUO for a JOB" names no job
 * sought) and without what a question asks ("c'est quoi un mentor ?"); whether the answer asks,
 * and whether it speaks of a member of the family.
 */
function withoutAsidesOf(
  text: string,
  words: readonly string[],
): { kept: string; asked: string | null; aboutSomeoneElse: boolean } {
  const clauses = clausesOf(text);
  const hits = findTerms(words, SET_ASIDE, { typos: false });
  // "des jeunes qui cherchent un emploi": the job sought is theirs
  const theirs = othersClauses(words, clauses);
  const isTheirs = (index: number): boolean => theirs.some((span) => span.start <= index && index < span.end);
  const questions = hits.filter(
    (hit) => hit.value === 'question' && (hit.start < QUESTION_WORD_WITHIN || /[?؟]\s*$/u.test(text)),
  );
  const isName = (index: number): boolean =>
    hits.some((hit) => hit.value === 'programme' && hit.start <= index && index < hit.end);
  const isAsked = (index: number): boolean =>
    questions.some(
      (question) => question.start <= index && (clauses.length === 0 || clauses[question.start] === clauses[index]),
    );
  // The words kept, a comma between clauses so that a negation still stops there
  const join = (keep: (index: number) => boolean): string =>
    words
      .map((word, index) => {
        if (!keep(index)) return '';
        return `${index > 0 && clauses[index] !== clauses[index - 1] ? ', ' : ' '}${word}`;
      })
      .join('');
  return {
    kept: join((index) => !isName(index) && !isAsked(index) && !isTheirs(index)),
    asked: questions.length > 0 ? join((index) => !isName(index)) : null,
    aboutSomeoneElse: hits.some((hit) => hit.value === 'relative'),
  };
}

/** "mon petit frère", "my little sister", "mijn jongste zoon": a relative after "my" and perhaps a word. */
function kinAfterMy(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      KIN_FORMS.has(word) && words.slice(Math.max(0, index - KIN_REACH), index).some((w) => POSSESSIVE_FORMS.has(w)),
  );
}

/** "je suis déjà mentor", "I already mentor someone", "mon binôme", "my mentee", "mijn duo". */
function memberOfADuo(words: readonly string[]): boolean {
  // "je suis déjà mentor", "أنا مرشد من قبل"
  const already = findTerms(words, ALREADY, { typos: false }).some((hit) =>
    [...words.slice(Math.max(0, hit.start - 2), hit.start), ...words.slice(hit.end, hit.end + 2)].some((next) =>
      isAnyForm(next, MENTOR_NOUN_FORMS),
    ),
  );
  const partner = words.some(
    (word, index) =>
      DUO_PARTNER_FORMS.has(word) &&
      (POSSESSIVE_FORMS.has(words[index - 1] ?? '') || ['ديالي', 'dyali', 'ديالنا'].includes(words[index + 1] ?? '')),
  );
  return already || partner;
}

/**
 * A long working life said ("J'ai travaillé 32 ans chez Proximus", "I spent 35 years in logistics"):
 * what such a person looks for ("a way to give back") is a mentor's role, and a job sought beside it
 * is asked again; null when no such career is said.
 */
function careerRole(words: readonly string[]): Reading<Role> | null {
  const digits = withNumbersAsDigits([...words]);
  const long = digits.some((word, index) => {
    if (!/^\d{1,2}$/.test(word) || Number(word) < CAREER_YEARS || !YEAR_FORMS.has(digits[index + 1] ?? ''))
      return false;
    // "j'ai 20 ans d'expérience", "20 years of experience"
    if (digits.slice(index + 2, index + 4).some((next) => isAnyForm(next, EXPERIENCE_FORMS))) return true;
    // "j'ai 32 ans", "I'm 35 years old" is an age
    if (isAnyForm(digits[index - 1], AGE_BEFORE_FORMS) || isAnyForm(digits[index + 2], AGE_AFTER_FORMS)) return false;
    const before = digits.slice(Math.max(0, index - CAREER_REACH), index);
    const after = digits.slice(index + 2, index + 2 + CAREER_REACH_AFTER);
    return [...before, ...after].some((other) => isAnyForm(other, CAREER_FORMS));
  });
  if (!long) return null;
  const rest = words.filter((word) => !isAnyForm(word, WANT_FORMS) && !isAnyForm(word, CAREER_FORMS));
  const others = readChoice(rest.join(' '), ROLE_OPTIONS);
  if (others.ok && others.value === 'mentee') return unclear('contradiction');
  return others.ok && others.value === 'question' ? read('question') : read('mentor');
}

function roleOf(text: string): Reading<Role> {
  const words = wordsOf(text);
  if (words.length === 0) return unclear('notUnderstood');
  const offer = offerIn(words, clausesOf(text));
  // "ik zoek werk maar wil ook anderen helpen": a job seeker who also offers help is both
  if (offer) return ownJobSearch(outside(words, [offer])) ? unclear('severalValues') : read('mentor');
  if (wantsToBeMentored(words)) return read('mentee');
  const sought = soughtMentor(words);
  if (sought === -1) return withHelpWished(asRole(readChoice(text, ROLE_OPTIONS)), words, text);
  // Without "a mentor", what else does the answer say?
  const rest = [...words.slice(0, sought - 1), ...words.slice(sought + 1)];
  const others = rest.length === 0 ? unclear<string>('empty') : readChoice(rest.join(' '), ROLE_OPTIONS);
  if (others.ok) return others.value === 'mentee' ? read('mentee') : unclear('severalValues');
  return others.reason === 'empty' || others.reason === 'notUnderstood' ? read('mentee') : unclear(others.reason);
}

/** "bghit nkhdem w bghit n3awen": a job sought beside help wished ("je veux aider") is both. */
function withHelpWished(reading: Reading<Role>, words: readonly string[], text: string): Reading<Role> {
  if (!reading.ok || reading.value !== 'mentee') return reading;
  return offerIn(words, clausesOf(text), { bare: true }) ? unclear('severalValues') : reading;
}

function asRole(reading: Reading<string>): Reading<Role> {
  if (!reading.ok) return unclear(reading.reason);
  const role = ROLES.find((candidate) => candidate === reading.value);
  return role ? read(role) : unclear('notUnderstood');
}

/**
 * Where "a mentor" stands as something wanted ("un mentor", "بغيت منتور"), not something to become
 * ("devenir un mentor", "mentor worden"); -1 if nowhere.
 */
function soughtMentor(words: readonly string[]): number {
  return words.findIndex((word, index) => {
    if (index < 1 || !isAnyForm(word, MENTOR_NOUN_FORMS) || isAnyForm(words[index + 1], BE_FORMS)) return false;
    // "I don't want a mentor", "ik wil geen mentor", "ما بغيتش منتور": not wanted
    if (negationWithin(words, index, NEGATOR_FORMS, REFUSAL_REACH)) return false;
    const before = words[index - 1];
    if (isAnyForm(before, WANT_FORMS)) return true;
    if (isAnyForm(before, WANTED_PREPOSITION_FORMS) && isAnyForm(words[index - 2], WANT_FORMS)) return true;
    return isAnyForm(before, ARTICLE_FORMS) && !isAnyForm(words[index - 2], BE_FORMS);
  });
}

/** "je veux être mentoré", "I want to be mentored", "ik wil begeleid worden". */
function wantsToBeMentored(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      MENTORED_FORMS.has(word) &&
      (isAnyForm(words[index - 1], BE_FORMS) || ['worden', 'word', 'te'].includes(words[index + 1] ?? '')),
  );
}

/**
 * What a statement without a role word says: a job search of one's own ("I've been sending CVs for
 * months", "jveux travailler n'importe quoi") is a mentee, a retirement or help wished ("ana mhandis
 * metqa3ed, bghit n3awen", "ik wil graag helpen") a mentor, and both are asked again.
 */
function roleStated(kept: string, all: readonly string[]): Reading<Role> {
  const words = wordsOf(kept);
  const offer = offerIn(words, clausesOf(kept), { bare: true });
  const offers = offer !== null || retiredSaid(all);
  const seeks = ownJobSearch(offer ? outside(words, [offer]) : words);
  if (offers && seeks) return unclear('severalValues');
  if (seeks) return read('mentee');
  return offers ? read('mentor') : unclear('notUnderstood');
}

function retiredSaid(words: readonly string[]): boolean {
  return words.some((word, index) => isAnyForm(word, RETIRED_FORMS) && !isAnyForm(words[index - 1], NEGATOR_FORMS));
}
