import type { BelgianRegion, CountryCode, Programme } from '../schema.js';
import { matchingForm, typoDistance, wordVariants } from './matching.js';

export type PlaceMatch =
  | { kind: 'served'; cityId: string }
  | { kind: 'unserved'; country?: CountryCode; region?: string }
  | { kind: 'unknown' };

type KnownPlace = Exclude<PlaceMatch, { kind: 'unknown' }>;

interface PlaceName {
  form: string;
  words: string[];
  place: KnownPlace;
}

const UNKNOWN: PlaceMatch = { kind: 'unknown' };
// Inside a sentence, short names only match exactly: "gens" is not Gent, "envers" is not Anvers
const MIN_LETTERS_FOR_TYPOS_IN_A_SENTENCE = 7;

const namesByProgramme = new WeakMap<Programme, PlaceName[]>();

/**
 * Where the person lives, from a free answer: a name (exact, inside a sentence, then with a small typo)
 * or a postcode. Two different served cities in one answer are unknown, so the caller asks again.
 */
export function matchPlace(text: string, programme: Programme): PlaceMatch {
  const form = matchingForm(text);
  if (form === '') return UNKNOWN;
  const names = placeNames(programme);
  const words = form.split(' ');
  return (
    decide(names.filter((name) => name.form === form).map((name) => name.place)) ??
    decide(namesInSentence(words, names)) ??
    placeOfPostcode(text, form, programme) ??
    decideTypo(closestNames(names, (name) => typoDistance(form, name.form))) ??
    decideTypo(closestNames(names, (name) => typoInSentence(words, name))) ??
    UNKNOWN
  );
}

function placeNames(programme: Programme): PlaceName[] {
  const cached = namesByProgramme.get(programme);
  if (cached) return cached;
  const names: PlaceName[] = [];
  const add = (typed: string, place: KnownPlace): void => {
    const form = matchingForm(typed);
    if (form !== '') names.push({ form, words: form.split(' '), place });
  };
  for (const city of programme.cities) {
    for (const name of city.names) add(name, { kind: 'served', cityId: city.id });
  }
  for (const other of programme.otherPlaces) {
    const place: KnownPlace = { kind: 'unserved', country: other.country };
    if (other.region !== undefined) place.region = other.region;
    for (const name of other.names) add(name, place);
  }
  namesByProgramme.set(programme, names);
  return names;
}

/** One served city wins; several are ambiguous; otherwise the first unserved place named. */
function decide(places: KnownPlace[]): PlaceMatch | null {
  const cityIds = new Set(places.flatMap((place) => (place.kind === 'served' ? [place.cityId] : [])));
  const cityId = [...cityIds][0];
  if (cityIds.size > 1) return UNKNOWN;
  if (cityId !== undefined) return { kind: 'served', cityId };
  return places[0] ?? null;
}

/** A typo as close to a served city as to an unserved place ("gen": Gent or Genk) is not a guess to make. */
function decideTypo(places: KnownPlace[]): PlaceMatch | null {
  const kinds = new Set(places.map((place) => place.kind));
  return kinds.size > 1 ? UNKNOWN : decide(places);
}

interface Found {
  start: number;
  end: number;
  place: KnownPlace;
}

/** Names found word for word; a name inside a longer one found at the same place ("Berchem" in "Sint-Agatha-Berchem") does not count. */
function namesInSentence(words: string[], names: PlaceName[]): KnownPlace[] {
  const found: Found[] = [];
  for (const name of names) {
    for (let start = 0; start + name.words.length <= words.length; start += 1) {
      if (wordsMatchAt(words, start, name.words)) {
        found.push({ start, end: start + name.words.length, place: name.place });
      }
    }
  }
  return found
    .filter(
      (inner) =>
        !found.some(
          (outer) =>
            outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start,
        ),
    )
    .sort((a, b) => a.start - b.start)
    .map((match) => match.place);
}

