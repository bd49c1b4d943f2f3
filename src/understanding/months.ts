import { normalise } from './normalise.js';

// Each row is one month: French, Dutch, English (full and short), then Arabic as written in Egypt and the Gulf,
// the Maghreb (Algeria, Tunisia), Morocco and the Levant (Syria, Iraq, Lebanon, Jordan, Palestine).
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'januari', 'january', 'jan', 'يناير', 'جانفي', 'كانون الثاني'],
  ['février', 'fevr', 'fév', 'februari', 'february', 'feb', 'فبراير', 'فيفري', 'شباط'],
  ['mars', 'maart', 'mrt', 'march', 'mar', 'مارس', 'آذار'],
  ['avril', 'avr', 'april', 'apr', 'أبريل', 'إبريل', 'أفريل', 'نيسان'],
  ['mai', 'mei', 'may', 'مايو', 'ماي', 'أيار'],
  ['juin', 'juni', 'june', 'jun', 'يونيو', 'جوان', 'يونيه', 'حزيران'],
  ['juillet', 'juil', 'juli', 'july', 'jul', 'يوليو', 'جويلية', 'يوليوز', 'تموز'],
  ['août', 'augustus', 'august', 'aug', 'أغسطس', 'أوت', 'غشت', 'آب'],
  ['septembre', 'september', 'sept', 'sep', 'سبتمبر', 'شتنبر', 'أيلول'],
  ['octobre', 'oktober', 'october', 'okt', 'oct', 'أكتوبر', 'تشرين الأول'],
  ['novembre', 'november', 'nov', 'نوفمبر', 'نونبر', 'تشرين الثاني'],
  ['décembre', 'december', 'dec', 'ديسمبر', 'دجنبر', 'كانون الأول'],
];

// Arabic glues "in" and "on" to the month: "فيناير" is "ف يناير", "بدجنبر" is "ب دجنبر"
const ARABIC_GLUED = ['ف', 'ب', 'في'];
const MONTH_BY_NAME = new Map(
  MONTH_NAMES.flatMap((names, index) =>
    names.flatMap((name) => {
      const form = normalise(name);
      const glued = /^\p{Script=Arabic}+$/u.test(form) ? ARABIC_GLUED.map((prefix) => `${prefix}${form}`) : [];
      return [form, ...glued].map((variant) => [variant, index + 1] as const);
    }),
  ),
);

/** A regular-expression alternative for any month name in matching form, longest first. */
export const MONTH_PATTERN = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** The month number (1–12) of a month name in matching form. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name) ?? null;
}
