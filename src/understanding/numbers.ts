/**
 * Numbers written in words, in French ("vingt et un", "quatre-vingt-dix"), Dutch ("zesentwintig",
 * "tweeëntwintig"), English ("twenty-six") and Arabic ("ستة وعشرون", "تسعة عشر"), turned into digits
 * inside a normalised text so that the readers of ages, ratings and counts see one number.
 */
import { normalise } from './normalise.js';
import { arabiziSkeleton, wordVariants } from './variants.js';

// prettier-ignore
const UNITS: Readonly<Record<string, number>> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, nul: 0, een: 1, twee: 2, drie: 3, vier: 4,
  vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14,
  vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, one: 1, two: 2, three: 3, four: 4, five: 5,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, صفر: 0, واحد: 1, واحده: 1, احد: 1, اثنان: 2, اثنين: 2, اثنا: 2, اثني: 2,
  زوج: 2, جوج: 2, ثلاثه: 3, ثلاث: 3, تلاته: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7, سبع: 7,
  ثمانيه: 8, ثماني: 8, ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10,
  // Darija: "tlata", "rb3a", and the teens said as one word ("تسعطاش" 19)
  ربعه: 4, تمنيه: 8, حداش: 11, طناش: 12, اطناش: 12, تلطاش: 13, ربعطاش: 14, خمسطاش: 15, سطاش: 16, سبعطاش: 17,
  تمنطاش: 18, ثمنطاش: 18, تسعطاش: 19,
  // Levantine and Egyptian teens: "تمنتاشر", "حداشر"
  حداشر: 11, احداشر: 11, اتناشر: 12, طناشر: 12, تلتاشر: 13, تلاتاشر: 13, اربعتاشر: 14, اربعطاشر: 14, خمستاشر: 15,
  خمسطاشر: 15, ستاشر: 16, سطاشر: 16, سبعتاشر: 17, سبعطاشر: 17, تمنتاشر: 18, تمنطاشر: 18, تسعتاشر: 19, تسعطاشر: 19, wa7ed: 1, jouj: 2, tlata: 3, rb3a: 4, arba3a: 4, khamsa: 5, setta: 6, sb3a: 7,
  joj: 2, jooj: 2, tmnya: 8, ts3oud: 9, tes3oud: 9, '3achra': 10, '7dach': 11, tnach: 12, tlettach: 13, rb3tach: 14, khmstach: 15, settach: 16,
  sb3tach: 17, tmntach: 18, ts3tach: 19, wa7d: 1, wahed: 1, wahd: 1, wa7id: 1, tnin: 2, tnine: 2, zouj: 2, zoj: 2,
  tleta: 3, arb3a: 4, khmsa: 5, stta: 6, seb3a: 7, tmanya: 8, tes3a: 9, ts3a: 9, '3ashra': 10, تنين: 2,
  sitta: 6, sab3a: 7, tmenya: 8, tmenia: 8, tmania: 8, tsa3a: 9, tis3a: 9, dixsept: 17, dixhuit: 18, dixneuf: 19,
};
// prettier-ignore
const TENS: Readonly<Record<string, number>> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80,
  octante: 80, nonante: 90, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80,
  negentig: 90, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60,
  ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  تلاتين: 30, ربعين: 40, سيتين: 60, '3ichrin': 20, '3echrin': 20, tlatin: 30, rb3in: 40,
  khamsin: 50, settin: 60, '3chrin': 20, '3ochrin': 20, '3achrin': 20, tlatine: 30, '3ishrin': 20, arb3in: 40,
  sittin: 60, sab3in: 70, tmanin: 80, tmenin: 80, tis3in: 90, tes3in: 90,
};
// French written as it sounds: "vin sept", "trante", "katre"; each stands for the word it sounds like
// prettier-ignore
const SOUNDS_LIKE: Readonly<Record<string, string>> = {
  vin: 'vingt', vain: 'vingt', vins: 'vingt', vint: 'vingt', vinte: 'vingt', trante: 'trente', tronte: 'trente',
  karante: 'quarante', carante: 'quarante', sinkante: 'cinquante', sinquante: 'cinquante', cinkante: 'cinquante',
  swasante: 'soixante', soisante: 'soixante', soissante: 'soixante', katre: 'quatre', katr: 'quatre', kattre: 'quatre',
  katreu: 'quatre', kat: 'quatre', sink: 'cinq', sinq: 'cinq', cink: 'cinq', sinc: 'cinq', sinque: 'cinq', trwa: 'trois',
  troi: 'trois', troa: 'trois', deu: 'deux', deus: 'deux', dis: 'dix', diz: 'dix', sis: 'six', siz: 'six', cis: 'six',
  ses: 'sept', set: 'sept', sete: 'sept', nef: 'neuf', neuff: 'neuf', onz: 'onze', douz: 'douze', trez: 'treize',
  treze: 'treize', katorz: 'quatorze', katorze: 'quatorze', kinz: 'quinze', kinze: 'quinze', kenz: 'quinze',
  sez: 'seize', seze: 'seize', disset: 'dixsept', diset: 'dixsept', dicet: 'dixsept', dizuit: 'dixhuit', disuit: 'dixhuit',
  diznef: 'dixneuf', disneuf: 'dixneuf', dizneuf: 'dixneuf',
};
// Of those, the ones that are also words ("vin", "dis", "ses", "sink", "kat"): a number only beside another number word
// prettier-ignore
const SOUNDS_LIKE_WORDS = new Set(['vin', 'vain', 'vins', 'vint', 'kat', 'sink', 'dis', 'sis', 'cis', 'ses', 'set', 'nef', 'sez']);
// French teens that follow "dix" ("dix-sept", "dix-huit", "dix-neuf"): "je dis quatre" is no 14
const AFTER_DIX = 7;
// Arabizi joins with "w": "tnin w 3ichrin"
const CONNECTORS = new Set(['et', 'en', 'and', 'و', 'w']);
// Words that are also "a", "one" in a sentence ("un job", "een baan"): a number only next to another number word
const WEAK = new Set(['un', 'une', 'een', 'one', 'احد', 'واحد', 'wa7d', 'wahed', 'wahd', 'wa7ed']);
const DUTCH_COMPOUND = new RegExp(
  `^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)e?n(${Object.keys(TENS)
    .filter((word) => /^[a-z]+ig$/.test(word))
    .join('|')})$`,
);

