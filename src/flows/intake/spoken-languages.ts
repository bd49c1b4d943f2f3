/**
 * Languages people commonly speak among DUO for a JOB's applicants, with the names they may
 * type in French, Dutch, English or Arabic. A language not listed is kept as typed.
 */
export const SPOKEN_LANGUAGES: readonly { id: string; words: string[] }[] = [
  { id: 'fr', words: ['fr', 'français', 'francais', 'french', 'frans', 'الفرنسية', 'فرنسي', 'فرنسية'] },
  {
    id: 'nl',
    words: [
      'nl',
      'néerlandais',
      'neerlandais',
      'flamand',
      'dutch',
      'flemish',
      'nederlands',
      'vlaams',
      'الهولندية',
      'هولندي',
    ],
  },
  { id: 'en', words: ['en', 'anglais', 'english', 'engels', 'الإنجليزية', 'الانجليزية', 'انجليزي', 'إنجليزي'] },
  { id: 'ar', words: ['ar', 'arabe', 'arabic', 'arabisch', 'العربية', 'عربي', 'عربية', 'darija', 'دارجة'] },
  { id: 'es', words: ['espagnol', 'spanish', 'spaans', 'español', 'الإسبانية', 'اسباني'] },
  { id: 'pt', words: ['portugais', 'portuguese', 'portugees', 'português', 'البرتغالية'] },
  { id: 'tr', words: ['turc', 'turkish', 'turks', 'türkçe', 'التركية', 'تركي'] },
  {
    id: 'ber',
    words: [
      'berbère',
      'berbere',
      'berber',
      'tamazight',
      'amazigh',
      'kabyle',
      'tachelhit',
      'rif',
      'الأمازيغية',
      'امازيغي',
      'أمازيغي',
    ],
  },
  { id: 'fa', words: ['persan', 'persian', 'perzisch', 'farsi', 'dari', 'الفارسية', 'فارسي'] },
  { id: 'ps', words: ['pachto', 'pashto', 'pasjtoe', 'البشتوية'] },
  { id: 'ti', words: ['tigrinya', 'tigrigna', 'tigrinia', 'التغرينية'] },
  { id: 'so', words: ['somali', 'somalien', 'somalisch', 'الصومالية'] },
  { id: 'ru', words: ['russe', 'russian', 'russisch', 'الروسية'] },
  { id: 'uk', words: ['ukrainien', 'ukrainian', 'oekraïens', 'oekraiens', 'الأوكرانية'] },
];
