import { normalise } from './normalise.js';
import { findTerms, negationWithin, termsOf, vocabulary, type Hit } from './terms.js';
import { isAnyForm } from './variants.js';

/**
 * Word classes for the intake's list questions (sector, education, how they heard of the
 * programme) that change how the options named in an answer combine.
 */

/**
 * Words that name an option only in the absence of a more telling one beside them: a job's generic
 * head ("nurse assistant", "agent d'insertion", "عامل في مطعم"), an advert ("une pub sur insta") and
 * the channel a message came through ("ma cousine m'a envoyé le lien sur WhatsApp": the cousin told them).
 */
// prettier-ignore
const YIELDING_WORDS = [
  // generic heads of a job title
  'assistant', 'assistante', 'assistants', 'assistent', 'assistente', 'agent', 'agente', 'helper', 'aide', 'hulp',
  'medewerker', 'medewerkster', 'employé', 'employée', 'employee', 'worker', 'werker', 'ouvrier', 'ouvrière',
  'arbeider', 'arbeidster', 'bediende', 'operator', 'opérateur', 'opératrice', 'collaborateur', 'collaboratrice',
  'staff', 'عامل', 'عاملة', 'مساعد', 'مساعدة', 'موظف', 'موظفة', 'khddam', 'khadem', 'khdama',
  // adverts: where the advert was is the answer
  'pub', 'pubs', 'publicité', 'publicite', 'advert', 'advertisement', 'ad', 'ads', 'reclame', 'advertentie',
  'sponsored', 'إعلان', 'اعلان', 'اشهار', 'الاشهار', 'بوبليسيتي', 'affiche', 'affiches', 'poster', 'posters',
  'flyer', 'flyers', 'folder', 'folders', 'leaflet', 'leaflets', 'brochure', 'depliant', 'affichette', 'ملصق',
  'لافتة', 'منشور',
  // channels a message came through: who sent it is the answer
  'whatsapp', 'whatsap', 'watsap', 'wattsapp', 'wtsp', 'wsp', 'messenger', 'telegram', 'signal', 'sms', 'texto',
  'email', 'mail', 'e mail', 'lien', 'link', 'linkje', 'bericht', 'berichtje', 'message', 'واتساب', 'واتس',
  'الواتساب', 'الواتس', 'تيليجرام', 'تلغرام', 'رسالة', 'رابط', 'الرابط', 'ميساج', 'lien whatsapp', 'whatsapp link',
];
const YIELDING_FORMS = new Set(YIELDING_WORDS.map(normalise));

/** Whether every word of a hit is a word that yields to a more telling one. */
function onlyYieldingWords(words: readonly string[], hit: { start: number; end: number }): boolean {
  return (
    words.slice(hit.start, hit.end).every((word) => isAnyForm(word, YIELDING_FORMS)) || isOnlyWorshipPlace(words, hit)
  );
}

/**
 * The hits without those made only of yielding words, when a hit of another option is beside them:
 * "nurse assistant" is care, "pub sur insta" social media; "assistant" alone keeps its option.
 */
export function withoutYieldingHits<T extends { start: number; end: number; value: string }>(
  words: readonly string[],
  hits: readonly T[],
): T[] {
  // Most answers name one option: nothing to give way to
  if (hits.length < 2) return [...hits];
  const telling = hits.filter((hit) => !onlyYieldingWords(words, hit));
  const tellingIds = new Set(telling.map((hit) => hit.value));
  if (tellingIds.size === 0) {
    // "une affiche à la mosquée", "a flyer at the church": an advert yields to the place where it was
    const places = hits.filter((hit) => isOnlyWorshipPlace(words, hit));
    return places.length > 0 && places.length < hits.length ? places : [...hits];
  }
  return hits.filter((hit) => !onlyYieldingWords(words, hit) || tellingIds.has(hit.value));
}

/**
 * Higher studies named without their level ("hoger onderwijs", "études supérieures", "higher
 * education", "التعليم العالي", "university"): a bachelor or a master, so no level on their own, and
 * their words ("supérieur", "التعليم") no level of school either.
 */
// prettier-ignore
const HIGHER_STUDIES_WORDS = [
  'hoger onderwijs', 'hogere studies', 'hogere studie', 'universiteit', 'unief', 'univ', 'université',
  'universite', 'fac', 'faculté', 'faculte', 'la fac', 'études supérieures', 'etudes superieures', 'études sup',
  'enseignement supérieur', 'enseignement superieur', 'supérieur', 'superieur', 'higher education', 'higher studies',
  'university', 'uni', 'college studies', 'التعليم العالي', 'تعليم عالي', 'الدراسات العليا', 'دراسات عليا',
  'الجامعة', 'الجامعه', 'جامعة', 'جامعه', 'الفاك', 'lfac', 'ljami3a', 'jami3a', 'ljam3a',
];
const HIGHER_STUDIES = vocabulary(termsOf(HIGHER_STUDIES_WORDS.map((word) => [word, true] as const)));

/** Where the answer names higher studies without their level. */
export function higherStudiesSpans(words: readonly string[]): Hit<boolean>[] {
  return findTerms(words, HIGHER_STUDIES, { typos: false });
}

/** Whether a hit lies inside one of the spans. */
export function inside(hit: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((span) => span.start <= hit.start && hit.end <= span.end);
}

