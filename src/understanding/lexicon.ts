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
  'absolument', 'parfait', 'je confirme', 'confirme', 'ça marche', 'ca marche',   'avec plaisir', 'entendu', 'ok', 'okay', 'oké', 'okey', 'okk', 'okay', 'okie',
  // Dutch
  'ja', 'jawel', 'jep', 'jazeker', 'akkoord', 'goed', 'is goed', 'prima', 'zeker', 'natuurlijk', 'tuurlijk', 'klopt',
  'oke', 'okee', 'okido', 'oki', 'graag', 'ja graag', 'in orde', 'uiteraard', 'inderdaad',
  'vanzelfsprekend', 'toch wel', 'eigenlijk wel', 'juist wel',
  // English
  'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'yah', 'sure', 'of course', 'absolutely', 'definitely', 'certainly',
  'agree', 'agreed', 'i agree', 'correct', 'right', 'alright', 'all right', 'fine', 'sounds good',
  'sure thing', 'indeed', 'exactly', 'confirm', 'confirmed', 'count me in', 'compte sur moi', 'comptez sur moi',
  'reken op mij', 'reken maar op mij',
  // Arabic, Darija, Arabizi
  'نعم', 'أجل', 'اجل', 'بلى', 'ايه', 'إيه', 'ايوه', 'ايوا', 'إيوا', 'ايوة', 'اييه', 'واخا', 'وخا', 'موافق', 'موافقة',
  'باهي', 'behi', 'bahi',
  'أوافق', 'اكيد', 'أكيد', 'بالتأكيد', 'طبعا', 'طيب', 'حسنا', 'مزيان', 'صافي', 'تمام', 'اوكي', 'أوكي', 'اوك',
  'صح', 'صحيح', 'naam', 'na3am',
  'n3am', 'naem', 'wakha', 'wakhha', 'waxa', 'iyeh', 'iyyeh', 'ayeh', 'aywa', 'aiwa', 'iwa', 'ewa', 'mzyan', 'mzian',
  'mezyan', 'safi', 'tamam', 'akid', 'akeed', 'tab3an', EMOJI_YES,
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
  // abbreviations and playful spellings
  'ofc', 'ofcourse', 'ofcours', 'bien sure', 'bsr', 'okidoki', 'okiedokie', 'oki doki', 'okey dokey', 'okay dokay',
  'oukey', 'wokay', 'okayy', 'yesss', 'yass', 'yaas', 'ouep', 'ouaich', 'mee eens', 'het eens',
  'ik ben het eens', 'ben ik mee eens', 'dat is goed', 'dat is prima', 'dat mag', 'yes sir', 'yeap',
  'mhm', 'uhu', 'ah oui', 'ah ja', 'ah yes', 'iyyah', 'ah wakha', 'ewa wakha', 'ايوا',
  'اي والله', 'ih wallah', 'ih', 'iih', 'iyh', 'عادي', '3adi', 'bien sur que oui',
  'jup', 'jupp', 'jap', 'yessss', 'mwafi9', 'mwafe9', 'mouafi9', 'mwafq', 'mwaf9', 'muwafiq', 'mowafi9', 'mwafqa',
  // a residence card's "labour market: unlimited" is a yes to the right to work
  'illimité', 'illimite', 'onbeperkt', 'unlimited',
  // to "would you recommend DUO for a JOB?": "je recommande", "zeker aanraden", "ننصح بيه"
  'recommande', 'je recommande', 'recommend', 'would recommend', 'i recommend', 'aanraden', 'aanbevelen', 'raad aan',
  'أنصح', 'انصح', 'ننصح', 'كننصح', 'nansa7', 'grave', 'c clair', 'cest clair',
  // a protection that gives the right to work: "I have refugee status", "protection subsidiaire"
  'statut de réfugié', 'réfugié reconnu', 'réfugiée reconnue', 'refugee status', 'recognised refugee',
  'recognized refugee', 'erkend vluchteling', 'vluchtelingenstatuut', 'vluchtelingenstatus',
  'protection subsidiaire', 'subsidiary protection', 'subsidiaire bescherming', 'protection internationale',
  'temporary protection', 'protection temporaire', 'tijdelijke bescherming', 'الحماية المؤقتة',
  'internationale bescherming', 'international protection', 'erkende vluchteling', 'لاجئ معترف', 'لاجئة معترف',
  'حماية دولية', 'الحماية الدولية', 'حماية فرعية', 'صفة لاجئ', 'تصريح عمل', 'تصريح العمل',
  'حق اللجوء', 'صفة اللاجئ', '7a9 llojou2',
  // an Iraqi or Levantine "no problem", an Ukrainian or Russian yes, a Tunisian "ey behi", "c bon", "da's goe"
  'ماكو مشكلة', 'ما في مشكلة', 'مافي مشكلة', 'так', 'да', 'behi', 'ey behi', 'c bon', 'cbon', 'goe', "da's goe",
  'das goe', 'vooruit', 'vooruit dan', 'ana m3akom', 'ana m3akoum', 'ana m3akum', 'أنا معاكم', 'انا معاكم',
];

/** Yes words too short or too common to count unless they are the whole answer. */
export const YES_ALONE = [
  // French "si" contradicts a negative question; it is also "if"
  'si',
  'k',
  'kk',
  'y',
  'yh',
  'ye',
  'o',
  'j',
  'ah',
  'eh',
  'اه',
  'آه',
  'ه',
  'ey',
  'ee',
  'we',
  'wep',
  'ui',
];

// prettier-ignore
export const NO_WORDS = [
  // French
  'non', 'nan', 'nn', 'nope', 'impossible', 'onmogelijk', 'مستحيل', 'mosta7il', 'négatif', 'negatif', 'negatief', 'negative', 'jamais', 'pas du tout', 'pas vraiment', 'absolument pas', 'je refuse', 'refuse',
  "pas d'accord", 'sûrement pas', 'certainement pas', 'pas question', 'pas maintenant',
  // Dutch
  'nee', 'neen', 'nooit', 'niet echt', 'helemaal niet', 'liever niet', 'zeker niet', 'nee hoor', 'nop', 'neej', 'toch niet',
  // English
  'no', 'nah', 'nay', 'never', 'not really', 'not at all', 'rather not', 'no way', 'i refuse', 'refused', 'decline',
  // Arabic, Darija, Arabizi
  'لا', 'لأ', 'لاء', 'كلا', 'لالا', 'أبدا', 'ابدا', 'مستحيل', 'ارفض', 'أرفض', 'غير موافق', 'مش موافق', 'ما موافقش',
  'لا أوافق', 'la2', 'lla', 'lala', 'abadan', 'walo', EMOJI_NO,
  // disagreement and refusal, in a word
  'disagree', 'i disagree', 'désaccord', 'en désaccord', 'oneens', 'niet eens', 'weiger', 'weigeren', 'nee dankje',
  'nah thanks', 'nein', 'nee nee', 'non non', 'nopes', 'nan merci', 'لا لا', 'نو', 'مابغيتش', 'ما بغيتش', 'mabghitch',
  'ma bghitch', 'ma bghit', 'nooo', 'nahh', 'مانبغيش', 'ما نبغيش', 'manbghich', 'ma nbghich', 'pas encore',
  'not yet', 'nog niet', 'mazal', 'ليس بعد', 'مازال', 'باقي', 'ba9i', 'not now', 'niet nu', 'ماشي دابا', 'machi daba',
  'ليس الآن', 'pas tout de suite', 'bien sur que non', 'que non', 'of course not', 'natuurlijk niet', 'tuurlijk niet',
  'helaas niet', 'helaas nee', 'malheureusement pas', 'malheureusement non', 'unfortunately not', 'sadly not',
  'للأسف لا', 'للاسف لا',
];

/**
 * Words that make an answer no answer: not understanding ("je comprends pas", "I don't understand",
 * "ik snap het niet") and letting the question drop ("never mind", "laat maar").
 */
// prettier-ignore
export const NOT_AN_ANSWER_WORDS = [
  'comprends', 'comprend', 'compris', 'understand', 'understood', 'get it', 'begrijp', 'begrepen', 'snap', 'snap het',
  'فهمت', 'نفهم', 'فاهم', 'افهم', 'fhemt', 'fhmt', 'nfhem', 'fahem', 'never mind', 'nevermind', 'laat maar',
  'laisse tomber', 'forget it', 'oublie', 'fham', 'fhamt', 'fhemtch', 'fhamtch', 'fhmtch', 'mafhamtch', 'mafhemtch',
  'ما فهمتش', 'مافهمتش', 'pas clair', 'not clear', 'unclear', 'niet duidelijk', 'onduidelijk', 'مش واضح',
  'ماشي واضح', 'غير واضح',
];

/** Verbs of being able: negated they are a no ("je ne peux pas", "ik kan niet", "ma n9derch"); alone nothing. */
// prettier-ignore
export const ABILITY_WORDS = [
  'peux', 'peut', 'pouvoir', 'pourrai', 'pourrais', 'able', 'can', 'could', 'kan', 'kunnen', 'نقدر', 'قادر', 'نستطيع', 'استطيع',
  'أستطيع', 'n9der', 'n9dar', 'qader', '9ader', 'nqder', 'nqdar', 'nkder', 'nkdar', 'naqder', 'na9der',
];

/**
 * God willing, why not: beside a yes they are a yes ("نعم إن شاء الله", "sure why not"), alone they
 * promise nothing.
 */
// prettier-ignore
export const HOPE_WORDS = [
  'ان شاء الله', 'إن شاء الله', 'انشاء الله', 'انشالله', 'نشالله', 'inchallah', 'inshallah', 'insha allah', 'nchallah',
  'incha allah', 'inshaallah',
];

/**
 * Why not: a yes, even alone and even after a negation ("pk pas", "can't see why not", "علاش لا").
 */
// prettier-ignore
export const WHY_NOT_WORDS = [
  'why not', 'pourquoi pas', 'pk pas', 'pq pas', 'pkoi pas', 'pourquoi non', 'waarom niet', 'waarom ook niet',
  'علاش لا', '3lach la', 'لم لا', 'ليش لا', 'علاش لالا', '3lach lala',
  // nothing against it, negated or not: "j'ai rien contre", "je n'ai rien contre", "ik heb er niets op tegen"
  'rien contre', 'nothing against', 'niks tegen', 'niets tegen', 'niks op tegen', 'niets op tegen',
  // not saying no: "je dirais pas non", "I wouldn't say no", "ik zeg geen nee", "ما نقولش لا"
  'dirais pas non', 'dis pas non', 'dirai pas non', 'not say no', 'zeg geen nee', 'zeg niet nee', 'geen nee zeggen',
  'niet nee zeggen', 'نقولش لا', 'ngoulch la', 'ngolch la',
];

/**
 * Documents that do not settle the right to work: the orange card and annex 26 of someone whose asylum
 * request is pending ("j'ai une carte orange", "oranje kaart", "الكارط الليمونية"). Having one is not a
 * yes: beside a yes or alone it is "not sure".
 */
// prettier-ignore
export const PROVISIONAL_DOCUMENT_WORDS = [
  'carte orange', 'oranje kaart', 'orange card', 'orange kaart', 'kaart oranje', 'annexe 26', 'annex 26',
  'bijlage 26', 'انكس 26', 'لانكس 26', 'lanex 26', "attestation d'immatriculation", 'attest van immatriculatie', 'الكارط الليمونية', 'كارط الليمونية',
  'الكارطة الليمونية', 'الكارط البرتقالية', 'البطاقة البرتقالية', 'بطاقة برتقالية', 'karta limouniya',
  'lkarta limouniya', 'kart orange', 'karta orange', 'lkarta orange',
];

