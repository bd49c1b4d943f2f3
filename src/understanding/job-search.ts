import {
  INSTEAD_WORDS,
  CONTRACT_WORDS,
  FOUND_WORDS,
  HAVE_WORDS,
  JOB_SEEKER_WORDS,
  JOB_SEEKING_VERBS,
  NEEDING_WORDS,
  NO_JOB_WORDS,
  NOT_A_JOB_AFTER,
  RATHER_THAN_WORDS,
  WORK_NOUNS,
  WORK_VERBS,
  VERB_NEGATORS,
  WORKING_PHRASES,
  APPLICATION_WORDS,
} from './lexicon.js';
import { formsOf } from './normalise.js';
import { findTerms, isNegation, negationWithin, termsOf, vocabulary } from './terms.js';
import { isAnyForm } from './variants.js';

const WORK = formsOf(WORK_NOUNS);
const WORK_VERB = formsOf(WORK_VERBS);
const CONTRACT = formsOf(CONTRACT_WORDS);
const SEEK = formsOf(JOB_SEEKING_VERBS);
const NEED = formsOf(NEEDING_WORDS);
const HAVE = formsOf(HAVE_WORDS);
const FOUND = formsOf(FOUND_WORDS);
const INSTEAD = formsOf(INSTEAD_WORDS);
const NOT_A_JOB = formsOf(NOT_A_JOB_AFTER);
const APPLICATIONS = formsOf(APPLICATION_WORDS);
const RATHER_THAN = formsOf(RATHER_THAN_WORDS);
const JOB_SEEKER = vocabulary(termsOf(JOB_SEEKER_WORDS.map((phrase) => [phrase, true] as const)));
const NO_JOB = vocabulary(termsOf(NO_JOB_WORDS.map((phrase) => [phrase, true] as const)));
const WORKING = vocabulary(termsOf(WORKING_PHRASES.map((phrase) => [phrase, true] as const)));

// How far a verb reaches for its object: "je cherche depuis deux mois un travail", "ik zoek al 6 maand werk"
const SOUGHT_REACH = 6;
const NEEDED_REACH = 3;
const HELD_REACH = 3;
const CONTRACT_REACH = 5;

/**
 * What an answer to "are you looking for a job?" says without a yes or a no: looking for work, needing
 * it or being a job seeker is a yes ("ik zoek al 8 maanden werk", "i need job very much", "au chômage",
 * "je bosse en intérim mais je cherche un CDI"); working, with nothing looked for, or refusing to look
 * is a no ("je bosse déjà", "I signed a contract last week", "ik zoek geen werk"); undefined otherwise.
 */
export function jobSearchSaid(words: readonly string[], negators: ReadonlySet<string>): 'yes' | 'no' | undefined {
  if (looksForWork(words, negators)) return 'yes';
  if (refusesToLook(words, negators) || hasWork(words, negators)) return 'no';
  return undefined;
}

function looksForWork(words: readonly string[], negators: ReadonlySet<string>): boolean {
  const jobSeeker = findTerms(words, JOB_SEEKER, { negators, typos: false }).some((hit) => !hit.negated);
  // "je n'ai pas de travail et j'en cherche un", "ma3ndich khedma, kan9leb": no job, then looking; after the
  // looking ("ik zoek stage, geen werk") it says what is not looked for
  const noJobEnds = findTerms(words, NO_JOB, { typos: false }).map((hit) => hit.end);
  return (
    jobSeeker ||
    words.some((word, index) => {
      if (isAnyForm(word, SEEK) && !negatedAt(words, index, negators, { verb: true })) {
        return (
          noJobEnds.some((end) => end <= index) ||
          workWithin(words, index + 1, index + SOUGHT_REACH, negators) ||
          workWithin(words, index - 2, index - 1, negators) ||
          // "zoek iets beters", "je cherche un temps plein": other than the job they have
          anyWithin(words, index + 1, index + NEEDED_REACH, INSTEAD)
        );
      }
      if (isAnyForm(word, NEED) && !negatedAt(words, index, negators, { verb: true })) {
        return (
          workWithin(words, index + 1, index + NEEDED_REACH, negators) ||
          anyWithin(words, index + 1, index + NEEDED_REACH, WORK_VERB)
        );
      }
      // "j'ai envoyé au moins 50 CV", "ik stuur elke dag sollicitaties": applying is looking
      if (isAnyForm(word, APPLICATIONS) && !negationWithin(words, index, negators, 2)) return true;
      // "nog geen werk gevonden", "j'ai toujours pas trouvé de travail": no job found yet
      if (isAnyForm(word, FOUND) && nearWork(words, index, negators, { negated: true })) return true;
      return false;
    })
  );
}

