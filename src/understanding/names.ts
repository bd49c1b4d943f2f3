/**
 * Words around names that the first-name reader needs to tell a first name from a family name, a
 * title, a nickname or a description. Kept as data: each list is typed as people write it and is
 * normalised by the reader.
 */

/** A title before a name means a family name follows: "Mme Lambert", "Dhr. Peeters", "السيد العلوي". */
// prettier-ignore
export const TITLES = [
  'monsieur', 'madame', 'mademoiselle', 'mr', 'mme', 'mlle', 'mmes', 'messieurs', 'dhr', 'meneer', 'mijnheer', 'mevr',
  'mevrouw', 'mw', 'juffrouw', 'mej', 'mrs', 'ms', 'miss', 'mister', 'sir', 'dr', 'docteur', 'dokter', 'doctor', 'prof',
  'maître', 'maitre', 'meester', 'السيد', 'السيدة', 'الآنسة', 'الانسة', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة',
];

/** The first word of a kunya, "father of" or "mother of": "أبو أحمد", "Abou Ahmed", "أم محمد" is no first name. */
// prettier-ignore
export const KUNYA_HEADS = ['أبو', 'ابو', 'أبي', 'ابي', 'أم', 'ام', 'abu', 'abou', 'abo', 'bou', 'oum', 'umm'];

/**
 * Particles that start a family name: "Omar El Amrani", "Sara Ben Ali", "Lotte van Dijk"; as the first
 * word of an answer they start a family name ("El Amrani"), never a first name.
 */
// prettier-ignore
export const SURNAME_PARTICLES = [
  'el', 'al', 'ben', 'bin', 'ibn', 'van', 'de', 'der', 'den', 'von', 'ould', 'ait', 'da', 'di', 'du', 'le', 'la', 'mc',
  'bou', 'abou', 'aboul', 'vanden', 'vander', 'vande', 'ter', 'ten', 'op', 'bel', 'بن', 'ابن', 'ولد', 'ايت',
];

/** Particles that are also a first name when they are the whole answer: "Ben". */
export const PARTICLES_THAT_ARE_NAMES = ['ben'];

/** The spoken Flemish article before a first name: "ik ben de Jef", "'t is Sien" ('t is a lead-in). */
export const FLEMISH_ARTICLES = ['de', 'den'];

/** Words introducing a name in spoken Flemish, beside the lexicon's introductions. */
// prettier-ignore
export const MORE_NAME_INTRODUCTIONS = [
  "'t is", 't is', 'het is', "'k ben", 'k ben', 'kben', 'ik zijn', "'k zijn", 'first name', 'first name is',
  'given name', 'given name is', 'voornaam is', 'prénom :', 'noem me', 'noem me maar', 'zeg maar', 'just call me',
  'you can call me', 'call me', 'appelez-moi', 'appelle-moi', "tu peux m'appeler", "vous pouvez m'appeler", 'ناديني', 'الاسم', 'الإسم', 'الاسم الشخصي', 'الاسم هو',
];

/** Greetings beside the lexicon's, set aside before a name and no name alone. */
// prettier-ignore
export const MORE_GREETINGS = [
  'good afternoon', 'good evening', 'good day', 'hi there', 'hello there', 'hey there', 'yo', 'wesh', 'hola',
  'goeiemorgen', 'goeiedag', 'goedendag', 'goeiemiddag', 'goeienavond', 'bonjour à vous', 'bonjour à tous', 'bonne journée',
  'صباح النور', 'مساء النور', 'أهلا وسهلا', 'اهلا وسهلا',
];

/** Words naming the family name: a part of the answer with one gives no first name ("Diallo c'est mon nom"). */
// prettier-ignore
export const FAMILY_NAME_LABELS = [
  'nom', 'nom de famille', 'surname', 'last name', 'family name', 'lastname', 'familienaam', 'achternaam',
  'الكنية', 'كنيتي', 'اللقب', 'لقبي', 'العائلة', 'النسب', 'kunya', 'laqab',
];

/**
 * The most frequent family names in Belgium, the Netherlands and France that are never first names:
 * typed alone they are a family name, and the question is asked again.
 */
// prettier-ignore
export const COMMON_FAMILY_NAMES = [
  'peeters', 'janssens', 'maes', 'jacobs', 'mertens', 'willems', 'claes', 'claeys', 'goossens', 'wouters', 'dubois',
  'lambert', 'dupont', 'hermans', 'vermeulen', 'pauwels', 'michiels', 'smets', 'desmet', 'dumont', 'leclercq',
  'lejeune', 'renard', 'lemaire', 'janssen', 'jansen', 'bakker', 'visser', 'smit', 'meijer', 'mulder', 'dekker',
  'hendriks', 'verhoeven', 'devos', 'vandamme', 'declercq', 'vandenberghe', 'verstraete', 'timmermans', 'vanderlinden',
  'dubuisson', 'moreau', 'lefebvre', 'leroy', 'fontaine', 'rousseau', 'girard', 'dupuis', 'mercier', 'boucher',
  'smith', 'johnson', 'williams', 'brown', 'jones', 'yilmaz', 'kaya', 'demir', 'celik', 'sahin', 'ozturk',
];