/**
 * Words of a problem or an objection: negated, they are a yes ("pas de problème", "geen enkel
 * probleem", "I don't mind", "ما عندي حتى مشكل", "ma3ndich mochkil"); on their own they say nothing.
 */
// prettier-ignore
export const OBJECTION_WORDS = [
  'problème', 'probleme', 'problèmes', 'souci', 'soucis', 'dérange', 'derange', 'gêne', 'gene', 'inconvénient',
  'objection', 'probleem', 'problemen', 'bezwaar', 'bezwaren', 'erg', 'punt', 'problem', 'problems', 'prob',
  'mind', 'worries', 'worry', 'issue', 'objection', 'contre', 'against', 'tegen', 'ضد', 'باس', 'مشكل', 'مشكلة', 'مشاكل', 'مشكيل', 'مانع', 'مشكلش', 'mochkil',
  'mouchkil', 'moshkil', 'mochkila', 'mushkila', 'mochkel', 'bas', 'bass',
];

/**
 * Words a negation reaches across on its way to a term: articles, verbs of wanting and being, "to",
 * "any": "I don't want to be a mentor", "niet in het Frans", "ما عندي حتى مشكل", "geen enkel probleem".
 */
// prettier-ignore
export const BRIDGE_WORDS = [
  'a', 'an', 'the', 'to', 'be', 'any', 'single', 'un', 'une', 'le', 'la', 'les', 'de', 'du', 'des', 'd', 'l', 'etre',
  'een', 'het', 'in', 'te', 'om', 'enkel', 'enige', 'zijn', 'worden', 'want', 'wil', 'veux', 'حتى', 'اي', 'أي', 'hta',
  '7ta', 'نكون', 'اكون', 'بغيت', 'nkoun', 'bghit', 'ai', 'have', 'heb', 'عندي', '3ndi', 'ana', 'انا', 'est', 'is',
  'dans', 'au', 'aux', 'on', 'at', 'op', 'travailler', 'bosser', 'faire', 'work', 'working', 'do', 'werken', 'doen',
  'نخدم', 'nkhdem', 'khdem', 'ف', 'f', 'fi', 'في', 'كاين', 'kayn', 'kayen', 'على', '3la', 'عن', 'for', 'pour',
  'naar', 'tout', 'helemaal', 'really', 'vraiment', 'echt',
];

/**
 * Words that ask ("c'est quoi", "what", "wat", "شنو"): what follows them in their clause is a
 * question, not an answer.
 */
// prettier-ignore
export const QUESTION_WORDS = [
  'quoi', 'pourquoi', 'comment', 'quand', 'combien', 'quel', 'quelle', 'quels', 'quelles', 'what', 'whats', 'why',
  'how', 'when', 'where', 'which', 'who', 'wat', 'waarom', 'hoe', 'wanneer', 'waar', 'welke', 'wie', 'شنو', 'شنوا',
  'اش', 'علاش', 'لماذا', 'ماذا', 'متى', 'كيف', 'كيفاش', 'فين', 'وقتاش', 'chno', 'chnou', 'chnu', 'achno', '3lach',
  'kifach', 'kifash', 'imta', 'fin', 'wach', 'واش', 'ach', 'هل', 'ما هو', 'ما هي', 'ما هذا', 'ما هذه', 'pk', 'pq',
  'pkoi', 'koi', 'kwa', 'pourkoi', 'hoeveel', 'how much', 'how many', 'is it', 'est ce', 'قداش', 'بشحال', 'b7al', 'bchhal', 'ch7al', 'شحال',
];

/**
 * Asking how the programme works, what it costs, or to know more: at the role question, such an
 * answer with no role beside it is a question ("how does it work?", "kost het iets?", "bghit nsowl").
 * Kept apart from the role's words so that their single words ("like", "graag") name no role.
 */
// prettier-ignore
export const ASKING_PHRASES = [
    'how does it work', 'how it works', 'hoe werkt het', 'hoe werkt dat', 'hoe werkt dit', 'comment ça marche',
    'ça marche comment', 'comment ça fonctionne', 'كيف يعمل', 'kifach khdam', 'is it free', "c'est gratuit", 'gratuit',
    'is het gratis', 'gratis', "c'est payant", 'payant', 'kost het', 'how much does it cost', 'combien ça coûte',
    'مجاني', 'بالمجان', 'فابور', 'fabor', 'nsowl', 'nsewel', 'nswel', 'nsa9si', 'nse9si', 'نسول', 'نسقسي', 'نسال',
    'bghit n3ref', 'bghit ghir n3ref', 'bghit ne3ref', 'bghit n3rf', 'bghit na3ref', 'bghit nfhem', 'بغيت نعرف', 'je voudrais savoir', 'je veux savoir', 'i want to know',
    'i would like to know', "i'd like to know", 'ik wil weten', 'ik wou weten', 'ik zou graag weten',
    'je voulais savoir', 'voulais savoir', 'jvoulais savoir', 'i wanted to know', 'wanted to know', 'ik wilde weten',
    'بدي اعرف', 'حابب اعرف', 'حابه اعرف', 'اريد ان اعرف', 'biddi a3ref',
];

/** The programme's own name, which names no job sought: "c quoi duo for a job ?". */
export const PROGRAMME_NAMES = ['duo for a job', 'duo for job', 'duo 4 a job', 'duoforajob', 'duo'];

/**
 * Members of the family: "c'est pour mon fils", "voor mijn zus", "لولدي": the answer is about someone
 * else. Forms of address ("khoya", "akhi") are left out: they are said to anyone.
 */
// prettier-ignore
export const RELATIVE_WORDS = [
  'mon fils', 'ma fille', 'mon frère', 'mon frere', 'ma soeur', 'ma sœur', 'mon neveu', 'ma nièce', 'mon cousin',
  'ma cousine', 'mon mari', 'ma femme', 'mes enfants', 'mon enfant', 'my son', 'my daughter', 'my brother', 'my sister',
  'my nephew', 'my niece', 'my cousin', 'my husband', 'my wife', 'my kid', 'my child', 'mijn zoon', 'mijn dochter',
  'mijn broer', 'mijn zus', 'mijn zuster', 'mijn neef', 'mijn nicht', 'mijn man', 'mijn vrouw', 'mijn kind',
  'ولدي', 'ابني', 'إبني', 'بنتي', 'ابنتي', 'راجلي', 'مرتي', 'زوجي', 'زوجتي', 'weldi', 'wldi', 'bnti', 'benti',
  // Darija brother and sister in Arabic script speak of the person's family more often than to the reader
  'ختي', 'اختي', 'خويا', 'خوي', 'أختي', 'أخوي', 'اخوي', 'أخي', 'اخي', 'ابنتي', 'بنتي',
];

/** Members of the family, after "my" and perhaps a word ("mon petit frère", "my little sister", "mijn jongste zoon"). */
// prettier-ignore
export const KIN_WORDS = [
  'fils', 'fille', 'frere', 'soeur', 'neveu', 'niece', 'cousin', 'cousine', 'mari', 'femme', 'enfant', 'enfants',
  'son', 'daughter', 'brother', 'sister', 'nephew', 'niece', 'cousin', 'husband', 'wife', 'kid', 'kids', 'child',
  'children', 'zoon', 'dochter', 'broer', 'broertje', 'zus', 'zusje', 'zuster', 'neef', 'nicht', 'man', 'vrouw',
  'kind', 'kinderen',
  // parents and Arabic-script kin, whose nationality or papers are theirs, not the person's
  'mere', 'pere', 'parents', 'mother', 'father', 'mom', 'mum', 'dad', 'moeder', 'vader', 'ouders', 'mama', 'papa',
  'زوجي', 'زوجتي', 'راجلي', 'مرتي', 'امي', 'ابي', 'بابا', 'ماما', 'خويا', 'اختي', 'rajli', 'mrati', 'mmi', 'baba',
];
export const POSSESSIVE_WORDS = ['mon', 'ma', 'mes', 'my', 'mijn', 'mn'];

/** A member of a duo already: "je suis déjà mentor", "I already mentor someone", "ik ben al mentor". */
export const ALREADY_WORDS = ['deja', 'already', 'al', 'reeds', 'من قبل', 'اصلا', 'أصلا', 'مسبقا', 'deja'];
/** The other member of one's duo: "mon binôme", "my mentee", "mijn duo", "الثنائي ديالي". */
// prettier-ignore
export const DUO_PARTNER_WORDS = [
  'binome', 'duo', 'mentee', 'mentees', 'filleul', 'filleule', 'mentored', 'الثنائي', 'الشريك',
  'partner', 'buddy',
];
/** Words of a problem or a question a member of a duo brings. */
// prettier-ignore
export const DUO_ISSUE_WORDS = [
  'question', 'questions', 'souci', 'probleme', 'problem', 'issue', 'vraag', 'vraagje', 'probleem', 'سؤال', 'مشكل',
  'مشكلة', 'mochkil', 'meeting', 'rendez vous', 'rdv', 'afspraak', 'موعد',
];

/**
 * Passive participles of mentoring, said after "be" ("je veux être mentoré", "I want to be mentored")
 * or before Dutch "worden" ("ik wil begeleid worden"): the person wants a mentor.
 */
// prettier-ignore
export const MENTORED_WORDS = [
  'mentored', 'coached', 'guided', 'supported', 'accompanied', 'helped', 'accompagne', 'accompagnee', 'coache',
  'coachee', 'parraine', 'parrainee', 'encadre', 'encadree', 'suivi', 'suivie', 'aide', 'aidee', 'begeleid',
  'gecoacht', 'gementord', 'ondersteund', 'geholpen',
];

/** Years of a career, said with them: "j'ai travaillé 32 ans", "30 jaar gewerkt", "35 years in logistics". */
// prettier-ignore
export const CAREER_WORDS = [
  'travaille', 'travaillé', 'bosse', 'carriere', 'experience', 'worked', 'spent', 'career', 'experience',
  'gewerkt', 'loopbaan', 'ervaring', 'carriere', 'اشتغلت', 'خدمت', 'خبرة', 'خبرتي', 'khdemt', 'khdamt',
];

/** No words that are also common words elsewhere ("la" is French, "n" a letter). */
export const NO_ALONE = ['n', 'la', 'nn', 'no no', 'nie'];

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
  'ما عرفت', 'معرفتش', 'مانعرفش', 'الله اعلم', 'not yet sure', 'we will see', 'dunno', 'on verra',
  'je sais plus', 'we zien wel', 'weet niet zeker', 
  'weet ik nog niet', 'ik weet het nog niet', 'nog niet zeker', 'je sais pas encore', 'pas encore sûr',
  'no clue', 'not a clue', 'no idea at all', 'geen flauw idee', 'pas la moindre idée', 'aucune idee', 'hmm idk',
  'idk tbh', 'no se', 'ma3raft', 'm3rftch', 'ما عرفت والو', 'on sait jamais', 'who knows', 'wie weet', 'qui sait',
];

/**
 * Verbs of knowing: negated, they are an "I don't know" ("jsais pas", "ma3raftch", "ik weet het niet",
 * "no clue"); on their own they say nothing.
 */
