import { read, unclear, type Reading } from './reading.js';

const MAX_LENGTH = 200;

/**
 * A free answer kept as typed ("apicultrice", "bac+3", "par un ami"): trimmed, at most 200
 * characters; no value when it holds no letter or digit.
 */
export function readFreeText(text: string): Reading<string> {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return unclear('empty');
  return read(Array.from(trimmed).slice(0, MAX_LENGTH).join(''));
}