interface NumberWord {
  value: number;
  kind: 'unit' | 'tens';
  word: string;
  /** Written as it sounds and also a word of its own ("vin", "dis"): a number only beside another number word. */
  alsoAWord?: boolean;
  inDigits?: boolean;
}

const numberWords = new Map<string, NumberWord | null>();
const CACHE_LIMIT = 20_000;

function numberWord(word: string): NumberWord | null {
  const known = numberWords.get(word);
  if (known !== undefined) return known;
  const found = numberWordOf(word);
  if (numberWords.size >= CACHE_LIMIT) numberWords.clear();
  numberWords.set(word, found);
  return found;
}

function numberWordOf(word: string): NumberWord | null {
  const spelled = spelledNumberWord(word);
  if (spelled !== null) return spelled;
  const soundsLike = SOUNDS_LIKE[word];
  if (soundsLike !== undefined) {
    const number = spelledNumberWord(soundsLike);
    return number && { ...number, alsoAWord: SOUNDS_LIKE_WORDS.has(word) };
  }
  return arabiziNumberWord(word) ?? misspeltNumberWord(word);
}

function spelledNumberWord(word: string): NumberWord | null {
  for (const variant of [word, ...wordVariants(word)]) {
    const unit = UNITS[variant];
    if (unit !== undefined) return { value: unit, kind: 'unit', word: variant };
    const tens = TENS[variant];
    if (tens !== undefined) return { value: tens, kind: 'tens', word: variant };
    const compound = DUTCH_COMPOUND.exec(variant);
    if (compound) {
      return { value: (UNITS[compound[1] ?? ''] ?? 0) + (TENS[compound[2] ?? ''] ?? 0), kind: 'tens', word: variant };
    }
    const glued = gluedTensAndUnit(variant);
    if (glued !== null) return { value: glued, kind: 'tens', word: variant };
  }
  const teen = darijaTeen(word);
  if (teen !== null) return { value: teen, kind: 'unit', word };
  // Arabizi glues "and" to the tens: "wa7ed w3echrin", "tlata wtlatin"
  const tens = word.startsWith('w') ? TENS[word.slice(1)] : undefined;
  if (tens !== undefined) return { value: tens, kind: 'tens', word };
  return null;
}

/** The Arabizi number words by their skeleton, "sh" written "ch": "3eshrin", "3ishrin" and "3echrin" are one. */
const ALL_NUMBER_WORDS: readonly NumberWord[] = [
  ...Object.entries(UNITS).map(([word, value]): NumberWord => ({ value, kind: 'unit', word })),
  ...Object.entries(TENS).map(([word, value]): NumberWord => ({ value, kind: 'tens', word })),
];
const ARABIZI_BY_SKELETON = new Map<string, NumberWord>(
  ALL_NUMBER_WORDS.flatMap((number): [string, NumberWord][] => {
    const skeleton = arabiziNumberSkeleton(number.word);
    return skeleton === null ? [] : [[skeleton, number]];
  }),
);