// prettier-ignore
export const KNOW_WORDS = [
  'sais', 'sait', 'jsais', 'chais', 'chai', 'jsai', 'savoir', 'weet', 'weten', 'know', 'knw', 'kno',
  'عرف', 'اعرف', 'نعرف', 'عارف', 'عرفت', 'يعرف', 'علم', 'اعلم', 'ادري', 'دري', 'بعرف', 'فكره',
  '3raft', '3rft', '3ref', '3rf', 'n3rf', 'n3ref', 'na3ref', '3aref', '3arf', 'n3arf',
];

/** Words of being sure: a yes ("sure"), a maybe when negated ("not really sure", "ik ben niet zeker"). */
// prettier-ignore
export const SURE_WORDS = [
  'sure', 'sur', 'zeker', 'certain', 'certaine', 'متاكد', 'متاكده', 'متيقن', 'mt2aked', 'mt2akda', 'm2aked',
];

/**
 * Words of belief: a maybe on their own ("je crois", "ik denk het", "I think so"), a no when
 * negated ("je crois pas", "ik denk het niet", "I don't think so").
 */
// prettier-ignore
export const BELIEF_WORDS = [
  'je crois', 'crois', 'je pense', 'pense', 'ik denk het', 'denk het', 'ik denk', 'i think so', 'think so',
  'i guess', 'guess', 'i suppose', 'suppose', 'probably', 'probablement', 'waarschijnlijk', 'sans doute',
  'i believe so', 'believe so', 'je crois bien', 'ik geloof het wel', 'geloof het wel', 'ik geloof van wel',
  'اظن', 'أظن', 'كنظن', 'نظن', 'كنتيق', 'اعتقد', 'أعتقد', 'ظن',
  // a yes hedged: "normalement oui", "I think yes", "in principe wel", "المفروض اه"
  'i think', 'think', 'denk ik', 'normalement', 'en principe', 'normaal gezien', 'normaal', 'in principe',
  'normally', 'in principle', 'supposedly', 'المفروض', 'لمفروض', 'mfrod', 'lmfrod', 'lmafrod',
  // a yes short of certain: "I think yes but not 100%", "oui mais pas à 100%", "ja maar niet 100%"
  'not 100', 'not 100 sure', 'pas a 100', 'pas 100', 'pas sur a 100', 'niet 100', 'niet voor 100', 'مش 100', 'ماشي 100',
];

/** "But": after a yes, with nothing or a negation behind it, it holds the yes back ("oui mais", "ja maar niet"). */
export const BUT_WORDS = ['mais', 'maar', 'but', 'ولكن', 'لكن', 'walakin', 'walakine', 'bsah', 'بصح'];

/**
 * Having a document: "3andi la carte", "j'ai un titre de séjour", "ik heb een verblijfsvergunning"
 * is a yes to a question about papers; negated ("ma3ndich lwra9") a no.
 */
export const HAVE_WORDS = ['ai', 'jai', 'have', 'got', 'heb', 'hebben', 'عندي', '3ndi', '3andi', 'andi', 'لدي'];
/** A nationality of the programme's countries or of the EU, which carries the right to work. */
// prettier-ignore
export const NATIONALITY_WORDS = [
  'belge', 'belg', 'belgian', 'belgisch', 'belgische', 'francais', 'francaise', 'french', 'nederlandse',
  'nederlander', 'dutch', 'europeen', 'europeenne', 'european', 'europees', 'europese', 'بلجيكي', 'بلجيكيه',
  'البلجيكيه', 'فرنسي', 'فرنسيه', 'الفرنسيه', 'هولندي', 'هولنديه', 'الهولنديه', 'beljiki', 'beljikiya',
  'belgiki', 'belgikiya', 'beljikia', 'fransawi', 'fransawiya', 'fransawia', 'fransaoui', 'fransaouia', 'francawi',
  'francawiya', 'hollandi', 'hollandiya', 'holandi', 'holandiya',
];
/** Words that make a nationality one's own: "je suis belge", "Belgian citizen", "الجنسية البلجيكية". */
// prettier-ignore
export const CITIZEN_WORDS = [
  'suis', 'ben', 'am', 'im', 'm', 'ana', 'anaya', 'ana ya', 'انا', 'انايا', 'nationalite', 'nationality', 'nationaliteit', 'citizen', 'citizenship', 'citoyen',
  'citoyenne', 'staatsburger', 'الجنسيه', 'جنسيه', 'jinsiya', 'nationalité', 'passeport', 'passport', 'paspoort',
  // "jsuis belge", "chuis belge": "je suis" run together; "dual national", "ressortissant belge"
  'jsuis', 'jsui', 'chuis', 'chui', 'national', 'dual', 'ressortissant', 'ressortissante', 'onderdaan', 'مواطن', 'مواطنه',
];
// prettier-ignore
export const DOCUMENT_WORDS = [
  'carte', 'card', 'kaart', 'permis', 'permit', 'papiers', 'papers', 'papieren', 'titre', 'sejour', 'verblijfsvergunning',
  'vergunning', 'verblijfskaart', 'visa', 'لاكارط', 'كارط', 'الكارط', 'الوراق', 'وراق', 'اوراق', 'الاوراق', 'اقامه', 'الاقامه',
  'karta', 'lkarta', 'lakart', 'lwra9', 'wra9', 'lewra9', 'تصريح', 'رخصه', 'werkvergunning', 'arbeidskaart',
  'فيزا', 'الفيزا', 'visum', 'viza',
];

/**
 * Someone else's decision still to come: a lawyer, the immigration office, a renewal or an appeal
 * ("mon avocat dit que oui", "ik wacht op de DVZ", "المحامي مازال يشوف"): the person is not sure yet.
 */
// prettier-ignore
export const PENDING_DECISION_WORDS = [
  'avocat', 'avocate', 'advocaat', 'lawyer', 'attorney', 'solicitor', 'المحامي', 'محامي', 'المحاميه', 'mo7ami',
  'office des étrangers', 'dienst vreemdelingenzaken', 'dvz', 'cgra', 'cgvs', 'ofpra', 'préfecture', 'prefecture',
  'recours', 'appeal', 'renouvellement', 'verlenging', 'renewal', 'الطعن', 'استئناف', 'الاستئناف',
  "demande d'asile", "demandeur d'asile", 'asylum case', 'asylum application', 'asylum seeker', 'asielaanvraag',
  'asielprocedure', 'asielzoeker', 'طلب اللجوء', 'طالب لجوء', 'طالب اللجوء', 'pending', 'en cours', 'loopt nog',
  'in behandeling', 'procédure', 'procedure', 'ملف اللجوء', "dossier d'asile", 'asylum file', 'asieldossier', 'attends la réponse', 'attends encore la réponse', 'en attente de',
  'waiting for the answer', 'waiting for an answer', 'waiting for a decision', 'wacht op', 'wachten op', 'ننتظر الرد',
  'كنتسنى الجواب', 'مستني رد', 'مستني الرد', 'مستني القرار', 'مستني الجواب', 'مستنيه رد', 'waiting for decision', 'waiting decision',
  'awaiting', 'cgrs', 'en attente', 'in afwachting', 'waiting for', 'waiting on',
  // a status asked for, not held: "demande de statut de réfugié", "applied for", "طلب حق اللجوء"
  'demande de statut', 'applied for', 'aangevraagd', 'طلب حق اللجوء', 'طلبت اللجوء',
  // still no answer, a court still to decide
  'pas encore de réponse', 'toujours pas de réponse', 'pas de réponse', 'nog geen antwoord', 'geen antwoord', 'no answer yet',
  'still no answer', 'no reply yet', 'still waiting', "j'attends", 'ik wacht', 'ما جاوبونيش', 'ماجاوبونيش', 'ما جاوبوني',
  'ما ردوش', 'ماردوش', 'لم يردوا', 'ننتظر', 'كنتسنى', 'كنستنى', 'نستنى', 'jawbounich', 'kantsna', 'kanstenna',
  'tribunal', 'rechtbank', 'rechter', 'court', 'judge', 'المحكمة', 'محكمة', 'القاضي', 'ma7kama', 'mahkama',
];

/** Being allowed, at the question about the right to work: "I am allowed to work", "ik mag werken", "مسموح لي". */
// prettier-ignore
export const PERMISSION_WORDS = [
  'allowed', 'permitted', 'authorised', 'authorized', 'autorisé', 'autorisée', 'le droit', 'droit de travailler',
  'mag werken', 'mag ik werken', 'toegestaan', 'recht om te werken', 'mogen werken', 'مسموح', 'مسموحلي', 'يحق لي',
  'عندي الحق', 'لي الحق', 'msmo7', 'masmou7', 'l7a9', 'la7a9',
];

/** A decision taken: "mon avocat l'a confirmé", "my asylum was granted", "قبلوني". */
// prettier-ignore
export const DECIDED_WORDS = [
  'accepté', 'acceptée', 'accordé', 'accordée', 'obtenu', 'obtenue', 'confirmé', 'confirmée', 'validé', 'validée',
  'accepted', 'granted', 'approved', 'confirmed', 'goedgekeurd', 'aanvaard', 'toegekend', 'erkend', 'gekregen',
  'قبلوني', 'قبلو', 'تقبل', 'تقبلت', 'وافقوا', 'حصلت', 'خديت', '9eblouni', 'tqbel', 'tqbelt',
];

/** A stay with no end, said beside its document: "verblijfskaart voor onbepaalde duur", "séjour illimité". */
// prettier-ignore
export const UNLIMITED_WORDS = [
  'illimité', 'illimitée', 'indéterminée', 'permanent', 'permanente', 'longue durée', 'onbepaalde', 'onbeperkt',
  'onbeperkte', 'langdurig', 'unlimited', 'indefinite', 'permanent', 'long term', 'دائمه', 'دائم',
  'دايمه', 'طويله المدى', 'غير محدوده',
];
/** A document no longer valid: "my visa expired", "mon titre a expiré", "mijn kaart is vervallen", "الإقامة انتهت". */
// prettier-ignore
export const EXPIRED_WORDS = [
  'expired', 'has expired', 'ran out', 'run out', 'out of date', 'no longer valid', 'a expiré', 'est expiré',
  'est expirée', 'sont expirés', 'est périmé', 'est périmée', 'périmé', 'périmée', 'plus valable', 'plus valide',
  'vervallen', 'verlopen', 'niet meer geldig', 'انتهت', 'انتهى', 'منتهيه', 'سالات', 'salat', 'tsalat',
];
/**
 * A stay refused or an order to leave: "ma demande a été refusée", "mijn aanvraag is afgewezen", "I got an
 * OQTF", "رفضوا ليا الطلب". With an appeal running it is a decision still to come.
 */
// prettier-ignore
export const REFUSED_WORDS = [
  'refusé', 'refusée', 'rejeté', 'rejetée', 'débouté', 'déboutée', 'oqtf', 'ordre de quitter', 'rejected', 'refused',
  'denied', 'turned down', 'order to leave', 'deportation order', 'afgewezen', 'geweigerd', 'bevel om het grondgebied',
  'uitwijzing', 'رفضوا', 'رفضو', 'رفضوني', 'ترفض', 'ترفضت', 'مرفوض', 'الترحيل', 'ترحيل', 'rfdouni', 'rfdo', 'trfd',
];
/** Studies, whose permit gives only some hours of work: "visa étudiant", "student visa", "فيزا دراسة". */
// prettier-ignore
export const STUDENT_WORDS = [
  'étudiant', 'étudiante', 'étudiants', 'études', 'student', 'students', 'studenten', 'studentenvisum', 'studie',
  'studies', 'دراسه', 'الدراسه', 'طالب', 'طالبه', 'قرايه', 'القرايه', 'dirasa', '9raya', 'talib',
];
/** Still, yet: "مازال ما تقبلش", "nog niet goedgekeurd", "not approved yet", "toujours pas accepté". */
// prettier-ignore
export const STILL_WORDS = ['encore', 'toujours', 'nog', 'still', 'yet', 'mazal', 'mazel', 'مازال', 'مزال', 'باقي', 'ba9i',
  'لسا', 'لسه', 'بعد', 'lessa', 'lissa'];

