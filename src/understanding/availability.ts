import {
  ABILITY_WORDS,
  BUT_WORDS,
  EXCEPT_WORDS,
  FREE_WORDS,
  LESS_OFTEN_PHRASES,
  SUITS_PHRASES,
  TOO_MUCH_WORDS,
  VERB_NEGATORS,
} from './lexicon.js';
import { formsOf } from './normalise.js';
import { findTerms, isNegation, termsOf, vocabulary, type Hit } from './terms.js';
import { isAnyForm } from './variants.js';

const FITS = vocabulary(
  termsOf([...ABILITY_WORDS, ...FREE_WORDS, ...SUITS_PHRASES].map((phrase) => [phrase, true] as const)),
);
const VERB_NEGATOR = formsOf(VERB_NEGATORS);
const HELD_BACK = formsOf([...BUT_WORDS, ...EXCEPT_WORDS]);
const MAYBE_BE = formsOf(['zijn', 'etre', 'be', 'wezen']);
const LESS = vocabulary(termsOf([...LESS_OFTEN_PHRASES, ...TOO_MUCH_WORDS].map((phrase) => [phrase, true] as const)));

/**
 * What an answer to "can you meet once a week for six months?" says without a yes or a no: able,
 * free or suited is a yes ("je peux le mercredi", "1 keer per week lukt wel", "أنا فاضي"); less often
 * or too much is a no ("om de twee weken zou beter zijn", "c'est trop pour moi"), and so is being
 * unable or not free ("ik kan niet", "je suis pas dispo"); both, or neither, undefined.
 */
export function availabilitySaid(words: readonly string[], negators: ReadonlySet<string>): 'yes' | 'no' | undefined {
  // "kan zijn", "peut être", "could be": a maybe, not being able
  const fits = findTerms(words, FITS, { negators, typos: false }).filter((hit) => !isAnyForm(words[hit.end], MAYBE_BE));
  const able = fits.some((hit) => !negatedHit(hit, words, negators));
  const unable = fits.some((hit) => negatedHit(hit, words, negators));
  // "niet te lang": too much, negated, is no objection
  const less = findTerms(words, LESS, { negators, typos: false }).some((hit) => !hit.negated);
  // "je peux m'engager, sauf trois semaines en janvier", "I can, but…": what follows is for the yes/no reader
  const heldBack = fits.some((hit) => words.slice(hit.end).some((word) => isAnyForm(word, HELD_BACK)));
  if (able && !unable && !less && !heldBack) return 'yes';
  if ((unable || less) && !able) return 'no';
  return undefined;
}

/** Negated before ("je ne peux", "not free", "لا أستطيع") or right after ("je peux pas", "ik kan niet"). */
function negatedHit(hit: Hit<boolean>, words: readonly string[], negators: ReadonlySet<string>): boolean {
  const next = words[hit.end];
  return (
    hit.negated || (next !== undefined && isNegation(next, negators)) || isAnyForm(words[hit.start - 1], VERB_NEGATOR)
  );
}
