import { distance } from 'fastest-levenshtein';
import { matchingWords, typoAllowance, wordVariants } from './matching.js';

export interface ChoiceOption {
  id: string;
  /** Words that name the option, in every language offered ("arabe", "Arabic", "عربي"). */
  words: string[];
}

interface OptionPhrase {
  id: string;
  words: string[];
}

const MAX_OPTIONS_FOR_RUN_TOGETHER_DIGITS = 9;

/**
 * The options a multi-select answer names, distinct, in the order typed: their 1-based numbers
 * ("1, 3", "1 et 3", "13" when there are at most nine options) or their words ("arabe, français",
 * "french and arabic"), with a small typo allowed. Words that name no option are ignored.
 */
export function parseChoiceList(text: string, options: readonly ChoiceOption[]): string[] {
  const words = matchingWords(text);
  const phrases = options
    .flatMap((option) => option.words.map((word) => ({ id: option.id, words: matchingWords(word) })))
    .filter((phrase) => phrase.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  const chosen: string[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index] ?? '';
    if (/^\d+$/.test(word)) {
      chosen.push(...optionsByNumber(word, options));
      index += 1;
      continue;
    }
    const phrase = phrases.find((candidate) => phraseAt(words, index, candidate.words));
    if (phrase) {
      chosen.push(phrase.id);
      index += phrase.words.length;
      continue;
    }
    const close = closestOption(word, phrases);
    if (close !== null) chosen.push(close);
    index += 1;
  }
  return [...new Set(chosen)];
}

function optionsByNumber(digits: string, options: readonly ChoiceOption[]): string[] {
  const single = options[Number(digits) - 1];
  if (single) return [single.id];
  if (options.length > MAX_OPTIONS_FOR_RUN_TOGETHER_DIGITS) return [];
  const each = Array.from(digits, (digit) => options[Number(digit) - 1]);
  return each.every((option): option is ChoiceOption => option !== undefined) ? each.map((option) => option.id) : [];
}

function phraseAt(words: string[], start: number, phrase: string[]): boolean {
  return phrase.every((phraseWord, offset) => {
    const word = words[start + offset];
    if (word === undefined) return false;
    return offset === 0 ? wordVariants(word).includes(phraseWord) : word === phraseWord;
  });
}

/** The one option with a single-word name closest to the word within the typo allowance, if not a tie. */
function closestOption(word: string, phrases: OptionPhrase[]): string | null {
  if (Array.from(word).length < 4) return null;
  let best = Number.POSITIVE_INFINITY;
  let ids = new Set<string>();
  for (const phrase of phrases) {
    const [name] = phrase.words;
    if (phrase.words.length !== 1 || name === undefined || Array.from(name).length < 4) continue;
    const edits = Math.min(...wordVariants(word).map((variant) => distance(variant, name)));
    if (edits > typoAllowance(name) || edits > best) continue;
    if (edits < best) ids = new Set();
    best = edits;
    ids.add(phrase.id);
  }
  const [id] = [...ids];
  return ids.size === 1 && id !== undefined ? id : null;
}