/** Too much asked, a no: "6 mois c'est trop long", "te lang voor mij", "bzaf 3liya"; not so when negated. */
// prettier-ignore
export const TOO_MUCH_WORDS = [
  'trop long', 'trop longtemps', 'trop pour moi', 'trop dur pour moi', 'trop loin', 'te lang', 'te veel voor mij',
  'te zwaar', 'te ver', 'too long', 'too much', 'too far', 'too much for me', 'bzaf 3liya', 'bzaf 3lia', 'bzaf 3laya',
  'بزاف عليا', 'بزاف علي', 'كثير علي', 'كثير عليا', 'كتير علي', 'ktir 3alay', 'ktir 3liya', 'طويلة بزاف', 'طويلة برشا',
  'برشا عليا',
];

/** "oui si mon patron accepte", "yes if my manager lets me", "ja als mijn baas akkoord is": a yes on a condition. */
export const CONDITION_WORDS = [
  'si',
  'if',
  'als',
  'indien',
  'mits',
  'provided',
  'إذا',
  'اذا',
  'لو',
  'ila',
  'ايلا',
  'إيلا',
  'ida',
  'ken',
  'law',
];

/** Born: "né à Liège", "born in Antwerp", "ana mzyoud hna", "ik ben in Gent geboren". */
// prettier-ignore
export const BORN_WORDS = ['nait', 'born', 'geboren', 'mzyoud', 'mzyouda', 'mzyoda', 'mzyod', 'tzadt', 'tzadit',
  'تزاديت', 'ولدت', 'مزيود', 'مزيوده', 'مولود', 'مولوده'];
/** Where a birth gives the right to work: here, the programme's countries and cities. */
// prettier-ignore
export const HERE_WORDS = ['ici', 'here', 'hier', 'hna', 'هنا', 'هنايا', 'belgique', 'belgie', 'belgium', 'belgië', 'nederland',
  'france', 'frankrijk', 'بلجيكا', 'فرنسا', 'bruxelles', 'brussel', 'brussels', 'anvers', 'antwerpen', 'antwerp',
  'liege', 'luik', 'gent', 'gand', 'ghent', 'paris', 'parijs', 'lille', 'rijsel', 'lyon', 'marseille', 'بروكسل',
  'باريس', 'ليون', 'ليل', 'مرسيليا', 'انفرس', 'انتويرب', 'لييج'];

/** Words that turn the keyword after them around: "pas d'accord", "niet akkoord", "ما موافقش". */
// prettier-ignore
export const NEGATORS = [
  'pas', 'ne', 'n', 'plus', 'aucun', 'aucune', 'sans', 'niet', 'geen', 'nooit', 'not', 'dont', 'cannot', 'cant',
  'zonder', 'never', 'jamais', 'sauf', 'except', 'behalve', 'hormis', 'buiten', 'عنديش', '3ndich', '3andich', 'ndich', 'kaynch', 'كاينش',
  'without', 'ما', 'مش', 'مو', 'ليس', 'لست', 'غير', 'لم', 'لن', 'ماشي', 'مافي', 'بلا', 'بدون', 'mch', 'mich', 'mish',
  'machi', 'mashi', 'ماعندي', 'ماعنديش', 'ماكو', 'mako', 'makou',
];

/** Politeness and small words that do not change an answer. */
// prettier-ignore
export const FILLERS = [
  'merci', 'beaucoup', 'svp', 'stp', 'sil', 'vous', 'plait', 'te', 'madame', 'monsieur', 'bah', 'ben', 'bon',
  'alors', 'bedankt', 'dank', 'je', 'u', 'wel', 'hoor', 'aub', 'alstublieft', 'alsjeblieft', 'graag', 'thanks',
  'thank', 'you', 'thx', 'please', 'pls', 'plz', 'sir', 'maam', 'شكرا', 'شكر', 'من', 'فضلك', 'لو', 'سمحت', 'عافاك',
  'الله', 'يخليك', 'بارك', 'فيك', 'shukran', 'choukran', 'chokran', 'merci', '3afak', 'afak', 'lah', 'ykhlik',
  // oaths, forms of address and hesitation: "wallah", "khoya", "euh", "hmm"
  'wallah', 'wallahi', 'wlh', 'wellah', 'والله', 'والله', 'khoya', 'khouya', 'khti', 'akhi', 'ukhti', 'خويا',
  'اخويا', 'اختي', 'خوتي', 'euh', 'heu', 'hmm', 'hm', 'uhm', 'ehm', 'tja', 'nou', 'well', 'bon',
  'mec', 'frere', 'frero', 'bro', 'sis', 'man', 'gast', 'يا', 'wsh', 'wesh', 'wech', 'sahbi', 'sa7bi', 'mattie',
  'shokran', 'shokrane', 'choukrane', 'chokrane', 'shoukran', 'shukrane', 'chokrn', 'merciii', 'mercii', 'merçi',
];

/** Having no job: the negation is part of the words ("pas de travail", "geen werk", "ma3ndich khedma"). */
// prettier-ignore
export const NO_JOB_WORDS = [
  'pas de travail', 'pas de job', 'pas de boulot', "pas d'emploi", 'pas de taf', 'sans emploi', 'sans travail',
  'sans boulot', 'sans job', 'geen job', 'geen werk', 'geen baan', 'geen jobke', 'no job', 'no work',
  "don't have a job", 'do not have a job', 'without a job', 'without work', 'ما عنديش خدمة', 'ما عنديش الخدمة',
  'ما عندي خدمة', 'ما عندي عمل', 'ماعنديش خدمة', 'ma3ndich khedma', 'ma 3ndich khdma', 'ma3ndich khdma',
  'ma3andich khedma', 'ma3ndich khdma', 'makhdamch', 'ma khdamch', 'ماخدامش', 'ما خدامش',
];

/** Seeking: "je cherche", "ik zoek", "kan9leb": beside having no job, the person is looking for one. */
// prettier-ignore
export const SEEKING_WORDS = [
  'cherche', 'recherche', 'zoek', 'zoeken', 'looking', 'searching', 'seeking', 'kan9leb', 'n9leb', 'kanqleb',
  'kan9elleb', 'كنقلب', 'نقلب', 'ابحث', 'أبحث', 'نبحث', 'kanbe7th',
];

/** Arabic negates a verb with "لا" ("لا أبحث", "لا أستطيع"); before anything else it is the answer "no". */
export const VERB_NEGATORS = ['لا'];
/** Sending CVs and applications: a job search under way ("j'ai envoyé 50 CV", "ik stuur sollicitaties"). */
// prettier-ignore
export const APPLICATION_WORDS = ['cv', 'cvs', 'candidature', 'candidatures', 'sollicitatie', 'sollicitaties',
  'sollicitatiebrief', 'sollicitatiebrieven', 'application', 'applications', 'resume', 'resumes', 'سيفي', 'السيفي',
  'الطلبات', 'طلبات', 'siv', 'civi'];
/** At a question about meeting every week: being free for it ("je suis libre", "ik ben vrij", "أنا فاضي"). */
// prettier-ignore
export const FREE_WORDS = [
  'libre', 'dispo', 'disponible', 'vrij', 'beschikbaar', 'free', 'available', 'فاضي', 'فاضية', 'متفرغ', 'متفرغة',
  'متاح', 'متاحة', 'fadi', 'fadya', 'fa9i', 'khawi',
];
/** At a question about meeting every week: it suits or will be done ("ça me va", "lukt wel", "I'll do it"). */
// prettier-ignore
export const SUITS_PHRASES = [
  'ca va', 'ca me va', 'ca me convient', 'faisable', 'jouable', 'gerable', 'je le fais', 'je le ferai', 'lukt',
  'haalbaar', 'past mij', 'past me', 'past wel', 'ik doe het', 'ik doe mee', 'doable', 'works for me', 'suits me',
  'manageable', 'i will do it', 'i ll do it', 'ill do it', 'مناسب', 'يناسبني', 'ماشي مشكل', 'machi mochkil',
  'machi mouchkil', 'نديرها', 'ndirha', 'غادي ندير',
];
/** At a question about meeting every week: less often than that ("om de twee weken", "pas chaque semaine"). */
// prettier-ignore
export const LESS_OFTEN_PHRASES = [
  'toutes les deux semaines', 'tous les quinze jours', 'tous les 15 jours', 'une fois par mois', 'pas chaque semaine',
  'pas toutes les semaines', 'om de twee weken', 'om de 2 weken', 'eens per maand', 'een keer per maand',
  'niet elke week', 'every two weeks', 'every 2 weeks', 'every other week', 'once a month', 'not every week',
  'biweekly', 'كل أسبوعين', 'مرة في الشهر', 'ماشي كل سيمانة', 'machi kol simana', 'mashi kol simana', 'wat veel',
  'beetje veel', 'un peu trop', 'a bit much', 'beaucoup pour moi', 'veel voor mij',
];

/** "Or" written as one word with the Arabic "no" in it: inside a sentence it joins two things ("مطعم ولا مخزن"). */
export const JOINED_OR_WORDS = ['ولا', 'wla', 'wela'];
/** After "maybe", a time to come: beside a no, "maybe next year" leaves the no for now ("misschien volgend jaar"). */
// prettier-ignore
export const LATER_WORDS = ['later', 'tard', 'volgend', 'volgende', 'next', 'prochain', 'prochaine', 'prochainement',
  'ooit', 'someday', 'future', 'futur', 'toekomst', 'لاحقا', 'بعدين', 'المستقبل', 'الجاي', 'الجاية', 'jay', 'jaya',
  'jayin', 'بعد', 'b3d', 'ba3d'];
