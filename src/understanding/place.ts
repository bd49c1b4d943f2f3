import { distance } from 'fastest-levenshtein';
import type { Gazetteer } from '../programme/gazetteer.js';
import type { BelgianRegion, CountryCode, Programme } from '../programme/schema.js';
import { ELSEWHERE_WORDS, HOME_WORDS, NEAR_WORDS, NEGATORS, WITH_WORDS } from './lexicon.js';
import { clausesOf, formsOf, normalise } from './normalise.js';
import { saysMaybe } from './maybe.js';
import { read, unclear, type Reading } from './reading.js';
import { isNegation, typoAllowance } from './terms.js';
import { wordVariants } from './variants.js';

export type KnownPlace =
  /** `area`: the municipality or district named or whose postcode was given, to echo back. */
  { kind: 'served'; cityId: string; area?: string } | { kind: 'unserved'; country?: CountryCode; region?: string };

interface PlaceName {
  form: string;
  words: string[];
  place: KnownPlace;
  /** Also a common word: the whole answer, or in a sentence right after a word that introduces a place. */
  commonWord: boolean;
  /** A name of the gazetteer rather than of the programme's cities: typos only on long names (see `typoDistance`). */
  minor: boolean;
}

interface PlaceIndex {
  names: PlaceName[];
  /** Names by their first word, to find them in a sentence. */
  byFirstWord: Map<string, PlaceName[]>;
  /** Names long enough for a typo inside a sentence, by their first letter. */
  longByFirstLetter: Map<string, PlaceName[]>;
  areaOfPostcode: Map<number, { cityId: string; area: string }>;
  /** One-word names in Arabic script by their letters without long vowels. */
  bySkeleton: Map<string, PlaceName[]>;
}

// Inside a sentence, short names only match exactly: "gens" is not Gent, "envers" is not Anvers
const MIN_LETTERS_FOR_TYPOS_IN_A_SENTENCE = 7;
const MIN_LETTERS_FOR_TYPOS = 4;
// The gazetteer's many small places sit one or two edits from everyday words ("demain" Denain, "alles"
// Arles, "schilder" Schilde, "Dumont" Jeumont): their names take one typo from 8 letters, two from 12
const MIN_LETTERS_FOR_MINOR_TYPOS = 8;
const MIN_LETTERS_FOR_TWO_MINOR_TYPOS = 12;
// A date typed at the place question ("12/03/2001", "3 juin 2000") holds no postcode
const DATE =
  /(?:^|\D)\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}(?:\D|$)|(?:^|\D)\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}/;

const NEAR = new RegExp(`(?:^| )(?:${NEAR_WORDS.map(normalise).join('|')})(?= |$)`);

const indexes = new WeakMap<Programme, WeakMap<Gazetteer, PlaceIndex>>();

/**
 * Where the person lives, from a free answer: a city, municipality or district of the gazetteer in
 * any of the four languages or scripts (exact, inside a sentence, then within a typo that grows with
 * the name's length), or a postcode. "St", "Ste", "Sint" are read as "Saint"/"Sainte"/"Sint" alike.
 * Two served cities in one answer, a date, a place "near" another, or nothing known give no value.
 */
export function readPlace(text: string, where: { programme: Programme; gazetteer: Gazetteer }): Reading<KnownPlace> {
  const form = placeForm(text);
  if (form === '') return unclear('empty');
  const index = indexFor(where.programme, where.gazetteer);
  const names = index.names;
  const words = form.split(' ');
  const whole = decide(names.filter((name) => name.form === form).map((name) => name.place));
  if (whole) return whole;
  const named = namesInSentence(words, index);
  const inSentence =
    settledBetweenCities(named, form, { programme: where.programme, index }) ??
    whereTheyLive(words, named, clausesOf(text));
  if (inSentence?.ok === true && (movesSoon(words) || (named.length > 1 && COMING_TIME.test(form)))) {
    return unclear('severalValues');
  }
  if (inSentence?.ok === true && !DATE.test(text) && !YEAR.test(form)) {
    const postcode = placeOfPostcode(text, form, { programme: where.programme, index });
    if (postcode?.ok === true) return withPostcode(inSentence.value, postcode.value);
  }
  if (inSentence) return inSentence;
  if (NEAR.test(form)) return unclear('range');
  const found =
    decide(namesBySkeleton(words, index)) ??
    (DATE.test(text) ? null : placeOfPostcode(text, form, { programme: where.programme, index })) ??
    decideTypo(closestNames(names, (name) => typoDistance(form, name))) ??
    decideTypo(closestNames(longNamesStartingLike(words, index), (name) => typoInSentence(words, name)));
  return (
    found ??
    departmentInBrackets(text, { programme: where.programme, index }) ??
    unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood')
  );
}

