import { distance } from 'fastest-levenshtein';
import { normalise } from './normalise.js';
import { arabiziSkeleton, inflectedVariants, wordVariants } from './variants.js';

/** A word or phrase that stands for a value. */
export interface Term<T> {
  words: readonly string[];
  value: T;
  /** Only when it is the whole answer (thanks and please aside): "k", "y", "en", Arabizi "la". */
  alone?: boolean;
  /** Never read through a spelling mistake ("sorry" is not "worry"). */
  exact?: boolean;
}

export interface Hit<T> {
  value: T;
  start: number;
  end: number;
  /** Preceded by a negation word ("pas d'accord", "niet akkoord", "ما موافقش"). */
  negated: boolean;
  /** Read through a spelling mistake. */
  typo: boolean;
}

/** Builds terms from typed phrases: each normalised, blanks dropped. */
export function termsOf<T>(entries: readonly (readonly [string, T])[], alone = false): Term<T>[] {
  return entries.flatMap(([phrase, value]) => {
    const form = normalise(phrase);
    return form === '' ? [] : [{ words: form.split(' '), value, ...(alone ? { alone } : {}) }];
  });
}

/** A single word long enough to be recognised through a typo, with its length and allowance worked out once. */
interface TypoCandidate<T> {
  name: string;
  length: number;
  allowance: number;
  value: T;
}

/** A vocabulary indexed for fast reading: terms by their first word, longest first. */
export interface Vocabulary<T> {
  byFirstWord: Map<string, Term<T>[]>;
  /** Single words long enough to be recognised through a typo, by their length. */
  typoCandidatesByLength: Map<number, TypoCandidate<T>[]>;
}

// No name tolerates more edits than this, so only names this much shorter or longer are compared
const MAX_ALLOWANCE = 2;

const MIN_LETTERS_FOR_TYPOS = 4;
const LONG_WORD_LETTERS = 8;

export function vocabulary<T>(terms: readonly Term<T>[]): Vocabulary<T> {
  const byFirstWord = new Map<string, Term<T>[]>();
  const add = (key: string, term: Term<T>): void => {
    const list = byFirstWord.get(key) ?? [];
    list.push(term);
    byFirstWord.set(key, list);
  };
  for (const term of terms) {
    const [first] = term.words;
    if (first === undefined) continue;
    add(first, term);
    // An Arabizi word is also found by its letters without vowels, as typed words are
    const skeleton = arabiziSkeleton(first);
    if (skeleton !== null) add(skeleton, term);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const typoCandidates = terms.flatMap((term) => {
    const [name] = term.words;
    if (name === undefined || term.words.length !== 1 || term.alone === true || term.exact === true) return [];
    const length = letterCount(name);
    if (length < MIN_LETTERS_FOR_TYPOS) return [];
    return [{ name, length, allowance: allowanceFor(length), value: term.value }];
  });
  const typoCandidatesByLength = new Map<number, TypoCandidate<T>[]>();
  for (const candidate of typoCandidates) {
    const list = typoCandidatesByLength.get(candidate.length) ?? [];
    list.push(candidate);
    typoCandidatesByLength.set(candidate.length, list);
  }
  return { byFirstWord, typoCandidatesByLength };
}

// Darija wraps its negation around the verb: "مابغيتش", "ماعنديش", Arabizi "mabghitch", "ma3ndich"
const DARIJA_NEGATION = /^(?:ما.{2,}ش|ma.{2,}(?:ch|sh))$/u;

/** Whether a word negates: one of the negation words, or a Darija verb wrapped in its negation. */
export function isNegation(word: string, negators: ReadonlySet<string>): boolean {
  return DARIJA_NEGATION.test(word) || wordVariants(word).some((variant) => negators.has(variant));
}

/**
 * Whether one of the `reach` words just before `index` negates, whatever they are ("pas encore reconnu",
 * "niet afgemaakt", "ما كملت"); `findTerms` counts its reach without bridges and within a clause.
 */
export function negationWithin(
  words: readonly string[],
  index: number,
  negators: ReadonlySet<string>,
  reach: number,
): boolean {
  return words.slice(Math.max(0, index - reach), index).some((before) => isNegation(before, negators));
}

/** How many edits a place name of this length tolerates: one up to six letters, two beyond ("Bruxel" is "Brussel"). */
export function typoAllowance(word: string): number {
  return letterCount(word) <= 6 ? 1 : MAX_ALLOWANCE;
}

// Words of meaning are stricter than place names: "refugee" is two edits from "refused"
const MAX_LETTERS_FOR_ONE_EDIT = 7;

function allowanceFor(letters: number): number {
  return letters <= MAX_LETTERS_FOR_ONE_EDIT ? 1 : MAX_ALLOWANCE;
}

/** Letters (code points) of a word, counted without building an array: a typo search counts them often. */
function letterCount(word: string): number {
  let count = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff) count += 1;
  }
  return count;
}