/** At "are you looking for a job?": the work that is looked for, had, found or needed. */
// prettier-ignore
export const WORK_NOUNS = [
  'travail', 'taf', 'boulot', 'job', 'jobs', 'emploi', 'emplois', 'cdi', 'cdd', 'interim', 'poste', 'werk', 'baan',
  'jobke', 'werkje', 'work', 'employment', 'khedma', 'khdma', 'khedmaa', '5edma', '5dma', 'khadma', 'khidma', 'shoghl',
  'shughl', 'chghol', 'chogl', 'خدمة', 'شغل', 'شغلة', 'شغلانة', 'عمل', 'وظيفة', 'خدمات',
];
/** Verbs of working, as a wish says them after "I want to": "travailler", "werken", "نخدم", "اشتغل". */
// prettier-ignore
export const WORK_VERBS = [
  'travailler', 'bosser', 'taffer', 'werken', 'work', 'working', 'nkhdem', 'nekhdem', 'nkhedem', 'n5dem', 'nkhdm',
  'نخدم', 'اشتغل', 'نشتغل', 'اعمل', 'نعمل',
];
/** A work contract: signed or held, it says the person has a job ("j'ai signé un CDI", "contract getekend"). */
export const CONTRACT_WORDS = [
  'cdi',
  'cdd',
  'contrat',
  'contract',
  'contrat de travail',
  'arbeidscontract',
  'عقد',
  '3a9d',
  'kontra',
];
/** Looking, applying: with work beside it, the person is looking for a job. */
// prettier-ignore
export const JOB_SEEKING_VERBS = [
  ...SEEKING_WORDS,
  'chercher', 'cherchons', 'rechercher', 'postule', 'postuler', 'zoekt', 'zoekende', 'solliciteer', 'solliciteren',
  'search', 'seek', 'hunting', 'applying', 'applied', 'gesolliciteerd', 'قدمت', 'ادور', 'بدور', 'ندور', 'كندور', 'دور', 'نفتش', 'كنفتش', 'بفتش', 'يبحث',
  'بحث', 'نحوس', 'كنحوس', 'nhawes', 'kanhawes', 'nhawas', 'ndawar', 'kandawar', 'kandwer', 'ndwer', 'bdawer', 'n9elleb', 'nqeleb', 'kanfatach', 'nfatach', 'nfatech',
];
/** Needing or wanting: "j'ai besoin d'un travail", "ik wil werken", "بغيت نخدم", "any job". */
// prettier-ignore
export const NEEDING_WORDS = [
  'besoin', 'veux', 'voudrais', 'need', 'needs', 'want', 'wanna', 'nodig', 'wil', 'wilt', 'bghit',
  'bghina', 'nbghi', 'بغيت', 'نبغي', 'ابغي', 'اريد', 'احتاج', 'محتاج', 'محتاجة', 'بدي', 'عايز', 'عاوز', 'حاب', 'خاصني',
  'm7taj', 'mehtaj', 'm7taja', 'khasni', 'biddi', 'baddi', 'any', 'importe', 'eender', 'أي', 'اي',
];
/** Saying one is a job seeker: the answer is the question's yes ("werkzoekend", "au chômage", "unemployed"). */
// prettier-ignore
export const JOB_SEEKER_WORDS = [
  'werkzoekend', 'werkzoekende', 'werkloos', 'werkloze', 'chomeur', 'chomeuse', 'chomage', "demandeur d'emploi",
  "demandeuse d'emploi", 'unemployed', 'jobless', 'job seeker', 'jobseeker', 'job hunting', 'بطال', 'بطالة', 'عاطل',
  'عاطلة', 'عاطل عن العمل', 'chomeur', '3atil', '3atel', 'battal', 'bttal',
];
/** Saying one works: "je bosse", "ik werk", "I'm working", "كنخدم", "خدام". */
// prettier-ignore
export const WORKING_PHRASES = [
  'je travaille', 'jtravaille', 'je bosse', 'jbosse', 'je taffe', 'travaille deja', 'bosse deja', 'je suis en cdi',
  'je suis en cdd', 'je suis en interim', 'je suis interimaire', 'je suis salarie', 'je suis salariee',
  'je suis employe', 'je suis employee', 'ik werk', 'werk al', 'ik ben aan het werk', 'ik heb vast werk',
  'i work', 'i m working', 'im working', 'i am working', 'already working', 'i am employed', 'i m employed',
  'im employed', 'self employed', 'كنخدم', 'خدام', 'خدامة', 'كنشتغل', 'بشتغل', 'أعمل في', 'اعمل في', 'kankhdem',
  'kankhedem', 'kan5dem', 'khddam', 'khdam', '5ddam', '5dam', 'kanchteghel',
];
/** Having found or signed: with work or a contract beside it, the person has a job. */
// prettier-ignore
export const FOUND_WORDS = [
  'trouve', 'trouvee', 'signe', 'gevonden', 'getekend', 'ondertekend', 'found', 'signed', 'got', 'landed',
  'لقيت', 'وجدت', 'حصلت', 'l9it', 'lqit', 'l9ite', 'sinyit',
];
/** Looked for instead of the job one has: "zoek iets beters", "something better", "un temps plein", "un truc fixe". */
// prettier-ignore
export const INSTEAD_WORDS = ['beters', 'beter', 'better', 'mieux', 'autre', 'another', 'nouveau', 'ander', 'andere',
  'nieuw', 'nieuwe', 'أحسن', 'احسن', 'ahsan', 'a7san', 'plein', 'fixe', 'vast', 'voltijds', 'fulltime', 'full',
  'permanent', 'stable'];
/** Before a work noun, what sets it aside: "un stage plutôt qu'un emploi", "training rather than a job". */
export const RATHER_THAN_WORDS = ['plutot', 'rather', 'instead', 'liever', 'than', 'بدل', 'بدلا', 'bdal', 'badal'];
/** After a work noun, what makes it no job: "job interview", "entretien", "sollicitatiegesprek". */
export const NOT_A_JOB_AFTER = [
  'interview',
  'entretien',
  'sollicitatie',
  'gesprek',
  'fair',
  'salon',
  'beurs',
  'studies',
  'etudiant',
];

/**
 * "Except" after a yes holds it back like a "but" ("oui sauf le vendredi", "ja behalve op vrijdag",
 * "iyeh ghir nhar jem3a la"); a wait after a yes with nothing after it ("ok attends je vérifie") too.
 */
// prettier-ignore
export const EXCEPT_WORDS = ['sauf', 'excepté', 'hormis', 'except', 'apart from', 'behalve', 'buiten', 'ماعدا', 'ما عدا', 'غير', 'ghir', 'gher', 'من غير', 'men ghir'];
export const WAIT_WORDS = [
  'attends',
  'attendez',
  'wacht',
  'wacht even',
  'wait',
  'hold on',
  'tsna',
  'تسنى',
  'استنى',
  'un instant',
  'one moment',
  'moment',
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
    'kan9leb', 'n9leb', 'chghol', 'shoghl', '3amal', 'wazifa', 'wadifa', 'wadhifa', 'وظيفه',
    'تدريب', 'تخدام', 'الشغل', 'خدام', 'اشتغل', 'نشتغل', 'بشتغل', 'اشتغال', 'stagiaire', 'alternance', 'apprentissage',
    'internship', 'apprenticeship', 'stageplaats', 'stageplek', 'ستاج', 'emplois', 'vacature', 'vacatures', 'sollicitatie',
    'solliciteren',
    // being the one who is mentored
    'mentee', 'filleul', 'filleule', 'mentorée', 'mentored', 'gementord', 'begeleid worden', 'begeleiding',
    'be mentored', 'be coached', 'get a mentor', 'être accompagné', 'être accompagnée', 'werkzoeker', 'looking for a job', 'find a job', 'find work',
    'trouver un travail', 'trouver du travail', 'trouver un emploi', 'een job vinden', 'werk vinden', 'baan vinden',
    'bosser', 'taffer', 'charbonner',
    // having no job: the negation is part of the words
    ...NO_JOB_WORDS,
  ],
  mentor: [
    'mentor', 'mentore', 'mentorat', 'bénévole', 'bénévolat', 'parrain', 'marraine', 'parrainer', 'parrainage',
    'mentor worden', 'vrijwilliger', 'vrijwilligster', 'vrijwilligerswerk', 'coach', 'coachen', 'begeleiden',
    'volunteer', 'volunteering', 'mentoring', 'mentorship', 'مرشد', 'مرشدة', 'متطوع', 'متطوعة', 'تطوع', 'أتطوع',
    'اتطوع', 'نتطوع', 'موجه', 'أساعد', 'نعاون', 'morshid', 'mourchid', 'motatawi3', 'tatawo3',
    'accompagner', 'accompagnement', 'mentorer', 'transmettre', 'retraite', 'retraité', 'retraitée', 'pensionné',
    'gepensioneerd', 'pensioen', 'retired', 'retiree', 'pensioner', 'متقاعد', 'متقاعدة', 'التقاعد',
    'mentorschap', 'منتور', 'مونطور', 'مونتور', 'منطور', 'montor', 'mentour', 'mt9a3d', 'mt9a3da', 'met9a3ed',
    'teruggeven', 'iets teruggeven', 'give back', 'giving back', 'redonner', 'doorgeven', 'share my experience',
    'partager mon expérience', 'mijn ervaring delen', 'mentora', 'bénévolement', 'vrijwillig', 'meter worden', 'peter worden', 'meter zijn',
    'peter zijn',
  ],
  question: [
    'question', 'questions', 'renseignement', 'renseignements', 'information', 'informations', 'info', 'infos',
    'vraag', 'vragen', 'informatie', 'inlichtingen', 'question', 'ask', 'enquiry', 'inquiry', 'سؤال', 'أسئلة',
    'استفسار', 'معلومات', 'معلومة', 'سوال', 'so2al', 'sou2al', 'soal', 'su2al', 'ma3lomat',
    'vraagje', 'questionnement', 'renseigner', 'wondering', 'سؤالين', 'swal', 'sual', 'kestion', 'kestions', 'qestion',
  ],
  fr: [
    'français', 'francais', 'française', 'french', 'frans', 'franse', 'فرنسي', 'فرنسية', 'الفرنسية',
    'فرانسي', 'fransawi', 'fransaoui', 'fran9ais', 'francia', 'en fr', 'in fr', 'in het fr',
    'فرنساوي', 'فرنساوية', 'franstalig', 'francophone', 'fransawiya', 'فرانسوية', 'فرانساوية', 'فرانسويه', 'فرانساوي',
    'فرونسي', 'fransiya', 'fransia',
  ],
  nl: [
    'nederlands', 'néerlandais', 'neerlandais', 'flamand', 'vlaams', 'dutch', 'flemish', 'hollandais', 'hollands',
    'هولندي', 'هولندية', 'الهولندية', 'فلاماني', 'فلامانية', 'الفلامانية', 'nerlandais',
    'nederlandstalig', 'néerlandophone', 'holandi', 'nederlans', 'en nl', 'in nl', 'in het nl',
    'hollandiya', 'holandiya', 'nirlandiya', 'nerlandiya', 'النيرلانديه', 'النرلانديه', 'الفلاماني',
    'نيرلندي', 'نيرلنديه', 'النيرلنديه', 'نيرلاندي', 'نيدرلاندي', 'النيدرلانديه', 'نيدرلندي', 'الفلامنكيه', 'فلامنكي',
  ],
  en: [
    'english', 'anglais', 'engels', 'inglés', 'انجليزي', 'إنجليزي', 'انجليزية', 'الانجليزية', 'انكليزي',
    'الإنكليزية', 'inglizi', 'ingliziya', 'anglia',
    'نجليزي', 'نجليزية', 'engelstalig', 'anglophone', 'inglese', 'englich', 'en en', 'in en', 'in het en',
    'englizia', 'englizi', 'anglizia', 'nglizia', 'inglizia', 'الانجليزيه', 'النجليزيه', 'الانكليزيه',
  ],
  ar: [
    'arabe', 'arabic', 'arabisch', 'arab', 'arabi', 'عربي', 'عربية', 'العربية', 'عربيه', 'الدارجة', 'دارجة',
    'darija', 'darija', '3arbi', '3arbia', '3arbiya', 'l3arbiya', 'arabiya',
    'arabophone', 'arabischtalig', 'العربي', 'en ar', 'in ar', 'in het ar',
    // Moroccan, Algerian, Tunisian as a language is their Arabic, as Darija is
    'marokkaans', 'marokaans', 'moroccan', 'marocain', 'algerien', 'algerian', 'algerijns', 'tunisien', 'tunisian',
    'tunesisch', 'مغربي', 'المغربية', 'الدزيري', 'دزيري', 'tounsi', 'dziri', 'maghribi', 'mghribi',
  ],
};

/**
 * Words for the intake's list options beyond their labels in the locales: Arabic broken plurals,
 * Darija and Maghrebi words for diplomas and friends.
 */