// "Lens (62)", "Roubaix (59)": a French town written with its department's number
const DEPARTMENT_IN_BRACKETS = /^\s*\p{L}[\p{L}\p{M}' -]*\(\s*(\d{2})\s*\)\s*$/u;

function departmentInBrackets(
  text: string,
  where: { programme: Programme; index: PlaceIndex },
): Reading<KnownPlace> | null {
  const department = DEPARTMENT_IN_BRACKETS.exec(text)?.[1];
  if (department === undefined || !isFrenchPostcode(`${department}000`)) return null;
  return read(servedByPostcode(where, 'FR', Number(department) * 1000) ?? { kind: 'unserved', country: 'FR' });
}

/** Normalised, with "st"/"ste" spelled out so that "St-Josse" meets "Saint-Josse". */
function placeForm(text: string): string {
  return normalise(text)
    .replace(/(\d{4,5})(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})(\d{4,5})(?!\d)/gu, '$1 $2')
    .replace(/(^| )st(?= |$)/g, '$1saint')
    .replace(/(^| )ste(?= |$)/g, '$1sainte');
}

function indexFor(programme: Programme, gazetteer: Gazetteer): PlaceIndex {
  let byGazetteer = indexes.get(programme);
  if (!byGazetteer) {
    byGazetteer = new WeakMap();
    indexes.set(programme, byGazetteer);
  }
  const cached = byGazetteer.get(gazetteer);
  if (cached) return cached;
  const names: PlaceName[] = [];
  const add = (typed: string, place: KnownPlace, commonWords: readonly string[] = [], minor = true): void => {
    const form = placeForm(typed);
    const commonWord = commonWords.some((word) => placeForm(word) === form);
    if (form !== '') names.push({ form, words: form.split(' '), place, commonWord, minor });
  };
  const served = new Set(programme.cities.map((city) => city.id));
  for (const city of programme.cities) {
    for (const name of city.names) add(name, { kind: 'served', cityId: city.id }, [], false);
  }
  const areaOfPostcode = new Map<number, { cityId: string; area: string }>();
  for (const area of gazetteer.areas) {
    // An area of a city the programme no longer serves is left out: its postcode range decides
    if (!served.has(area.city)) continue;
    const [label] = area.names;
    const place: KnownPlace = { kind: 'served', cityId: area.city, ...(label ? { area: label } : {}) };
    for (const name of area.names) add(name, place, area.commonWords);
    for (const code of area.postcodes) if (label) areaOfPostcode.set(code, { cityId: area.city, area: label });
  }
  for (const other of programme.otherPlaces) addElsewhere((typed, place) => add(typed, place, [], false), other);
  for (const other of gazetteer.elsewhere) addElsewhere(add, other, other.commonWords);
  const byFirstWord = new Map<string, PlaceName[]>();
  const longByFirstLetter = new Map<string, PlaceName[]>();
  for (const name of names) {
    const first = name.words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
    if (name.commonWord || Array.from(name.form).length < MIN_LETTERS_FOR_TYPOS_IN_A_SENTENCE) continue;
    const letter = name.form.charAt(0);
    longByFirstLetter.set(letter, [...(longByFirstLetter.get(letter) ?? []), name]);
  }
  const bySkeleton = new Map<string, PlaceName[]>();
  for (const name of names) {
    const skeleton = name.words.length === 1 && !name.commonWord ? arabicSkeleton(name.form) : null;
    if (skeleton !== null) bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), name]);
  }
  const index = { names, byFirstWord, longByFirstLetter, areaOfPostcode, bySkeleton };
  byGazetteer.set(gazetteer, index);
  return index;
}

