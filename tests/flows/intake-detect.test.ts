import { describe, expect, it } from 'vitest';
import { asksWhen, suggestLanguage } from '../../src/flows/intake/detect.js';

describe('asksWhen', () => {
  it.each([
    'oui mais c’est quand ?',
    'yes but when is it?',
    'ja maar wanneer?',
    'نعم لكن متى؟',
    'wakha, wa9tach? وقتاش',
  ])('hears a question about the date in "%s"', (text) => expect(asksWhen(text)).toBe(true));

  it.each(['oui quand même', 'ja graag', 'yes please', 'نعم'])('hears no question in "%s"', (text) =>
    expect(asksWhen(text)).toBe(false),
  );
});

describe('suggestLanguage', () => {
  it.each([
    ['Goedendag', 'nl'],
    ['goeiemorgen', 'nl'],
    ['Bonjour', 'fr'],
    ['Hello', 'en'],
    ['السلام عليكم', 'ar'],
  ])('suggests the language of the greeting "%s"', (text, language) =>
    expect(suggestLanguage({ text, namedLanguage: null, languages: ['fr', 'nl', 'en', 'ar'], fallback: 'fr' })).toBe(
      language,
    ),
  );
});
