/**
 * The forms a typed word may stand for: as typed, with doubled letters made single ("jaa" → "ja",
 * "ouii" → "oui", "نعمم" → "نعم"), and for Arabic without glued prefixes (و ف ب ل ك and the
 * article ال) and common suffixes (the Darija negation ش, tanween alef, plural endings). Arabizi
 * (Latin letters with digits for sounds) loses a glued "b", "bl", "l", "el". A verb wrapped in the
 * Darija negation ("ماعرفتش", "ma3raftch") also stands for the verb inside; spoken Flemish "nie" for "niet".
 */

const ARABIC_LETTER = /^[\u0600-\u06FF]/;
const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك'];
const ARABIC_SUFFIXES = ['ش', 'ا', 'ين', 'ون', 'ات', 'ه', 'ي'];
const ARABIZI_PREFIXES = ['bel', 'bil', 'bl', 'el', 'al', 'b', 'l'];
const MIN_STEM = 2;
// The Darija negation wraps the verb: "ما…ش", Arabizi "ma…ch" / "ma…sh"
const ARABIC_WRAPPED_NEGATION = /^ما(.{3,})ش$/u;
const ARABIZI_WRAPPED_NEGATION = /^ma(.{3,})(?:ch|sh)$/;
const FIRST_PERSON = /^[nm](\d.{2,})$/;
// Spoken forms that stand for a written word
const SPOKEN_FORMS: ReadonlyMap<string, string> = new Map([['nie', 'niet']]);
// French feminine and plural, English plural, Dutch diminutive: "amie", "amis", "friends", "vraagje", "baantje"
const LATIN_ENDINGS: readonly { ending: string; minLength: number }[] = [
  { ending: 'tje', minLength: 6 },
  { ending: 'je', minLength: 5 },
  { ending: 'es', minLength: 6 },
  { ending: 's', minLength: 4 },
  { ending: 'e', minLength: 4 },
];

// Short words whose double letter is their spelling, not emphasis: Dutch "een" is not "en" (English)
const SPELLED_DOUBLE: ReadonlySet<string> = new Set(['een', 'zee', 'mee', 'twee', 'heel', 'veel', 'deel', 'keer']);

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

export function wordVariants(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const variants = new Set([word]);
  const single = word.replace(/(\p{L})\1+/gu, '$1');
  if (single !== word && !SPELLED_DOUBLE.has(word)) variants.add(single);
  // "neeh", "jah", "okeh": a breath at the end of a short Latin word
  if (/^[a-z]{2,}h$/.test(word) && word.length <= 5) variants.add(word.slice(0, -1));
  const spoken = SPOKEN_FORMS.get(word);
  if (spoken !== undefined) variants.add(spoken);
  if (ARABIC_LETTER.test(word)) {
    addArabicStems(word, variants);
    const inner = ARABIC_WRAPPED_NEGATION.exec(word)?.[1];
    if (inner !== undefined) addArabicStems(inner, variants);
  } else if (/\p{L}/u.test(word) && /\d/.test(word)) addArabiziStems(word, variants);
  const wrapped = ARABIZI_WRAPPED_NEGATION.exec(word)?.[1];
  if (wrapped !== undefined) {
    variants.add(wrapped);
    // "man3rafch", "mam3arafch": the verb keeps its first-person "n" (heard "m" before the "3")
    const verb = FIRST_PERSON.exec(wrapped)?.[1];
    if (verb !== undefined) variants.add(verb);
    const verbSkeleton = verb === undefined ? null : arabiziSkeleton(verb);
    if (verbSkeleton !== null) variants.add(verbSkeleton);
  }
  const skeleton = arabiziSkeleton(word);
  if (skeleton !== null) variants.add(skeleton);
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
  // The Darija negation ends a word that may carry a suffix of its own: "معترفينش" is "معترفين", "معترف"
  for (const stem of [...stems]) {
    if (stem.endsWith('ش') && stem.length - 1 >= MIN_STEM + 2) stems.push(stem.slice(0, -1));
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

// Arabizi writes the same short vowels in many ways: "ma3raft", "ma3reft", "m3rft"
const ARABIZI_VOWELS = /[aeiou]/g;
const MIN_ARABIZI_SKELETON = 3;

/** Whether a word, in any of its forms (`wordVariants`), is one of `forms`; false for no word. */
export function isAnyForm(word: string | undefined, forms: ReadonlySet<string>): boolean {
  return word !== undefined && wordVariants(word).some((variant) => forms.has(variant));
}

/** An Arabizi word (Latin letters with a digit for a sound) without its vowels, if enough is left. */
export function arabiziSkeleton(word: string): string | null {
  if (!/^[a-z0-9]+$/.test(word) || !/\d/.test(word) || !/[a-z]/.test(word)) return null;
  // "kan9elleb" is "kan9leb": vowels and doubled letters both vary with the writer
  const skeleton = word.replace(ARABIZI_VOWELS, '').replace(/(.)\1+/g, '$1');
  return skeleton.length >= MIN_ARABIZI_SKELETON && skeleton !== word ? `~${skeleton}` : null;
}

function addArabiziStems(word: string, variants: Set<string>): void {
  for (const prefix of ARABIZI_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) variants.add(word.slice(prefix.length));
  }
}

function withoutEnding(word: string): string[] {
  return LATIN_ENDINGS.filter(({ ending, minLength }) => word.length >= minLength && word.endsWith(ending)).map(
    ({ ending }) => word.slice(0, -ending.length),
  );
}

const inflectedCache = new Map<string, readonly string[]>();

/**
 * The forms of a word for reading words of meaning (not places, not numbers): those of
 * `wordVariants`, and a Latin word without a feminine, plural or diminutive ending.
 */
export function inflectedVariants(word: string): readonly string[] {
  const cached = inflectedCache.get(word);
  if (cached) return cached;
  const variants = new Set(wordVariants(word));
  if (/^[a-z]+$/.test(word)) {
    // Two rounds: "amies" → "amie" → "ami"
    for (const form of [word, ...withoutEnding(word)]) for (const stem of withoutEnding(form)) variants.add(stem);
  }
  const result = [...variants];
  if (inflectedCache.size >= CACHE_LIMIT) inflectedCache.clear();
  inflectedCache.set(word, result);
  return result;
}
