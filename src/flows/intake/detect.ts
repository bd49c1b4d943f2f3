const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

const GREETINGS: Record<string, RegExp> = {
  fr: /\b(bonjour|bonsoir|salut|coucou|allo|merci|je (suis|voudrais|cherche))\b/,
  nl: /\b(hallo|hoi|dag|goedendag|goeiendag|goedemorgen|goeiemorgen|goedemiddag|goedenavond|goeiedag|ik (ben|wil|zoek))\b/,
  en: /\b(hello|hi|hey|good (morning|afternoon|evening)|i (am|want|need|would))\b/,
};

/**
 * The language to suggest from a first message: a named language, Arabic script, or a common
 * greeting; otherwise the fallback. Only a suggestion: the person confirms or picks another.
 */
export function suggestLanguage(input: {
  text: string;
  namedLanguage: string | null;
  languages: string[];
  fallback: string;
}): string {
  const { text, namedLanguage, languages, fallback } = input;
  const known = (language: string): boolean => languages.includes(language);
  if (namedLanguage && known(namedLanguage)) return namedLanguage;
  if (ARABIC_SCRIPT.test(text) && known('ar')) return 'ar';
  const lower = text.toLowerCase();
  for (const [language, pattern] of Object.entries(GREETINGS)) {
    if (known(language) && pattern.test(lower)) return language;
  }
  return known(fallback) ? fallback : (languages[0] ?? fallback);
}

// "non attends", "sorry, I meant", "nee wacht", "لا، أقصد": the message corrects the answer before it.
const CORRECTION =
  /(^|[^\p{L}])(non|no|nee|wait|attends|attendez|wacht|sorry|pardon|oups|oops|erreur|mistake|fout|actually|en fait|eigenlijk|i mean|je veux dire|ik bedoel|je me suis trompée?|لا|عفوا|آسف|أقصد|اقصد)(?=$|[^\p{L}])/iu;

/** Whether a message says it corrects the answer just given. */
export function isCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

// "c'est quand ?", "when is it?", "wanneer?", "متى؟", "وقتاش": the person asks when a session is.
const ASKS_WHEN =
  /(^|[^\p{L}])(quand(?! m[eê]me)|quelle (date|heure)|quel jour|a quelle heure|à quelle heure|when|what (time|day|date)|which (day|date)|wanneer|hoe laat|welke (dag|datum)|متى|امتى|إمتى|وقتاش|فوقاش|اي يوم|أي يوم)(?=$|[^\p{L}])/iu;

/** Whether a message asks when a session is, whatever else it says ("oui mais c'est quand ?"). */
export function asksWhen(text: string): boolean {
  return ASKS_WHEN.test(text);
}
