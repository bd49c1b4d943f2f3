import { readYesNo } from './yes-no.js';

/** Whether an answer says "maybe" or "I don't know" ("je sais pas", "geen idee", "ما عرفتش") and nothing firmer. */
export function saysMaybe(text: string): boolean {
  const reading = readYesNo(text);
  return !reading.ok && reading.reason === 'maybe';
}
