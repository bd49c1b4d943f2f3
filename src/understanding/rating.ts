import { EMOJI_STAR, normalise } from './normalise.js';
import { HOUR_WORDS } from './units.js';
import { normaliseWithDigits } from './numbers.js';
import { saysMaybe } from './maybe.js';
import { read, unclear, type Reading } from './reading.js';
import { scaleWordsOf } from './scale-words.js';

const MIN = 1;
const MAX = 5;
// "4/5", "3 sur 5", "3 van 5", "3 out of 5", "3 من 5": the scale is not a second number ("4 of 5" is Dutch "4 or 5")
const OUT_OF_FIVE = /(\d) (?:sur |van |op |out of |من |على )?5(?= |$)/;
// prettier-ignore
const TIME_UNITS = new Set([
  ...HOUR_WORDS, 'minutes', 'minute', 'min', 'mins', 'minuten', 'minuut', 'دقيقه', 'دقايق', 'دقائق', 'jours', 'days', 'dagen',
  'semaines', 'weeks', 'weken', 'fois', 'times', 'keer', 'keren', 'مرات', 'ايام',
].map(normalise));
const RANGE = /(?:^| )(?:entre|tussen|between|بين)(?= |$)/;
// "4.5", "3,5": the scale has no halves
const DECIMAL = /[\d٠-٩۰-۹][.,٫][\d٠-٩۰-۹]/u;

/**
 * A rating from 1 to 5 for a weekly check-in: a digit, a number in words ("quatre", "vier",
 * "أربعة"), a score out of five ("4/5", "3 sur 5"), stars (⭐⭐⭐⭐) or, without a number, the words of
 * the scale's ends ("pas du tout", "heel nuttig", "مفيد جدا"; a digit beside them wins). Two numbers,
 * a range, a half ("4.5") or a number outside 1–5 give no value.
 */
export function readRating(text: string): Reading<number> {
  if (DECIMAL.test(text.normalize('NFKC'))) return unclear('outOfRange');
  // "een 4tje", "un 4/5": a digit with a Dutch diminutive is the digit
  const form = normaliseWithDigits(text).replace(/(?<=^| )(\d)(?:tje|je)(?= |$)/gu, '$1');
  if (form === '') return unclear('empty');
  if (RANGE.test(form)) return unclear('range');
  const words = form.replace(OUT_OF_FIVE, '$1').split(' ');
  const stars = words.filter((word) => word === EMOJI_STAR).length;
  // "2, we hebben maar 10 minuten gepraat": a number of minutes, hours, days or times is no rating
  const numbers = new Set(
    words.filter((word, index) => /^\d+$/.test(word) && !TIME_UNITS.has(words[index + 1] ?? '')).map(Number),
  );
  if (stars > 0 && numbers.size === 0) return stars <= MAX ? read(stars) : unclear('outOfRange');
  if (numbers.size > 1) return unclear('severalValues');
  const [rating] = numbers;
  if (rating === undefined && stars === 0) {
    const said = scaleWordsOf(form);
    if (said === 'several') return unclear('severalValues');
    if (said === 'negated') return unclear('notUnderstood');
    if (said !== undefined) return read(said);
  }
  if (rating === undefined) return unclear(saysMaybe(text) ? 'maybe' : 'notUnderstood');
  return rating >= MIN && rating <= MAX ? read(rating) : unclear('outOfRange');
}
