import { matchingForm } from './matching.js';

export interface NumberRange {
  min: number;
  max: number;
}

// Units people add to a count: years (for ages, years of experience) and hours (for availability)
const UNITS = [
  'ans',
  'an',
  'jaar',
  'jaren',
  'years',
  'year',
  'yrs',
  'yr',
  'سنة',
  'سنوات',
  'سنين',
  'عام',
  'عاماً',
  'أعوام',
  'heures',
  'heure',
  'h',
  'uur',
  'u',
  'hours',
  'hour',
  'hrs',
  'hr',
  'ساعة',
  'ساعات',
]
  .map(matchingForm)
  .join('|');
const WHOLE_NUMBER = new RegExp(`^(\\d{1,9}) ?(?:${UNITS})?$`);

/** A whole number within the range: "12", "١٢", "12 ans", "12 jaar", "12 years", "12 سنة". */
export function parseWholeNumber(text: string, range: NumberRange): number | null {
  // normalizeForMatching drops the minus sign, so a negative number is caught before
  if (/^\s*[-−]/.test(text)) return null;
  const digits = WHOLE_NUMBER.exec(matchingForm(text))?.[1];
  if (digits === undefined) return null;
  const value = Number(digits);
  return value >= range.min && value <= range.max ? value : null;
}