function arabiziNumberSkeleton(word: string): string | null {
  return arabiziSkeleton(word.replace(/sh/g, 'ch'));
}

/** An Arabizi number word spelled another way ("3eshrin", "sab3in"), "and" glued before it or not ("w3ishrin"). */
function arabiziNumberWord(word: string): NumberWord | null {
  for (const form of word.startsWith('w') ? [word, word.slice(1)] : [word]) {
    const skeleton = arabiziNumberSkeleton(form);
    const number = skeleton === null ? undefined : ARABIZI_BY_SKELETON.get(skeleton);
    if (number !== undefined && (form === word || number.kind === 'tens')) return { ...number, word };
  }
  return null;
}

// Number words long enough that one slip of the keyboard ("twnety", "thirtty", "quatorse") leaves no other word
const MIN_MISSPELT = 5;
const MIN_MISSPELT_TARGET = 6;
const LONG_NUMBER_WORDS = ALL_NUMBER_WORDS.filter(
  ({ word }) => /^[a-z]+$/.test(word) && word.length >= MIN_MISSPELT_TARGET,
);
// Ordinals are another word one letter away: "seventh" is not "seventy", "fifteenth" not "fifteen"
const ORDINAL_ENDING = /(?:th|ieme|ste|de)$/;

/**
 * A long number word typed with one slip (a letter missing, added, changed, or two swapped), starting with
 * its first letter; null when the slip could stand for two different numbers ("dertie": dertien or dertig).
 */
function misspeltNumberWord(word: string): NumberWord | null {
  if (word.length < MIN_MISSPELT || !/^[a-z]+$/.test(word) || ORDINAL_ENDING.test(word)) return null;
  const near = LONG_NUMBER_WORDS.filter(
    (number) => number.word.startsWith(word.charAt(0)) && oneSlipApart(word, number.word),
  );
  const values = new Set(near.map((number) => number.value));
  return values.size === 1 ? (near[0] ?? null) : null;
}

/** Whether two different words are one typing slip apart: a letter doubled, dropped or changed, or two neighbours swapped. */
function oneSlipApart(typed: string, word: string): boolean {
  if (typed === word || Math.abs(typed.length - word.length) > 1) return false;
  let start = 0;
  while (start < typed.length && typed[start] === word[start]) start += 1;
  const restTyped = typed.slice(start);
  const restWord = word.slice(start);
  if (typed.length === word.length) {
    const swapped = restTyped[0] === restWord[1] && restTyped[1] === restWord[0];
    return restTyped.slice(1) === restWord.slice(1) || (swapped && restTyped.slice(2) === restWord.slice(2));
  }
  // a letter added is a key struck twice ("thirtty"); "thirsty" is another word
  const doubled = restTyped[0] === typed[start - 1] || restTyped[0] === restTyped[1];
  return typed.length > word.length ? doubled && restTyped.slice(1) === restWord : restTyped === restWord.slice(1);
}

// Darija teens in Arabizi, however "طاش" is spelled: "tmenta3ch", "sb3tach", "tsa3tache", "7dash" (11–19)
const DARIJA_TEEN =
  /^(7d|7da|hd|hda|tn|tna|tlet|tlat|tlt|tlett|rb3|rba3|rbe3|khms|khmes|khams|khmas|set|sett|sit|sb3|sba3|sbe3|tmn|tmen|tman|tmin|ts3|tsa3|tse3|tss3)(?:t?a3?che?|t?a3?sh)$/;
const TEEN_BY_STEM: Readonly<Record<string, number>> = {
  '7d': 11,
  '7da': 11,
  hd: 11,
  hda: 11,
  tn: 12,
  tna: 12,
  tlet: 13,
  tlat: 13,
  tlt: 13,
  tlett: 13,
  rb3: 14,
  rba3: 14,
  rbe3: 14,
  khms: 15,
  khmes: 15,
  khams: 15,
  khmas: 15,
  set: 16,
  sett: 16,
  sit: 16,
  sb3: 17,
  sba3: 17,
  sbe3: 17,
  tmn: 18,
  tmen: 18,
  tman: 18,
  tmin: 18,
  ts3: 19,
  tsa3: 19,
  tse3: 19,
  tss3: 19,
};

