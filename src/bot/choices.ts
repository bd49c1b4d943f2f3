import type { ChoiceOption } from '../flows/message.js';
import type { Translator } from '../locales/index.js';
import { alternativeForms, normalizeForMatching } from './text.js';

/**
 * Reads a typed answer as one of the offered choices: its number ("2", "٢", "2️⃣"), its id, or its
 * label or an alias in any language the assistant speaks. Null when nothing matches exactly.
 */
export function resolveChoice(text: string, choices: readonly ChoiceOption[], translator: Translator): string | null {
  const typed = normalizeForMatching(text);
  if (typed === '') return null;
  if (/^\d{1,2}$/.test(typed)) {
    return choices[Number(typed) - 1]?.id ?? null;
  }
  for (const choice of choices) {
    if (acceptedAnswers(choice, translator).has(typed)) return choice.id;
  }
  return null;
}

function acceptedAnswers(choice: ChoiceOption, translator: Translator): Set<string> {
  const answers = new Set([normalizeForMatching(choice.id)]);
  for (const language of translator.languages) {
    const t = translator.forLanguage(language);
    // A label shown in one fixed language (a language's own name) is matched in that language only.
    const labelKeys = choice.language === undefined || choice.language === language ? [choice.key] : [];
    for (const key of [...labelKeys, ...(choice.matchKeys ?? [])]) {
      for (const form of alternativeForms(t(key, { defaultValue: '' }))) answers.add(form);
    }
  }
  return answers;
}
