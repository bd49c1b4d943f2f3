/**
 * The words that matter, as applicants write them: French, Dutch, English, Modern Standard Arabic,
 * Maghrebi Darija and Arabizi (Latin letters, digits for sounds: 3 = ع, 7 = ح, 2 = ء, 9 = ق).
 * Written as people type them; the reader normalises both sides, so accents, alef forms and
 * case do not need listing twice.
 */
import { EMOJI_NO, EMOJI_YES } from './normalise.js';

// prettier-ignore
export const YES_WORDS = [
  // French
  'oui', 'ouais', 'ouai', 'ouep', 'wi', 'ui', 'daccord', 'dac', "d'accord", 'bien sûr', 'bien sur', "c'est bon",
  "c'est ça", "c'est ca", 'tout à fait', 'exactement', 'évidemment', 'volontiers', 'certainement', 'carrément',
  'absolument', 'parfait', 'je confirme', 'confirme', 'ça marche', 'ca marche', 'pas de problème', 'pas de souci',
  'avec plaisir', 'entendu', 'ok', 'okay', 'oké', 'okey', 'okk', 'okay', 'okie',
  // Dutch
  'ja', 'jawel', 'jep', 'jazeker', 'akkoord', 'goed', 'is goed', 'prima', 'zeker', 'natuurlijk', 'tuurlijk', 'klopt',
  'oke', 'okee', 'okido', 'oki', 'graag', 'ja graag', 'geen probleem', 'in orde', 'uiteraard', 'inderdaad',
  'vanzelfsprekend',
  // English
  'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'yah', 'sure', 'of course', 'absolutely', 'definitely', 'certainly',
  'agree', 'agreed', 'i agree', 'correct', 'right', 'alright', 'all right', 'fine', 'no problem', 'sounds good',
  'sure thing', 'indeed', 'exactly', 'confirm', 'confirmed',
  // Arabic, Darija, Arabizi
  'نعم', 'أجل', 'اجل', 'بلى', 'ايه', 'إيه', 'ايوه', 'ايوا', 'إيوا', 'ايوة', 'اييه', 'واخا', 'وخا', 'موافق', 'موافقة',
  'أوافق', 'اكيد', 'أكيد', 'بالتأكيد', 'طبعا', 'طيب', 'حسنا', 'مزيان', 'صافي', 'تمام', 'اوكي', 'أوكي', 'اوك',
  'لا مشكلة', 'لا مشكل', 'ماشي مشكل', 'ما كاين مشكل', 'صح', 'صحيح', 'ان شاء الله', 'إن شاء الله', 'naam', 'na3am',
  'n3am', 'naem', 'wakha', 'wakhha', 'waxa', 'iyeh', 'iyyeh', 'ayeh', 'aywa', 'aiwa', 'iwa', 'ewa', 'mzyan', 'mzian',
  'mezyan', 'safi', 'tamam', 'akid', 'akeed', 'tab3an', 'ma kayn mochkil', 'machi mochkil', EMOJI_YES,
  // more ways of saying yes
  'ça me va', 'ca me va', "d'acc", 'dacc', 'dak', 'dakor', 'vas-y', 'allez-y', 'allons-y', "c'est parti",
  'je veux bien', 'très bien', 'tres bien', 'super', 'génial', 'nickel', 'top', 'exact', "c'est exact", 'affirmatif',
  'bien entendu', 'voilà', 'ouaip', 'jaja', 'ja joh', 'zeker weten', 'doe maar', 'goed zo', 'absoluut', 'precies',
  'juist', 'dat klopt', 'komt goed', 'perfect', 'tof', 'mooi', 'dat wil ik', 'great', 'sounds great', 'cool',
  'awesome', 'go ahead', 'please do', 'for sure', 'totally', 'aye', 'yeh', 'affirmative', 'with pleasure', 'gladly',
  'yas', 'yessir', 'wah', 'waah', 'واه', 'ممتاز', 'زوين', 'بكل سرور', 'بالطبع', 'بالضبط', 'يالله',
  'yallah', 'zwin', 'mumtaz', 'bsahh', 'sa7', 's7i7',
  "j'accepte", 'accepte', 'accepter', 'i accept', 'accept', 'accepted', 'ik accepteer', 'accepteer', 'aanvaard',
  'aanvaarden', 'أقبل', 'اقبل', 'قبلت', 'نقبل', 'qbelt', "let's go", 'on y va', 'go',
];

/** Yes words too short or too common to count unless they are the whole answer. */
export const YES_ALONE = ['k', 'kk', 'y', 'o', 'j', 'ah', 'eh', 'اه', 'آه', 'ه', 'ey', 'ee'];