function darijaTeen(word: string): number | null {
  const stem = DARIJA_TEEN.exec(word)?.[1];
  return stem === undefined ? null : (TEEN_BY_STEM[stem] ?? null);
}

/** Tens and a unit typed as one word: "fiftyfive", "vingtcinq", "twentyone" (the unit below ten). */
function gluedTensAndUnit(word: string): number | null {
  for (let cut = 3; cut < word.length - 2; cut += 1) {
    const tens = TENS[asSpelled(word.slice(0, cut))];
    const unit = UNITS[asSpelled(word.slice(cut))];
    if (tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return tens + unit;
  }
  return null;
}

/** A French number word as it is spelled, when it was written as it sounds ("vinsept": "vin", "sept"). */
function asSpelled(part: string): string {
  return SOUNDS_LIKE[part] ?? part;
}

/** The words of a normalised text with each run of number words replaced by its value in digits. */
export function withNumbersAsDigits(words: readonly string[]): string[] {
  const result: string[] = [];
  let index = 0;
  while (index < words.length) {
    const run = numberRun(words, index);
    if (run) {
      result.push(String(run.value));
      index = run.end;
    } else {
      result.push(words[index] ?? '');
      index += 1;
    }
  }
  return result;
}

/** The text normalised, numbers in words as digits. */
export function normaliseWithDigits(text: string): string {
  const form = normalise(text);
  return form === '' ? '' : withNumbersAsDigits(form.split(' ')).join(' ');
}

function numberRun(words: readonly string[], start: number): { value: number; end: number } | null {
  const parts: NumberWord[] = [];
  let index = start;
  let end = start;
  while (index < words.length) {
    const word = words[index] ?? '';
    const number = numberWord(word) ?? unitInDigits(parts, word);
    if (number && !follows(parts, number)) break;
    if (number) {
      parts.push(number);
      index += 1;
      end = index;
      continue;
    }
    // "vingt et un", "zes en twintig", "ستة و عشرون": a connector only between two number words
    if (parts.length > 0 && CONNECTORS.has(word) && numberWord(words[index + 1] ?? '')) {
      index += 1;
      continue;
    }
    break;
  }
  if (parts.length === 0) return null;
  if (parts.length === 1 && WEAK.has(words[start] ?? '') && words.length > 1) return null;
  // "du vin", "je dis": a word that sounds like a number is one only beside another number word
  const beside = parts.filter((part) => !part.alsoAWord && !part.inDigits).length;
  if (parts.some((part) => part.alsoAWord) && beside === 0) return null;
  return { value: combine(parts), end };
}

/** A unit in digits after tens in words, as one number: "twenty 3", "vingt 5 ans". */
function unitInDigits(parts: readonly NumberWord[], word: string): NumberWord | null {
  const [tens] = parts;
  if (parts.length !== 1 || tens?.kind !== 'tens' || tens.value % 10 !== 0 || !/^[1-9]$/.test(word)) return null;
  return { value: Number(word), kind: 'unit', word, inDigits: true };
}

/**
 * Whether a number word goes on the number being read: "vingt et un", "zes en twintig", "dix-neuf",
 * "تسعة عشر", "quatre-vingt-dix"; "twenty-nine, thirty" is two numbers, not 59.
 */
function follows(parts: readonly NumberWord[], next: NumberWord): boolean {
  const last = parts.at(-1);
  if (last === undefined) return true;
  const round = last.kind === 'tens' && last.value % 10 === 0;
  if (next.kind === 'tens') {
    // a unit before its tens ("zes en twintig", "tnin w 3ichrin"), or "quatre-vingt"
    return (parts.length === 1 && last.kind === 'unit' && last.value < 10) || last.word === 'quatre';
  }
  // tens then a unit ("vingt et un", "soixante-dix"); ten and a unit either way ("dix-neuf", "تسعة عشر")
  if (round) return true;
  if (last.alsoAWord === true && last.word === 'dix' && next.value < AFTER_DIX) return false;
  return last.kind === 'unit' && (last.value === 10) !== (next.value === 10) && last.value + next.value < 20;
}

function combine(parts: readonly NumberWord[]): number {
  let total = 0;
  let previous: NumberWord | undefined;
  for (const part of parts) {
    // "quatre-vingts" is 4 × 20
    if (part.word.startsWith('vingt') && previous?.word === 'quatre') total += 80 - 4;
    else total += part.value;
    previous = part;
  }
  return total;
}
