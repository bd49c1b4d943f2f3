/**
 * The first step of reading: one form for what people type in many ways. Lower case, no accents,
 * no zero-width or direction marks, ASCII digits (Arabic-Indic, Persian, keycaps), one form for
 * Arabic letters written interchangeably, letters repeated for emphasis cut to two ("ouiiii" →
 * "ouii"), punctuation as spaces, and emoji with a meaning turned into words the lexicon knows.
 */

/** Words that emoji with a meaning become; chosen so that nobody types them. */
export const EMOJI_YES = 'emojiyes';
export const EMOJI_NO = 'emojino';
export const EMOJI_STAR = 'emojistar';

const EMOJI_WORDS: readonly [RegExp, string][] = [
  [/[\u{1F44D}\u{1F44C}\u2705\u{1F64F}\u2714\u2611\u{1F197}]/gu, EMOJI_YES],
  [/[\u{1F44E}\u274C\u274E\u2716\u{1F6AB}]/gu, EMOJI_NO],
  [/[\u2B50\u{1F31F}\u2605]/gu, EMOJI_STAR],
];

// Zero-width characters, direction marks and isolates, the Arabic letter mark, soft hyphen, BOM
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Combining marks: Latin accents, Arabic short vowels and hamza/madda marks, keycap and variation selectors
const MARKS = /[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\uFE0F\u20E3]/g;
const OTHER_EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]/gu;
const DIGIT_SETS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
const ARABIC_VARIANTS: readonly [RegExp, string][] = [
  [/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627'], // alef forms → alef
  [/\u0629/g, '\u0647'], // taa marbuta → heh
  [/[\u0649\u06CC\u06D2]/g, '\u064A'], // alef maqsura, Persian and Urdu yeh → yeh
  [/\u06A9/g, '\u0643'], // Persian kaf → kaf
  [/\u06AF/g, '\u0643'], // gaf (Maghrebi g) → kaf
  [/\u0640/g, ''], // tatweel
];

const ASCII = /^[\x20-\x7E]*$/;
// The readers of one answer normalise it several times (a role reader asks the choice and yes/no readers)
const recent = new Map<string, string>();
const RECENT_LIMIT = 16;

export function normalise(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  // Plain ASCII has no emoji, marks, Arabic letters or other digits: only the last steps apply
  const result = lastSteps(ASCII.test(text) ? text.toLowerCase() : beyondAscii(text));
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, result);
  return result;
}

function beyondAscii(text: string): string {
  let result = text.replace(INVISIBLE, '');
  for (const [pattern, word] of EMOJI_WORDS) result = result.replace(pattern, ` ${word} `);
  result = result.replace(/\u{1F51F}/gu, ' 10 ').replace(OTHER_EMOJI, ' ');
  result = result.normalize('NFKD').replace(MARKS, '').toLowerCase();
  for (const [pattern, replacement] of ARABIC_VARIANTS) result = result.replace(pattern, replacement);
  result = result.replace(/[٠-٩۰-۹]/g, (digit) => {
    for (const digits of DIGIT_SETS) {
      const value = digits.indexOf(digit);
      if (value !== -1) return String(value);
    }
    return digit;
  });
  return result;
}

function lastSteps(text: string): string {
  return (
    text
      // "don't", "isn't", "can't": the negation is what matters
      .replace(/n['’ʼ]t\b/g, ' not')
      .replace(/ß/g, 'ss')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/(\p{L})\1{2,}/gu, '$1$1')
      .trim()
  );
}

/** The normalised forms of a list of words, for telling whether a normalised word is one of them. */
export function formsOf(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalise).filter((form) => form !== ''));
}

/** The words of a text in normalised form; empty for a blank text. */
export function wordsOf(text: string): string[] {
  const form = normalise(text);
  return form === '' ? [] : form.split(' ');
}

// A comma, a full stop, a question mark or a new line ends what a negation can reach: "ik werk niet, dus ja"
const CLAUSE_END = /[,.;:!?¿¡،؛؟…\n]+/u;

/**
 * For each word of `wordsOf(text)`, the number of the clause it is in, clauses being separated by
 * punctuation; empty for a single clause, or when the two do not line up (then every word counts
 * as one clause).
 */
export function clausesOf(text: string): number[] {
  // Most answers are one clause: nothing to number
  if (!CLAUSE_END.test(text)) return [];
  const clauses = text.split(CLAUSE_END).flatMap((part, clause) => wordsOf(part).map(() => clause));
  return clauses.length === wordsOf(text).length ? clauses : [];
}

const ASKING_END = /[?¿؟]/u;

/**
 * The numbers (as in `clausesOf`) of the clauses that end with a question mark: "oui ? c'est payant ?"
 * asks back rather than answers. Empty when the clauses do not line up with the words.
 */
export function askedClausesOf(text: string): ReadonlySet<number> {
  if (!ASKING_END.test(text)) return new Set();
  const asked = new Set<number>();
  const parts = text.split(/([,.;:!?¿¡،؛؟…\n]+)/u);
  // Even parts are the clauses, odd ones the punctuation after each
  for (let index = 0; index < parts.length; index += 2) {
    if (ASKING_END.test(parts[index + 1] ?? '')) asked.add(index / 2);
  }
  return asked;
}
