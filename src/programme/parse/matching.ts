import { distance } from 'fastest-levenshtein';
import { normalizeForMatching } from '../../bot/text.js';

// Separators normalizeForMatching keeps but answers use between words: "Bruxelles/Brussel", "j’habite", "1+3"
const EXTRA_SEPARATORS = /[’‘ʼ`´/\\+&*#_|~]/g;

/**
 * normalizeForMatching, then the Arabic and Persian letter variants people type interchangeably
 * folded together (alef maqsura and Persian yeh as yeh, Persian kaf as kaf, ta marbuta as heh),
 * and the tatweel removed.
 */
export function matchingForm(text: string): string {
  return normalizeForMatching(text.replace(EXTRA_SEPARATORS, ' '))
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u06A9/g, '\u0643')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0640/g, '');
}

/** The words of a text in matching form; empty for a blank text. */
export function matchingWords(text: string): string[] {
  const form = matchingForm(text);
  return form === '' ? [] : form.split(' ');
}

const ARABIC_LETTER = /^[\u0600-\u06FF]/;
// Arabic writes "and", "in/with", "to" and "so" as a letter glued to the next word: "وباريس", "ببروكسل"
const ARABIC_PREFIXES = ['و', 'ب', 'ل', 'ف'];

/** The word as typed, then without one or two glued Arabic prefix letters. */
export function wordVariants(word: string): string[] {
  const variants = [word];
  if (!ARABIC_LETTER.test(word)) return variants;
  let rest = word;
  for (let strip = 0; strip < 2; strip += 1) {
    const first = rest.charAt(0);
    if (!ARABIC_PREFIXES.includes(first) || Array.from(rest).length <= 3) break;
    rest = rest.slice(1);
    variants.push(rest);
  }
  return variants;
}

/** How many edits a name of this length tolerates: one up to five letters, two beyond. */
export function typoAllowance(name: string): number {
  return Array.from(name).length <= 5 ? 1 : 2;
}

/** The edit distance when it is within the allowance for the name, else null. */
export function typoDistance(typed: string, name: string): number | null {
  if (Array.from(name).length < 4) return null;
  const edits = distance(typed, name);
  return edits <= typoAllowance(name) ? edits : null;
}