function addElsewhere(
  add: (typed: string, place: KnownPlace, commonWords?: readonly string[]) => void,
  other: { names: readonly string[]; country?: CountryCode; region?: string },
  commonWords: readonly string[] = [],
): void {
  const place: KnownPlace = { kind: 'unserved' };
  if (other.country !== undefined) place.country = other.country;
  if (other.region !== undefined) place.region = other.region;
  for (const name of other.names) add(name, place, commonWords);
}

/**
 * "Berchem" is a district of Antwerp and a commune of Brussels: a name of two served cities is settled
 * by another name or a postcode that leaves one ("Anvers, Berchem", "2600 Berchem"), else asked again.
 * Null when no name of two cities is found or nothing settles it.
 */
function settledBetweenCities(
  found: readonly Found[],
  form: string,
  where: { programme: Programme; index: PlaceIndex },
): Reading<KnownPlace> | null {
  const byStart = new Map<number, Set<string>>();
  for (const name of found) {
    const cities = byStart.get(name.start) ?? new Set<string>();
    cities.add(name.place.kind === 'served' ? name.place.cityId : '');
    byStart.set(name.start, cities);
  }
  const groups = [...byStart.values()];
  if (!groups.some((cities) => cities.size > 1) || groups.some((cities) => cities.has(''))) return null;
  const postcode = DATE.test(form) ? null : placeOfPostcode(form, form, where);
  const settling = postcode?.ok === true && postcode.value.kind === 'served' ? [new Set([postcode.value.cityId])] : [];
  const [first, ...rest] = [...groups, ...settling];
  const common = [...(first ?? [])].filter((cityId) => rest.every((cities) => cities.has(cityId)));
  if (common.length !== 1) return unclear('severalValues');
  const inCity = found.filter((name) => name.place.kind === 'served' && name.place.cityId === common[0]);
  const place = inCity.find((name) => name.place.kind === 'served' && name.place.area !== undefined) ?? inCity[0];
  return place ? read(place.place) : null;
}

/** One served city wins (the first area named is kept to echo); several are ambiguous; otherwise the first unserved place. */
function decide(places: KnownPlace[]): Reading<KnownPlace> | null {
  const served = places.filter((place) => place.kind === 'served');
  const cityIds = new Set(served.map((place) => place.cityId));
  if (cityIds.size > 1) return unclear('severalValues');
  const first = served.find((place) => place.area !== undefined) ?? served[0] ?? places[0];
  return first ? read(first) : null;
}

/** A typo as close to a served city as to an unserved place ("gen": Gent or Genk) is not a guess to make. */
function decideTypo(places: KnownPlace[]): Reading<KnownPlace> | null {
  const kinds = new Set(places.map((place) => place.kind));
  return kinds.size > 1 ? unclear('severalValues') : decide(places);
}

interface Found {
  start: number;
  end: number;
  place: KnownPlace;
}

type Role = 'home' | 'elsewhere' | 'origin' | 'near' | 'unmarked';

const HOME_FORMS = formsOf(HOME_WORDS);
const ELSEWHERE_FORMS = formsOf(ELSEWHERE_WORDS);
const NEGATOR_FORMS = formsOf(NEGATORS);
const WITH_FORMS = formsOf(WITH_WORDS);
// Where the person is from ("أنا من وجدة", "ana mn tanja"): theirs only when no other place is
const ORIGIN_FORMS = formsOf(['من', 'mn', 'men', 'mena']);
const ORIGIN_PREPOSITIONS = formsOf(['de', 'd', 'du', 'van', 'from', 'uit']);
const BEING_FORMS = formsOf([
  'suis',
  'es',
  'est',
  'ben',
  'bent',
  'is',
  'am',
  'im',
  'm',
  'originally',
  'originellement',
]);
const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;