// prettier-ignore
export const NO_WORDS = [
  // French
  'non', 'nan', 'nn', 'nope', 'jamais', 'pas du tout', 'pas vraiment', 'absolument pas', 'je refuse', 'refuse',
  "pas d'accord", 'sûrement pas', 'certainement pas', 'pas question', 'pas maintenant',
  // Dutch
  'nee', 'neen', 'nooit', 'niet echt', 'helemaal niet', 'liever niet', 'zeker niet', 'nee hoor', 'nop', 'neej',
  // English
  'no', 'nah', 'nay', 'never', 'not really', 'not at all', 'rather not', 'no way', 'i refuse', 'refused', 'decline',
  // Arabic, Darija, Arabizi
  'لا', 'لأ', 'لاء', 'كلا', 'لالا', 'أبدا', 'ابدا', 'مستحيل', 'ارفض', 'أرفض', 'غير موافق', 'مش موافق', 'ما موافقش',
  'لا أوافق', 'la2', 'lla', 'lala', 'abadan', 'walo', EMOJI_NO,
];

/** No words that are also common words elsewhere ("la" is French, "n" a letter). */
export const NO_ALONE = ['n', 'la', 'nn', 'no no'];

/** Not a yes or a no: "maybe", "I don't know", "it depends". */
// prettier-ignore
export const MAYBE_WORDS = [
  'peut-être', 'peut etre', 'peutetre', 'ptet', 'ptetre', 'je sais pas', 'je ne sais pas', 'sais pas', 'jsp',
  'chais pas', 'je ne suis pas sûr', 'je ne suis pas sure', 'pas sûr', 'pas sure', 'pas certain', 'pas certaine',
  'aucune idée', 'ça dépend', 'ca depend', 'ça dépend', 'je vais réfléchir', 'réfléchir', 'bof', 'parfois',
  'des fois', 'plus ou moins', 'misschien', 'weet ik niet', 'ik weet het niet', 'ik weet niet', 'weet niet',
  'geen idee', 'niet zeker', 'ik weet het niet zeker', 'hangt ervan af', 'hangt ervan', 'denk erover na', 'soms',
  'min of meer', 'twijfel', 'maybe', 'perhaps', 'not sure', "i'm not sure", "don't know", 'dont know',
  "i don't know", 'idk', 'no idea', 'it depends', 'depends', 'think about it', 'sometimes', 'more or less',
  'kind of', 'sort of', 'unsure', 'ربما', 'ممكن', 'يمكن', 'لا أعرف', 'لا اعرف', 'ما نعرف', 'ما نعرفش', 'ما عرفتش',
  'مش عارف', 'ما عارفش', 'مش متأكد', 'لست متأكدا', 'لست متأكد', 'غير متأكد', 'حسب', 'شوية', 'أحيانا', 'احيانا',
  'الله أعلم', 'yimkin', 'yemken', 'mumkin', 'momkin', 'ymkn', 'rabama', 'ma3rftch', 'ma3reftch', 'manarf',
  'ma n3rf', 'ma3arf',
  'ما عرفت', 'معرفتش', 'مانعرفش', 'الله اعلم', 'not yet sure', 'we will see', 'dunno', 'on verra', 'pourquoi pas',
  'je sais plus', 'je crois', 'we zien wel', 'ik denk het', 'weet niet zeker', 'i think so', 'je pense',
  'weet ik nog niet', 'ik weet het nog niet', 'nog niet zeker', 'je sais pas encore', 'pas encore sûr',
];

/** Words that turn the keyword after them around: "pas d'accord", "niet akkoord", "ما موافقش". */
// prettier-ignore
export const NEGATORS = [
  'pas', 'ne', 'n', 'plus', 'aucun', 'aucune', 'sans', 'niet', 'geen', 'nooit', 'not', 'dont', 'cannot', 'cant',
  'without', 'ما', 'مش', 'مو', 'ليس', 'لست', 'غير', 'لم', 'لن', 'ماشي', 'مافي', 'بلا', 'بدون', 'mch', 'mich', 'mish',
  'machi', 'mashi',
];

/** Politeness and small words that do not change an answer. */
// prettier-ignore
export const FILLERS = [
  'merci', 'beaucoup', 'svp', 'stp', 'sil', 'vous', 'plait', 'te', 'madame', 'monsieur', 'bah', 'ben', 'bon',
  'alors', 'bedankt', 'dank', 'je', 'u', 'wel', 'hoor', 'aub', 'alstublieft', 'alsjeblieft', 'graag', 'thanks',
  'thank', 'you', 'thx', 'please', 'pls', 'plz', 'sir', 'maam', 'شكرا', 'شكر', 'من', 'فضلك', 'لو', 'سمحت', 'عافاك',
  'الله', 'يخليك', 'بارك', 'فيك', 'shukran', 'choukran', 'chokran', 'merci', '3afak', 'afak', 'lah', 'ykhlik',
];

