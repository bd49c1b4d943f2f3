import type { MessageParams, OutboundMessage, RenderedMessage } from '../flows/message.js';
import type { Translator } from '../locales/index.js';

/** Translates an abstract message into one language; dates go through Intl in that language. */
export function renderMessage(message: OutboundMessage, language: string, translator: Translator): RenderedMessage {
  const t = translator.forLanguage(language);
  return {
    text: t(message.key, formatParams(message.params, language)),
    choices: (message.choices ?? []).map((choice) => {
      const choiceLanguage = choice.language ?? language;
      const tc = translator.forLanguage(choiceLanguage);
      const params = formatParams(choice.params, choiceLanguage);
      return {
        id: choice.id,
        title: tc(choice.key, params),
        ...(choice.descriptionKey ? { description: tc(choice.descriptionKey, params) } : {}),
      };
    }),
  };
}

function formatParams(params: MessageParams | undefined, language: string): Record<string, string | number> {
  const formatted: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'object') {
      formatted[name] = value;
      continue;
    }
    const short = value.style === 'short';
    formatted[name] = new Intl.DateTimeFormat(language, {
      weekday: short ? 'short' : 'long',
      day: 'numeric',
      month: short ? 'short' : 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: value.timeZone,
    }).format(new Date(value.iso));
  }
  return formatted;
}
