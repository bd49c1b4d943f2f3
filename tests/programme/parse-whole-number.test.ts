import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../../src/programme/index.js';

describe('parseWholeNumber', () => {
  it.each(['12', '١٢', '۱۲', '12 ans', '12 jaar', '12 years', '12 سنة', ' 12. ', '12h'])(
    'reads 12 when the answer is "%s"',
    (text) => {
      expect(parseWholeNumber(text, { min: 0, max: 40 })).toBe(12);
    },
  );

  it('returns null when the number is outside the range', () => {
    expect(parseWholeNumber('41', { min: 0, max: 40 })).toBeNull();
    expect(parseWholeNumber('2', { min: 3, max: 40 })).toBeNull();
  });

  it.each(['-5', '12,5', '12 ou 13', 'abc', ''])('returns null when the answer is "%s"', (text) => {
    expect(parseWholeNumber(text, { min: 0, max: 40 })).toBeNull();
  });
});

describe('parseWholeNumber with numbers in words', () => {
  it.each(['douze', 'douze ans', 'twaalf jaar', 'twelve years', 'اثنا عشر'])(
    'reads 12 when the answer is "%s"',
    (text) => {
      expect(parseWholeNumber(text, { min: 0, max: 40 })).toBe(12);
    },
  );
});