/** "ik zoek geen werk", "je ne cherche pas", "not looking": the looking itself negated. */
function refusesToLook(words: readonly string[], negators: ReadonlySet<string>): boolean {
  return words.some((word, index) => isAnyForm(word, SEEK) && negatedAt(words, index, negators, { verb: true }));
}

function hasWork(words: readonly string[], negators: ReadonlySet<string>): boolean {
  const working = findTerms(words, WORKING, { negators, typos: false }).some(
    (hit) => !hit.negated && !negationWithin(words, hit.end + 2, negators, 2),
  );
  return (
    working ||
    words.some(
      (word, index) =>
        (isAnyForm(word, HAVE) &&
          !negatedAt(words, index, negators, { verb: false }) &&
          heldAfter(words, index, negators)) ||
        (isAnyForm(word, FOUND) && nearWork(words, index, negators, { negated: false })),
    )
  );
}

const VERB_NEGATOR = formsOf(VERB_NEGATORS);

/**
 * A negation wrapped around the word ("ma kan9lebch"), right after it ("cherche pas", "zoek geen") or
 * in the two words before it with no job named in between ("je ne cherche", "not looking", but not
 * "ma3ndich khedma, kan9leb").
 */
function negatedAt(
  words: readonly string[],
  index: number,
  negators: ReadonlySet<string>,
  { verb }: { verb: boolean },
): boolean {
  const next = words[index + 1];
  if (isNegation(words[index] ?? '', negators) || (next !== undefined && isNegation(next, negators))) return true;
  for (let before = index - 1; before >= Math.max(0, index - 2); before -= 1) {
    const word = words[before] ?? '';
    if (isAnyForm(word, WORK)) return false;
    if (isNegation(word, negators) || (verb && before === index - 1 && isAnyForm(word, VERB_NEGATOR))) return true;
  }
  return false;
}

function isWork(words: readonly string[], index: number, negators: ReadonlySet<string>): boolean {
  return (
    isAnyForm(words[index], WORK) &&
    !negationWithin(words, index, negators, 2) &&
    !isAnyForm(words[index + 1], NOT_A_JOB) &&
    !anyWithin(words, index - 3, index - 1, RATHER_THAN)
  );
}

function workWithin(words: readonly string[], from: number, to: number, negators: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index <= Math.min(to, words.length - 1); index += 1) {
    if (isWork(words, index, negators)) return true;
  }
  return false;
}

function anyWithin(words: readonly string[], from: number, to: number, forms: ReadonlySet<string>): boolean {
  return words.slice(Math.max(0, from), to + 1).some((word) => isAnyForm(word, forms));
}

/** Work or a contract held: "j'ai un CDI", "ik heb werk", "3ndi khedma", "heb sinds maandag een vast contract". */
function heldAfter(words: readonly string[], index: number, negators: ReadonlySet<string>): boolean {
  return (
    workWithin(words, index + 1, index + HELD_REACH, negators) ||
    anyWithin(words, index + 1, index + CONTRACT_REACH, CONTRACT)
  );
}

/**
 * Work or a contract beside a verb of finding or signing, before it ("werk gevonden") or after it
 * ("found a job"); with `negated`, only when the finding or the work is negated ("nog geen werk gevonden").
 */
function nearWork(
  words: readonly string[],
  index: number,
  negators: ReadonlySet<string>,
  { negated }: { negated: boolean },
): boolean {
  const found = negatedAt(words, index, negators, { verb: true });
  for (let other = Math.max(0, index - 3); other <= Math.min(index + 4, words.length - 1); other += 1) {
    if (other === index) continue;
    const named = isAnyForm(words[other], WORK) || isAnyForm(words[other], CONTRACT);
    if (!named || isAnyForm(words[other + 1], NOT_A_JOB)) continue;
    const workNegated = negationWithin(words, other, negators, 2);
    if ((found || workNegated) === negated) return true;
  }
  return false;
}
