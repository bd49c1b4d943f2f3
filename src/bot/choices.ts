import type { ChoiceOption } from '../flows/message.js';
import type { Translator } from '../locales/index.js';
import {
  namesAndPhrases,
  readChoice,
  readYesNo,
  valueOf,
  withLexicon,
  type ChoiceOption as ReaderOption,
  type OptionPhrase,
} from '../understanding/index.js';
import { alternativeForms } from './text.js';

/**
 * Reads a typed answer as one of the offered choices with the reader (src/understanding): a yes or
 * a no in a sentence when yes and no are offered, then the option's number ("2", "٢", "2️⃣",
 * "deux"), its id, its label or an alias in any language the assistant speaks, words of its label
 * or a synonym the reader knows, within a small typo; a phrase naming other options in other languages
 * ("college") is read in the person's language, when known. Null when the answer should be asked again.
 */
export function resolveChoice(
  text: string,
  choices: readonly ChoiceOption[],
  translator: Translator,
  language?: string,
): string | null {
  const ids = new Set(choices.map((choice) => choice.id));
  if (ids.has('yes') && ids.has('no')) {
    const question = choices.find((choice) => choice.question !== undefined)?.question;
    const yesNo = readYesNo(text, { allowNotSure: ids.has('notSure'), ...(question ? { question } : {}) });
    if (yesNo.ok) return yesNo.value;
    // "maybe" or a yes and a no together: ask again rather than guess; anything else may still name an option
    if (yesNo.reason !== 'notUnderstood') return null;
  }
  return valueOf(readChoice(text, readerOptions(choices, translator), language === undefined ? {} : { language }));
}

/**
 * A tapped button or list row, or a template quick reply: its id (a template's payload) as offered,
 * then the same id in another case ("YES" for "yes"), then its title (or a payload that is the
 * button's text) read in any language like a typed answer. An id from an older message that no
 * offered choice has is read by its title too. Without choices on screen the id is kept as it came.
 */
export function resolveTappedChoice(
  tap: { id: string; title: string },
  choices: readonly ChoiceOption[] | null,
  translator: Translator,
): string | null {
  if (!choices) return tap.id;
  const id = tap.id.trim();
  const same = choices.find((choice) => choice.id === id) ?? choices.find((choice) => sameLetters(choice.id, id));
  if (same) return same.id;
  return resolveChoice(tap.title, choices, translator) ?? resolveChoice(id, choices, translator);
}

function sameLetters(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/**
 * The reader's options for a list of choices, built once per list and translator: building them
 * translates every label in every language, and the reader indexes them once per (same) array.
 */
const readerOptionsCache = new WeakMap<Translator, Map<string, ReaderOption[]>>();
const READER_OPTIONS_CACHED = 500;

function readerOptions(choices: readonly ChoiceOption[], translator: Translator): ReaderOption[] {
  let cache = readerOptionsCache.get(translator);
  if (!cache) {
    cache = new Map();
    readerOptionsCache.set(translator, cache);
  }
  const key = JSON.stringify(choices);
  const cached = cache.get(key);
  if (cached) return cached;
  // Lists with dates (sessions) vary without end; a full cache starts again rather than growing.
  if (cache.size >= READER_OPTIONS_CACHED) cache.clear();
  const options = buildReaderOptions(choices, translator);
  cache.set(key, options);
  return options;
}

function buildReaderOptions(choices: readonly ChoiceOption[], translator: Translator): ReaderOption[] {
  return choices.map((choice) => {
    const { names, phrases } = acceptedAnswers(choice, translator);
    return withLexicon({
      id: choice.id,
      names,
      phrases,
      // A label filled in with a date and a place says nothing word by word
      labelWords: choice.params === undefined,
    });
  });
}

function acceptedAnswers(choice: ChoiceOption, translator: Translator): { names: string[]; phrases: OptionPhrase[] } {
  const names = new Set([choice.id]);
  const phrases: OptionPhrase[] = [];
  for (const language of translator.languages) {
    const t = translator.forLanguage(language);
    // A label shown in one fixed language (a language's own name) is matched in that language only.
    const labelKeys = choice.language === undefined || choice.language === language ? [choice.key] : [];
    for (const key of [...labelKeys, ...(choice.matchKeys ?? [])]) {
      const text = t(key, { defaultValue: '' }).replace(/\{\{[^}]*\}\}/g, ' ');
      const split = namesAndPhrases(alternativeForms(text), language);
      for (const form of split.names) names.add(form);
      phrases.push(...split.phrases);
    }
  }
  return { names: [...names], phrases };
}
