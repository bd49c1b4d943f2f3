import { readAge } from '../../understanding/age.js';
import { valueOf } from '../../understanding/reading.js';

/**
 * The age an answer gives (see readAge), or null when it should be asked again; `language` is the
 * conversation's, so that "04/05/2001" is 4 May in French and asked again in English.
 */
export function parseAge(text: string, today: Date, language?: string): number | null {
  return valueOf(readAge(text, today, language === undefined ? {} : { language }));
}