// prettier-ignore
export const LIST_OPTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  hospitality: ['مطاعم', 'فنادق', 'ريسطو', 'resto', 'restos', 'snack', 'café', 'ريستورون', 'serveur', 'serveuse',
    'waiter', 'waitress', 'ober', 'barman', 'chef', 'koken', 'cooking', 'طباخة', 'كوزينة', 'كوزينه', 'الكوزينة',
    'kozina', 'kouzina', 'lkozina', 'keuken', 'kitchen', 'طبخ', 'tyab', 'cuisto', 'kok'],
  digital: ['computers', 'ordinateur', 'ordinateurs', 'codage', 'coding', 'programmer', 'programming', 'software',
    'web', 'informaticien', 'برمجه', 'ordi'],
  socialMedia: ['insta', 'ig', 'fb', 'snap', 'snapchat', 'youtube', 'twitter', 'whatsapp', 'tik tok', 'انستا',
    'انستغرام', 'فيسبوك', 'فايسبوك', 'تيكتوك', 'يوتيوب', 'سناب', 'reseaux', 'réseau social'],
  partner: ['jam3iya', 'jam3ia', 'jami3a', 'jm3iya', 'asbl', 'vzw', 'ngo', 'ong', 'وكالة', 'جمعيات'],
  construction: ['بني', 'بنايه', 'chantier', 'bouwwerf', 'bâtiments', 'batiments', 'bni', 'lbni', 'lbeni', 'bina',
    'lbina', 'chanti'],
  care: ['مستشفيات', 'soins de santé', 'gezondheidszorg', 'healthcare', 'aide soignant', 'aide soignante',
    'nursing', 'verpleegkunde', 'verpleegkundige', 'zorgkundige', 'verpleger', 'verpleegster', 'caregiver', 'carer',
    'ممرض', 'ممرضه', 'تمريض', 'ejdan', 'aide à domicile', 'thuiszorg', 'home care', 'elderly care', 'ouderenzorg',
    'tamrid', 'fermli', 'sbitar', 'سبيطار', 'مستشفى', 'ziekenhuis', 'hospital', 'zorg', 'soignant', 'soignante'],
  sales: ['بيع وشرا', 'vente au détail', 'detailhandel', 'caissier', 'caissière', 'caisse', 'kassa', 'kassier',
    'kassierster', 'cashier', 'checkout', 'supermarché', 'supermarkt', 'supermarket', 'aldi', 'lidl', 'delhaize',
    'colruyt', 'carrefour', 'albert heijn', 'jumbo', 'primark',
    'salesman', 'shop assistant', 'بياع', 'كاشير', 'الكاشير', 'keshir', 'vente',
    // who sells: "vendeuse", "verkoopster", "بائعة ف محل", "vendeur f hanout"
    'vendeur', 'vendeuse', 'vendeurs', 'vendeuses', 'verkoper', 'verkoopster', 'verkopers', 'seller', 'salesperson',
    'saleswoman', 'بائع', 'بائعة', 'بياعة', 'hanout', '7anout', 'l7anout', 'حانوت', 'الحانوت', 'محل', 'بوتيك',
    'boutique', 'winkelbediende', 'winkelmedewerker'],
  office: ['compta', 'comptable', 'boekhouding', 'boekhouder', 'accountant', 'accounting', 'bookkeeping', 'محاسب',
    'محاسبه', 'محاسبة', 'mo7aseba', 'secrétaire', 'secretaire', 'secretary', 'secretariaat', 'receptionist',
    'réceptionniste', 'onthaal', 'bureel', 'kantoor'],
  logistics: ['livraison', 'delivery', 'levering', 'التوصيل', 'driving', 'drive', 'rijden', 'conduire', 'conduite',
    'livreur', 'bezorger', 'bezorging', 'koerier', 'courier', 'coursier', 'camion', 'truck', 'vrachtwagen', 'سائق',
    'شيفور', 'chauffeur', 'entrepot', 'entrepôt', 'cariste', 'heftruck', 'forklift'],
  upperSecondary: ['باك', 'البكالوريا', 'bac', 'cess', 'high school diploma'],
  friend: ['صاحبي', 'صاحبتي', 'صحابي', 'صديقتي', 'صديقي', 'sa7bi', 'sa7bti', 'copain', 'copine', 'pote', 'vriendin',
    'خويا', 'ختي', 'اختي', 'خوي', 'عائلتي', 'العائله', 'khouya', 'khoya', 'khti', 'ukhti', 'akhi', 'familia', 'family',
    'familie', 'brother', 'sister', 'cousin', 'broer', 'zus', 'zuster', 'neef', 'nicht', 'mama', 'papa', 'mother',
    'father', 'moeder', 'vader', 'uncle', 'aunt', 'oom', 'tante', 'buurman', 'buurvrouw', 'neighbour', 'neighbor'],
  // a degree from abroad: whether it is recognised here is still to ask
  foreignNotRecognised: ['étranger', 'etranger', 'buitenland', 'buitenlandse', 'abroad', 'maroc', 'marokko', 'morocco',
    'lmaghrib', 'lmghrib', 'المغرب', 'algérie', 'algerie', 'algeria', 'algerije', 'الجزائر', 'tunisie', 'tunisia',
    'tunesië', 'تونس', 'syrie', 'syria', 'syrië', 'سوريا', 'turquie', 'turkey', 'turkije', 'au pays', 'mon pays',
    'my country', 'home country', 'thuisland', 'bled', 'lblad', 'البلاد', 'بلادي', 'afghanistan', 'irak', 'iraq',
    'العراق', 'guinée', 'guinea', 'congo', 'cameroun', 'cameroon', 'sénégal', 'senegal', 'érythrée', 'eritrea',
    'somalie', 'somalia', 'egypte', 'egypt', 'مصر'],
  school: ['مدارس', 'الجامعه', 'université', 'universiteit', 'university', 'lycée'],
};

/**
 * Words that, negated, pick an option: "ما عنديش ديبلوم" is no diploma, "pas reconnue" a diploma
 * from abroad not recognised here (whatever degree is named beside it).
 */
// prettier-ignore
export const NEGATED_OPTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  none: ['diplome', 'diplôme', 'diplomes', 'diploma', 'diplomas', 'degree', 'ديبلوم', 'دبلوم', 'شهاده', 'شهادة',
    'diplom', 'chahada'],
  foreignNotRecognised: ['reconnu', 'reconnue', 'reconnus', 'equivalence', 'équivalence', 'erkend', 'erkenning',
    'gelijkwaardigheid', 'recognised', 'recognized', 'recognition', 'معترف', 'معادله', 'معادلة', 'mo3taraf'],
};
/**
 * Phrases for list options read only whole, their words lending the option nothing on their own
 * ("école" says no diploma only in "jamais allé à l'école").
 */
// prettier-ignore
export const OPTION_PHRASES: Readonly<Record<string, readonly string[]>> = {
  sales: ['sales assistant', 'retail assistant'],
  // never schooled: "ما قريتش", "ma qritch", "I never went to school" (not "ma qritch bzaf": see LITTLE_WORDS)
  none: ['ما قريتش', 'ماقريتش', 'ma qritch', 'ma9ritch', 'ma 9ritch', 'maqritch', 'ما قريت والو', 'ma 9rit walou',
    'ma qrit walou', 'ما دخلتش للمدرسة', 'ما دخلت للمدرسة', 'ما دخلت المدرسة', 'لم أدرس', 'لم ادرس', 'ما درستش',
    'ma drstch', 'لم ادخل المدرسة', 'never went to school', 'never been to school', 'never attended school',
    "didn't go to school", 'did not go to school', 'no schooling', "jamais allé à l'école", "jamais allée à l'école",
    "jamais été à l'école", "pas allé à l'école", "pas allée à l'école", "pas été à l'école", 'jamais scolarisé',
    'jamais scolarisée', 'pas scolarisé', 'pas scolarisée', 'nooit naar school', 'niet naar school geweest',
    'niet naar school gegaan', 'nooit school gelopen', 'nooit op school'],
};

/** Words of degree: "ma qritch bzaf" (I did not study much) is some schooling, not none. */
// prettier-ignore
export const LITTLE_WORDS = [
  'bzaf', 'bezzaf', 'bezaf', 'بزاف', 'كثير', 'ktir', 'beaucoup', 'longtemps', 'much', 'long', 'a lot', 'veel', 'lang',
  'lange', 'trop', 'assez', 'enough', 'genoeg', 'ghir chwiya', 'غير شوية', 'un peu', 'a bit', 'een beetje',
];
/**
 * A degree's recognition, by the start of the word ("équivalence", "reconnu", "erkenning",
 * "gelijkwaardigheid", "معادلتها", "عادلتهاش", "m3adla"): said with a negation or as still pending,
 * the degree is from abroad and not recognised, whatever level it names.
 */
// prettier-ignore
export const RECOGNITION_STEMS = [
  'equivalen', 'reconn', 'recogni', 'erkend', 'erkenning', 'gelijkwaardig', 'gelijkschakel', 'homolog', 'nostrifi',
  'معادل', 'عادل', 'تعادل', 'معترف', 'اعتراف', 'm3adl', 'm3adal', 'mo3adal', 'mo3taraf', 'ta3adol', 't3adl', 't3adal',
];
/** Still pending: "en cours", "pas encore", "nog niet aangevraagd", "awaiting", "مازال", "لسا ما طلعت". */
// prettier-ignore
export const PENDING_WORDS = [
  'en cours', 'pas encore', 'toujours pas', 'en attente', 'attends', 'attend', 'demande', 'demandee', 'pending',
  'awaiting', 'waiting', 'wait', 'not yet', 'still', 'applied', 'in progress', 'nog niet', 'nog steeds', 'nog',
  'in behandeling', 'loopt', 'lopende', 'aangevraagd', 'wacht', 'مازال', 'مازالت', 'لسا', 'لسه', 'لسع', 'باقي',
  'ba9i', 'mazal', 'mazel', 'قيد', 'كنتسنى', 'كنستنى', 'ننتظر', 'انتظار', 'في الانتظار',
];
/** Options that a negated word of theirs picks whatever else is named: a degree "not recognised here". */
export const DECISIVE_NEGATED_OPTIONS = ['foreignNotRecognised'];
/** Phrases that carry their own negation and pick an option whatever else is named: Darija "ma m3adlach" (not made equivalent). */
// prettier-ignore
export const DECISIVE_OPTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  foreignNotRecognised: ['ma m3adlach', 'mam3adlach', 'ma m3adlinch', 'machi m3adel', 'machi m3adla', 'ma m3adelch',
    'ما معادلش', 'ماشي معادل', 'ما معترفينش', 'ma mo3tarafch', 'ma3tarfinch', 'pas équivalent', 'pas equivalent',
    'geen gelijkwaardigheid', 'not equivalent'],
};

/**
 * Schooling stopped or still going on: a level one stopped in ("gestopt in het 2de middelbaar",
 * "j'ai arrêté en 3ème", "dropped out of my bachelor") was not completed, so the level below it
 * counts; a level one is still in ("je suis en master 1") leaves the answer to ask again.
 */