/**
 * A verb of completing studies ("fini", "afgemaakt", "finished", "كملت", "salit"): negated, the
 * studies named were not completed ("ما كملت", "pas terminé", "didn't complete").
 */
// prettier-ignore
const COMPLETING_WORDS = [
  'fini', 'finie', 'finies', 'finis', 'terminé', 'terminée', 'terminés', 'terminées', 'achevé', 'obtenu', 'obtenue',
  'eu', 'afgemaakt', 'afgewerkt', 'afgerond', 'behaald', 'gehaald', 'voltooid', 'finish', 'finished', 'complete',
  'completed', 'graduate', 'graduated', 'كملت', 'كملتها', 'كمل', 'كملتو', 'أكملت', 'اكملت', 'أكمل', 'اكمل', 'سليت',
  'ساليت', 'خلصت', 'تخرجت', 'kmelt', 'kmlt', 'kemmelt', 'kammalt', 'salit', 'khlast', 'khlest',
];
const COMPLETING_FORMS = new Set(COMPLETING_WORDS.map(normalise));
const NEGATION_REACH = 3;

/** Whether the answer says studies were not completed: a verb of completing with a negation before it. */
export function saysNotCompleted(words: readonly string[], negators: ReadonlySet<string>): boolean {
  return words.some(
    (word, index) => COMPLETING_FORMS.has(word) && negationWithin(words, index, negators, NEGATION_REACH),
  );
}

/**
 * Years of secondary school before its last, written as an ordinal word: "derde middelbaar",
 * "third year of secondary", "الثالثة إعدادي", "year 10" (beside "year", "jaar", "année").
 */
// prettier-ignore
const EARLY_YEAR_WORDS = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'first', 'second', 'third', 'fourth', 'fifth', 'premiere',
  'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'seconde', 'الاولى', 'الاولي', 'الثانية', 'الثانيه', 'الثالثة',
  'الثالثه', 'الرابعة', 'الرابعه', 'الخامسة', 'الخامسه', '1ste', '2de', '3de', '4de', '5de', '2e', '3e', '4e', '5e',
];
const EARLY_YEAR_FORMS = new Set(EARLY_YEAR_WORDS.map(normalise));

/** Whether a word is a year of secondary school before its last, written as an ordinal word. */
export function isEarlyYearWord(word: string): boolean {
  return EARLY_YEAR_FORMS.has(word);
}

/**
 * Places of worship: the place where one heard of the programme ("at the mosque", "فالجامع") yields
 * to the one who told them there ("à la mosquée, l'imam en a parlé"); named as the source ("from
 * the mosque", "من الجامع", "via de moskee") it is an organisation.
 */
// prettier-ignore
const WORSHIP_PLACE_WORDS = [
  'mosque', 'mosques', 'mosquée', 'mosquee', 'moskee', 'church', 'église', 'eglise', 'kerk', 'parish', 'paroisse',
  'parochie', 'temple', 'tempel', 'synagogue', 'synagoge', 'جامع', 'الجامع', 'مسجد', 'المسجد', 'كنيسة', 'الكنيسة',
  'jame3', 'ljame3', 'jam3', 'ljam3', 'jami3', 'ljami3', 'masjid', 'lmasjid', 'mesjid', 'jemaa',
];
const WORSHIP_PLACE_FORMS = new Set(WORSHIP_PLACE_WORDS.map(normalise));
// "from", "via", "through", "par", "van", "من", "عن طريق": what follows is who told them
// prettier-ignore
const SOURCE_FORMS = new Set(['from', 'via', 'through', 'thru', 'par', 'van', 'vanuit', 'من', 'mn', 'men', 'min', 'طريق'].map(normalise));
// prettier-ignore
const ARTICLE_FORMS = new Set(['the', 'a', 'my', 'la', 'le', 'l', 'ma', 'mon', 'de', 'het', 'onze', 'mijn', 'our', 'notre', 'une', 'een'].map(normalise));

/** Whether a hit names a place of worship. */
function isWorshipPlace(words: readonly string[], hit: { start: number; end: number }): boolean {
  return hit.end - hit.start === 1 && isAnyForm(words[hit.start] ?? '', WORSHIP_PLACE_FORMS);
}

/** Whether the word before a hit, articles aside, names it as the source: "from the mosque", "من الجامع". */
function namedAsSource(words: readonly string[], start: number): boolean {
  let index = start - 1;
  while (index >= 0 && ARTICLE_FORMS.has(words[index] ?? '')) index -= 1;
  return index >= 0 && SOURCE_FORMS.has(words[index] ?? '');
}

/** The hits with a place of worship named as the source read as the organisation it is. */
export function withWorshipPlacesAsSource<T extends { start: number; end: number; value: string }>(
  words: readonly string[],
  hits: readonly T[],
  organisation: string,
): T[] {
  return hits.map((hit) =>
    hit.value !== organisation && namedAsSource(words, hit.start) && isWorshipPlace(words, hit)
      ? { ...hit, value: organisation }
      : hit,
  );
}

/** Whether a hit is only a place of worship, which yields to whoever told them there. */
export function isOnlyWorshipPlace(words: readonly string[], hit: { start: number; end: number }): boolean {
  return isWorshipPlace(words, hit);
}
