import type { YesNoQuestion } from '../understanding/index.js';

/**
 * What a flow says, before translation: a locale key and its parameters. Rendering into the
 * person's language happens at the edge (src/bot/render.ts), never inside a flow.
 */
export type MessageParam = string | number | DateTimeParam | TextParam | ListParam;

/** A text from the locales, in the reader's language (a city's local name, "in French"); `fallback` when the key is missing. */
export interface TextParam {
  kind: 'text';
  key: string;
  params?: MessageParams;
  fallback?: string;
}

/** Values joined as the reader's language joins a list ("A, B and C"), or one per line. */
export interface ListParam {
  kind: 'list';
  items: (string | number | TextParam)[];
  style?: 'and' | 'lines';
}

/** A moment shown in the reader's language and the given time zone. */
export interface DateTimeParam {
  kind: 'datetime';
  iso: string;
  timeZone: string;
  /** `short` fits a button or list row ("di 10 mrt 18:00"); `long` is for sentences; `time` is the hour alone ("18:00"). */
  style?: 'long' | 'short' | 'time';
}

export type MessageParams = Record<string, MessageParam>;

export interface ChoiceOption {
  /** Stable id: what a button or list reply carries back, whatever the language. */
  id: string;
  key: string;
  params?: MessageParams;
  descriptionKey?: string;
  /** Show the title in this language instead of the reader's (a language's own name, say). */
  language?: string;
  /** More keys whose text, in any language, also picks this choice; `|` separates alternatives. */
  matchKeys?: string[];
  /**
   * For a yes or a no: the question it answers, so that a statement answering it is read as well
   * ("ik zoek al 8 maanden werk" is a yes to "are you looking for a job?").
   */
  question?: YesNoQuestion;
}

export interface OutboundMessage {
  key: string;
  params?: MessageParams;
  choices?: ChoiceOption[];
  /** Said in passing (a notice, "I will stop writing"): the choices of the question before it are still the ones read. */
  keepsChoices?: boolean;
}

export interface RenderedChoice {
  id: string;
  title: string;
  description?: string;
}

/** A message in one language, ready for a channel to shape into what its provider shows. */
export interface RenderedMessage {
  text: string;
  choices: RenderedChoice[];
}
