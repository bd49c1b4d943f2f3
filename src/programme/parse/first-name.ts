import { matchingForm } from './matching.js';

const APOSTROPHE = "['’ʼ]";
const GREETING = String.raw`(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|hallo|goedemorgen|goedemiddag|dag|salam|salaam|slm|السلام عليكم|سلام|مرحبا|أهلا|اهلا)`;
const INTRODUCTION = [
  `je m${APOSTROPHE}? ?appelle`,
  `moi c${APOSTROPHE}? ?est`,
  `mon (?:pr[ée]nom|nom) (?:est|c${APOSTROPHE}? ?est)`,
  `c${APOSTROPHE}est`,
  'je suis',
  'my (?:first )?name is',
  `my name${APOSTROPHE}s`,
  `i${APOSTROPHE}? ?am`,
  `i${APOSTROPHE}m`,
  `it${APOSTROPHE}?s`,
  'call me',
  'ik heet',
  'ik ben',
  'mijn (?:voor)?naam is',
  'أنا اسمي',
  'انا اسمي',
  '[اإأ]سمي هو',
  '[اإأ]سمي',
  '[أا]نا',
].join('|');
const LEAD_IN = new RegExp(
  `^(?:${GREETING}(?=[\\s,.!:;-]|$)[\\s,.!:;-]*)?(?:(?:${INTRODUCTION})(?=[\\s,:.-]|$))?[\\s,:.-]*`,
  'iu',
);

const NAME = /^[\p{L}\p{M}]+(?:(?:[-'’ʼ]| )[\p{L}\p{M}]+)*$/u;
const NOT_A_LETTER_AT_THE_ENDS = /^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

// Replies that are not names, in matching form
const NOT_NAMES = new Set(
  [
    'oui',
    'non',
    'yes',
    'no',
    'ja',
    'nee',
    'neen',
    'nein',
    'نعم',
    'لا',
    'ok',
    'okay',
    'okey',
    'daccord',
    'oke',
    'prima',
    'bonjour',
    'bonsoir',
    'salut',
    'coucou',
    'hello',
    'hi',
    'hey',
    'hallo',
    'dag',
    'salam',
    'مرحبا',
    'اهلا',
    'سلام',
    'merci',
    'thanks',
    'thank you',
    'dank je',
    'dank u',
    'bedankt',
    'شكرا',
    'stop',
    'help',
    'aide',
    'hulp',
    'menu',
    'start',
    'test',
    'pourquoi',
    'why',
    'waarom',
    'لماذا',
    'quoi',
    'what',
    'wat',
    'rien',
    'nothing',
    'niets',
    'je ne sais pas',
    'i dont know',
    'weet ik niet',
    'secret',
    'anonyme',
    'anonymous',
    'prenom',
    'name',
    'naam',
    'nom',
    'اسمي',
    'انا',
  ].map(matchingForm),
);

const MAX_WORDS = 3;
const MIN_LETTERS = 2;
const MAX_LETTERS = 40;

/**
 * A first name from a reply such as "Bonjour, je m'appelle amina" or "اسمي أحمد": letters of any script
 * with hyphens, apostrophes and spaces, 1–3 words, 2–40 characters, each word capitalised.
 */
export function parseFirstName(text: string): string | null {
  const spaced = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const name = spaced.replace(LEAD_IN, '').replace(NOT_A_LETTER_AT_THE_ENDS, '');
  const length = Array.from(name).length;
  if (!NAME.test(name) || length < MIN_LETTERS || length > MAX_LETTERS) return null;
  if (name.split(' ').length > MAX_WORDS || NOT_NAMES.has(matchingForm(name))) return null;
  return name.split(' ').map(capitalise).join(' ');
}

/** "amina" → "Amina", "jean-pierre" → "Jean-Pierre", "AMINA" → "Amina"; "McKay" and Arabic stay as typed. */
function capitalise(word: string): string {
  const shouting =
    word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase() && Array.from(word).length > 1;
  const base = shouting ? word.toLocaleLowerCase() : word;
  return base
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase() + part.slice(1))
    .join('-');
}
