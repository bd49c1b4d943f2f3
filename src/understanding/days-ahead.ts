import type { CalendarDate } from './age.js';
import { formsOf, normalise } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';
import { isAnyForm, wordVariants } from './variants.js';

// Weekdays as JavaScript numbers them (0 = Sunday), in French, Dutch, English, Arabic, Darija and Arabizi
// prettier-ignore
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['dimanche', 'zondag', 'sunday', 'الاحد', 'الأحد', 'الحد', 'لحد', 'l7ed', 'l7ad', 'el7ed', 'lhed', 'lahad'],
  ['lundi', 'maandag', 'monday', 'الاثنين', 'الإثنين', 'الاتنين', 'التنين', 'لاثنين', 'ltnin', 'letnin', 'tnin', 'etnin', 'lithnayn'],
  ['mardi', 'dinsdag', 'tuesday', 'الثلاثاء', 'الثلاثا', 'التلات', 'التلاتا', 'الثلاث', 'tlat', 'ttlat', 'tlata', 'ettlat', 'thulatha'],
  ['mercredi', 'woensdag', 'wednesday', 'الاربعاء', 'الأربعاء', 'الاربع', 'لاربع', 'larb3', 'larba', 'larbe3', 'arb3a', 'arba3'],
  ['jeudi', 'donderdag', 'thursday', 'الخميس', 'لخميس', 'خميس', 'lkhmis', 'lakhmis', 'khmis', 'lekhmis', 'khamis'],
  ['vendredi', 'vrijdag', 'friday', 'الجمعة', 'لجمعة', 'جمعة', 'jem3a', 'jm3a', 'ljem3a', 'ljm3a', 'jom3a', 'jouma'],
  ['samedi', 'zaterdag', 'saturday', 'السبت', 'سبت', 'sebt', 'ssebt', 'sbt', 'essebt', 'sabt'],
];
// Short forms count only right before a day number ("di 15/12", "fri 4th"): alone, "ma" or "do" are other words
// prettier-ignore
const WEEKDAY_SHORT: readonly (readonly string[])[] = [
  ['dim', 'zo', 'sun'], ['lun', 'ma', 'mon'], ['di', 'tue', 'tues'], ['mer', 'wo', 'wed'],
  ['jeu', 'do', 'thu', 'thur', 'thurs'], ['ven', 'vr', 'fri'], ['sam', 'za', 'sat'],
];

// Days counted from today, longest phrases first so "après-demain" is not read as "demain"
// prettier-ignore
const DAYS_FROM_TODAY: readonly (readonly [number, readonly string[]])[] = [
  [2, ['apres demain', 'apres dmain', 'overmorgen', 'day after tomorrow', 'day after tmrw', 'day after tmr', 'بعد غد', 'بعد غدا',
    'بعد بكره', 'بعد بكرا', 'بعد غدوه', 'ba3d ghda', 'ba3d ghedwa', 'ba3d ghadwa', 'ba3d bokra', 'ba3d bukra']],
  [1, ['demain', 'dmain', '2main', 'morgen', 'tomorrow', 'tmrw', 'tmr', 'tomoro', 'tommorow', 'tomorow', 'غدا', 'غد',
    'غدوه', 'بكره', 'بكرا', 'ghda', 'ghedda', 'ghadda', 'ghedwa', 'ghadwa', 'ghedoua', 'bokra', 'bukra']],
  [0, ['aujourd hui', 'aujourdhui', 'auj', 'ajd', 'vandaag', 'today', 'tday', 'اليوم', 'lyoum', 'lyouma', 'lyum', 'el yom', 'النهارده',
    // now, from now on, right away: today
    'from now', 'right now', 'right away', 'straight away', 'immediately', 'tout de suite', 'des maintenant',
    'a partir de maintenant', 'immediatement', 'vanaf nu', 'meteen', 'direct', 'onmiddellijk', 'per direct',
    'من الان', 'من دابا', 'حالا', 'فورا', 'men daba', 'mn daba', 'mel daba', 'mn db', 'daba daba']],
];
// "now", "nu", "daba" alone are today; in a sentence they often say something else ("for now I work")
// prettier-ignore
const NOW_ALONE = formsOf(['now', 'nu', 'maintenant', 'daba', 'دابا', 'الان', 'db']);

