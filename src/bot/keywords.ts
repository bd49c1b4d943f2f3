import type { Translator } from '../locales/index.js';
import { readLanguage } from '../understanding/index.js';
import { alternativeForms, normalizeForMatching } from './text.js';

/** Words that mean the same whatever question is on screen: commands and language names. */
export interface KeywordIndex {
  /** The command (a key under `commands` in the locales) the whole text names, if any. */
  command(text: string): string | null;
  /**
   * The language the text names: the whole text (its code, its own name, or its name in any locale), or
   * one language named in a short sentence ("English please", "en arabe svp", "بالفرنسية"), if any.
   */
  language(text: string): string | null;
}

/** Built once from every locale: `commands.<name>` and `languages.<code>` hold `|`-separated alternatives. */
export function createKeywordIndex(translator: Translator): KeywordIndex {
  const commands = new Map<string, string>();
  const languages = new Map<string, string>();
  for (const code of translator.languages) {
    languages.set(code, code);
    const own = translator.forLanguage(code);
    addAlternatives(languages, own('meta.endonym', { defaultValue: '' }), code);
  }
  for (const locale of translator.languages) {
    const t = translator.forLanguage(locale);
    const names: unknown = t('commands', { returnObjects: true, defaultValue: {} });
    if (typeof names === 'object' && names !== null) {
      for (const [command, words] of Object.entries(names)) {
        if (typeof words === 'string') addAlternatives(commands, words, command);
      }
    }
    for (const code of translator.languages) {
      addAlternatives(languages, t(`languages.${code}`, { defaultValue: '' }), code);
    }
  }
  return {
    command: (text) => commands.get(normalizeForMatching(text)) ?? null,
    language: (text) =>
      languages.get(normalizeForMatching(text)) ?? languageInShortSentence(text, translator.languages),
  };
}

function addAlternatives(index: Map<string, string>, alternatives: string, value: string): void {
  for (const form of alternativeForms(alternatives)) {
    if (!index.has(form)) index.set(form, value);
  }
}

// Longer messages mention languages for other reasons ("je parle arabe et français depuis toujours")
const MAX_WORDS_TO_NAME_A_LANGUAGE = 5;

// A message without letters ("2", "👍") names no language: the reader would take "2" as the second one.
function languageInShortSentence(text: string, languages: readonly string[]): string | null {
  if (!/\p{L}/u.test(text)) return null;
  if (text.trim().split(/\s+/).length > MAX_WORDS_TO_NAME_A_LANGUAGE) return null;
  const reading = readLanguage(text, { languages, typos: false });
  return reading.ok ? reading.value : null;
}