// prettier-ignore
export const SCHOOLING_STOPPED_WORDS = [
  'arrêté', 'arrete', 'arrêter', 'abandonné', 'abandonne', 'quitté', 'quitte', 'lâché', 'lache', 'gestopt', 'gestopt met',
  'afgehaakt', 'stopped', 'quit', 'dropped out', 'drop out', 'left school', 'ما كملتش', 'ماكملتش', 'ma kmeltch',
  'ma kmltch', 'ma kemmeltch', 'حبست', '7bst', '7bast', 'خرجت', 'khrjt', 'khrejt',
  // not finished: "bac pro, pas fini", "not finished", "niet afgemaakt"
  'pas fini', 'pas terminé', 'pas termine', 'jamais fini', 'not finished', 'never finished', "didn't finish",
  'did not finish', 'niet afgemaakt', 'niet afgewerkt', 'nooit afgemaakt', 'niet afgerond',
];
// prettier-ignore
export const SCHOOLING_AFTER_WORDS = ['après', 'apres', 'na', 'after', 'afterwards', 'بعد', 'ba3d', 'fini', 'finished', 'afgestudeerd', 'diplômé', 'diplome'];
// prettier-ignore
export const SCHOOLING_ONGOING_WORDS = [
  'je suis en', 'suis en', 'en cours', 'actuellement en', 'ik zit in', 'zit in', 'ik studeer', 'studeer', "i'm in",
  'i am in', 'currently in', 'studying', 'étudiant en', 'etudiant en', 'étudiante en', 'etudiante en', 'student in',
  'كنقرا', 'كنقرى', 'kan9ra', 'ka n9ra', 'ka9ra', 'mazal kan9ra',
];
/** A school year typed as a rank ("3ème", "2de", "4th"): secondary school, not a degree. */
export const SCHOOL_YEAR =
  /^(?:[1-7](?:e|eme|ieme|ere|de|nde|ste|th|nd|rd|st)|seconde|premiere|terminale|troisieme|quatrieme|cinquieme|sixieme|rheto)$/;
/** The level completed when one stopped in a level. */
export const LEVEL_BELOW: Readonly<Record<string, string>> = {
  upperSecondary: 'lowerSecondary',
  lowerSecondary: 'lowerSecondary',
  bachelor: 'upperSecondary',
  master: 'bachelor',
};

/** "Both", "the two": an answer that picks every option shown, which is no choice. */
// prettier-ignore
export const BOTH_WORDS = [
  'les deux', 'tous les deux', 'toutes les deux', 'les 2', 'both', 'both of them', 'the two', 'allebei', 'alle twee',
  'allebeide', 'beide', 'beiden', 'الاثنين', 'الاثنان', 'كلاهما', 'كلاهم', 'الجوج', 'بجوج', 'الزوج', 'bjouj', 'bjoj',
  'ljouj', 'el jouj', 'jouj bjouj', 'b jouj',
];

/** Words for "or" between two answers: "Bruxelles ou Liège", "bouw of horeca", "البناء ولا المطاعم". */
export const OR_WORDS = ['ou', 'or', 'of', 'ولا', 'او', 'أو', 'wla', 'wela', 'ola', 'aw', 'oder', 'sinon', 'anders'];

/** Words for a mentor as a person one can have: "je veux un mentor" seeks one, "devenir mentor" is one. */
export const MENTOR_NOUNS = [
  'mentor',
  'mentore',
  'coach',
  'parrain',
  'marraine',
  'begeleider',
  'mentora',
  'منتور',
  'مونطور',
  'مونتور',
  'مرشد',
  'مرشدا',
  'مرشده',
];
/** Verbs of wanting right before "mentor" (Arabic has no "a"): "بغيت منتور", "I need mentor". */
// prettier-ignore
export const WANT_WORDS = [
  'veux', 'voudrais', 'cherche', 'besoin', 'want', 'need', 'wil', 'zoek', 'nodig', 'بغيت', 'نبغي', 'ابغي', 'اريد',
  'احتاج', 'نحتاج', 'محتاج', 'bghit', 'nbghi', 'bghina', 'kan9leb', 'خاصني', 'khasni', 'ابحث', 'نبحث', 'كنقلب',
  'نقلب', 'n9leb', 'looking', 'searching', 'zoek', 'cherche', 'بدي', 'بدنا', 'biddi', 'bddi', 'baddi', 'abghi',
  'nabghi', 'nebghi',
];
/** Words between wanting and what is wanted: "أبحث عن مرشد", "looking for a mentor", "op zoek naar een coach". */
export const WANTED_PREPOSITIONS = ['عن', 'على', '3la', 'for', 'naar', 'après', 'apres', 'ala'];
/** Articles before a noun: "a mentor", "un parrain", "een coach". */
export const ARTICLES = ['a', 'an', 'un', 'une', 'een', 'n', 'd', 'du', 'some', 'quelqu', 'someone'];
/** Verbs of being and becoming, and "as": before "a mentor" they say the person is one. */
// prettier-ignore
export const BE_WORDS = [
  'be', 'become', 'becoming', 'am', 'is', 'are', 'being', 'been', 'm', 'as', 'etre', 'devenir', 'deviens', 'devient',
  'suis', 'comme', 'ben', 'bent', 'zijn', 'worden', 'word', 'wordt', 'als', 'was', 'كون', 'نكون', 'اكون', 'nkoun',
  'nkon', 'nwli', 'نولي', 'nwelli',
];
/** Verbs of helping, said by someone offering help: right before young people they make a would-be mentor. */
// prettier-ignore
export const HELP_WORDS = [
  'aider', 'help', 'helping', 'assist', 'support', 'soutenir', 'accompagner', 'coacher', 'guider',
  'نعاون', 'اعاون', 'نساعد', 'اساعد', 'ساعد', 'n3awen', 'n3awn', 'nsa3ed', 'nsa3d', 'sa3ed', 'sa3id',
];
/** Dutch puts young people before the verb: "jongeren helpen", "jongeren te begeleiden". */
export const HELP_AFTER_WORDS = ['helpen', 'steunen', 'ondersteunen', 'begeleiden', 'coachen'];
/** Small words that may stand between helping and young people: "help a young person", "aider les jeunes". */
export const DETERMINERS = [
  'a',
  'an',
  'the',
  'some',
  'other',
  'out',
  'les',
  'des',
  'un',
  'une',
  'de',
  'd',
  'le',
  'la',
  'te',
  'de',
  'het',
  'een',
  'chi',
  'شي',
  'wa7ed',
  'someone',
];
/** Young people, whom a mentor helps. */
// prettier-ignore
export const YOUNG_WORDS = [
  'jeune', 'jeunes', 'jongere', 'jongeren', 'jongeri', 'young', 'youth', 'youngsters', 'youngster', 'youngs',
  'شباب', 'الشباب', 'شاب', 'chabab', 'chbab', 'drari', 'الدراري', 'chab', 'chaba', 'chabba', 'jeunesse', 'jongeren',
  'jonge', 'jong', 'jongen', 'jongens', 'jongeman', 'gast', 'gasten', 'starters',
  // helping someone else find work is a mentor's offer too
  'iemand', 'someone', 'somebody', "quelqu'un", 'quelquun', 'شي حد', 'واحد',
];

/** Ids that count only when they are the whole answer ("fr", "en"). */
export const CHOICE_ALONE: Readonly<Record<string, readonly string[]>> = {
  fr: ['fr', 'fra'],
  nl: ['nl', 'ned'],
  en: ['en', 'eng'],
  ar: ['ar', 'arb', 'عر'],
};

/** Near a place, not in it: "pas loin de Bruxelles", "near Antwerp", "قريب من باريس" is asked again. */
// prettier-ignore
export const NEAR_WORDS = [
  'near', 'nearby', 'close to', 'next to', 'not far from', 'pas loin', 'près de', 'pres de', 'à côté de', 'a cote de',
  'proche de', 'vlakbij', 'vlak bij', 'dichtbij', 'dicht bij', 'in de buurt', 'niet ver van', 'قريب', 'قرب',
  'بالقرب', 'حدا', 'جنب', 'qrib', '9rib', 'hda', "à côté d'", "près d'", "proche d'", "pas loin d'", 'juste à côté',
  '7da', 'janb', 'ح دا',
];

/** Words before a place where the person lives: "j'habite à", "ik woon in", "ساكن ف", "moi je suis à", "وأنا ف". */
// prettier-ignore
export const HOME_WORDS = [
  'habite', 'habitons', 'vis', 'reside', 'live', 'living', 'lives', 'stay', 'staying', 'woon', 'woont', 'wonen',
  'verblijf', 'ساكن', 'ساكنه', 'عايش', 'عايشه', 'اسكن', 'نسكن', 'كنسكن', 'مقيم', 'مقيمه', 'nskon', 'kanskon',
  'saken', 'sakna', 'moi', 'ana', 'انا', 'ik', 'ikzelf', 'myself', 'me', 'maintenant', 'now', 'nu', 'daba', 'دابا',
  'الان', 'sinds', 'actuellement', 'currently', 'momenteel',
];

/** Words before a place where the person does not live: work, birth, origin, the past, someone else. */
// prettier-ignore
export const ELSEWHERE_WORDS = [
  'travaille', 'bosse', 'work', 'works', 'working', 'werk', 'werkt', 'خدام', 'خدامه', 'كنخدم', 'نخدم', 'nkhdem',
  'khdam', 'etudie', 'study', 'studeer', 'ne', 'nee', 'born', 'geboren', 'ولدت', 'تزاديت', 'tzadt', 'originaire', 'origine',
  'from', 'viens', 'vient', 'kom', 'komt', 'uit', 'avant', 'before', 'vroeger', 'previously', 'used', 'كنت', 'kont',
  'famille', 'family', 'familie', 'parents', 'ouders', 'frere', 'soeur', 'broer', 'zus', 'brother', 'sister',
  'cousin', 'cousine', 'neef', 'nicht', 'khoya', 'khouya', 'خويا', 'ختي', 'اختي', 'خوي', 'عائلتي', 'واليديا',
  'الوالدين', 'mere', 'pere', 'mother', 'father', 'moeder', 'vader', 'مي', 'بابا', 'امي', 'ابي', 'he', 'she', 'il',
  'elle', 'hij', 'zij', 'هو', 'هي', 'demenage', 'demenager', 'demenagerai', 'verhuis', 'verhuizen', 'moving', 'move',
  'vacances', 'vakantie', 'holiday', 'visiting',
];

/** Words before someone else that make their place the person's too: "chez mes parents", "bij mijn zus", "with my brother". */
export const WITH_WORDS = ['chez', 'avec', 'with', 'bij', 'met', 'مع', 'عند', 'm3a', '3nd', '3and'];

/**
 * Languages applicants speak beyond the programme's four, by id (ISO 639), under the names they type
 * in French, Dutch, English, Arabic and Arabizi. The four are read with `CHOICE_WORDS`.
 */