/** Whether a cue is one of the forms; an Arabic word also without its glued prefix ("وساكن" is "ساكن"). */
function isCue(word: string, forms: ReadonlySet<string>): boolean {
  return forms.has(word) || (ARABIC_SCRIPT.test(word) && wordVariants(word).some((variant) => forms.has(variant)));
}
// How far before a place its cues are looked for ("mon frère habite à", "I work in")
const CUE_REACH = 6;

/**
 * Where the person lives among the places named in a sentence: the place said as theirs ("j'habite
 * à", "moi je suis à", "ik woon in", "وأنا ف"), else the places said plainly; not a place where
 * someone else lives ("mon frère habite à Lyon"), where they work, were born or lived before, nor
 * one they live near ("Vilvoorde, juste à côté de Bruxelles" is Vilvoorde). Null when no place is named.
 */
function whereTheyLive(
  words: readonly string[],
  found: readonly Found[],
  clauses: readonly number[],
): Reading<KnownPlace> | null {
  if (found.length === 0) return null;
  const roles = found.map((place) => {
    // The cues since the place named before this one (a name found twice at one place shares them)
    const previousEnd = Math.max(0, ...found.filter((other) => other.end <= place.start).map((other) => other.end));
    const from = Math.max(previousEnd, place.start - CUE_REACH);
    const sameClause = (at: number): boolean => clauses.length !== words.length || clauses[at] === clauses[place.start];
    const cues = words.slice(from, place.start).filter((_, offset) => sameClause(from + offset));
    return { place: place.place, role: roleOf(cues), landmark: isLandmark(words.slice(place.start, place.end)) };
  });
  const withRole = (role: Role): KnownPlace[] =>
    roles.filter((entry) => entry.role === role).map((entry) => entry.place);
  const home = withRole('home');
  if (home.length > 0) return decideStrictly(home);
  const unmarked = withRole('unmarked');
  if (unmarked.length > 0) return decideStrictly(unmarked);
  // "ana mn bruxelles", "je suis de Liège": a place of the programme's countries one is from is home;
  // "je suis de Casablanca", "أنا من طنجة": one abroad says nothing of where one lives
  const origin = withRole('origin');
  if (origin.length > 0 && origin.every((place) => place.kind === 'served' || place.country !== undefined)) {
    return decideStrictly(origin);
  }
  // "9rib l gare du midi", "vlak bij het Zuidstation": near a station or square of a served city is in it
  const nearLandmarks = roles.filter(
    (entry) => entry.role === 'near' && entry.landmark && entry.place.kind === 'served',
  );
  const near = withRole('near');
  if (nearLandmarks.length > 0 && nearLandmarks.length === near.length) {
    return decideStrictly(nearLandmarks.map((entry) => entry.place));
  }
  return near.length > 0 ? unclear('range') : unclear('notUnderstood');
}

// prettier-ignore
const LANDMARK_FORMS = formsOf(['gare', 'station', 'zuidstation', 'noordstation', 'centraal', 'statie', 'quartier',
  'wijk', 'place', 'plein', 'square', 'markt', 'marche', 'parc', 'park', 'metro', 'porte', 'midi', 'zuid', 'محطة',
  'ساحة', 'لاكار', 'lagar', 'lgar', 'mahatta', 'ma7atta']);

/** Whether a name found is a station, square or quarter, well inside its city ("Gare du Midi", "Flagey plein"). */
function isLandmark(nameWords: readonly string[]): boolean {
  return nameWords.some((word) => LANDMARK_FORMS.has(word));
}

/**
 * Whether the answer speaks of a move still to come ("je déménage bientôt à Namur", "ik ga verhuizen",
 * "moving to Lille next month"): where the person will live is then still to ask.
 */
function movesSoon(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      MOVING_FORMS.has(word) &&
      !words
        .slice(Math.max(0, index - 2), index)
        .some((before) => PERFECT_FORMS.has(before) || isNegation(before, NEGATOR_FORMS)),
  );
}

// "Rotterdam maar volgende maand kom ik naar Antwerpen": beside two places, a time to come speaks of a move
const COMING_TIME =
  /(?:^| )(?:volgende (?:week|maand)|next (?:week|month)|(?:le mois|la semaine) prochaine?|binnenkort|bientot|soon|الشهر (?:الجاي|القادم)|chhar jay)(?= |$)/;

