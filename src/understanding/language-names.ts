import { normalise } from './normalise.js';

// prettier-ignore
const ISO_639_1 = [
  'aa', 'ab', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br',
  'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et',
  'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr',
  'ht', 'hu', 'hy', 'hz', 'id', 'ig', 'ii', 'ik', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl',
  'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg',
  'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv',
  'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd',
  'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th',
  'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'wa', 'wo', 'xh',
  'yi', 'yo', 'za', 'zh', 'zu',
];

/** ISO 639-3 languages spoken by the programme's applicants, with the code they are kept under. */
const ISO_639_3: Readonly<Record<string, string>> = {
  ful: 'ff',
  prs: 'fa',
  kab: 'kab',
  rif: 'rif',
  shi: 'shi',
  pcm: 'pcm',
  bci: 'bci',
  tzm: 'ber',
  zgh: 'ber',
  ary: 'ar',
  arq: 'ar',
  snk: 'snk',
  dyu: 'dyu',
  kri: 'kri',
  men: 'men',
  sus: 'sus',
  tig: 'tig',
  bej: 'bej',
  kmr: 'ku',
  ckb: 'ku',
};

/** Names people use that the display names do not give ("Pular", "Twi", "Dari"). */
const SPOKEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  ff: ['pular', 'poular', 'pulaar', 'poulaar', 'fulfulde', 'fulani', 'peul', 'peuhl', 'foula', 'fula', 'الفولاني'],
  tw: ['twi', 'twi akan'],
  fa: ['dari', 'farsi'],
  pa: ['panjabi', 'punjabi', 'pendjabi'],
  ti: ['tigrigna', 'tigrinia', 'tigrina', 'تغرينيا', 'تيغرينيا', 'تيغرينية', 'تغرينية'],
  rw: ['kinyarwanda', 'ikinyarwanda', 'rwandais'],
  ln: ['lingala'],
  tl: ['tagalog', 'filipino', 'pilipino', 'tagalogue'],
  bci: ['baoulé', 'baoule', 'baule'],
};

// Display names that are also common words of the four languages
// prettier-ignore
const COMMON_WORDS = new Set(
  ['ido', 'tonga', 'same', 'ewe', 'lao', 'ber', 'rif', 'men', 'lets', 'cree', 'tigre', 'داري', 'كري', 'اوري'].map(normalise),
);
const MIN_LETTERS = 3;
const LOCALES = ['fr', 'nl', 'en', 'ar'] as const;
const ARABIC_ARTICLE = /^ال(?=\p{L}{3})/u;

/**
 * The names of the world's languages in French, Dutch, English and Arabic ("peul", "Tsjetsjeens",
 * "Punjabi", "الصومالية"), normalised, each with its ISO 639 code: built once from the display names
 * the runtime carries, so that no list of languages has to be kept by hand.
 */
export const LANGUAGE_NAMES: ReadonlyMap<string, string> = buildNames();

function buildNames(): Map<string, string> {
  const names = new Map<string, string>();
  // The first code to give a name keeps it ("Akan" is the name of "ak" before the runtime's name for "tw")
  const add = (name: string, code: string): void => {
    for (const form of formsOf(name)) if (!COMMON_WORDS.has(form) && !names.has(form)) names.set(form, code);
  };
  for (const [code, spoken] of Object.entries(SPOKEN_NAMES)) for (const name of spoken) add(name, code);
  const codes: [string, string][] = [
    ...ISO_639_1.map((code) => [code, code] as [string, string]),
    ...Object.entries(ISO_639_3),
  ];
  for (const locale of LOCALES) {
    const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const [source, code] of codes) {
      const name = display.of(source);
      if (name !== undefined && name !== source && !name.includes('(')) add(name, code);
    }
  }
  return names;
}

/** A name as typed: whole, and in Arabic also without its article and as the adjective ("صومالي"). */
function formsOf(name: string): string[] {
  const form = normalise(name);
  if (Array.from(form).length < MIN_LETTERS || form.includes(' ')) return [];
  if (!/\p{Script=Arabic}/u.test(form)) return [form];
  const bare = form.replace(ARABIC_ARTICLE, '');
  const forms = [form, bare, ...(bare.endsWith('يه') ? [bare.slice(0, -1)] : [])];
  return forms.filter((name) => Array.from(name).length >= MIN_LETTERS);
}