// Days of the calendar said by name; a month and a day, the next such day
// prettier-ignore
const NAMED_DAYS: readonly (readonly [number, number, readonly string[]])[] = [
  [12, 24, ['christmas eve', 'xmas eve', 'veille de noel', 'kerstavond']],
  [12, 25, ['christmas', 'christmas day', 'xmas', 'noel', 'jour de noel', 'kerstmis', 'kerst', 'eerste kerstdag']],
  [12, 31, ['new year s eve', 'new years eve', 'saint sylvestre', 'oudejaarsavond', 'oudjaar']],
  [1, 1, ['new year s day', 'new years day', 'jour de l an', 'nieuwjaarsdag']],
];

// "next week Wednesday", "la semaine prochaine mercredi": a weekday of the week after this one
// prettier-ignore
const NEXT_WEEK = ['next week', 'semaine prochaine', 'la semaine prochaine', 'volgende week', 'komende week',
  'الاسبوع الجاي', 'الاسبوع القادم', 'السيمانه الجايه', 'simana jaya', 'semana jaya'];
// "vendredi prochain", "next Friday": this week's or the next? People mean both, so it is asked again
// prettier-ignore
const NEXT_WORDS = formsOf(['prochain', 'prochaine', 'next', 'volgende', 'komende', 'الجاي', 'الجايه', 'القادم', 'القادمه', 'jay', 'jaya']);
// "après jeudi", "before Friday", "tot morgen": a limit, not a day
// prettier-ignore
const LIMIT_WORDS = formsOf(['apres', 'after', 'na', 'avant', 'before', 'vers', 'around', 'rond',
  'jusqu', 'jusque', 'until', 'till', 'tot', 'قبل', 'حتى', 'بعد', 'ba3d', '9bel', 'qbel', 'hta']);
const NOT_WORDS = formsOf(['pas', 'not', 'niet', 'nie', 'ماشي', 'مش', 'machi', 'mashi', 'mch', 'mish']);
const THIS_WORDS = formsOf(['ce', 'cette', 'this', 'deze', 'dit', 'هاد', 'هذا', 'هذه', 'had', 'hed']);
// "né le 3 juin", "born 5 May": a birthday, whose year is missing
// prettier-ignore
const BIRTH_WORDS = formsOf(['ne', 'nee', 'naissance', 'anniversaire', 'born', 'birthday', 'birth', 'dob', 'geboren',
  'verjaardag', 'geboortedatum', 'verjaardag', 'تزاديت', 'زديت', 'ولدت', 'مواليد', 'ميلادي', 'عيد', 'tzadt', 'tzadit', 'zdt']);

interface Mention {
  start: number;
  length: number;
  date: CalendarDate;
}

/**
 * A day ahead said without its number: "demain", "overmorgen", "this Friday", "nhar l7ed", "volgende week
 * woensdag", "kerstavond". Undefined when the answer says none; asked again for two days, a weekday that
 * is also today, "next Friday" (this week's or the next?) or a limit ("après jeudi").
 */
export function dayAhead(text: string, today: Date): Reading<CalendarDate> | undefined {
  const words = normalise(text).split(' ');
  const now = calendarDay(today);
  const nextWeek = findPhrases(words, NEXT_WEEK).length > 0;
  const mentions: Mention[] = [
    ...DAYS_FROM_TODAY.flatMap(([days, phrases]) =>
      findPhrases(words, phrases).map((found) => ({ ...found, date: addDays(now, days) })),
    ),
    ...NAMED_DAYS.flatMap(([month, day, phrases]) =>
      findPhrases(words, phrases).map((found) => ({ ...found, date: nextOccurrence(now, month, day) })),
    ),
    ...WEEKDAY_NAMES.flatMap((names, weekday) =>
      findPhrases(words, names).map((found) => ({
        ...found,
        date: nextWeekday(now, weekday, { nextWeek, thisWeek: isAnyForm(words[found.start - 1], THIS_WORDS) }),
      })),
    ),
  ];
  if (words.length === 1 && isAnyForm(words[0], NOW_ALONE)) return read(now);
  const kept = withoutOverlaps(mentions);
  if (kept.length === 0) return nextWeek ? unclear('range') : undefined;
  const said = withoutTakenDays(
    words,
    kept.filter((mention) => !isAnyForm(words[mention.start - 1], NOT_WORDS)),
  );
  if (said.length === 0) return unclear('notUnderstood');
  if (said.some((mention) => isAnyForm(words[mention.start - 1], LIMIT_WORDS))) return unclear('range');
  // "après les vacances de Noël", "the Christmas holidays": a time of year, not its day
  if (
    said.some(
      (mention) => NAMED_DAYS.some(([, , names]) => hasPhrase(words, mention, names)) && inAPeriod(words, mention),
    )
  ) {
    return unclear('range');
  }
  const weekdayNamed = said.some((mention) => WEEKDAY_NAMES.some((names) => hasPhrase(words, mention, names)));
  const saidNext = weekdayNamed && !nextWeek && said.some((mention) => nextWordAround(words, mention));
  if (saidNext && !said.every((mention) => nextIsOneDay(now, mention))) return unclear('maybe');
  const dates = new Set(said.map((mention) => key(mention.date)));
  if (dates.size > 1) return unclear('severalValues');
  const [first] = said;
  if (!first) return undefined;
  if (weekdayNamed && !nextWeek && !saidNext && key(first.date) === key(addDays(now, 7))) {
    // "lundi" said on a Monday: today or in a week?
    return unclear('maybe');
  }
  return read(first.date);
}