// prettier-ignore
const MOVING_FORMS = formsOf([
  'demenage', 'demenager', 'demenagerai', 'demenageons', 'verhuis', 'verhuizen', 'verhuizen', 'moving', 'move',
  'relocating', 'نرحل', 'غانرحل', 'ننتقل', 'سأنتقل', 'nrhal', 'n7awel',
]);
// "j'ai déménagé" is written as "je déménage" once the accents are gone
const PERFECT_FORMS = formsOf(['ai', 'as', 'a', 'avons', 'suis', 'sommes', 'ben', 'zijn', 'have', 'has', 'just']);

/**
 * What the words before a place say of it: near it; someone else's, or where the person works, was
 * born or lived ("mon frère habite à", "I work in", "ik woon niet meer in"), unless they speak of
 * themselves after that ("… mais moi je suis à"); theirs ("j'habite à"); or nothing.
 */
function roleOf(cues: readonly string[]): Role {
  // "قرب محطة الشمال فسكاربيك", "near the north station in Schaerbeek": near a landmark that is in the place
  if (cues.length > 0 && NEAR.test(cues.join(' ')) && !cues.some((word) => LANDMARK_FORMS.has(word))) return 'near';
  // "je suis de Casablanca", "ik ben van Nador", "Je suis marocain, de Casablanca"
  const last = cues.length - 1;
  if (ORIGIN_PREPOSITIONS.has(cues[last] ?? '') && (last === 0 || BEING_FORMS.has(cues[last - 1] ?? ''))) {
    return 'origin';
  }
  // "chez mes parents", "bij mijn zus": living with someone else is living there
  const elsewhere = cues.findLastIndex(
    (word, index) =>
      isCue(word, ELSEWHERE_FORMS) &&
      !cues.slice(Math.max(0, index - 2), index).some((before) => isCue(before, WITH_FORMS)),
  );
  const home = cues.some((word) => isCue(word, HOME_FORMS));
  // "je n'habite plus à", "ik woon niet meer in", "مابقيتش ساكن ف"
  if (home && cues.some((word) => isNegation(word, NEGATOR_FORMS))) return 'elsewhere';
  if (elsewhere === -1) {
    // "أنا من وجدة وساكن فلييج": the place one is from, unless one lives there ("ساكن من")
    const origin = cues.findLastIndex((word) => isCue(word, ORIGIN_FORMS));
    if (origin !== -1 && !cues.slice(origin + 1).some((word) => isCue(word, HOME_FORMS))) return 'origin';
    return home ? 'home' : 'unmarked';
  }
  // "j'ai déménagé à Lille": a move made is a place arrived in
  if (isCue(cues[elsewhere] ?? '', MOVING_FORMS) && PERFECT_FORMS.has(cues[elsewhere - 1] ?? '')) return 'home';
  // "je viens d'arriver à": a home word after it; "avant j'étais à Paris": the person, but in the past
  const after = cues.slice(elsewhere + 1);
  if (after.some((word) => PAST_FORMS.has(word))) return 'elsewhere';
  return after.some((word) => FIRST_PERSON.has(word) || ARRIVED_FORMS.has(word)) ? 'home' : 'elsewhere';
}

const PAST_FORMS = formsOf(['etais', 'etait', 'habitais', 'vivais', 'was', 'lived', 'woonde', 'kont', 'كنت', 'كنا']);
const ARRIVED_FORMS = formsOf([
  'arriver',
  'arrive',
  'arrivee',
  'installe',
  'installee',
  'aangekomen',
  'arrived',
  'moved',
]);
const FIRST_PERSON = formsOf(['moi', 'ana', 'انا', 'ik', 'ikzelf', 'myself', 'me', 'i', 'je', 'j']);

/** One served city or one place outside; a served city beside a place outside ("Bruxelles ou Namur") is two answers. */
function decideStrictly(places: KnownPlace[]): Reading<KnownPlace> {
  const kinds = new Set(places.map((place) => place.kind));
  if (kinds.size > 1) return unclear('severalValues');
  return decide(places) ?? unclear('notUnderstood');
}