/** Words that start a first name of two words ("Fatima Zahra", "Mohamed Amine", "Jean Marc", "عبد الله"). */
// prettier-ignore
export const COMPOUND_HEADS = [
  'jean', 'marie', 'anne', 'anna', 'fatima', 'fatma', 'fatiha', 'mohamed', 'mohammed', 'muhammad', 'mohammad',
  'mohamad', 'mouhamed', 'abdel', 'abd', 'abdul', 'abdoul', 'moulay', 'sidi', 'lalla', 'mehmet', 'seyed', 'sayed',
  'seyyed', 'محمد', 'فاطمه', 'فاطمة', 'عبد', 'مولاي', 'سيدي', 'لالة',
];

/** Words that end a first name of two words ("Ahmad Shah", "Ibrahima Sory", "Mamadou Lamine", "Jean Marc"). */
// prettier-ignore
export const COMPOUND_TAILS = [
  'zahra', 'zohra', 'ezzahra', 'amine', 'amin', 'claire', 'sophie', 'louise', 'pierre', 'marie', 'rahman', 'allah',
  'ellah', 'illah', 'marc', 'luc', 'yves', 'paul', 'philippe', 'francois', 'michel', 'baptiste', 'christophe', 'charles',
  'laure', 'lou', 'jeanne', 'anne', 'shah', 'sory', 'lamine', 'tidiane', 'saliou', 'moustapha', 'reza', 'eddine', 'edine', 'eddin', 'uddin', 'ullah', 'gul', 'jan', 'nissa', 'nisa',
  'الزهراء', 'الزهرة', 'زهرة', 'امين', 'أمين', 'الله', 'الرحمان', 'الرحمن', 'الدين', 'شاه', 'رضا',
  // Portuguese, Spanish and Filipino double names ("Maria Clara", "João Pedro", "Juan Carlos"), French ones with no hyphen
  'clara', 'luisa', 'fernanda', 'eduarda', 'vitoria', 'julia', 'pedro', 'carlos', 'jose', 'antonio', 'miguel', 'luis',
  'manuel', 'elena', 'teresa', 'isabel', 'cristina', 'emmanuel', 'helene', 'therese', 'christine', 'noelle', 'ange',
];

/**
 * Words after which the real name comes: "on m'appelle Dédé mais mon vrai prénom c'est André",
 * "they call me Jay, my real name is Jamal", "ينادوني حمودي بس اسمي الحقيقي محمد".
 */
// prettier-ignore
export const REAL_NAME_INTRODUCTIONS = [
  "mon vrai prénom c'est", 'mon vrai prénom est', 'mon vrai prénom', "mon vrai nom c'est", 'mon vrai nom est',
  'mon vrai nom', "mon prénom officiel c'est", 'de mon vrai nom', 'en vrai je m\'appelle', 'mijn echte naam is',
  'mijn echte naam', 'mijn echte voornaam is', 'mijn echte voornaam', 'eigenlijk heet ik', 'in het echt heet ik',
  'officieel heet ik', 'my real name is', "my real name's", 'my real name', 'my actual name is', 'my legal name is',
  'real name', 'officially', 'اسمي الحقيقي هو', 'اسمي الحقيقي', 'الاسم الحقيقي', 'سميتي الحقيقية', 'smiti l7a9i9iya',
];

/** Words that introduce a nickname: a clause they start is not where the first name is. */
// prettier-ignore
export const NICKNAME_INTRODUCTIONS = [
  "on m'appelle", "tout le monde m'appelle", "ils m'appellent", "mes amis m'appellent", 'surnommé', 'surnommée',
  'mon surnom', 'ze noemen me', 'iedereen noemt me', 'mijn vrienden noemen me', 'mijn bijnaam', 'they call me',
  'people call me', 'everyone calls me', 'my friends call me', 'my nickname', 'nickname', 'ينادوني', 'ينادونني',
  'يناديني', 'كيعيطو ليا', 'كيعيطولي', 'كيقولو ليا', 'لقبي', 'kay3ayto lia', 'kay3ytoli',
];

/** Words that cut an answer into parts: "Mohamed mais on m'appelle Hamoudi", "محمد بس ينادوني حمودي". */
export const CONTRAST_WORDS = ['mais', 'maar', 'but', 'بس', 'لكن', 'ولكن', 'walakin', 'walakine'];

/** Words of a question back ("moet da?", "c'est obligé ?", "is that necessary?"), never a name. */
// prettier-ignore
export const QUESTION_BACK_WORDS = [
  'moet', 'moeten', 'verplicht', 'nodig', 'waarvoor', 'obligé', 'obligatoire', 'faut', 'necessaire', 'pour quoi',
  'must', 'need', 'necessary', 'required', 'mandatory', 'لازم', 'ضروري', 'واجب', 'lazem', 'darori', 'daruri', 'wajib',
];

/** Words after a name that only present it: "Margaret here", "Jan aan de lijn", "سارة هنا". */
export const SIGN_OFFS = ['here', 'speaking', 'aan de lijn', 'هنا'];
