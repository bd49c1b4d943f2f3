import { normaliseWithDigits } from '../../understanding/numbers.js';
import { normalise } from '../../understanding/normalise.js';
import { HOUR_WORDS, YEAR_WORDS } from '../../understanding/units.js';

export interface NumberRange {
  min: number;
  max: number;
}

// Units people add to a count: years (for ages, years of experience) and hours (for availability)
const UNITS = [...YEAR_WORDS, ...HOUR_WORDS, 'jr'].map(normalise).join('|');
const WHOLE_NUMBER = new RegExp(`^(\\d{1,9}) ?(?:${UNITS})?$`);

/** A whole number within the range: "12", "١٢", "douze", "12 ans", "twaalf jaar", "12 years", "12 سنة". */
export function parseWholeNumber(text: string, range: NumberRange): number | null {
  // Normalising drops the minus sign, so a negative number is caught before
  if (/^\s*[-−]/.test(text)) return null;
  const digits = WHOLE_NUMBER.exec(normaliseWithDigits(text).replace(/^(\d+)(\p{L}+)$/u, '$1 $2'))?.[1];
  if (digits === undefined) return null;
  const value = Number(digits);
  return value >= range.min && value <= range.max ? value : null;
}