/** Names found word for word; a name inside a longer one found at the same place ("Berchem" in "Sint-Agatha-Berchem") does not count. */
function namesInSentence(words: string[], index: PlaceIndex): Found[] {
  const found: Found[] = [];
  for (let start = 0; start < words.length; start += 1) {
    const candidates = new Set(
      wordVariants(words[start] ?? '').flatMap((variant) => index.byFirstWord.get(variant) ?? []),
    );
    for (const name of candidates) {
      if (name.commonWord && !introducesPlace(words[start - 1])) continue;
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
    .sort((a, b) => a.start - b.start);
}

// The words right before a name that is also a common word which make it a place: "à Ans", "in Boom", "dans le 18e"
const PLACE_INTRODUCERS = formsOf(['à', 'a', 'in', 'te', 'op', 'at', 'dans', 'f', 'fi', 'ف', 'في']);

/** Whether the word before a name introduces a place, or is a postcode ("2850 Boom"). */
function introducesPlace(before: string | undefined): boolean {
  if (before === undefined) return false;
  return (
    /^\d{4,5}$/.test(before) ||
    PLACE_INTRODUCERS.has(before) ||
    wordVariants(before).some((variant) => PLACE_INTRODUCERS.has(variant))
  );
}

// Arabic script writes the long vowels of a foreign name or leaves them out: "أنفيرس" and "أنفرس" are one name
const LONG_VOWELS_AFTER_FIRST = /(?<=.)[اوي]/gu;
const MIN_SKELETON_LETTERS = 3;

/** An Arabic-script word without its long vowels (the first letter kept), if enough letters are left to tell it apart. */
function arabicSkeleton(word: string): string | null {
  if (!/^[\u0600-\u06FF]+$/u.test(word)) return null;
  const skeleton = word.replace(LONG_VOWELS_AFTER_FIRST, '');
  return Array.from(skeleton).length >= MIN_SKELETON_LETTERS ? skeleton : null;
}

function namesBySkeleton(words: string[], index: PlaceIndex): KnownPlace[] {
  return words.flatMap((word) =>
    [
      ...new Set(
        wordVariants(word).flatMap((variant) => {
          const skeleton = arabicSkeleton(variant);
          return skeleton === null ? [] : (index.bySkeleton.get(skeleton) ?? []);
        }),
      ),
    ].map((name) => name.place),
  );
}

/** The long names whose first letter is the first letter of a word of the answer. */
function longNamesStartingLike(words: string[], index: PlaceIndex): PlaceName[] {
  const letters = new Set(words.flatMap((word) => wordVariants(word).map((variant) => variant.charAt(0))));
  return [...letters].flatMap((letter) => index.longByFirstLetter.get(letter) ?? []);
}

function wordsMatchAt(words: string[], start: number, nameWords: string[]): boolean {
  return nameWords.every((nameWord, offset) => {
    const word = words[start + offset];
    if (word === undefined) return false;
    return offset === 0 ? wordVariants(word).includes(nameWord) : word === nameWord;
  });
}

/** A name that is also a common word is only read exactly; a name of the gazetteer only from 8 letters. */
function typoDistance(typed: string, name: PlaceName): number | null {
  if (name.commonWord) return null;
  const letters = Array.from(name.form).length;
  if (letters < (name.minor ? MIN_LETTERS_FOR_MINOR_TYPOS : MIN_LETTERS_FOR_TYPOS)) return null;
  if (Math.abs(typed.length - name.form.length) > 2) return null;
  const allowance = name.minor && letters < MIN_LETTERS_FOR_TWO_MINOR_TYPOS ? 1 : typoAllowance(name.form);
  const edits = distance(typed, name.form);
  return edits <= allowance && eachWordClose(typed, name) ? edits : null;
}

/** "la gare" is not "La Haye": in a name of several words, each word keeps within its own typo allowance. */
function eachWordClose(typed: string, name: PlaceName): boolean {
  if (name.words.length === 1) return true;
  const typedWords = typed.split(' ');
  if (typedWords.length !== name.words.length) return true;
  return name.words.every((word, index) => distance(typedWords[index] ?? '', word) <= typoAllowance(word));
}

function typoInSentence(words: string[], name: PlaceName): number | null {
  if (Array.from(name.form).length < MIN_LETTERS_FOR_TYPOS_IN_A_SENTENCE) return null;
  let best: number | null = null;
  for (let start = 0; start + name.words.length <= words.length; start += 1) {
    for (const first of wordVariants(words[start] ?? '')) {
      const typed = [first, ...words.slice(start + 1, start + name.words.length)].join(' ');
      if (typed.charAt(0) !== name.form.charAt(0)) continue;
      const edits = typoDistance(typed, name);
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

function placeOfPostcode(
  text: string,
  form: string,
  where: { programme: Programme; index: PlaceIndex },
): Reading<KnownPlace> | null {
  const dutch = /(?:^| )(\d{4}) ?([a-z]{2})(?= |$)/.exec(form);
  const dutchCode = dutch?.[1];
  const letters = dutch?.[2];
  // Written in capitals ("1012 AB") it is a Dutch postcode even when the letters make a word
  if (dutchCode !== undefined && letters !== undefined) {
    const inCapitals = new RegExp(`${dutchCode} ?${letters.toUpperCase()}(?![A-Za-z])`).test(text);
    if (inCapitals || !NOT_DUTCH_POSTCODE_LETTERS.has(letters)) {
      return read(servedByPostcode(where, 'NL', Number(dutchCode)) ?? { kind: 'unserved', country: 'NL' });
    }
  }
  const french = /(?:^| )(\d{5})(?= |$)/.exec(form)?.[1];
  if (french !== undefined && isFrenchPostcode(french)) {
    return read(servedByPostcode(where, 'FR', Number(french)) ?? { kind: 'unserved', country: 'FR' });
  }
  const belgian = /(?:^| )(\d{4})(?= |$)/.exec(form)?.[1];
  if (belgian !== undefined && !belgian.startsWith('0')) {
    const code = Number(belgian);
    return read(
      servedByPostcode(where, 'BE', code) ?? { kind: 'unserved', country: 'BE', region: belgianRegion(code) },
    );
  }
  return null;
}

// "depuis 2019", "since 2021": a year beside a name is no postcode against it
const YEAR = /(?:^| )(?:19[5-9]\d|20[0-3]\d)(?= |$)/;

/**
 * A name and a postcode in one answer: "13015 quartier nord" is Marseille's north, not the Brussels
 * district of that name; a city's name against another's postcode is asked again.
 */
function withPostcode(named: KnownPlace, coded: KnownPlace): Reading<KnownPlace> {
  if (named.kind !== 'served' || coded.kind !== 'served' || named.cityId === coded.cityId) return read(named);
  return named.area !== undefined ? read(coded) : unclear('severalValues');
}

function isFrenchPostcode(code: string): boolean {
  const department = Number(code.slice(0, 2));
  return department >= 1 && department <= 98;
}

function servedByPostcode(
  where: { programme: Programme; index: PlaceIndex },
  country: CountryCode,
  code: number,
): KnownPlace | null {
  const city = where.programme.cities.find(
    (candidate) =>
      candidate.country === country && candidate.postcodes.some((range) => range.from <= code && code <= range.to),
  );
  if (!city) return null;
  const area = where.index.areaOfPostcode.get(code);
  return area?.cityId === city.id
    ? { kind: 'served', cityId: city.id, area: area.area }
    : { kind: 'served', cityId: city.id };
}

/** Belgian postcodes by region: 1000–1299 Brussels, 1300–1499 and 4000–7999 Wallonia, the rest Flanders. */
export function belgianRegion(postcode: number): BelgianRegion {
  if (postcode >= 1000 && postcode <= 1299) return 'brussels';
  if ((postcode >= 1300 && postcode <= 1499) || (postcode >= 4000 && postcode <= 7999)) return 'wallonia';
  return 'flanders';
}
