import { MONTH_PATTERN, monthNumber } from './months.js';
import { normaliseWithDigits, withNumbersAsDigits } from './numbers.js';
import { saysMaybe } from './maybe.js';
import { read, unclear, type Reading } from './reading.js';
import { YEAR_WORDS } from './units.js';
import { formsOf, normalise } from './normalise.js';
import { AGE_CUE_WORDS, CORRECTION_WORDS, DURATION_WORDS, LINKING_WORDS, OR_WORDS, WITH_WORDS } from './lexicon.js';
import { isAnyForm } from './variants.js';
import { dayAhead, namesWeekday, saysBirthday, weekdayNamed, weekdayOf } from './days-ahead.js';

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
// The year first, then the day and month: "je suis de 2003, le 5 décembre", "2003, on the 5th of December"
const YEAR_DAY_MONTH = new RegExp(
  `${START}(\\d{4}) (?:(?:le|the|on|op|de|het|في|ف|nhar|نهار) ){0,2}(\\d{1,2})(?:er|e|st|nd|rd|th|ste|de)? (?:of )?(${MONTH_PATTERN})${END}`,
);
const MONTH_NAME_YEAR = new RegExp(`${START}(${MONTH_PATTERN}) (\\d{4})${END}`);
const MONTH_YEAR = new RegExp(`${START}(\\d{1,2}) (\\d{4})${END}`);
const AGE_WITH_UNIT = new RegExp(`${START}(\\d{1,3}) ?(?:${AGE_UNITS})${END}`, 'g');
const APOSTROPHE_YEAR = /(?:^|[\s(])['’‘`]\d{2}(?![\d\p{L}])/u;
// "j'ai eu 24 ans en mars", "I turned 24 in March": the age was reached then
const REACHED_FORMS = new Set(['eu', 'turned', 'geworden', 'werd', 'كملت', 'kmlt', 'kemmelt', 'kmelt', 'wlit']);
const AGE_AND_MONTH = new RegExp(
  `^(?:[^\\d ]+ ){0,3}\\d{1,3}(?: (?:${AGE_UNITS}))? (?:in|en|op|on|f|fi|ف|في) (?:${MONTH_PATTERN})$`,
);
// "28 ans le 3 décembre", "turning... 25 on 12 March": the age and, right after it, the day it is reached
const AGE_ON_BIRTHDAY = new RegExp(
  `^(?:(?:${AGE_CUE_WORDS.map(normalise).join('|')}) ){0,2}(\\d{1,3}) (?:${AGE_UNITS}) (?:(?:le|on|op|the|في|ف) ){0,2}(\\d{1,2})(?: ?(?:er|e|st|nd|rd|th|ste|de))? (?:of )?(${MONTH_PATTERN})$`,
);

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
  'a9al mn',
  'a9el mn',
  'aqal mn',
  'qal mn',
  '9al mn',
  // a comparison: "كبير شوية على 30", "un peu plus de 30", "a bit over 30", "iets ouder dan 30"
  'كبير على',
  'كبير شويه على',
  'كبير شوي على',
  'كبير شويا على',
  'صغير على',
  'صغير شويه على',
  'اكبر من',
  'اصغر من',
  'kbir 3la',
  'kbir chwiya 3la',
  'kbir chwia 3la',
  'sghir 3la',
  'akbar mn',
  'akbr mn',
  'kbar mn',
  'asghar mn',
  'sghar mn',
  'sghir mn',
  'sgher mn',
  'kbir mn',
  'kbar men',
  'صغير من',
  'كبير من',
  'ktar mn',
  'kter mn',
  'aktar mn',
  'akthar mn',
  'kthar mn',
  'fou9',
  'fo9',
  'ta7t',
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
  'قريب',
  '9rib',
  'qrib',
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
  // a decade: "la vingtaine", "in my twenties", "twintiger", "عشرينات"
  'عشرينات',
  'ثلاثينات',
  'اربعينات',
  'خمسينات',
  'l3chrinat',
  '3chrinat',
  'vingtaine',
  'trentaine',
  'twenties',
  'thirties',
  'twintiger',
  'dertiger',
  'twintigers',
  // a number and a bit more: "vingt et quelques", "twenty and a bit", "twintig en nog wat", "عشرين وشوية"
  'et quelques',
  'et quelque',
  'et des poussieres',
  'and a bit',
  'and something',
  'en nog wat',
  'en een beetje',
  'و شويه',
  'وشويه',
  'و شوي',
  'وشوي',
  'w chwiya',
  'wchwiya',
  'w shwiya',
  'w chwia',
  'w shwaya',
]
  .map(normalise)
  .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// "not 18 yet", "pas 18", "nog geen 18": not there yet
const NOT_YET =
  /(?:^| )(?:not|pas|geen|niet) \d{1,3}(?: \S+)? yet(?= |$)|(?:^| )\d{1,3} (?:\S+ )?(?:yet|pas encore)(?= |$)/;
// "24 ans et demi", "24 and a half", "24 en een half", "24 و نص": the whole years are the age
const AND_A_HALF =
  / (?:et demi|et demie|and a half|and half|en een half|en half|و نص|ونص|و نصف|ونصف|w nos|wnos|w ns)(?= |$)/gu;
// A year of birth written with two digits: "né en 98", "geboren in 01", "born in 99", "tzadt f 98", "مواليد 99"
const BORN_IN_SHORT_YEAR = new RegExp(
  `${START}(?:(?:ne|nee) (?:en|au)|(?:born|geboren|tzadt|tzadit) (?:in|en|op|f|fi|ف|في)|born|geboren|مواليد|(?:ولدت|تزاديت|زديت)(?: (?:ف|في|عام|سنه))?) \\d{2}${END}(?! (?:${MONTH_PATTERN})${END})`,
  'u',
);
// A time of day or a number of hours: "9h", "17 h 30", "20 uur", "10 hours", "8 ساعات"
const HOURS = /(?:^| )\d{1,2} ?(?:h|u|uur|heure|heures|hour|hours|hrs|hr|ساعه|ساعات|sa3a|sa3at)(?: \d{2})?(?= |$)/gu;
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
export function readAge(text: string, today: Date, options: DateOptions = {}): Reading<number> {
  const whole = ageForm(text).replace(AND_A_HALF, '');
  if (whole === '') return unclear('empty');
  // "de 9h à 17h", "20 uur per week": hours are no age
  const form = whole.replace(HOURS, ' ').replace(/ +/g, ' ').trim();
  if (form === '') return unclear('notUnderstood');
  const now: CalendarDate = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  const beforeTheNext = ageBeforeWhatComesSoon(form);
  // "ik ben 31, volgende maand word ik 32": with the next age said, "next month" is not when the first comes
  if (beforeTheNext?.nextSaid === true) return inAgeRange(beforeTheNext.age);
  const coming = ageToCome(form);
  if (coming !== undefined) {
    if (coming === null) return unclear('severalValues');
    return coming >= MIN_AGE && coming <= MAX_AGE ? read(coming) : unclear('outOfRange');
  }
  // "bijna 30 maar nog 29", "presque 30 mais encore 29": the age it still is
  const still = STILL_AGE.exec(form)?.[1];
  if (still !== undefined) {
    const age = Number(still);
    return age >= MIN_AGE && age <= MAX_AGE ? read(age) : unclear('outOfRange');
  }
  if (beforeTheNext === null) return unclear('range');
  if (beforeTheNext !== undefined) return inAgeRange(beforeTheNext.age);
  if (RANGE.test(form) || OPEN_BOUND.test(text) || DECADE.test(form) || NOT_YET.test(form)) return unclear('range');
  // "ik ben van '99", "class of '01": a year written with an apostrophe is a year of birth, two ages
  if (APOSTROPHE_YEAR.test(text)) return unclear('range');
  // "29 in january", "24 ans en mars": the age reached then, or had since then?
  if (AGE_AND_MONTH.test(form) && !form.split(' ').some((word) => REACHED_FORMS.has(word))) {
    return unclear('severalValues');
  }
  // "عشرينات" would be read as "عشرين" (20) with its plural ending cut
  if (RANGE.test(normalise(text))) return unclear('range');
  const birthday = ageOnBirthday(form, now);
  if (birthday === null) return unclear('severalValues');
  if (birthday !== undefined)
    return birthday >= MIN_AGE && birthday <= MAX_AGE ? read(birthday) : unclear('outOfRange');
  // "03/07/2000" in English: 3 July or 7 March, the same age either way; "12/03/2001" is 25 or 24
  if (undecidedDate(form, options) && !sameAgeEitherWay(form, now)) return unclear('severalValues');
  let age = ageFromDate(form, now);
  if (age === undefined) age = ageFromMonthAndYear(form, now);
  // "né en 98", "born in '01", "مواليد 99": a year of birth in two digits, not an age
  if (age === undefined && BORN_IN_SHORT_YEAR.test(form)) return unclear('range');
  if (age === undefined) {
    const numbers = new Set(form.split(' ').filter((word) => /^\d+$/.test(word)));
    if (numbers.size > 1) {
      age = theAgeAmong(form, text);
      if (age === null) return unclear('severalValues');
    } else {
      // "j'ai pas 18 ans", "ik ben geen 30": the age it is not
      const words = form.split(' ');
      if (words.some((word, index) => /^\d+$/.test(word) && isAnyForm(words[index - 1], NOT_FORMS)))
        return unclear('range');
      const year = yearAlone(form, now);
      // "25 jaar ervaring in de bouw", "12 years of experience": years spent on work are no age
      if (year === undefined && onlyExperience(form)) return unclear('notUnderstood');
      if (year === undefined) age = ageFromNumbers(form);
      else if (year === null) return unclear('range');
      else age = year;
    }
  }
  if (age === null) return unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
  return age >= MIN_AGE && age <= MAX_AGE ? read(age) : unclear('outOfRange');
}

function inAgeRange(age: number): Reading<number> {
  return age >= MIN_AGE && age <= MAX_AGE ? read(age) : unclear('outOfRange');
}

// "… maar nog 29", "… mais encore 29 ans", "… but still 29", "… walakin mazal 29": the age today, said last
const STILL_AGE = new RegExp(
  `${START}(?:maar|mais|but|walakin|لكن|بس|ولكن) (?:nog|encore|toujours|still|mazal|mazel|مازال|ما زال|مزال|ba9i|باقي) (\\d{1,3})(?: (?:${AGE_UNITS}))?(?: (?:lol|haha|hahaha|mdr|ptdr|hihi|xd|hh+))*$`,
);

// prettier-ignore
const SOON_MARKERS = [
  'bientot', 'soon', 'binnenkort', 'almost', 'presque', 'bijna', 'nearly', 'قريب', 'وقريب', 'قريبا', 'qrib', '9rib',
  'قربت', 'next week', 'next month', 'tomorrow', 'semaine prochaine', 'mois prochain', 'demain', 'volgende week',
  'volgende maand', 'morgen', 'الشهر الجاي', 'الشهر القادم', 'الاسبوع الجاي', 'الاسبوع القادم', 'السيمانه الجايه', 'غدا',
].map((marker) => normalise(marker).split(' '));

/** Where the first word or phrase of "soon" stands at or after `from`: "bientôt", "next week", "قريب". */
function soonMarkerAt(words: readonly string[], from: number): { start: number; end: number } | undefined {
  for (let start = from; start < words.length; start++) {
    const marker = SOON_MARKERS.find((phrase) => phrase.every((word, offset) => words[start + offset] === word));
    if (marker) return { start, end: start + marker.length };
  }
  return undefined;
}

/**
 * "22 ans bientôt 23", "ik ben 26 maar word volgende week 27", "26 وقريب 27 ان شاء الله", "Ik ben 58, binnenkort
 * met brugpensioen": an age now, then what comes soon, the next age or something else (never nothing: "30
 * binnenkort" is a year less). Undefined when the answer is not said so; null when another age follows ("25
 * bientôt 30") or another number stands beside.
 */
function ageBeforeWhatComesSoon(form: string): { age: number; nextSaid: boolean } | null | undefined {
  if (YEAR_NUMBER.test(form)) return undefined;
  const words = form.split(' ');
  const numbers = words.flatMap((word, index) => (/^\d{1,3}$/.test(word) ? [index] : []));
  const [first, ...others] = numbers;
  if (first === undefined) return undefined;
  const soon = soonMarkerAt(words, first + 1);
  // "presque 30, bientôt 31", "pas encore 18": the first number is not the age now
  if (soon === undefined || soonMarkerAt(words.slice(0, first), 0) !== undefined) return undefined;
  if (RANGE.test(words.slice(0, first).join(' ')) || !anAgeNow(words, first, soon.start)) return undefined;
  const now = Number(words[first]);
  if (others.length === 0) return soon.end < words.length ? { age: now, nextSaid: false } : undefined;
  return others.length === 1 && Number(words[others[0] ?? -1]) === now + 1 ? { age: now, nextSaid: true } : null;
}

/** Whether the number at `index` may be the age now: no day of a date, duration, count or family member's age. */
function anAgeNow(words: readonly string[], index: number, soon: number): boolean {
  return (
    !isDayOfMonth(words, index) &&
    !isSpentOrSince(words, index, new Set()) &&
    (soon === index + 1 || !countsThings(words, index)) &&
    !aboutFamily(words, index)
  );
}

// Verbs of an age to come, before the number: "j'aurai 31", "ik word 26", "turning 18", "I'll be 30", "pas encore 18"
// prettier-ignore
const COMING_BEFORE = [
  'aurai', 'vais avoir', 'jvais avoir', 'vai avoir', 'aura', 'will be', 'll be', 'gonna be', 'going to be', 'turning', 'turn', 'turns', 'word',
  'wordt', 'word ik', 'wordt ze', 'wordt hij', 'zal zijn', 'kzal', 'ik zal', 'zal ik', 'pas encore', 'toujours pas', 'not yet', 'nog geen', 'nog niet', 'سابلغ', 'ساكمل', 'نكمل', 'غادي نكمل',
  'غنكمل', 'غادي نولي', 'سيصبح عمري', 'ghadi nkml', 'ghadi nkmel', 'ghan kml', 'nkml', 'nkmel', 'رح صير', 'رح يصير',
  'رح يصير عمري', 'رح كمل', 'رح اكمل', 'حصير', 'بصير', 'ra7 sir', 'ra7 kammel',
].map(normalise);
// Verbs of an age to come after the number: "ik ga 26 worden", "je les ai en mars"
const COMING_AFTER = ['worden', 'je les ai', 'je les aurai', 'les aurai'].map(normalise);
// When the age comes: a month, next week or month, in a few days, weeks or months; not "next year", which leaves two ages
// prettier-ignore
const SOON_PHRASES = [
  'next month', 'next week', 'this month', 'tomorrow', 'mois prochain', 'semaine prochaine', 'ce mois ci', 'ce mois',
  'demain', 'volgende maand', 'volgende week', 'deze maand', 'morgen', 'الشهر الجاي', 'الشهر القادم', 'الشهر المقبل',
  'غدا', 'غدوه', 'had chhar', 'chhar jay', 'chhar jai',
].map(normalise);
const SOON_ALTERNATIVES = [
  MONTH_PATTERN,
  ...SOON_PHRASES,
  '(?:in|dans|over|binnen|within|fi|f|في|ف) \\d{1,2} (?:days|weeks|months|jours|semaines|mois|dagen|weken|maanden|ايام|اسابيع|شهور|اشهر|iyam|chhor)',
].join('|');
const SOON = new RegExp(`${START}(?:${SOON_ALTERNATIVES})${END}`);
// Right after the number: "30 next month", "18 in january", "26 en décembre"
const SOON_NEXT = new RegExp(`^(?:(?:in|en|au|op|fi|f|ف|في) )?(?:${SOON_ALTERNATIVES})${END}`);
// After the number without a verb of the future, only what is always ahead: "30 next month", not "24 ans en mars"
const AHEAD_NEXT = new RegExp(
  `^(?:${[
    ...[
      'next month',
      'next week',
      'tomorrow',
      'mois prochain',
      'le mois prochain',
      'la semaine prochaine',
      'semaine prochaine',
      'demain',
      'volgende maand',
      'volgende week',
      'morgen',
      'الشهر الجاي',
      'الشهر القادم',
      'الشهر المقبل',
      'غدا',
    ].map((phrase) => normalise(phrase)),
    '(?:in|dans|over|binnen|within|fi|f|في|ف) \\d{1,2} (?:days|weeks|months|jours|semaines|mois|dagen|weken|maanden|ايام|اسابيع|شهور|اشهر)',
  ].join('|')})${END}`,
);
const YEAR_NUMBER = /(?:^| )\d{4}(?= |$)/;

/**
 * An age said as still to come: "j'aurai 31 en janvier", "ik word 26 in december", "turning 18 next
 * month", "I'm 30 next month" are a year less today. With the age today beside it ("turning 25 next
 * week so 24", "ik word 26 maar ben nu 25", "17, 18 in january") that one. Undefined when no age to
 * come is said, or when it is said without when ("I'll be 25", "next year": two ages are possible,
 * left to the range rule) or beside a year; null when another number contradicts it.
 */
function ageToCome(form: string): number | null | undefined {
  if (YEAR_NUMBER.test(form)) return undefined;
  const words = form.split(' ');
  const numbers = words.flatMap((word, index) => (/^\d+$/.test(word) ? [index] : []));
  for (const index of numbers) {
    const how = howComing(words, index);
    if (how === null) continue;
    const coming = Number(words[index]);
    const others = numbers
      .filter((other) => other !== index && !inWhen(words, other) && !isDayOfMonth(words, other))
      .map((other) => Number(words[other]));
    const pairedWithToday = others.length > 0 && others.every((other) => other === coming - 1);
    // "j'ai eu 24 ans en mars" is past: a month after the number says nothing of the future on its own
    if (how === 'after' && !pairedWithToday && !AHEAD_NEXT.test(afterNumber(words, index))) continue;
    // "12 mars" is a day: after the number, a unit or a cue must say it is an age, or the age today beside it
    // "18 next week" cannot be a day: what is always ahead says it is an age
    const saidAsAge =
      how === 'before' ||
      isAnyForm(words[index + 1], UNIT_FORMS) ||
      isAnyForm(words[index - 1], AGE_CUE_FORMS) ||
      AHEAD_NEXT.test(afterNumber(words, index));
    if (!saidAsAge && !pairedWithToday) continue;
    if (others.length > 0) return pairedWithToday ? coming - 1 : null;
    return SOON.test(form) ? coming - 1 : undefined;
  }
  return undefined;
}

/** Whether the number at `index` is an age to come, by a verb before it or when it comes after it. */
function howComing(words: readonly string[], index: number): 'before' | 'after' | null {
  const before = ` ${words.slice(Math.max(0, index - 3), index).join(' ')}`;
  if (COMING_BEFORE.some((phrase) => before.endsWith(` ${phrase}`))) return 'before';
  const after = words.slice(index + 1, index + 7).filter((word) => !isAnyForm(word, UNIT_FORMS));
  const afterText = after.join(' ');
  if (
    COMING_AFTER.some(
      (phrase) => afterText === phrase || afterText.startsWith(`${phrase} `) || afterText.includes(` ${phrase}`),
    )
  ) {
    return 'before';
  }
  return SOON_NEXT.test(afterText) ? 'after' : null;
}

function afterNumber(words: readonly string[], index: number): string {
  return words
    .slice(index + 1, index + 7)
    .filter((word) => !isAnyForm(word, UNIT_FORMS))
    .join(' ');
}

/** Whether the number is part of when the age comes ("dans 2 mois"). */
function inWhen(words: readonly string[], index: number): boolean {
  return (
    /^(?:in|dans|over|binnen|within|fi|f|في|ف)$/.test(words[index - 1] ?? '') &&
    SOON_NEXT.test(words.slice(index - 1, index + 2).join(' '))
  );
}

// "soit… soit", "either… or", "ofwel… ofwel", "إما… أو": the first word says a choice follows
const EITHER_FORMS = formsOf(['soit', 'either', 'ofwel', 'hetzij', 'اما', 'imma', 'ima', 'yama']);
const SECOND_CHOICE_FORMS = formsOf([...OR_WORDS, 'soit', 'ofwel', 'hetzij']);

/** Whether the answer offers a choice: a word of "either" and, after it, a second "either" or an "or". */
function offersEither(form: string): boolean {
  const words = form.split(' ');
  const either = words.findIndex((word) => isAnyForm(word, EITHER_FORMS));
  return either !== -1 && words.slice(either + 1).some((word) => isAnyForm(word, SECOND_CHOICE_FORMS));
}

const TWO_DAYS =
  /(?:^| )\d{1,2}(?:er|e|st|nd|rd|th|ste|de)? (?:ou|or|of|et|and|en|ولا|او|wla|ola) (?:le |the |de |het )?\d{1,2}(?:er|e|st|nd|rd|th|ste|de)?(?= |$)/u;

/** A calendar date typed in any of the ways a date of birth is written, if the answer is one. */
export function readDate(text: string, options: DateOptions & { today?: Date } = {}): Reading<CalendarDate> {
  const form = ageForm(text).replace(FIRST_OF_MONTH, '$1 1 $2');
  if (form === '') return unclear('empty');
  // "le 15 ou le 22 janvier", "soit le 7 soit le 14": two days offered
  if (TWO_DAYS.test(form) || offersEither(form)) return unclear('severalValues');
  if (undecidedDate(form, options)) return unclear('severalValues');
  // Any date is valid, however far ahead; a two-digit year is placed by today's ("12-11-98" is 1998)
  const today = options.today ?? new Date();
  const far: CalendarDate = { year: today.getUTCFullYear(), month: 12, day: 31 };
  const match = ISO_DATE.exec(form) ?? NUMERIC_DATE.exec(form);
  if (ISO_DATE.test(form) && match) return fromParts(toDate({ year: match[1], month: match[2], day: match[3] }, far));
  if (match) {
    const [, first, second, year] = match;
    return onItsWeekday(
      text,
      toDate({ year, month: second, day: first }, far) ?? toDate({ year, month: first, day: second }, far),
    );
  }
  const named = DAY_MONTH_YEAR.exec(form) ?? yearFirstAsDayMonthYear(form);
  if (named) {
    return onItsWeekday(text, toDate({ year: named[3], month: monthNumber(named[2] ?? ''), day: named[1] }, far));
  }
  const monthFirst = MONTH_DAY_YEAR.exec(form);
  if (monthFirst) {
    return onItsWeekday(
      text,
      toDate({ year: monthFirst[3], month: monthNumber(monthFirst[1] ?? ''), day: monthFirst[2] }, far),
    );
  }
  // "le 7 décembre", "Jan 6th", "vrijdag 11/12": the next such day, unless it is a birthday ("né le 3 juin")
  const dayMonth = DAY_MONTH.exec(form);
  const monthDay = dayMonth ? null : MONTH_DAY.exec(form);
  const month = monthNumber((dayMonth ? dayMonth[2] : monthDay?.[1]) ?? '');
  const day = Number(dayMonth ? dayMonth[1] : monthDay?.[2]);
  if (month !== null && Number.isInteger(day)) {
    return saysBirthday(text) ? unclear('notUnderstood') : onItsWeekday(text, nextDay(month, day, today));
  }
  const numeric = DAY_AND_MONTH.exec(form);
  if (numeric && numbersIn(form) === 2 && !saysBirthday(text)) {
    const [, first, second] = numeric;
    if (undecidedDate(`${first} ${second} ${far.year}`, options)) return unclear('severalValues');
    return onItsWeekday(
      text,
      nextDay(Number(second), Number(first), today) ?? nextDay(Number(first), Number(second), today),
    );
  }
  // "maandag de 7de", "Thursday 3rd": the next day of that number, which must fall on that weekday
  // ("الاثنين" is Monday, though its letters are also "two")
  const dayNumber = DAY_NUMBER.test(form) ? DAY_NUMBER.exec(withoutWeekdays(text)) : null;
  if (dayNumber && numbersIn(form) === 1 && typeof weekdayNamed(text) === 'number') {
    const now = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
    const number = Number(dayNumber[1]);
    const inMonth = number >= now.day ? now.month : (now.month % MONTHS) + 1;
    return onItsWeekday(text, nextDay(inMonth, number, today));
  }
  return dayAhead(text, today) ?? unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
}

// "15/12", "di 15/12": a day and a month of numbers, without a year
const DAY_AND_MONTH = new RegExp(`${START}(\\d{1,2}) (\\d{1,2})${END}`);
// "de 7de", "the 3rd", "le 8": a day of the month alone
const DAY_NUMBER = new RegExp(`${START}(?:(?:le|the|de|op|on) )?(\\d{1,2})(?: ?(?:er|e|st|nd|rd|th|ste|de))?${END}`);

/** "2003, le 5 décembre" matched in the order of a day, a month and a year. */
function yearFirstAsDayMonthYear(form: string): readonly (string | undefined)[] | null {
  const match = YEAR_DAY_MONTH.exec(form);
  return match && [match[0], match[2], match[3], match[1]];
}

function withoutWeekdays(text: string): string {
  const words = normalise(text)
    .split(' ')
    .filter((word) => !namesWeekday([word]));
  return withNumbersAsDigits(words).join(' ');
}

function numbersIn(form: string): number {
  return form.match(/\d+/g)?.length ?? 0;
}

/** The date, unless the answer names another weekday for it ("vendredi 5 décembre" when the 5th is a Saturday). */
function onItsWeekday(text: string, date: CalendarDate | null): Reading<CalendarDate> {
  if (!date) return unclear('outOfRange');
  const weekday = weekdayNamed(text);
  return weekday === undefined || weekday === weekdayOf(date) ? read(date) : unclear('contradiction');
}

export interface DateOptions {
  /** The language the answer is written in: day first in French, Dutch and Arabic; English leaves it open. */
  language?: string;
}

// Languages where a date is written day first: "04/05/2001" is 4 May
const DAY_FIRST_LANGUAGES = new Set(['fr', 'nl', 'ar']);

/**
 * "04/05/2001" in English: a date of numbers that reads as two dates, day first or month first, where
 * the language does not say which.
 */
function undecidedDate(form: string, options: DateOptions): boolean {
  if (options.language === undefined || DAY_FIRST_LANGUAGES.has(options.language) || ISO_DATE.test(form)) return false;
  const numeric = NUMERIC_DATE.exec(form);
  if (!numeric) return false;
  const [first, second] = [Number(numeric[1]), Number(numeric[2])];
  return first !== second && first <= MONTHS && second <= MONTHS;
}
const MONTHS = 12;

/**
 * "28 ans le 3 décembre" said at the end of November: the day the age is reached, soon, so a year
 * less today; a day further off or gone by may be this year's birthday or next year's: null.
 */
function ageOnBirthday(form: string, now: CalendarDate): number | null | undefined {
  const match = AGE_ON_BIRTHDAY.exec(form);
  const month = monthNumber(match?.[3] ?? '');
  if (!match || month === null) return undefined;
  const monthsAhead = (month - now.month + MONTHS) % MONTHS;
  const soon = (monthsAhead === 0 && Number(match[2]) > now.day) || (monthsAhead > 0 && monthsAhead <= SOON_MONTHS);
  return soon ? Number(match[1]) - 1 : null;
}
const SOON_MONTHS = 2;

function sameAgeEitherWay(form: string, now: CalendarDate): boolean {
  const [, first, second, year] = NUMERIC_DATE.exec(form) ?? [];
  const dayFirst = ageOn(toDate({ year, month: second, day: first }, now), now);
  return dayFirst !== null && dayFirst === ageOn(toDate({ year, month: first, day: second }, now), now);
}

/** Whether the one number of the answer counts years of work: "25 jaar ervaring", "12 years of experience". */
function onlyExperience(form: string): boolean {
  const words = form.split(' ');
  const index = words.findIndex((word) => /^\d{1,3}$/.test(word));
  if (index === -1 || !isAnyForm(words[index + 1], UNIT_FORMS)) return false;
  return words.slice(index + 2, index + 2 + OWN_AGE_REACH).some((word) => isAnyForm(word, EXPERIENCE_FORMS));
}

const DAY_MONTH = new RegExp(`${START}(\\d{1,2})(?: ?(?:er|e|st|nd|rd|th|ste|de))? (?:of )?(${MONTH_PATTERN})${END}`);
const MONTH_DAY = new RegExp(`${START}(${MONTH_PATTERN}) (?:the )?(\\d{1,2})(?: ?(?:st|nd|rd|th))?${END}`);

/** The day and month on or after today. */
function nextDay(month: number, day: number, today: Date): CalendarDate | null {
  const now = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  const passed = month < now.month || (month === now.month && day < now.day);
  return toDate({ year: String(now.year + (passed ? 1 : 0)), month, day: String(day) }, now);
}

function fromParts(date: CalendarDate | null): Reading<CalendarDate> {
  return date ? read(date) : unclear('outOfRange');
}

/** Normalised, numbers in words as digits, a unit glued to a number set apart ("24ans" → "24 ans"). */
// "à partir du premier février", "the first of March", "من أول مارس": the first is day 1
const FIRST_OF_MONTH = new RegExp(
  `(^| )(?:premier|first|eerste|اول|lowel|louwel)(?: (?:of|de|van))? (${MONTH_PATTERN})(?= |$)`,
  'g',
);

function ageForm(text: string): string {
  // "2O": a letter O typed for a zero after a digit
  const zeros = text.replace(/(?<=\d)[oO](?![\p{L}\d])/gu, '0');
  return normaliseWithDigits(zeros).replace(/(\d{2,3})(\p{L}+)/gu, '$1 $2');
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
  const yearFirst = YEAR_DAY_MONTH.exec(form);
  if (yearFirst) {
    return ageOn(toDate({ year: yearFirst[1], month: monthNumber(yearFirst[3] ?? ''), day: yearFirst[2] }, now), now);
  }
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

const CORRECTION_FORMS = formsOf(CORRECTION_WORDS);
const OR_FORMS = formsOf(OR_WORDS);
const LINKING_FORMS = formsOf(LINKING_WORDS);
const DURATION_FORMS = formsOf(DURATION_WORDS);
const AGE_CUE_FORMS = formsOf(AGE_CUE_WORDS);
const UNIT_FORMS = formsOf([...YEAR_WORDS, 'yo', 'jr', 'old']);
// "now", "nu", "daba": the number after it is the age today
const NOW_FORMS = formsOf(['now', 'nu', 'maintenant', 'daba', 'دابا', 'الان', 'currently', 'actuellement']);
// What years can be spent on, not lived: "3 ans d'expérience", "2 years unemployed", "5 jaar ervaring"
// prettier-ignore
const SPENT_FORMS = formsOf([
  'experience', 'ervaring', 'werkervaring', 'خبره', 'خبرة', 'khibra', 'unemployed', 'chomage', 'werkloos', 'werkzoekend',
  'job', 'work', 'working', 'travail', 'boulot', 'werk', 'here', 'ici', 'hier', 'belgique', 'belgium', 'belgie', 'france',
  'nederland', 'hna', 'هنا', 'studies', 'etudes', 'studie', 'school', 'ecole', 'looking', 'searching', 'cherche',
]);
// After years, a place or a trade they were spent in: "30 years in logistics", "20 ans dans la vente"
const SPENT_IN_FORMS = formsOf(['in', 'dans', 'chez', 'at', 'bij', 'als', 'as', 'comme', 'ف', 'في', 'fi']);
// Small words after a number that say nothing of what it counts: "I'm 24 with 2 kids"
// prettier-ignore
const SMALL_FORMS = formsOf([...WITH_WORDS, 'now', 'nu', 'maintenant', 'and', 'but', 'with', 'since', 'since', 'already', 'deja', 'al', 'bientot', 'soon']);
const PAST_FORMS = formsOf([
  'was',
  'avais',
  'etais',
  'had',
  'kont',
  'كنت',
  'كان',
  'toen',
  'when',
  'quand',
  'lorsque',
  'fach',
  'ملي',
  'mli',
  'back',
]);
// How far back a "since" or "for" reaches a number: "depuis 2 ans", "been in Belgium 4 years"
const DURATION_REACH = 3;

/**
 * The age among several numbers: the one after a correction ("22 ah non 23", "24, sorry ik bedoel
 * 25", "٢١ لا سمح لي ٢٢"); else, setting aside durations ("depuis 2 ans", "been here 4 years") and
 * counts of things ("3 enfants", "3 broers", "3 أولاد"), the one number left, or the one said as an
 * age ("ik ben 20", "27 ans", "وعمري 28"). Null when that leaves no single number.
 */
function theAgeAmong(form: string, text: string): number | null {
  const words = form.split(' ');
  // "19 ans, en Belgique depuis 5 ans": a number whose clause ends after its unit spends no years on what follows
  const endingClause = new Set(
    [...text.matchAll(/(\d{1,3})\s*\p{L}{0,6}\s*[,;.!?؟،]/gu)].map((match) => match[1] ?? ''),
  );
  const isDuration = (at: number): boolean => isSpentOrSince(words, at, endingClause);
  // Years and postcodes ("in 2019", "au 1080"), days of a date ("12 مارس") and past ages ("when I was 17") are no age today
  const numbers = words.flatMap((word, index) =>
    /^\d{1,3}$/.test(word) && !isDayOfMonth(words, index) && !isPastAge(words, index) ? [index] : [],
  );
  // "28 sorry I wrote 82 before", "27 (pas 28 comme j'ai mis)": a number the person disowns is not the age
  const owned = numbers.filter((index) => !isDisowned(words, index));
  if (owned.length > 0 && owned.length < numbers.length) numbers.splice(0, numbers.length, ...owned);
  if (numbers.length === 0) return null;
  // "now I'm 24", "ik ben nu 22", "ودابا عندي 24": the age today
  const now = numbers.filter((index) => words.slice(Math.max(0, index - 3), index).some((word) => NOW_FORMS.has(word)));
  if (now.length === 1) return Number(words[now[0] ?? -1]);
  if (numbers.length === 1) return Number(words[numbers[0] ?? -1]);
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
  const left = numbers.filter(
    (index) => !isDuration(index) && !countsThings(words, index) && !aboutFamily(words, index),
  );
  const said = left.filter(saidAsAge);
  if (said.length === 1) return Number(words[said[0] ?? -1]);
  // One number left, unless one set aside was said as an age ("ik ben 20, mijn broer is 25")
  const [only] = left;
  // (a duration is said with its unit: "26, been in Belgium for 3 years" is 26)
  const setAsideSaid = numbers.some((index) => !left.includes(index) && !isDuration(index) && saidAsAge(index));
  return left.length === 1 && only !== undefined && !setAsideSaid ? Number(words[only]) : null;
}

function isSpentOrSince(words: readonly string[], index: number, endingClause: ReadonlySet<string>): boolean {
  const before = words.slice(Math.max(0, index - DURATION_REACH), index);
  if (before.some((word) => isAnyForm(word, DURATION_FORMS))) return true;
  if (isYearsToGo(words, index)) return true;
  // "3 ans d'expérience", "2 years unemployed", "5 jaar ervaring", "3 سنين ديال الخبرة"
  if (!isAnyForm(words[index + 1], UNIT_FORMS) || endingClause.has(words[index] ?? '')) return false;
  // "21 ans et je cherche du travail": what follows "and" is something else
  const after = words.slice(index + 2, index + 2 + DURATION_REACH);
  // "12 years of experience": this "of" is English, not Dutch "or"
  const linked = after.findIndex((word, offset) => LINKING_FORMS.has(word) && !(offset === 0 && word === 'of'));
  const spent = (linked === -1 ? after : after.slice(0, linked)).some((word) => isAnyForm(word, SPENT_FORMS));
  // "thirty years in logistics", "20 ans dans la vente", "10 jaar bij de post": years spent somewhere
  return spent || isAnyForm(after[0], SPENT_IN_FORMS);
}

// A number said right after "not": "pas 28", "niet 28", "not 82", "machi 28", "ماشي 28"
// prettier-ignore
const NOT_FORMS = formsOf(['pas', 'not', 'niet', 'geen', 'machi', 'mashi', 'mchi', 'ماشي', 'مشي', 'ليس', 'موش', 'mouch', 'mush']);
// A number written somewhere else, before: "I wrote 82", "j'ai mis 28", "ik had 28 ingevuld", "كتبت 28"
// prettier-ignore
const WROTE_FORMS = formsOf([
  'wrote', 'written', 'typed', 'put', 'entered', 'ecrit', 'mis', 'marque', 'tape', 'note', 'schreef', 'geschreven',
  'getypt', 'ingevuld', 'invulde', 'gezet', 'كتبت', 'ktbt', 'ktebt', 'dert', 'درت', 'حطيت', '7tit',
]);
// Said after the number: "82 was a typo", "28 c'était une erreur", "28 was fout", "28 غلط"
// prettier-ignore
const MISTAKE_FORMS = formsOf(['typo', 'mistake', 'wrong', 'erreur', 'faute', 'faux', 'fout', 'verkeerd', 'tikfout', 'غلط', 'خطا', 'ghalat', 'ghalt']);
const DISOWN_REACH = 3;

/** A number the person takes back: "not 28", "I wrote 82 before", "82 was a typo". */
function isDisowned(words: readonly string[], index: number): boolean {
  if (isAnyForm(words[index - 1], NOT_FORMS)) return true;
  const clauseBefore = words.slice(Math.max(0, index - DISOWN_REACH), index);
  const lastNumber = clauseBefore.findLastIndex((word) => /^\d+$/.test(word));
  if (clauseBefore.slice(lastNumber + 1).some((word) => isAnyForm(word, WROTE_FORMS))) return true;
  const after = words.slice(index + 1, index + 1 + DISOWN_REACH);
  const nextNumber = after.findIndex((word) => /^\d+$/.test(word));
  return (nextNumber === -1 ? after : after.slice(0, nextNumber)).some((word) => isAnyForm(word, MISTAKE_FORMS));
}

// Years still to go: "nog 2 jaar tot mijn pensioen", "encore 3 ans avant la retraite", "2 years left", "باقي 3 سنين"
// prettier-ignore
const TO_GO_BEFORE_FORMS = formsOf(['nog', 'encore', 'still', 'another', 'reste', 'باقي', 'ba9i', 'baqi', 'mazal']);
// prettier-ignore
const TO_GO_AFTER_FORMS = formsOf(['left', 'until', 'till', 'before', 'tot', 'avant', 'jusqu', 'قبل']);
const TO_GO_REACH = 3;

function isYearsToGo(words: readonly string[], index: number): boolean {
  if (!isAnyForm(words[index + 1], UNIT_FORMS)) return false;
  if (isAnyForm(words[index - 1], TO_GO_BEFORE_FORMS)) return true;
  return words.slice(index + 2, index + 2 + TO_GO_REACH).some((word) => isAnyForm(word, TO_GO_AFTER_FORMS));
}

function isDayOfMonth(words: readonly string[], index: number): boolean {
  return monthNumber(words[index + 1] ?? '') !== null || monthNumber(words[index - 1] ?? '') !== null;
}

/** "when I was 17", "quand j'avais 17 ans", "toen ik 17 was", "ملي كان عندي 17": an age of the past. */
function isPastAge(words: readonly string[], index: number): boolean {
  const around = [...words.slice(Math.max(0, index - 3), index), words[index + 1] ?? ''];
  return around.some((word) => PAST_FORMS.has(word));
}

// "j'ai 27 ans, mon fils a 3 ans", "my son is 4": the age of a member of the family
// prettier-ignore
const FAMILY_FORMS = formsOf([
  'fils', 'fille', 'frere', 'soeur', 'enfant', 'bebe', 'mari', 'femme', 'son', 'daughter', 'brother',
  'sister', 'kid', 'child', 'baby', 'husband', 'wife', 'zoon', 'dochter', 'broer', 'broertje', 'zus', 'zusje',
  'kind', 'kindje', 'man', 'vrouw', 'ولدي', 'بنتي', 'خويا', 'ختي', 'اختي', 'راجلي', 'مرتي', 'weldi', 'wldi', 'bnti',
  'benti', 'khoya', 'khti', 'rajli', 'mrati',
]);
const FAMILY_REACH = 2;

/** Whether a member of the family is named just before the number: "mon fils a 3 ans", "my sister is 19". */
function aboutFamily(words: readonly string[], index: number): boolean {
  return words.slice(Math.max(0, index - FAMILY_REACH), index).some((word) => isAnyForm(word, FAMILY_FORMS));
}

/** A number followed by a word that is neither a unit of age nor a small word: "3 enfants", "2 jours". */
function countsThings(words: readonly string[], index: number): boolean {
  const next = words[index + 1];
  return (
    next !== undefined &&
    /^\p{L}{3,}$/u.test(next) &&
    !isAnyForm(next, UNIT_FORMS) &&
    !CORRECTION_FORMS.has(next) &&
    !LINKING_FORMS.has(next) &&
    !SMALL_FORMS.has(next) &&
    !isAnyForm(next, DURATION_FORMS) &&
    !isAnyForm(next, SPENT_FORMS) &&
    !isAnyForm(next, TO_GO_BEFORE_FORMS)
  );
}

/**
 * The age a person says is their own, right after "j'ai", "ik ben", "I'm", "عندي", "3ndi" ("j'ai 45
 * ans et je cherche un mentor"), or null: two such ages, a number said otherwise, years of
 * experience ("j'ai 30 ans d'expérience"), a past age or no age at all. For checking an answer that
 * is not an age, where "like" or "soon" say nothing of the age.
 */
export function ownAgeSaid(text: string): number | null {
  const words = ageForm(text).split(' ');
  const ages = new Set<number>();
  for (const [index, word] of words.entries()) {
    if (!/^\d{1,3}$/.test(word) || index < 1 || !isAnyForm(words[index - 1], AGE_CUE_FORMS)) continue;
    const after = words.slice(index + 1, index + 1 + OWN_AGE_REACH);
    if (after.some((next) => isAnyForm(next, EXPERIENCE_FORMS)) || isPastAge(words, index)) continue;
    ages.add(Number(word));
  }
  const [age] = ages;
  return ages.size === 1 && age !== undefined && age >= MIN_AGE && age <= MAX_AGE ? age : null;
}
// "j'ai 30 ans d'expérience": the words after the number that may say what the years were spent on
const OWN_AGE_REACH = 3;
// prettier-ignore
const EXPERIENCE_FORMS = formsOf([
  'experience', 'ervaring', 'werkervaring', 'خبره', 'khibra', 'carriere', 'career', 'loopbaan', 'metier', 'dienst',
  'anciennete', 'service',
]);
