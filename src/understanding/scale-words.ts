import ar from '../locales/ar.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };
import fr from '../locales/fr.json' with { type: 'json' };
import nl from '../locales/nl.json' with { type: 'json' };
import { NEGATORS } from './lexicon.js';
import { formsOf, normalise } from './normalise.js';

/**
 * The words of the 1–5 scale: the labels the check-in shows under its question ("1 = not at all,
 * 5 = very useful"), taken from the locale files so that a reworded question keeps its answers, and
 * the ways people say the two ends in their own words. "très bien" or "goed" say how the week went,
 * not how useful it was: no value.
 */
const SCALE_QUESTIONS = [fr, nl, en, ar].map((locale) => locale.checkin.question.rating);
// "1 = pas du tout", "5 = مفيد جدًا": a digit, an equals sign, the label up to a comma or full stop
const LABEL = /([1-5])\s*=\s*([^,،.;؛]+)/gu;

/** Each label shown on the scale, normalised, with its digit. */
export const SHOWN_LABELS: readonly (readonly [string, number])[] = SCALE_QUESTIONS.flatMap((question) =>
  Array.from(question.matchAll(LABEL), (match): [string, number] => [normalise(match[2] ?? ''), Number(match[1])]),
).filter(([label]) => label !== '');

// Words that say useful or helpful, and words that make them "very"
// prettier-ignore
const USEFUL = formsOf([
  'utile', 'utiles', 'aidant', 'nuttig', 'nuttige', 'handig', 'behulpzaam', 'leerrijk', 'useful', 'helpful',
  'مفيد', 'مفيدة', 'نافع', 'نافعة', 'mfid', 'mofid', 'mufid', 'nafe3', 'nafi3',
]);
// prettier-ignore
const VERY = formsOf([
  'très', 'vraiment', 'super', 'trop', 'hyper', 'extrêmement', 'vachement', 'tellement', 'heel', 'zeer', 'erg', 'echt',
  'enorm', 'superrr', 'very', 'really', 'so', 'extremely', 'incredibly', 'جدا', 'بزاف', 'برشا', 'للغاية', 'كثير',
  'ياسر', 'بالزاف', 'bzaf', 'bezaf', 'barcha', 'jiddan', 'ktir', 'bzzaf',
]);
// Words that say "at all": with a negation, the bottom of the scale ("pas du tout", "not useful at all", "ما كانش مفيد نهائيا")
// prettier-ignore
const AT_ALL = [
  'du tout', 'absolument pas', 'helemaal niet', 'totaal niet', 'absoluut niet', 'helemaal geen', 'at all', 'whatsoever',
  'نهائيا', 'ابدا', 'بتاتا', 'قطعا', 'على الاطلاق', 'nihaiyan', 'niha2iyan', 'abadan', 'kamlin',
].map(normalise);
// Words that alone say useless
// prettier-ignore
const USELESS = [
  'inutile', 'servi à rien', 'sert à rien', 'servait à rien', 'nutteloos', 'waardeloos', 'useless', 'pointless', 'a waste of time',
  'une perte de temps', 'tijdverspilling', 'بلا فايدة', 'بلا فائدة', 'بدون فائدة', 'ما فيه فايدة', 'ما فيهاش فايدة',
  'مضيعة للوقت', 'bla fayda', 'bla faida',
].map(normalise);
// Words that say bad: under a negation they mean good ("pas mal du tout", "not bad at all"), so the answer is asked again
// prettier-ignore
const BAD = formsOf([
  'mal', 'mauvais', 'nul', 'bad', 'terrible', 'awful', 'slecht', 'slechte', 'سيء', 'سيئ', 'خايب', 'khayb', 'khayeb',
]);
const NEGATOR_FORMS = formsOf(NEGATORS);

/** Whether the words hold the phrase (normalised, words separated by one space) at a word boundary, and where. */
function positionsOf(words: readonly string[], phrase: string): number[] {
  const parts = phrase.split(' ');
  const found: number[] = [];
  for (let index = 0; index + parts.length <= words.length; index += 1) {
    if (parts.every((part, offset) => words[index + offset] === part)) found.push(index);
  }
  return found;
}

const negatedAt = (words: readonly string[], index: number): boolean =>
  [index - 1, index - 2].some((before) => NEGATOR_FORMS.has(words[before] ?? ''));

/**
 * The end of the scale an answer names in words: a label shown with the question, or "very useful"
 * and "useless" as people write them. `several` when it names both ends, `negated` for a label under a
 * negation ("pas très utile", "not bad at all"), undefined when it names neither.
 */
export function scaleWordsOf(form: string): number | 'several' | 'negated' | undefined {
  const words = form.split(' ');
  const values = new Set<number>();
  let unclear = false;
  const bad = words.some((word) => BAD.has(word));
  for (const [label, value] of SHOWN_LABELS) {
    // a label that holds its own negation ("pas du tout", "not at all") is not negated again; "pas mal" is no "mal"
    const ownNegation = label.split(' ').some((word) => NEGATOR_FORMS.has(word));
    for (const index of positionsOf(words, label)) {
      if (!ownNegation && negatedAt(words, index)) unclear = true;
      else values.add(value);
    }
  }
  words.forEach((word, index) => {
    if (!USEFUL.has(word)) return;
    const intensified = [index - 2, index - 1, index + 1, index + 2].some((near) => VERY.has(words[near] ?? ''));
    if (!intensified) return;
    if (negatedAt(words, index) || negatedAt(words, index - 1) || negatedAt(words, index - 2)) unclear = true;
    else values.add(5);
  });
  const atAll = AT_ALL.some((phrase) => positionsOf(words, phrase).length > 0);
  if (atAll && words.some((word) => NEGATOR_FORMS.has(word))) {
    if (bad) unclear = true;
    else values.add(1);
  }
  if (USELESS.some((phrase) => positionsOf(words, phrase).length > 0)) values.add(1);
  if (values.size > 1) return 'several';
  if (unclear) return 'negated';
  const [value] = values;
  return value;
}
