import { describe, expect, it } from 'vitest';
import { readRating } from '../../src/understanding/index.js';
import { SHOWN_LABELS } from '../../src/understanding/scale-words.js';

describe('readRating, the scale in words', () => {
  it('takes the labels shown under the question from the locale files, in the four languages', () => {
    expect(SHOWN_LABELS).toEqual(
      expect.arrayContaining([
        ['pas du tout', 1],
        ['tres utile', 5],
        ['helemaal niet', 1],
        ['heel nuttig', 5],
        ['not at all', 1],
        ['very useful', 5],
        ['مفيد جدا', 5],
      ]),
    );
  });

  it.each([
    ['très utile', 5],
    ['Heel nuttig!', 5],
    ['very useful 🙏', 5],
    ['مفيد جدًا', 5],
    ['vraiment super utile', 5],
    ['echt heel handig', 5],
    ['really helpful', 5],
    ['كان مفيد بزاف', 5],
    ['mfid bzaf', 5],
    ['pas du tout', 1],
    ['pas du tout utile, on ne s’est pas vus', 1],
    ['helemaal niet', 1],
    ['not useful at all', 1],
    ['ما كانش مفيد نهائيا', 1],
    ['inutile', 1],
    ['nutteloos', 1],
    ['useless tbh', 1],
  ])('reads "%s" as %i', (text, value) => {
    expect(readRating(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['4, très utile', 4],
    ['2 helemaal niet goed', 2],
    ['3 - not at all what I expected', 3],
  ])('takes the digit beside the words: "%s" is %i', (text, value) => {
    expect(readRating(text)).toEqual({ ok: true, value });
  });

  it.each([
    'pas très utile',
    'niet zo nuttig',
    'not very useful',
    'ماشي مفيد بزاف',
    'pas mal du tout',
    'not bad at all',
  ])('asks again when the words are negated or only say "not bad": "%s"', (text) => {
    expect(readRating(text)).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each(['très bien', 'goed', 'utile', 'useful'])('asks again when "%s" says no end of the scale', (text) => {
    expect(readRating(text).ok).toBe(false);
  });

  it('asks again when both ends are named', () => {
    expect(readRating('très utile ou pas du tout, je sais pas')).toEqual({ ok: false, reason: 'severalValues' });
  });

  it.each(['4.5', '3,5', '3.5/5', '٤٫٥'])('asks again on the half "%s": the scale has whole numbers', (text) => {
    expect(readRating(text)).toEqual({ ok: false, reason: 'outOfRange' });
  });
});