// prettier-ignore
export const OTHER_LANGUAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  ber: ['berbère', 'berbere', 'berber', 'berbers', 'tamazight', 'tmazight', 'amazigh', 'amazighe', 'الأمازيغية',
    'امازيغي', 'أمازيغي', 'الامازيغيه', 'تمازيغت', 'الامازيغي', 'البربريه', 'بربري'],
  kab: ['kabyle', 'kabyl', 'kabylisch', 'taqbaylit', 'qbayli', 'leqbayel', 'القبائليه', 'قبائلي', 'القبائلي', 'تاقبايليت',
    'القبايليه', 'قبايلي', 'kabylie'],
  shi: ['tachelhit', 'tachelhite', 'tashelhit', 'tashelhiyt', 'tachelhiyt', 'chelha', 'chleuh', 'chelh', 'soussi',
    'tasoussit', 'تشلحيت', 'الشلحه', 'شلحه', 'الشلحي', 'شلحي', 'السوسيه'],
  rif: ['rif', 'rifain', 'rifaine', 'riffijns', 'rifijns', 'tarifit', 'tarifiyt', 'rifia', 'riffian', 'rifi', 'الريفيه',
    'ريفيه', 'الريفي', 'ريفي', 'تاريفيت', 'تريفيت', 'تريفت', 'thmazight', 'tarifiht', 'arifi'],
  pcm: ['pidgin', 'pidgin english', 'broken english', 'naija'],
  es: ['espagnol', 'spanish', 'spaans', 'español', 'espanol', 'الإسبانية', 'اسباني', 'الاسبانيه', 'sbanyoliya', 'spanyoliya'],
  pt: ['portugais', 'portuguese', 'portugees', 'português', 'portugues', 'البرتغالية', 'برتغالي'],
  tr: ['turc', 'turque', 'turkish', 'turks', 'türkçe', 'turkce', 'التركية', 'تركي', 'torkiya'],
  de: ['allemand', 'german', 'duits', 'deutsch', 'الألمانية', 'الالمانيه', 'ألماني', 'almaniya'],
  it: ['italien', 'italian', 'italiaans', 'italiano', 'الإيطالية', 'الايطاليه', 'طلياني', 'talyaniya'],
  fa: ['persan', 'persian', 'perzisch', 'farsi', 'dari', 'الفارسية', 'فارسي'],
  ps: ['pachto', 'pashto', 'pasjtoe', 'pashtu', 'البشتوية'],
  ku: ['kurde', 'kurdish', 'koerdisch', 'kurmanji', 'sorani', 'الكردية', 'كردي'],
  ti: ['tigrinya', 'tigrigna', 'tigrinia', 'tigrinya', 'التغرينية'],
  am: ['amharique', 'amharic', 'amhaars', 'الأمهرية'],
  so: ['somali', 'somalien', 'somalisch', 'الصومالية'],
  ru: ['russe', 'russian', 'russisch', 'الروسية', 'روسي'],
  uk: ['ukrainien', 'ukrainian', 'oekraïens', 'oekraiens', 'الأوكرانية'],
  pl: ['polonais', 'polish', 'pools', 'البولندية'],
  ro: ['roumain', 'romanian', 'roemeens', 'الرومانية'],
  sq: ['albanais', 'albanian', 'albanees', 'الألبانية'],
  ur: ['ourdou', 'urdu', 'الأردية'],
  ln: ['lingala'],
  ht: ['créole haïtien', 'creole haitien', 'haitian creole', 'kreyol', 'kreyòl', 'kreyol ayisyen', 'haïtien', 'haitien'],
  wo: ['wolof'],
  sw: ['swahili', 'kiswahili'],
};

/** Words between languages in a list that say nothing: "un peu de", "a bit of", "شوية ديال". */
// prettier-ignore
export const LANGUAGE_LIST_FILLERS = [
  'et', 'and', 'en', 'w', 'o', 'y', 'ou', 'or', 'un', 'peu', 'de', 'd', 'l', 'le', 'la', 'a', 'bit', 'of', 'little',
  'some', 'een', 'beetje', 'het', 'wat', 'شوية', 'شويه', 'ديال', 'dyal', 'chwiya', 'chwia', 'بعض', 'قليلا', 'قليل',
  'je', 'parle', 'parler', 'i', 'speak', 'ik', 'spreek', 'نتكلم', 'كنهدر', 'نهدر', 'كنتكلم', 'أتكلم', 'اتكلم',
  'ana', 'kanhder', 'kandwi', 'aussi', 'also', 'ook', 'too', 'bien', 'well', 'goed', 'couramment', 'fluently',
  'vloeiend', 'mais', 'but', 'maar', 'only', 'seulement', 'alleen', 'juste', 'just', 'que', 'ne', 'langue', 'langues',
  'language', 'languages', 'taal', 'talen', 'mother', 'tongue', 'maternelle', 'moedertaal',
];

/** Greetings before a name: "bonjour, je m'appelle Sara", "salam, smiti Youssef". */
// prettier-ignore
export const GREETINGS = [
  'bonjour', 'bonsoir', 'salut', 'coucou', 'cc', 'slt', 'hello', 'hi', 'hey', 'hallo', 'hoi', 'dag', 'goedemorgen',
  'goedemiddag', 'goedenavond', 'good morning', 'salam', 'salaam', 'slm', 'salam alaykoum', 'salam alikoum',
  'salamu alaykum', 'assalamu alaikum', 'السلام عليكم', 'سلام', 'مرحبا', 'اهلا', 'أهلا', 'صباح الخير', 'مساء الخير',
  'ahlan', 'marhaba',
];

/** What people say before their name, in the four languages, Darija and Arabizi. */
// prettier-ignore
export const NAME_INTRODUCTIONS = [
  "je m'appelle", "j'm'appelle", 'jm appelle', 'je mappelle', "moi c'est", "moi, c'est", "mon prénom est",
  "mon prénom c'est", 'mon nom est', "mon nom c'est", 'mon prénom', "c'est", 'je suis', 'ici', 'prénom',
  'my name is', 'my first name is', "my name's", 'my names', 'name is', "i'm", 'i am', 'im', "it's", 'its', 'call me',
  'this is', 'name', 'ik heet', 'ik ben', 'mijn naam is', 'mijn voornaam is', 'naam is', 'hier is', 'dit is',
  'voornaam', 'أنا اسمي', 'انا اسمي', 'اسمي هو', 'اسمي', 'إسمي', 'أنا', 'انا', 'سميتي', 'سميتي هي', 'سمية ديالي',
  'smiti', 'smiya dyali', 'ismi', 'esmi', 'ana', 'ana smiti', 'ana ismi', "on m'appelle", "tout le monde m'appelle",
  'appelle moi', 'appelez moi', 'they call me', 'noem me', 'ze noemen me', 'moi c', 'moi cest', 'mwa c', 'c', 'cest',
  'jsuis', 'chui', 'moi', "'k ben", 'k ben', 'kben',
];

/** Words that show an answer is not a name: questions, refusals. */
// prettier-ignore
export const NOT_NAME_WORDS = [
  'pourquoi', 'quoi', 'comment', 'why', 'what', 'how', 'waarom', 'wat', 'hoe', 'علاش', 'لماذا', 'لاش', 'شنو', 'اش',
  'wach', 'chno', '3lach', 'rien', 'nothing', 'niets', 'niks', 'secret', 'anonyme', 'anonymous', 'anoniem', 'test',
  'stop', 'help', 'aide', 'hulp', 'menu', 'start', 'prenom', 'nom', 'name', 'naam', 'voornaam', 'اسم', 'اسمي',
  'انا',
  // how one is, after "je suis", "ik ben", "I'm"
  'interesse', 'interessee', 'motive', 'motivee', 'pret', 'prete', 'disponible', 'nouveau', 'nouvelle', 'etudiant',
  'etudiante', 'jeune', 'perdu', 'perdue', 'benieuwd', 'geinteresseerd', 'klaar', 'nieuw', 'student', 'werkzoekend',
  'blij', 'interested', 'ready', 'new', 'available', 'here', 'ici', 'hier', 'unemployed', 'retired', 'retraite',
  'retraitee', 'gepensioneerd', 'chomeur', 'chomeuse', 'werkloos',
];

/** Thanks and please after an answer: "Sara merci", "Omar thanks". */
// prettier-ignore
export const POLITENESS = [
  'merci', 'merci beaucoup', 'thanks', 'thank you', 'thx', 'svp', 'stp', 'please', 'pls', 'plz', 'bedankt', 'dank je',
  'dank u', 'dankjewel', 'aub', 'alstublieft', 'شكرا', 'shukran', 'choukran', 'chokran', '3afak', 'عافاك',
  'shokran', 'shokrane', 'choukrane', 'chokrane',
];

/** Words that take back what was just said: "22 ah non 23", "24, sorry ik bedoel 25", "٢١ لا سمح لي ٢٢". */
// prettier-ignore
export const CORRECTION_WORDS = [
  'non', 'nee', 'no', 'sorry', 'pardon', 'dsl', 'desole', 'oups', 'oops', 'mean', 'meant', 'bedoel', 'bedoelde',
  'plutot', 'rather', 'eigenlijk', 'actually', 'correction', 'lol', 'لا', 'سمح', 'smhli', 'sm7li', 'اقصد', 'أقصد',
  'qsdt', 'عفوا', 'سمحلي',
];

/**
 * Words that take back a yes or a no said just before: "yes no wait no", "ja.. nee toch niet", "oui...
 * non en fait non", "لا لا عفوا نعم". What follows the last of them is the answer. "non" and "لا"
 * are left out: they are answers themselves.
 */
// prettier-ignore
export const TAKING_BACK_WORDS = [
  'en fait', 'enfait', 'finalement', 'in feite', 'in fact', 'في الحقيقة', 'فالحقيقة', 'fl7a9i9a', 'attends', 'attendez', 'pardon', 'désolé', 'désolée', 'dsl', 'je veux dire',
  'je voulais dire', 'plutôt', 'oups', 'je me suis trompé', 'je me suis trompée', 'je me trompe',
  'wacht', 'wacht even', 'sorry', 'ik bedoel', 'bedoel', 'ik bedoelde', 'eigenlijk', 'toch', 'oeps', 'excuseer',
  'attend', 'wait', 'actually', 'i mean', 'i meant', 'oops', 'on second thought', 'scratch that', 'my bad', 'correction',
  'عفوا', 'سمحلي', 'سمح لي', 'سمحيلي', 'smahli', 'smhli', 'sm7li', 'sme7li', 'اقصد', 'أقصد', 'قصدي', '9sdi',
  'qasdi', '9asdi', 'qsdt', 'بغيت نقول', 'bghit ngoul', 'tsna', 'تسنى', 'استنى',
  // said by mistake: "j'ai dit oui par erreur, c'est non", "I said yes by mistake, it's no"
  'par erreur', 'mauvais bouton', 'by mistake', 'wrong button', 'per ongeluk', 'per vergissing', 'verkeerd gedrukt',
  'بالغلط', 'bl ghalat', 'blghalat', 'غلطت', 'ghlatt',
];

/** Small words after a number that show it counts nothing: "ik ben 31 maar …", "24 et toi ?". */
// prettier-ignore
export const LINKING_WORDS = [
  'et', 'mais', 'donc', 'ou', 'and', 'but', 'so', 'or', 'en', 'maar', 'dus', 'of', 'w', 'wa', 'و', 'ولكن', 'لكن',
  'walakin', 'bs', 'toi', 'you', 'jij', 'nou', 'now', 'nu', 'maintenant', 'daba', 'دابا', 'inchallah',
];

/** Words before a duration, not an age: "retraité depuis 2 ans", "been in Belgium 4 years", "منذ 3 سنوات". */
// prettier-ignore
export const DURATION_WORDS = [
  'depuis', 'pendant', 'since', 'for', 'been', 'sinds', 'al', 'منذ', 'هادي', 'hadi', 'ago', 'geleden', 'il y a',
  'ici', 'here', 'hier',
];

/** Words right before an age said as one's own: "j'ai 24", "ik ben 20", "I'm 22", "وعمري 28", "moi 27". */
// prettier-ignore
export const AGE_CUE_WORDS = [
  'ai', 'j', 'moi', 'age', 'ben', 'am', 'im', 'm', 'leeftijd', 'عمري', 'عندي', 'سني', '3mri', '3omri', 'ana',
  'انا', 'sinni', '3ndi', '3andi', '3endi',
];
