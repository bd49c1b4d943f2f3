import { FILLERS, MAYBE_WORDS, NEGATORS, NO_ALONE, NO_WORDS, YES_ALONE, YES_WORDS } from './lexicon.js';
import { EMOJI_NO, EMOJI_YES, normalise, wordsOf } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { findTerms, isNegation, termsOf, vocabulary, type Hit } from './terms.js';

export type YesNo = 'yes' | 'no' | 'notSure';
type Meaning = 'yes' | 'no' | 'maybe';

const VOCABULARY = vocabulary<Meaning>([
  ...termsOf(MAYBE_WORDS.map((word) => [word, 'maybe'] as const)),
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
const NEGATOR_FORMS = new Set(NEGATORS.map(normalise));
const FILLER_FORMS = new Set(FILLERS.map(normalise));
const EMOJI = new Set([EMOJI_YES, EMOJI_NO]);

/**
 * A yes or a no from an answer written any way: one unambiguous yes or no word or phrase in a
 * sentence ("oui je suis d'accord", "ja hoor", "نعم موافق"), a negated yes read as no ("pas
 * d'accord", "niet akkoord", "ما موافقش"), a negative statement with no keyword as no ("I don't
 * have papers"). Emoji (👍, ❌) count only when the words say nothing. A yes and a no together,
 * or "maybe", give no value; with `allowNotSure`, "maybe" and "I don't know" read as notSure.
 */
export function readYesNo(text: string, options: { allowNotSure?: boolean } = {}): Reading<YesNo> {
  const words = wordsOf(text);
  if (words.length === 0) return unclear('empty');
  const hits = findTerms(words, VOCABULARY, { negators: NEGATOR_FORMS, fillers: FILLER_FORMS });
  const wordHits = hits.filter((hit) => !isEmoji(hit, words));
  const decided = decide(wordHits.length > 0 ? wordHits : hits, options.allowNotSure === true);
  if (decided) return decided;
  if (words.some((word) => isNegation(word, NEGATOR_FORMS))) return read('no');
  return unclear(words.every((word) => EMOJI.has(word)) ? 'empty' : 'notUnderstood');
}

function isEmoji(hit: Hit<Meaning>, words: readonly string[]): boolean {
  return hit.end - hit.start === 1 && EMOJI.has(words[hit.start] ?? '');
}

function decide(hits: readonly Hit<Meaning>[], allowNotSure: boolean): Reading<YesNo> | null {
  if (hits.length === 0) return null;
  // A negated yes is a no ("pas d'accord"); a negated no stays a no ("non, pas du tout")
  const meanings = new Set(hits.map((hit) => (hit.value === 'yes' && hit.negated ? 'no' : hit.value)));
  if (meanings.has('yes') && meanings.has('no')) return unclear('contradiction');
  if (meanings.has('maybe')) {
    if (meanings.size > 1) return unclear('contradiction');
    return allowNotSure ? read('notSure') : unclear('maybe');
  }
  return read(meanings.has('yes') ? 'yes' : 'no');
}
