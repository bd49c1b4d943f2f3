import type { MessageParam, MessageParams, OutboundMessage, RenderedMessage, TextParam } from '../flows/message.js';
import type { Translator } from '../locales/index.js';

/** A message as a transcript shows it: the text, then its choices numbered, one a line. */
export function transcriptText(message: OutboundMessage, language: string, translator: Translator): string {
  const rendered = renderMessage(message, language, translator);
  return [rendered.text, ...rendered.choices.map((choice, i) => `${i + 1}. ${choice.title}`)].join('\n');
}

/** Translates an abstract message into one language; dates go through Intl in that language. */
export function renderMessage(message: OutboundMessage, language: string, translator: Translator): RenderedMessage {
  const t = translated(translator, language);
  return {
    text: t(message.key, formatParams(message.params, language, translator)),
    choices: (message.choices ?? []).map((choice) => {
      const choiceLanguage = choice.language ?? language;
      const tc = translated(translator, choiceLanguage);
      const params = formatParams(choice.params, choiceLanguage, translator);
      return {
        id: choice.id,
        title: tc(choice.key, params),
        ...(choice.descriptionKey ? { description: tc(choice.descriptionKey, params) } : {}),
      };
    }),
  };
}

type Params = Record<string, string | number>;

/**
 * The same key with the same parameters always gives the same text, and the flows ask for the
 * same few hundred texts over and over: each is translated once, then remembered (a bounded
 * number of them, per translator).
 */
const rememberedTexts = new WeakMap<Translator, Map<string, string>>();
const MAX_REMEMBERED_TEXTS = 20_000;

function translated(translator: Translator, language: string): (key: string, params: Params) => string {
  let remembered = rememberedTexts.get(translator);
  if (!remembered) {
    remembered = new Map();
    rememberedTexts.set(translator, remembered);
  }
  const texts = remembered;
  return (key, params) => {
    const cacheKey = `${language}\u0000${key}\u0000${JSON.stringify(params)}`;
    let text = texts.get(cacheKey);
    if (text === undefined) {
      text = translator.forLanguage(language)(key, params);
      if (texts.size >= MAX_REMEMBERED_TEXTS) texts.clear();
      texts.set(cacheKey, text);
    }
    return text;
  };
}

function formatParams(params: MessageParams | undefined, language: string, translator: Translator): Params {
  const formatted: Params = {};
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
  const t = translated(translator, language);
  return t(value.key, {
    ...formatParams(value.params, language, translator),
    ...(value.fallback === undefined ? {} : { defaultValue: value.fallback }),
  });
}