/**
 * The weekday an answer names (0 = Sunday), short forms included when a day number follows them;
 * undefined when it names none, null when it names two.
 */
export function weekdayNamed(text: string): number | null | undefined {
  const words = normalise(text).split(' ');
  const named = new Set<number>();
  WEEKDAY_NAMES.forEach((names, weekday) => {
    if (findPhrases(words, names).length > 0) named.add(weekday);
  });
  WEEKDAY_SHORT.forEach((names, weekday) => {
    words.forEach((word, index) => {
      if (names.includes(word) && /^\d{1,2}/.test(words[index + 1] ?? '')) named.add(weekday);
    });
  });
  if (named.size > 1) return null;
  const [weekday] = named;
  return weekday;
}

/** Whether the words name a weekday, in the plural too ("les vendredis", "fridays", "woensdagen"). */
export function namesWeekday(words: readonly string[]): boolean {
  const singular = words.map((word) => (/^[a-z]+$/.test(word) ? word.replace(/(?:en|s)$/, '') : word));
  return [words, singular].some((list) => WEEKDAY_NAMES.some((names) => findPhrases(list, names).length > 0));
}

/** Whether a day and month without a year are a birthday ("né le 3 juin"), whose year is not said. */
export function saysBirthday(text: string): boolean {
  return normalise(text)
    .split(' ')
    .some((word) => isAnyForm(word, BIRTH_WORDS));
}