export interface FindOptions {
  negators?: ReadonlySet<string>;
  /** The clause of each word (see `clausesOf`): a negation reaches only words of its own clause. */
  clauses?: readonly number[];
  /**
   * Words a negation reaches across ("not want to be a mentor", "niet in het Frans", "ما عندي حتى
   * مشكل"): they do not count in the two words looked at before a term.
   */
  bridges?: ReadonlySet<string>;
  /** Words that do not count when deciding whether a term stands alone ("merci", "please"). */
  fillers?: ReadonlySet<string>;
  typos?: boolean;
}

/**
 * Every term found in the words, left to right, the longest at each place; a word that matches
 * nothing exactly may match one single-word term within the typo allowance (only when exactly one
 * value is that close). A term marked `alone` counts only when every other word is a filler or
 * the same term again ("la la").
 */
export function findTerms<T>(words: readonly string[], vocab: Vocabulary<T>, options: FindOptions = {}): Hit<T>[] {
  const hits: Hit<T>[] = [];
  const negators = options.negators ?? NOTHING;
  let index = 0;
  while (index < words.length) {
    const match = termAt(words, index, vocab, options.clauses);
    if (match) {
      if (!match.alone || standsAlone(words, match, options.fillers)) {
        // "ma3ndich khedma", "pas de travail": a term that holds its own negation is not negated by it
        const ownNegation = match.words.length > 1 && match.words.some((word) => isNegation(word, negators));
        const found = { start: index, end: index + match.words.length, value: match.value, typo: false };
        hits.push(
          ownNegation ? { ...found, negated: negatedBefore(words, index, options) } : hitAt(words, found, options),
        );
      }
      index += match.words.length;
      continue;
    }
    const word = words[index] ?? '';
    const typoAllowed = options.typos !== false && !options.fillers?.has(word);
    const close = typoAllowed ? closestTerm(word, vocab) : undefined;
    if (close !== undefined)
      hits.push(hitAt(words, { start: index, end: index + 1, value: close, typo: true }, options));
    index += 1;
  }
  // "absolutely not", "of course not": a negation right after a term, when it does not start a term of
  // its own nor negate the next one ("oui pas de souci")
  const starts = new Set(hits.map((hit) => hit.start));
  return hits.map((hit) => {
    // "mon français est pas top": a bridge may stand between
    const gap = isBridge(words[hit.end] ?? '', options.bridges) ? 1 : 0;
    const next = words[hit.end + gap];
    const negatedAfter =
      next !== undefined &&
      !starts.has(hit.end + gap) &&
      !starts.has(hit.end + gap + 1) &&
      !starts.has(hit.end + gap + 2) &&
      sameClause(options.clauses, hit.start, hit.end + gap) &&
      isNegation(next, negators);
    return negatedAfter ? { ...hit, negated: true } : hit;
  });
}

// A negation reaches the term from this many words before it, bridges aside
const NEGATION_REACH = 2;
const MAX_BRIDGES = 3;

function hitAt<T>(
  words: readonly string[],
  found: { start: number; end: number; value: T; typo: boolean },
  options: FindOptions,
): Hit<T> {
  // "ماعرفتش", "ma3raftch": the word carries its own negation
  const wrapped = words.slice(found.start, found.end).some((word) => DARIJA_NEGATION.test(word));
  return { ...found, negated: wrapped || negatedBefore(words, found.start, options) };
}

