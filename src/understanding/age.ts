import { MONTH_PATTERN, monthNumber } from './months.js';
import { normaliseWithDigits } from './numbers.js';
import { saysMaybe } from './maybe.js';
import { read, unclear, type Reading } from './reading.js';
import { YEAR_WORDS } from './units.js';
import { normalise } from './normalise.js';
import { AGE_CUE_WORDS, CORRECTION_WORDS, DURATION_WORDS, LINKING_WORDS, OR_WORDS } from './lexicon.js';
import { wordVariants } from './variants.js';

const MIN_AGE = 10;
const MAX_AGE = 110;

// "yo" (years old) only follows an age
const AGE_UNITS = [...YEAR_WORDS, 'yo', 'jr'].map(normalise).join('|');

const END = '(?= |$)';
const START = '(?:^| )';
const NUMERIC_DATE = new RegExp(`${START}(\\d{1,2}) (\\d{1,2}) (\\d{4}|\\d{2})${END}`);
const ISO_DATE = new RegExp(`${START}(\\d{4}) (\\d{1,2}) (\\d{1,2})${END}`);
const DAY_MONTH_YEAR = new RegExp(
  `${START}(\\d{1,2})(?:er|e|st|nd|rd|th|ste|de)? (?:of )?(${MONTH_PATTERN}) (\\d{4})${END}`,
);
const MONTH_DAY_YEAR = new RegExp(`${START}(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})${END}`);
const MONTH_NAME_YEAR = new RegExp(`${START}(${MONTH_PATTERN}) (\\d{4})${END}`);
const MONTH_YEAR = new RegExp(`${START}(\\d{1,2}) (\\d{4})${END}`);
const AGE_WITH_UNIT = new RegExp(`${START}(\\d{1,3}) ?(?:${AGE_UNITS})${END}`, 'g');

// A range or an approximation is not an age to take: "entre 20 et 25", "under 30", "ongeveer 25", "حوالي 25"
const RANGE_WORDS = [
  'entre',
  'moins de',
  'plus de',
  'environ',
  'vers',
  'presque',
  'à peu près',
  'au moins',
  'au plus',
  'maximum',
  'minimum',
  'bientôt',
  'pas encore',
  // not reached yet: "nog geen dertig", "not even 18", "ما زال ما وصلتش 18"
  'toujours pas',
  'même pas',
  'nog geen',
  'nog niet',
  'not yet',
  'not even',
  'still not',
  'ما زال',
  'مازال',
  'مزال',
  'ما زلت',
  'مازلت',
  'لم أبلغ',
  'mazal',
  'mazel',
  'ba9i',
  'vais avoir',
  'aurai',
  'tussen',
  'onder de',
  'onder',
  'jonger dan',
  'ouder dan',
  'meer dan',
  'minder dan',
  'ongeveer',
  'boven',
  'een jaar of',
  'jaar of',
  'of zo',
  'or so',
  'ou plus',
  'ou moins',
  'or more',
  'or less',
  'ruim',
  'genre',
  'dans les',
  'something',
  'like',
  'ish',
  'approx',
  'roughly',
  'circa',
  'تقريبا',
  'فوق',
  'شي',
  'rond de',
  'bijna',
  'zowat',
  'binnenkort',
  'ga worden',
  'word',
  'wordt',
  'between',
  'under',
  'over',
  'less than',
  'more than',
  'younger than',
  'older than',
  'about',
  'around',
  'almost',
  'nearly',
  'roughly',
  'at least',
  'soon',
  'ish',
  'turning',
  'will be',
  'going to be',
  'll be',
  'turn',
  'turns',
  'بين',
  'اقل من',
  'أقل من',
  'اكثر من',
  'أكثر من',
  'تحت',
  'فوق',
  'حوالي',
  'تقريبا',
  'قرابة',
  'حوالى',
  'سأبلغ',
  'قريبا',
  // an age still to come: "I'm 30 next month", "la semaine prochaine", "volgend jaar"
  'next month',
  'next week',
  'next year',
  'mois prochain',
  'semaine prochaine',
  'annee prochaine',
  'volgende maand',
  'volgende week',
  'volgend jaar',
  'الشهر الجاي',
  'الشهر القادم',
  'الشهر المقبل',
  'العام الجاي',
  'السنة الجاية',
  // a decade: "la vingtaine", "in my twenties", "twintiger"
  'vingtaine',
  'trentaine',
  'twenties',
  'thirties',
  'twintiger',
  'dertiger',
  'twintigers',
]
  .map(normalise)
  .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// "30+", "+50", "<30", "> 25": a bound, not an age
const OPEN_BOUND = /\d\s*\+|[+<>≤≥]\s*\d/u;
// "20s", "20's": a decade
const DECADE = /(?:^| )\d0 ?s(?= |$)/;
const RANGE = new RegExp(`${START}(?:${RANGE_WORDS.join('|')})${END}`);