/** The weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

// Each list's phrases normalised once, not at every answer
const partsOfLists = new WeakMap<readonly string[], readonly string[][]>();
function partsOf(phrases: readonly string[]): readonly string[][] {
  let parts = partsOfLists.get(phrases);
  if (!parts) {
    parts = phrases.map((phrase) => normalise(phrase).split(' '));
    partsOfLists.set(phrases, parts);
  }
  return parts;
}

function findPhrases(words: readonly string[], phrases: readonly string[]): { start: number; length: number }[] {
  const found: { start: number; length: number }[] = [];
  for (const parts of partsOf(phrases)) {
    for (let start = 0; start + parts.length <= words.length; start += 1) {
      const matches = parts.every((part, offset) =>
        offset === 0 && parts.length === 1
          ? wordVariants(words[start] ?? '').includes(part)
          : words[start + offset] === part,
      );
      if (matches) found.push({ start, length: parts.length });
    }
  }
  return found;
}

function hasPhrase(words: readonly string[], mention: Mention, phrases: readonly string[]): boolean {
  return findPhrases(words.slice(mention.start, mention.start + mention.length), phrases).some(
    (found) => found.length === mention.length,
  );
}

/** The longest mention where two overlap ("après demain" holds "demain"). */
function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const longestFirst = [...mentions].sort((a, b) => b.length - a.length);
  const kept: Mention[] = [];
  for (const mention of longestFirst) {
    const overlaps = kept.some(
      (other) => mention.start < other.start + other.length && other.start < mention.start + mention.length,
    );
    if (!overlaps) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// prettier-ignore
const PERIOD_WORDS = formsOf(['vacances', 'holidays', 'holiday', 'break', 'vakantie', 'kerstvakantie', 'fetes', 'conges',
  'periode', 'period', 'week', 'semaine', 'عطله', 'العطله', 'vacance']);
const PERIOD_REACH = 3;

function inAPeriod(words: readonly string[], mention: Mention): boolean {
  const around = [
    ...words.slice(Math.max(0, mention.start - PERIOD_REACH), mention.start),
    ...words.slice(mention.start + mention.length, mention.start + mention.length + 1),
  ];
  return around.some((word) => isAnyForm(word, LIMIT_WORDS) || isAnyForm(word, PERIOD_WORDS));
}

/**
 * "next Friday" said on a Monday is this week's Friday or the one of next week: people mean both. Said on
 * a Monday, "next Monday" is one day: this week's Monday is today, so the coming one is next week's.
 * The weekday is clear when the first such day after today falls in next week.
 */
function nextIsOneDay(now: CalendarDate, mention: Mention): boolean {
  const weekday = weekdayOf(mention.date);
  return key(mention.date) === key(nextWeekday(now, weekday, { nextWeek: true, thisWeek: false }));
}

// A day said with what takes it ("dinsdag heb ik nog les", "mardi je travaille", "Tuesday I'm busy"): not the day offered
// prettier-ignore
const TAKEN_WORDS = formsOf([
  'busy', 'occupe', 'occupee', 'pris', 'prise', 'bezet', 'druk', 'bezig', 'work', 'working', 'travaille', 'bosse',
  'taf', 'boulot', 'cours', 'class', 'classes', 'lessen', 'school', 'ecole', 'exam', 'exams', 'examen', 'examens',
  'rdv', 'afspraak', 'appointment', 'werk', 'werken', 'مشغول', 'مشغوله', 'خدمه', 'نخدم', 'قرايه', 'نقرا', 'ندرس',
  'khdma', 'nkhdem', 'nkhdm', '9raya', 'n9ra', 'mchghoul', 'mashghoul', 'machghoul',
]);
// Dutch "les" is a lesson only after "I have": "heb ik nog les", "ik heb les" (French "les" is "the")
const TAKEN_PHRASES = ['nog les', 'ik les', 'heb les'];
const TAKEN_REACH = 6;

/** The days offered, without those said with what takes them, as long as one is left. */
function withoutTakenDays(words: readonly string[], mentions: readonly Mention[]): Mention[] {
  if (mentions.length < 2) return [...mentions];
  const free = mentions.filter((mention, index) => !isTaken(words, mention, mentions[index + 1]));
  return free.length > 0 ? free : [...mentions];
}

function isTaken(words: readonly string[], mention: Mention, next: Mention | undefined): boolean {
  const from = mention.start + mention.length;
  const clause = words.slice(from, Math.min(next?.start ?? words.length, from + TAKEN_REACH));
  // "mercredi après le travail", "woensdag na school": the day is offered, after what takes part of it
  const limit = clause.findIndex((word) => isAnyForm(word, LIMIT_WORDS));
  const reason = limit === -1 ? clause : clause.slice(0, limit);
  return (
    reason.some((word) => isAnyForm(word, TAKEN_WORDS)) ||
    reason.some((word, index) => TAKEN_PHRASES.includes(`${word} ${reason[index + 1] ?? ''}`))
  );
}

function nextWordAround(words: readonly string[], mention: Mention): boolean {
  return (
    isAnyForm(words[mention.start - 1], NEXT_WORDS) || isAnyForm(words[mention.start + mention.length], NEXT_WORDS)
  );
}

function calendarDay(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDay(new Date(Date.UTC(date.year, date.month - 1, date.day + days)));
}

/**
 * The weekday after today (a week on when it is today's, today after "ce" or "this"), or in the week
 * after this one (weeks start on Monday) after "next week".
 */
function nextWeekday(now: CalendarDate, weekday: number, said: { nextWeek: boolean; thisWeek: boolean }): CalendarDate {
  const todayWeekday = weekdayOf(now);
  if (said.nextWeek) {
    const daysToNextMonday = (1 - todayWeekday + 7) % 7 || 7;
    return addDays(now, daysToNextMonday + ((weekday + 6) % 7));
  }
  const ahead = (weekday - todayWeekday + 7) % 7;
  return addDays(now, ahead === 0 && !said.thisWeek ? 7 : ahead);
}

function nextOccurrence(now: CalendarDate, month: number, day: number): CalendarDate {
  const passed = month < now.month || (month === now.month && day < now.day);
  return { year: now.year + (passed ? 1 : 0), month, day };
}

function key(date: CalendarDate): string {
  return `${date.year}-${date.month}-${date.day}`;
}