function negatedBefore(words: readonly string[], start: number, options: FindOptions): boolean {
  const negators = options.negators ?? NOTHING;
  let counted = 0;
  let bridged = 0;
  for (let index = start - 1; index >= 0 && counted < NEGATION_REACH; index -= 1) {
    if (!sameClause(options.clauses, index, start)) return false;
    const word = words[index] ?? '';
    if (isNegation(word, negators)) return true;
    if (bridged < MAX_BRIDGES && isBridge(word, options.bridges)) bridged += 1;
    else counted += 1;
  }
  return false;
}

const NOTHING: ReadonlySet<string> = new Set();

function isBridge(word: string, bridges: ReadonlySet<string> | undefined): boolean {
  return bridges !== undefined && wordVariants(word).some((variant) => bridges.has(variant));
}

function sameClause(clauses: readonly number[] | undefined, first: number, second: number): boolean {
  return clauses === undefined || clauses.length === 0 || clauses[first] === clauses[second];
}

/** The longest term at `start`, its words all in one clause ("Pidgin, English" is not "Pidgin English"). */
function termAt<T>(
  words: readonly string[],
  start: number,
  vocab: Vocabulary<T>,
  clauses: readonly number[] | undefined,
): Term<T> | undefined {
  const first = words[start];
  if (first === undefined) return undefined;
  const sameClause = (offset: number): boolean =>
    clauses === undefined || clauses.length === 0 || clauses[start + offset] === clauses[start];
  for (const variant of inflectedVariants(first)) {
    const candidates = vocab.byFirstWord.get(variant);
    if (!candidates) continue;
    const found = candidates.find((term) =>
      term.words.every((termWord, offset) => {
        if (offset === 0) return true;
        const word = words[start + offset];
        return word !== undefined && sameClause(offset) && inflectedVariants(word).includes(termWord);
      }),
    );
    if (found) return found;
  }
  return undefined;
}

function standsAlone<T>(words: readonly string[], term: Term<T>, fillers: ReadonlySet<string> | undefined): boolean {
  const rest = words.filter((word) => !fillers?.has(word));
  let index = 0;
  while (index < rest.length) {
    // "eyy" is "ey" said longer: each word may be any of its forms
    const same = term.words.every((termWord, offset) => {
      const word = rest[index + offset];
      return word !== undefined && wordVariants(word).includes(termWord);
    });
    if (!same) return false;
    index += term.words.length;
  }
  return true;
}

function sameStart(word: string, name: string): boolean {
  return word.charAt(0) === name.charAt(0) || (word.length > name.length && word.charAt(1) === name.charAt(0));
}

function closestTerm<T>(word: string, vocab: Vocabulary<T>): T | undefined {
  const length = letterCount(word);
  if (length < MIN_LETTERS_FOR_TYPOS + 1 || /\d/.test(word)) return undefined;
  const typed = allowanceFor(length);
  let best = Number.POSITIVE_INFINITY;
  const values = new Set<T>();
  for (let nameLength = length - MAX_ALLOWANCE; nameLength <= length + MAX_ALLOWANCE; nameLength += 1) {
    for (const { name, allowance: nameAllowance, value } of vocab.typoCandidatesByLength.get(nameLength) ?? []) {
      // Both words must be long enough for two edits: "cours" is not "ofcours", "refugee" is not "refused"
      const allowance = Math.min(nameAllowance, typed);
      if (Math.abs(nameLength - length) > allowance) continue;
      // A short word keeps its first letter ("night" is not "right"), or has one glued before it ("lkhedma")
      if (length < LONG_WORD_LETTERS && !sameStart(word, name)) continue;
      const edits = distance(word, name);
      if (edits > allowance || edits > best) continue;
      if (edits < best) values.clear();
      best = edits;
      values.add(value);
    }
  }
  const [only] = values;
  return values.size === 1 ? only : undefined;
}
