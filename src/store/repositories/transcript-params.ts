import type { MessageParam, MessageParams, TextParam } from '../../flows/message.js';

/**
 * A message's parameters as the transcript stores them: strings and numbers as they are, the
 * structured ones as short tuples without their repeated field names (a parameter is never an
 * array otherwise, so a tuple cannot be mistaken for one):
 * - a moment: `['d', iso, time zone, style?]`
 * - a text from the locales: `['t', key, params or 0, fallback?]`
 * - a list: `['l', items, style?]`, each item a string, a number or a text tuple.
 */
export type CompactParams = Record<string, CompactParam>;
type CompactParam = string | number | CompactDateTime | CompactText | CompactList;
type CompactDateTime = ['d', string, string] | ['d', string, string, 'long' | 'short' | 'time'];
type CompactText = ['t', string, CompactParams | 0] | ['t', string, CompactParams | 0, string];
type CompactList = ['l', (string | number | CompactText)[]] | ['l', (string | number | CompactText)[], 'and' | 'lines'];

export function compactParams(params: MessageParams): CompactParams {
  const compact: CompactParams = {};
  for (const [name, value] of Object.entries(params)) compact[name] = compactParam(value);
  return compact;
}

export function expandParams(compact: CompactParams): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(compact)) params[name] = expandParam(value);
  return params;
}

function compactParam(value: MessageParam): CompactParam {
  if (typeof value === 'string' || typeof value === 'number') return value;
  switch (value.kind) {
    case 'datetime':
      return value.style ? ['d', value.iso, value.timeZone, value.style] : ['d', value.iso, value.timeZone];
    case 'text':
      return compactText(value);
    case 'list': {
      const items = value.items.map((item) => (typeof item === 'object' ? compactText(item) : item));
      return value.style ? ['l', items, value.style] : ['l', items];
    }
  }
}

function compactText({ key, params, fallback }: TextParam): CompactText {
  const compact = params ? compactParams(params) : 0;
  return fallback === undefined ? ['t', key, compact] : ['t', key, compact, fallback];
}

function expandParam(value: CompactParam): MessageParam {
  if (typeof value === 'string' || typeof value === 'number') return value;
  switch (value[0]) {
    case 'd': {
      const [, iso, timeZone, style] = value;
      return { kind: 'datetime', iso, timeZone, ...(style ? { style } : {}) };
    }
    case 't':
      return expandText(value);
    case 'l': {
      const [, items, style] = value;
      return {
        kind: 'list',
        items: items.map((item) => (typeof item === 'object' ? expandText(item) : item)),
        ...(style ? { style } : {}),
      };
    }
  }
}

function expandText([, key, params, fallback]: CompactText): TextParam {
  return {
    kind: 'text',
    key,
    ...(params === 0 ? {} : { params: expandParams(params) }),
    ...(fallback === undefined ? {} : { fallback }),
  };
}