/**
 * An age in whole years from an age ("24", "24 ans", "vingt-quatre ans", "zesentwintig", "عمري ٢٤ سنة"),
 * a date of birth (day first, or ISO, or with a month name in French, Dutch, English or Arabic), a month
 * and year, or a year alone. Today's date is read in UTC. No value for a range or an approximation
 * ("entre 20 et 25", "under 30"), two different numbers, a future date or an age outside 10–110.
 */
export function readAge(text: string, today: Date): Reading<number> {
  const form = ageForm(text);
  if (form === '') return unclear('empty');
  if (RANGE.test(form) || OPEN_BOUND.test(text) || DECADE.test(form)) return unclear('range');
  const now: CalendarDate = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  let age = ageFromDate(form, now);
  if (age === undefined) age = ageFromMonthAndYear(form, now);
  if (age === undefined) {
    const numbers = new Set(form.split(' ').filter((word) => /^\d+$/.test(word)));
    if (numbers.size > 1) {
      age = theAgeAmong(form);
      if (age === null) return unclear('severalValues');
    } else {
      const year = yearAlone(form, now);
      if (year === undefined) age = ageFromNumbers(form);
      else if (year === null) return unclear('range');
      else age = year;
    }
  }
  if (age === null) return unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
  return age >= MIN_AGE && age <= MAX_AGE ? read(age) : unclear('outOfRange');
}

/** A calendar date typed in any of the ways a date of birth is written, if the answer is one. */
export function readDate(text: string): Reading<CalendarDate> {
  const form = ageForm(text);
  if (form === '') return unclear('empty');
  const far: CalendarDate = { year: 9999, month: 12, day: 31 };
  const match = ISO_DATE.exec(form) ?? NUMERIC_DATE.exec(form);
  if (ISO_DATE.test(form) && match) return fromParts(toDate({ year: match[1], month: match[2], day: match[3] }, far));
  if (match) {
    const [, first, second, year] = match;
    return fromParts(
      toDate({ year, month: second, day: first }, far) ?? toDate({ year, month: first, day: second }, far),
    );
  }
  const named = DAY_MONTH_YEAR.exec(form);
  if (named) return fromParts(toDate({ year: named[3], month: monthNumber(named[2] ?? ''), day: named[1] }, far));
  const monthFirst = MONTH_DAY_YEAR.exec(form);
  if (monthFirst) {
    return fromParts(toDate({ year: monthFirst[3], month: monthNumber(monthFirst[1] ?? ''), day: monthFirst[2] }, far));
  }
  return unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
}

function fromParts(date: CalendarDate | null): Reading<CalendarDate> {
  return date ? read(date) : unclear('outOfRange');
}

/** Normalised, numbers in words as digits, a unit glued to a number set apart ("24ans" → "24 ans"). */
function ageForm(text: string): string {
  return normaliseWithDigits(text).replace(/(\d{2,3})(\p{L}+)/gu, '$1 $2');
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// The readers below return undefined when their pattern is absent and null when it is there but wrong,
// so a wrong date of birth is not read again as something else.

function ageFromDate(form: string, now: CalendarDate): number | null | undefined {
  const iso = ISO_DATE.exec(form);
  if (iso) return ageOn(toDate({ year: iso[1], month: iso[2], day: iso[3] }, now), now);
  const numeric = NUMERIC_DATE.exec(form);
  if (numeric) {
    const [, first, second, year] = numeric;
    // Day first, as in Europe; month first only when it is the one valid reading ("03/25/2001")
    const date = toDate({ year, month: second, day: first }, now) ?? toDate({ year, month: first, day: second }, now);
    return ageOn(date, now);
  }
  const named = DAY_MONTH_YEAR.exec(form);
  if (named) return ageOn(toDate({ year: named[3], month: monthNumber(named[2] ?? ''), day: named[1] }, now), now);
  const monthFirst = MONTH_DAY_YEAR.exec(form);
  if (monthFirst) {
    return ageOn(
      toDate({ year: monthFirst[3], month: monthNumber(monthFirst[1] ?? ''), day: monthFirst[2] }, now),
      now,
    );
  }
  return undefined;
}

function ageFromMonthAndYear(form: string, now: CalendarDate): number | null | undefined {
  const named = MONTH_NAME_YEAR.exec(form);
  const numeric = named ? null : MONTH_YEAR.exec(form);
  const month = named ? monthNumber(named[1] ?? '') : Number(numeric?.[1]);
  const year = Number(named ? named[2] : numeric?.[2]);
  if ((!named && !numeric) || month === null || month < 1 || month > 12) return undefined;
  if (year > now.year || (year === now.year && month > now.month)) return null;
  // In the birth month itself the birthday may or may not have come: two ages are possible
  if (now.month === month) return null;
  return now.year - year - (now.month > month ? 0 : 1);
}

/**
 * A year of birth alone: the age only on 31 December, when everyone born that year has had their
 * birthday; null on other days (two ages are possible: "né en 1999"); undefined when it is not a year.
 */
function yearAlone(form: string, now: CalendarDate): number | null | undefined {
  const numbers = form.split(' ').filter((word) => /^\d+$/.test(word));
  const [only] = numbers;
  if (numbers.length !== 1 || only?.length !== 4) return undefined;
  const year = Number(only);
  if (year > now.year || year < now.year - MAX_AGE) return undefined;
  return now.month === 12 && now.day === 31 ? now.year - year : null;
}

function ageFromNumbers(form: string): number | null {
  const numbers = form.split(' ').filter((word) => /^\d+$/.test(word));
  const [only] = numbers;
  if (numbers.length === 1 && only !== undefined) {
    return only.length <= 3 ? Number(only) : null;
  }
  const withUnit = new Set([...form.matchAll(AGE_WITH_UNIT)].map((match) => Number(match[1])));
  const [age] = withUnit;
  return withUnit.size === 1 && age !== undefined ? age : null;
}

interface DateParts {
  year: string | undefined;
  month: string | number | null | undefined;
  day: string | undefined;
}

function toDate(parts: DateParts, now: CalendarDate): CalendarDate | null {
  const day = Number(parts.day);
  const month = Number(parts.month ?? Number.NaN);
  let year = Number(parts.year);
  // A two-digit year is in this century unless that would be in the future
  if (parts.year?.length === 2) year += year <= now.year % 100 ? 2000 : 1900;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1000 ? { year, month, day } : null;
}

function ageOn(birth: CalendarDate | null, now: CalendarDate): number | null {
  if (!birth) return null;
  const birthdayPassed = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  const age = now.year - birth.year - (birthdayPassed ? 0 : 1);
  return age >= 0 ? age : null;
}

const formsOf = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalise));
const CORRECTION_FORMS = formsOf(CORRECTION_WORDS);
const OR_FORMS = formsOf(OR_WORDS);
const LINKING_FORMS = formsOf(LINKING_WORDS);
const DURATION_FORMS = formsOf(DURATION_WORDS);
const AGE_CUE_FORMS = formsOf(AGE_CUE_WORDS);
const UNIT_FORMS = formsOf([...YEAR_WORDS, 'yo', 'jr', 'old']);
// How far back a "since" or "for" reaches a number: "depuis 2 ans", "been in Belgium 4 years"
const DURATION_REACH = 3;

