import {
  ARTICLES,
  BE_WORDS,
  DETERMINERS,
  HELP_AFTER_WORDS,
  HELP_WORDS,
  MENTOR_NOUNS,
  WANT_WORDS,
  YOUNG_WORDS,
} from './lexicon.js';
import { normalise, wordsOf } from './normalise.js';
import { readChoice, withLexicon, type ChoiceOption } from './choice.js';
import { read, unclear, type Reading } from './reading.js';
import { wordVariants } from './variants.js';

export type Role = 'mentee' | 'mentor' | 'question';

const ROLES = ['mentee', 'mentor', 'question'] as const;
const ROLE_OPTIONS: ChoiceOption[] = ROLES.map((id) => withLexicon({ id, names: [] }));
const formsOf = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalise));
const MENTOR_NOUN_FORMS = formsOf(MENTOR_NOUNS);
const ARTICLE_FORMS = formsOf(ARTICLES);
const WANT_FORMS = formsOf(WANT_WORDS);
const BE_FORMS = formsOf(BE_WORDS);
const HELP_FORMS = formsOf(HELP_WORDS);
const HELP_AFTER_FORMS = formsOf(HELP_AFTER_WORDS);
const DETERMINER_FORMS = formsOf(DETERMINERS);
const YOUNG_FORMS = formsOf(YOUNG_WORDS);

const isAny = (word: string | undefined, forms: ReadonlySet<string>): boolean =>
  word !== undefined && wordVariants(word).some((variant) => forms.has(variant));

/**
 * Who is writing: a young job seeker (mentee), a would-be mentor, or someone with a question.
 * Read as a choice between the three, with two rules of sense: a mentor one wants to have ("je
 * veux un mentor", "I need a mentor", "ik zoek een coach") is a mentee, unless the person wants to
 * be one ("devenir un mentor", "to be a mentor"); offering help to young people ("aider les
 * jeunes", "jongeren helpen", "نعاون الشباب") is a mentor, whatever work the young people seek.
 */
export function readRole(text: string): Reading<Role> {
  const words = wordsOf(text);
  if (words.length === 0) return unclear('empty');
  if (helpsYoungPeople(words)) return read('mentor');
  const sought = soughtMentor(words);
  if (sought === -1) return asRole(readChoice(text, ROLE_OPTIONS));
  // Without "a mentor", what else does the answer say?
  const rest = [...words.slice(0, sought - 1), ...words.slice(sought + 1)];
  const others = rest.length === 0 ? unclear<string>('empty') : readChoice(rest.join(' '), ROLE_OPTIONS);
  if (others.ok) return others.value === 'mentee' ? read('mentee') : unclear('severalValues');
  return others.reason === 'empty' || others.reason === 'notUnderstood' ? read('mentee') : unclear(others.reason);
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
    if (index < 1 || !isAny(word, MENTOR_NOUN_FORMS) || isAny(words[index + 1], BE_FORMS)) return false;
    const before = words[index - 1];
    if (isAny(before, WANT_FORMS)) return true;
    return isAny(before, ARTICLE_FORMS) && !isAny(words[index - 2], BE_FORMS);
  });
}

function helpsYoungPeople(words: readonly string[]): boolean {
  return words.some((word, index) => {
    if (isAny(word, HELP_AFTER_FORMS)) {
      const before = words.slice(Math.max(0, index - 2), index);
      if (before.some((other) => isAny(other, YOUNG_FORMS))) return true;
    }
    if (!isAny(word, HELP_FORMS)) return false;
    for (const next of words.slice(index + 1)) {
      if (isAny(next, YOUNG_FORMS)) return true;
      if (!DETERMINER_FORMS.has(next)) return false;
    }
    return false;
  });
}