function wordsMatchAt(words: string[], start: number, nameWords: string[]): boolean {
  return nameWords.every((nameWord, offset) => {
    const word = words[start + offset];
    if (word === undefined) return false;
    return offset === 0 ? wordVariants(word).includes(nameWord) : word === nameWord;
  });
}

function typoInSentence(words: string[], name: PlaceName): number | null {
  if (Array.from(name.form).length < MIN_LETTERS_FOR_TYPOS_IN_A_SENTENCE) return null;
  let best: number | null = null;
  for (let start = 0; start + name.words.length <= words.length; start += 1) {
    for (const first of wordVariants(words[start] ?? '')) {
      const typed = [first, ...words.slice(start + 1, start + name.words.length)].join(' ');
      if (typed.charAt(0) !== name.form.charAt(0)) continue;
      const edits = typoDistance(typed, name.form);
      if (edits !== null && (best === null || edits < best)) best = edits;
    }
  }
  return best;
}

/** The places of the names at the smallest distance, when any is close enough. */
function closestNames(names: PlaceName[], distanceTo: (name: PlaceName) => number | null): KnownPlace[] {
  let best = Number.POSITIVE_INFINITY;
  let places: KnownPlace[] = [];
  for (const name of names) {
    const edits = distanceTo(name);
    if (edits === null || edits > best) continue;
    if (edits < best) places = [];
    best = edits;
    places.push(name.place);
  }
  return places;
}

// Dutch postcode letters that are also common short words, and the combinations the Dutch post never uses
const NOT_DUTCH_POSTCODE_LETTERS = new Set([
  'et',
  'en',
  'ou',
  'of',
  'in',
  'on',
  'at',
  'is',
  'to',
  'je',
  'ik',
  'sa',
  'sd',
  'ss',
]);

function placeOfPostcode(text: string, form: string, programme: Programme): PlaceMatch | null {
  const dutch = /(?:^| )(\d{4}) ?([a-z]{2})(?= |$)/.exec(form);
  const dutchCode = dutch?.[1];
  const letters = dutch?.[2];
  // Written in capitals ("1012 AB") it is a Dutch postcode even when the letters make a word
  if (dutchCode !== undefined && letters !== undefined) {
    const inCapitals = new RegExp(`${dutchCode} ?${letters.toUpperCase()}(?![A-Za-z])`).test(text);
    if (inCapitals || !NOT_DUTCH_POSTCODE_LETTERS.has(letters)) {
      return servedByPostcode(programme, 'NL', Number(dutchCode)) ?? { kind: 'unserved', country: 'NL' };
    }
  }
  const french = /(?:^| )(\d{5})(?= |$)/.exec(form)?.[1];
  if (french !== undefined && isFrenchPostcode(french)) {
    return servedByPostcode(programme, 'FR', Number(french)) ?? { kind: 'unserved', country: 'FR' };
  }
  const belgian = /(?:^| )(\d{4})(?= |$)/.exec(form)?.[1];
  if (belgian !== undefined && !belgian.startsWith('0')) {
    const code = Number(belgian);
    return servedByPostcode(programme, 'BE', code) ?? { kind: 'unserved', country: 'BE', region: belgianRegion(code) };
  }
  return null;
}

function isFrenchPostcode(code: string): boolean {
  const department = Number(code.slice(0, 2));
  return department >= 1 && department <= 98;
}

function servedByPostcode(programme: Programme, country: CountryCode, code: number): PlaceMatch | null {
  const city = programme.cities.find(
    (candidate) =>
      candidate.country === country && candidate.postcodes.some((range) => range.from <= code && code <= range.to),
  );
  return city ? { kind: 'served', cityId: city.id } : null;
}

/** Belgian postcodes by region: 1000–1299 Brussels, 1300–1499 and 4000–7999 Wallonia, the rest Flanders. */
export function belgianRegion(postcode: number): BelgianRegion {
  if (postcode >= 1000 && postcode <= 1299) return 'brussels';
  if ((postcode >= 1300 && postcode <= 1499) || (postcode >= 4000 && postcode <= 7999)) return 'wallonia';
  return 'flanders';
}