/**
 * The age among several numbers: the one after a correction ("22 ah non 23", "24, sorry ik bedoel
 * 25", "٢١ لا سمح لي ٢٢"); else, setting aside durations ("depuis 2 ans", "been here 4 years") and
 * counts of things ("3 enfants", "3 broers", "3 أولاد"), the one number left, or the one said as an
 * age ("ik ben 20", "27 ans", "وعمري 28"). Null when that leaves no single number.
 */
function theAgeAmong(form: string): number | null {
  const words = form.split(' ');
  const numbers = words.flatMap((word, index) => (/^\d{1,3}$/.test(word) ? [index] : []));
  if (numbers.length !== words.filter((word) => /^\d+$/.test(word)).length) return null;
  const between = (position: number, forms: ReadonlySet<string>): boolean => {
    const index = numbers[position] ?? 0;
    return words.slice(numbers[position - 1] ?? index, index).some((word) => forms.has(word));
  };
  // "27 or 28", "22 ولا 23": two ages offered
  if (numbers.some((_, position) => between(position, OR_FORMS))) return null;
  const corrected = numbers.filter((_, position) => between(position, CORRECTION_FORMS));
  const lastCorrected = corrected.at(-1);
  if (lastCorrected !== undefined) return lastCorrected === numbers.at(-1) ? Number(words[lastCorrected]) : null;
  const saidAsAge = (index: number): boolean =>
    isAnyForm(words[index - 1], AGE_CUE_FORMS) || isAnyForm(words[index + 1], UNIT_FORMS);
  const left = numbers.filter((index) => !isDuration(words, index) && !countsThings(words, index));
  const said = left.filter(saidAsAge);
  if (said.length === 1) return Number(words[said[0] ?? -1]);
  // One number left, unless one set aside was said as an age ("ik ben 20, mijn broer is 25")
  const [only] = left;
  const setAsideSaid = numbers.some((index) => !left.includes(index) && saidAsAge(index));
  return left.length === 1 && only !== undefined && !setAsideSaid ? Number(words[only]) : null;
}

function isDuration(words: readonly string[], index: number): boolean {
  const before = words.slice(Math.max(0, index - DURATION_REACH), index);
  return before.some((word) => isAnyForm(word, DURATION_FORMS));
}

/** A number followed by a word that is neither a unit of age nor a small word: "3 enfants", "2 jours". */
function countsThings(words: readonly string[], index: number): boolean {
  const next = words[index + 1];
  return (
    next !== undefined &&
    /^\p{L}{3,}$/u.test(next) &&
    !isAnyForm(next, UNIT_FORMS) &&
    !CORRECTION_FORMS.has(next) &&
    !LINKING_FORMS.has(next)
  );
}

function isAnyForm(word: string | undefined, forms: ReadonlySet<string>): boolean {
  return word !== undefined && wordVariants(word).some((variant) => forms.has(variant));
}
