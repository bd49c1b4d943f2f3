import { readAge } from '../../understanding/age.js';
import { valueOf } from '../../understanding/reading.js';

/** The age an answer gives (see readAge), or null when it should be asked again. */
export function parseAge(text: string, today: Date): number | null {
  return valueOf(readAge(text, today));
}
