import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/understanding/index.js';
import { wordVariants } from '../../src/understanding/variants.js';

describe('normalise', () => {
  it('lowers case and drops accents and punctuation when an answer is shouted or accented', () => {
    expect(normalise('OUI !!! Très bien, Éric.')).toBe('oui tres bien eric');
  });

  it('cuts letters repeated for emphasis to two when someone writes "ouiiii" or "jaaaa"', () => {
    expect(normalise('ouiiii')).toBe('ouii');
    expect(normalise('jaaaa')).toBe('jaa');
    expect(normalise('1000')).toBe('1000');
  });

  it('removes zero-width and direction marks when a phone adds them', () => {
    expect(normalise('\u200Fنعم\u200E')).toBe('نعم');
    expect(normalise('o\u200Bui\uFEFF')).toBe('oui');
  });

  it('writes Arabic-Indic, Persian and keycap digits as ASCII digits', () => {
    expect(normalise('٢٤')).toBe('24');
    expect(normalise('۲۴')).toBe('24');
    expect(normalise('2️⃣4️⃣')).toBe('24');
  });

  it('gives one form to Arabic letters people type interchangeably', () => {
    expect(normalise('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normalise('موافقة')).toBe(normalise('موافقه'));
    expect(normalise('على')).toBe(normalise('علي'));
    expect(normalise('نــعــم')).toBe('نعم');
    expect(normalise('نَعَم')).toBe('نعم');
  });

  it('turns emoji with a meaning into words and drops the others', () => {
    expect(normalise('👍🏽')).toBe('emojiyes');
    expect(normalise('❌')).toBe('emojino');
    expect(normalise('oui 😊🎉')).toBe('oui');
  });

  it('spells out "n\'t" so that the negation is seen', () => {
    expect(normalise("I don't agree")).toBe('i do not agree');
  });
});

describe('wordVariants', () => {
  it('reads "jaa" and "ouii" as "ja" and "oui"', () => {
    expect(wordVariants('jaa')).toContain('ja');
    expect(wordVariants('ouii')).toContain('oui');
  });

  it('strips glued Arabic prefixes, the article and the Darija negation suffix', () => {
    expect(wordVariants(normalise('بالفرنسية'))).toContain(normalise('فرنسية'));
    expect(wordVariants(normalise('وعشرون'))).toContain('عشرون');
    expect(wordVariants(normalise('موافقش'))).toContain(normalise('موافق'));
  });

  it('strips a glued "bl" from Arabizi words written with digits', () => {
    expect(wordVariants('bl3arbiya')).toContain('3arbiya');
    expect(wordVariants('blanc')).toEqual(['blanc']);
  });
});
