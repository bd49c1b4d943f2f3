import type { MessageParam, MessageParams, OutboundMessage, RenderedMessage, TextParam } from '../flows/message.js';
import type { Translator } from '../locales/index.js';

/** A message as a transcript shows it: the text, then its choices numbered, one a line. */
export function transcriptText(message: OutboundMessage, language: string, translator: Translator): string {
  const rendered = renderMessage(message, language, translator);
  return [rendered.text, ...rendered.choices.map((choice, i) => `${i + 1}. ${choice.title}`)].join('\n');
}

/** Translates an abstract message into one language; dates go through Intl in that language. */
export function renderMessage(message: OutboundMessage, language: string, translator: Translator): RenderedMessage {
  const t = translator.forLanguage(language);
  return {
    text: t(message.key, formatParams(message.params, language, translator)),
    choices: (message.choices ?? []).map((choice) => {
      const choiceLanguage = choice.language ?? language;
      const tc = translator.forLanguage(choiceLanguage);
      const params = formatParams(choice.params, choiceLanguage, translator);
      return {
        id: choice.id,
        title: tc(choice.key, params),
        ...(choice.descriptionKey ? { description: tc(choice.descriptionKey, params) } : {}),
      };
    }),
  };
}

function formatParams(
  params: MessageParams | undefined,
  language: string,
  translator: Translator,
): Record<string, string | number> {
  const formatted: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) formatted[name] = formatParam(value, language, translator);
  return formatted;
}

function formatParam(value: MessageParam, language: string, translator: Translator): string | number {
  if (typeof value !== 'object') return value;
  switch (value.kind) {
    case 'text':
      return formatText(value, language, translator);
    case 'list': {
      const items = value.items.map((item) =>
        typeof item === 'object' ? formatText(item, language, translator) : String(item),
      );
      return value.style === 'lines' ? items.join('\n') : listFormat(language).format(items);
    }
    case 'datetime': {
      // The locale's own date conventions ("en-GB": "Mon 23 Nov, 18:00"), always on a 24-hour clock.
      const dateLocale = translator.forLanguage(language)('meta.dateLocale', { defaultValue: language });
      return dateFormat({ dateLocale, style: value.style, timeZone: value.timeZone }).format(new Date(value.iso));
    }
  }
}

// Building an Intl formatter costs far more than using one: one per language, style and zone.
const listFormats = new Map<string, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

function dateFormat(input: { dateLocale: string; style: string | undefined; timeZone: string }): Intl.DateTimeFormat {
  const key = `${input.dateLocale}|${input.style ?? ''}|${input.timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    const short = input.style === 'short';
    const day =
      input.style === 'time'
        ? {}
        : ({ weekday: short ? 'short' : 'long', day: 'numeric', month: short ? 'short' : 'long' } as const);
    format = new Intl.DateTimeFormat(input.dateLocale, {
      ...day,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: input.timeZone,
    });
    dateFormats.set(key, format);
  }
  return format;
}

function formatText(value: TextParam, language: string, translator: Translator): string {
  const t = translator.forLanguage(language);
  return t(value.key, {
    ...formatParams(value.params, language, translator),
    ...(value.fallback === undefined ? {} : { defaultValue: value.fallback }),
  });
}
