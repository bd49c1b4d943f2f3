/**
 * Why an answer gave no value: the flow picks its hint from this. Every reader may give `empty`
 * and `notUnderstood`; beyond them:
 * - readYesNo: `maybe` (without allowNotSure, also a card that does not settle the right to work),
 *   `contradiction`;
 * - readChoice, readRole, readLanguage: `severalValues` (two options, "both", "X or something else"),
 *   `outOfRange` (a number with no option), `maybe`; readRole also `contradiction` (an age said beside
 *   the role that does not fit it: "j'ai 45 ans et je cherche un mentor");
 * - readAge: `range`, `severalValues`, `outOfRange` (outside 10–110, a future date), `maybe`;
 * - readDate: `outOfRange` (no such day), `maybe`;
 * - readPlace: `severalValues` (two cities), `range` ("near Brussels"), `maybe`;
 * - readRating: `range`, `severalValues`, `outOfRange` (not 1–5), `maybe`;
 * - readSpokenLanguages, readFirstName: `maybe`; readFreeText: `notUnderstood` only for an answer that says "nothing".
 */
export type UnclearReason =
  /** Nothing to read: empty, only punctuation or emoji without a meaning. */
  | 'empty'
  /** Words, but none the question can use. */
  | 'notUnderstood'
  /** Two different values ("Bruxelles ou Paris", "25 ou 26"). */
  | 'severalValues'
  /** A yes and a no in one answer. */
  | 'contradiction'
  /** "maybe", "I don't know" where the question wants yes or no. */
  | 'maybe'
  /** A range or an approximation ("entre 20 et 25", "under 30", "about 25"). */
  | 'range'
  /** A value, but not one the question allows (a rating of 10). */
  | 'outOfRange';

/** What the reader made of an answer: a value, or why it should be asked again. */
export type Reading<T> = { ok: true; value: T } | { ok: false; reason: UnclearReason };

export const read = <T>(value: T): Reading<T> => ({ ok: true, value });
export const unclear = <T>(reason: UnclearReason): Reading<T> => ({ ok: false, reason });

/** The value, or null when the answer should be asked again. */
export function valueOf<T>(reading: Reading<T>): T | null {
  return reading.ok ? reading.value : null;
}