/** Choice ids with words beyond their labels: who is writing, and the programme's languages. */
// prettier-ignore
export const CHOICE_WORDS: Readonly<Record<string, readonly string[]>> = {
  mentee: [
    'je cherche du travail', 'je cherche un emploi', 'je cherche un job', 'chercher du travail', 'chercheur',
    "chercheur d'emploi", "demandeur d'emploi", 'chômage', 'chomeur', 'chômeuse', 'travail', 'emploi', 'boulot',
    'taf', 'job', 'stage', 'recherche', 'cherche', 'werk', 'werken', 'werkzoekend', 'werkzoekende', 'werkloos',
    'baan', 'job', 'zoek', 'zoeken', 'work', 'job', 'jobs', 'jobseeker', 'job seeker', 'unemployed', 'looking',
    'looking for work', 'employment', 'searching', 'عمل', 'شغل', 'خدمة', 'نخدم', 'يخدم', 'وظيفة', 'عاطل', 'ابحث',
    'أبحث', 'باحث', 'نقلب', 'كنقلب', 'نبحث', 'بطال', 'khedma', 'khdma', 'nkhdem', 'nekhdem', 'khdem', '5edma',
    'kan9leb', 'n9leb', 'chghol', 'shoghl', '3amal',
    'تدريب', 'تخدام', 'الشغل', 'خدام', 'stagiaire', 'emplois', 'vacature', 'vacatures', 'sollicitatie',
    'solliciteren',
  ],
  mentor: [
    'mentor', 'mentore', 'mentorat', 'bénévole', 'bénévolat', 'parrain', 'marraine', 'parrainer', 'parrainage',
    'mentor worden', 'vrijwilliger', 'vrijwilligster', 'vrijwilligerswerk', 'coach', 'coachen', 'begeleiden',
    'volunteer', 'volunteering', 'mentoring', 'mentorship', 'مرشد', 'مرشدة', 'متطوع', 'متطوعة', 'تطوع', 'أتطوع',
    'اتطوع', 'نتطوع', 'موجه', 'أساعد', 'نعاون', 'morshid', 'mourchid', 'motatawi3', 'tatawo3',
    'accompagner', 'accompagnement', 'mentorer', 'transmettre', 'retraite', 'retraité', 'retraitée', 'pensionné',
    'gepensioneerd', 'pensioen', 'retired', 'retiree', 'pensioner', 'متقاعد', 'متقاعدة', 'التقاعد',
  ],
  question: [
    'question', 'questions', 'renseignement', 'renseignements', 'information', 'informations', 'info', 'infos',
    'vraag', 'vragen', 'informatie', 'inlichtingen', 'question', 'ask', 'enquiry', 'inquiry', 'سؤال', 'أسئلة',
    'استفسار', 'معلومات', 'معلومة', 'سوال', 'so2al', 'sou2al', 'soal', 'su2al', 'ma3lomat',
  ],
  fr: [
    'français', 'francais', 'française', 'french', 'frans', 'franse', 'فرنسي', 'فرنسية', 'الفرنسية',
    'فرانسي', 'fransawi', 'fransaoui', 'fran9ais', 'francia',
    'فرنساوي', 'فرنساوية', 'franstalig', 'francophone', 'fransawiya',
  ],
  nl: [
    'nederlands', 'néerlandais', 'neerlandais', 'flamand', 'vlaams', 'dutch', 'flemish', 'hollandais', 'hollands',
    'هولندي', 'هولندية', 'الهولندية', 'فلاماني', 'فلامانية', 'الفلامانية', 'nerlandais',
    'nederlandstalig', 'néerlandophone', 'holandi', 'nederlans',
  ],
  en: [
    'english', 'anglais', 'engels', 'inglés', 'انجليزي', 'إنجليزي', 'انجليزية', 'الانجليزية', 'انكليزي',
    'الإنكليزية', 'inglizi', 'ingliziya', 'anglia',
    'نجليزي', 'نجليزية', 'engelstalig', 'anglophone', 'inglese', 'englich',
  ],
  ar: [
    'arabe', 'arabic', 'arabisch', 'arab', 'arabi', 'عربي', 'عربية', 'العربية', 'عربيه', 'الدارجة', 'دارجة',
    'darija', 'darija', '3arbi', '3arbia', '3arbiya', 'l3arbiya', 'arabiya',
    'arabophone', 'arabischtalig', 'العربي',
  ],
};

/** Ids that count only when they are the whole answer ("fr", "en"). */
export const CHOICE_ALONE: Readonly<Record<string, readonly string[]>> = {
  fr: ['fr', 'fra'],
  nl: ['nl', 'ned'],
  en: ['en', 'eng'],
  ar: ['ar', 'arb', 'عر'],
};
