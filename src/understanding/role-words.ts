/**
 * Words the role reader uses to tell whose job search, whose help and whose young people an answer
 * speaks of: the writer's own ("ik zoek werk"), or other people's ("des jeunes qui cherchent un emploi").
 */

/** People other than the writer, whom a mentor helps: "aider les autres", "anderen helpen", "n3awen lokhrin". */
// prettier-ignore
export const OTHER_PEOPLE_WORDS = [
  'autres', 'anderen', 'andere', 'others', 'gens', 'personnes', 'mensen', 'people', 'persons', 'nas', 'lnas', 'nnas', 'الناس',
  'ناس', 'lokhrin', 'lakhrin', 'lkhrin', 'lokhrine', 'الاخرين', 'اخرين', 'الآخرين', 'الغير', 'nieuwkomers',
  'newcomers', 'primo arrivants', 'refugies', 'refugees', 'vluchtelingen', 'migrants', 'اللاجئين', 'لاجئين',
];

/** Pronouns opening a clause about the noun before them: "des jeunes qui cherchent", "jongeren die werk zoeken". */
// prettier-ignore
export const SUBJECT_RELATIVE_WORDS = [
  'qui', 'die', 'who', 'that', 'اللي', 'الي', 'الذين', 'اللذين', 'لي', 'lli', 'li', 'elli', 'illi', 'yalli', 'يلي',
];

/** The writer as a subject: a clause about others ends where the writer speaks again. */
// prettier-ignore
export const FIRST_PERSON_SUBJECTS = [
  'je', 'j', 'jsuis', 'jsui', 'chui', 'moi', 'ik', 'i', 'im', 'ana', 'انا', 'أنا',
];

/** Being, said of the writer before a noun: "je suis un jeune qui cherche", "ana chab li kay9leb". */
// prettier-ignore
export const SELF_BEING_WORDS = [
  'suis', 'jsuis', 'jsui', 'chui', 'ben', 'am', 'im', 'm', 'ana', 'انا', 'أنا',
];

/** Verbs of sending young people to the programme: "orienter des jeunes vers vous", "jongeren doorverwijzen". */
// prettier-ignore
export const REFERRING_WORDS = [
  'orienter', 'oriente', 'envoyer', 'envoie', 'referer', 'refer', 'send', 'doorverwijzen', 'verwijzen', 'doorsturen',
  'sturen', 'اوجه', 'نوجه', 'اوجههم', 'نوجههم', 'نرسل', 'ارسل', 'نبعث', 'نصيفط', 'nwejjeh', 'nwajjeh', 'nsifet',
  'nsift',
];

/**
 * Words between having or sending and young people: a quantity or "you" ("I have several youngsters",
 * "send you a few young people", "عندي بزاف ديال الشباب").
 */
// prettier-ignore
export const REFERRED_BETWEEN_WORDS = [
  'plusieurs', 'quelques', 'beaucoup', 'des', 'several', 'some', 'many', 'few', 'a', 'enkele', 'een', 'paar', 'veel',
  'wat', 'bzaf', 'bezzaf', 'بزاف', 'chi', 'شي', 'بعض', 'عدة', 'dyal', 'dial', 'ديال', 'you', 'vous', 'jullie', 'u',
  'lkom', 'likom', 'ليكم', 'لكم',
];

/** Giving one's time, a mentor's offer: "donner de mon temps", "mijn tijd geven", "give some of my time". */
// prettier-ignore
export const GIVING_WORDS = [
  'donner', 'donne', 'consacrer', 'consacre', 'offrir', 'offre', 'give', 'giving', 'offer', 'spend', 'donate', 'geven',
  'geef', 'schenken', 'besteden',
  'vrijmaken', 'نعطي', 'اعطي', 'أعطي', 'نمنح', 'n3ti', 'na3ti', 'nemnah',
];
// prettier-ignore
export const TIME_WORDS = ['temps', 'time', 'tijd', 'وقت', 'وقتي', 'الوقت', 'wa9t', 'wa9ti', 'w9ti', 'lwe9t', 'lwa9t'];

/** Words before a verb of helping that make it an offer: "je veux aider", "ik wil graag helpen", "I'd like to help". */
// prettier-ignore
export const OFFERING_WORDS = [
  'veux', 'voudrais', 'aimerais', 'souhaite', 'jveux', 'peux', 'pourrais', 'wil', 'wilt', 'zou', 'kan', 'to',
  'bghit', 'nbghi', 'biddi', 'baddi', 'nheb', 'n7eb', 'n7ebb', 'بغيت', 'نبغي', 'بدي', 'اريد', 'أريد', 'احب', 'أحب', 'نحب',
];

/** Wanting, glued to "je" as people type it: "jveux travailler". */
export const GLUED_WANT_WORDS = ['jveux', 'jvoudrais', 'chveux', 'jvx'];

// prettier-ignore
export const APPLYING_WORDS = [
  'postule', 'postuler', 'postulee', 'applying', 'applied', 'solliciteer', 'gesolliciteerd', 'تقدمت', 'قدمت',
];

/** A traineeship sought is a job seeker's wish too: "je cherche un stage", "looking for an internship". */
// prettier-ignore
export const TRAINEESHIP_WORDS = [
  'stage', 'stages', 'alternance', 'apprentissage', 'internship', 'apprenticeship', 'traineeship', 'stageplaats',
  'stageplek', 'ستاج', 'تدريب', 'stagiaire',
];
