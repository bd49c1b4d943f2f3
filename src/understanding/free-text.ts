import { POLITENESS } from './lexicon.js';
import { normalise } from './normalise.js';
import { read, unclear, type Reading } from './reading.js';

const MAX_LENGTH = 200;

// Ways of saying "nothing" in the four languages, Darija and Arabizi
// prettier-ignore
const NOTHING = [
  'rien', 'nada', 'que dalle', 'aucun', 'aucune', 'niks', 'niets', 'nikske', 'nothing', 'nothin', 'none', 'nowt', 'nil',
  'na', 'nvt', 'pas de remarque', 'pas de remarques', 'aucune remarque', 'pas de commentaire', 'sans commentaire',
  'no comment', 'no comments', 'geen opmerking', 'geen opmerkingen', 'geen commentaar', 'والو', 'walou', 'walo', 'wallou',
  'walu', 'لا شيء', 'لاشيء', 'لا شي', 'ولا شي', 'ولا شيء', 'ولا حاجة', 'حتى حاجة', 'حتى شي', 'لا تعليق', 'ما كاين والو',
  'ما كاين حتى شي', 'makayn walou', 'makayn walo', 'hta haja', 'hta chi',
  // an acknowledgement: "ok", "merci", "thanks"
  'ok', 'oke', 'oké', 'okay', 'okey', 'merci', 'thanks', 'thank you', 'bedankt', 'dank je', 'شكرا', 'shukran', 'chokran',
  // abbreviations: "RAS" (rien à signaler), "NTR" (nothing to report)
  'ras', 'r a s', 'ntr', 'n t r', 'geen bijzonderheden',
  // a plain no, or all is well: "nee hoor", "all good 👍", "tout va bien", "كلشي مزيان"
  'no', 'non', 'nee', 'neen', 'nope', 'nah', 'la', 'لا', 'all good', 'all fine', 'all is well', 'everything is fine',
  'everything ok', 'everything okay', 'tout va bien', 'tout roule', 'tout est ok', 'tout est bon', 'ça va', 'ca va',
  'alles goed', 'alles ok', 'alles oke', 'alles is goed', 'kolchi mzyan', 'kolchi mzian', 'koulchi mzyan', 'كلشي مزيان',
  'كل شي تمام', 'كلشي تمام', 'كل شيء على ما يرام', 'all good thanks',
]
  .map(normalise)
  .sort((a, b) => b.split(' ').length - a.split(' ').length);
// Words that may stand beside "nothing" without saying anything more: "rien de spécial merci", "niks te melden"
// prettier-ignore
const FILLERS = new Set([
  ...POLITENESS, 'euh', 'bah', 'ben', 'hmm', 'non', 'nee', 'neen', 'no', 'nope', 'nah', 'ok', 'de', 'du', 'tout', 'special',
  'spéciale', 'particulier', 'à', 'dire', 'signaler', 'ajouter', 'pour', "l'instant", 'le', 'moment', 'pour le moment',
  'vraiment', 'pas', 'plus', 'really', 'much', 'at', 'all', 'to', 'say', 'add', 'report', 'special', 'for', 'now', 'else',
  'really', 'te', 'melden', 'zeggen', 'toe', 'voegen', 'bijzonders', 'speciaals', 'eigenlijk', 'echt', 'momenteel', 'nu',
  'voorlopig', 'meer', 'helemaal', 'ما', 'عندي', 'نزيد', 'نقول', 'دابا', 'حاليا', 'الان', 'الآن', 'صراحة', 'بصراحة',
  'خاص', 'zid', 'daba', 'sara7a', 'ma', '3ndi', '3andi', 'لا', 'la', 'كاين', 'ماكاين', 'kayn', 'kayen', 'makayn',
  'hoor', 'hor', 'thanks', 'thank', 'you', 'dank', 'je', 'u', 'merci', 'shukran', 'شكرا', 'emojiyes',
].flatMap((word) => normalise(word).split(' ')));

/**
 * A free answer kept as typed ("apicultrice", "bac+3", "par un ami"): trimmed, at most 200
 * characters; no value when it holds no letter or digit (`empty`) or only says "nothing" ("rien",
 * "niks", "nothing", "والو", "walou", "rien de spécial merci": `notUnderstood`).
 */
export function readFreeText(text: string): Reading<string> {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return unclear('empty');
  if (saysNothing(trimmed)) return unclear('notUnderstood');
  return read(Array.from(trimmed).slice(0, MAX_LENGTH).join(''));
}

/** Whether an answer only says "nothing", with at most politeness and words such as "special" or "for now" beside it. */
function saysNothing(text: string): boolean {
  let form = ` ${normalise(text.replace(/n\/a/giu, 'na'))} `;
  let said = false;
  for (const phrase of NOTHING) {
    const spaced = ` ${phrase} `;
    while (form.includes(spaced)) {
      form = form.replace(spaced, ' ');
      said = true;
    }
  }
  return (
    said &&
    form
      .trim()
      .split(' ')
      .every((word) => word === '' || FILLERS.has(word))
  );
}
