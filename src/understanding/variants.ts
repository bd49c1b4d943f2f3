/**
 * The forms a typed word may stand for: as typed, with doubled letters made single ("jaa" → "ja",
 * "ouii" → "oui", "نعمم" → "نعم"), and for Arabic without glued prefixes (و ف ب ل ك and the
 * article ال) and common suffixes (the Darija negation ش, tanween alef, plural endings). Arabizi
 * (Latin letters with digits for sounds) loses a glued "b", "bl", "l", "el".
 */

const ARABIC_LETTER = /^[\u0600-\u06FF]/;
const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك'];
const ARABIC_SUFFIXES = ['ش', 'ا', 'ين', 'ون', 'ات', 'ه', 'ي'];
const ARABIZI_PREFIXES = ['bel', 'bil', 'bl', 'el', 'al', 'b', 'l'];
const MIN_STEM = 2;

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

export function wordVariants(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const variants = new Set([word]);
  const single = word.replace(/(\p{L})\1+/gu, '$1');
  if (single !== word) variants.add(single);
  // "neeh", "jah", "okeh": a breath at the end of a short Latin word
  if (/^[a-z]{2,}h$/.test(word) && word.length <= 5) variants.add(word.slice(0, -1));
  if (ARABIC_LETTER.test(word)) addArabicStems(word, variants);
  else if (/\p{L}/u.test(word) && /\d/.test(word)) addArabiziStems(word, variants);
  const result = [...variants];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

function addArabicStems(word: string, variants: Set<string>): void {
  const stems = [word];
  let rest = word;
  for (let strip = 0; strip < 2; strip += 1) {
    const first = rest.charAt(0);
    if (!ARABIC_PREFIXES.includes(first) || rest.length - 1 < MIN_STEM) break;
    rest = rest.slice(1);
    stems.push(rest);
  }
  for (const stem of [...stems]) {
    if (stem.startsWith('ال') && stem.length - 2 >= MIN_STEM + 1) stems.push(stem.slice(2));
  }
  for (const stem of stems) {
    variants.add(stem);
    for (const suffix of ARABIC_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM + 1) {
        variants.add(stem.slice(0, -suffix.length));
      }
    }
  }
}

function addArabiziStems(word: string, variants: Set<string>): void {
  for (const prefix of ARABIZI_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) variants.add(word.slice(prefix.length));
  }
}
