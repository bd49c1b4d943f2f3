import { describe, expect, it } from 'vitest';
import { parseChoiceList, type ChoiceOption } from '../../src/programme/index.js';

function languages(): ChoiceOption[] {
  return [
    { id: 'fr', words: ['français', 'French', 'Frans', 'الفرنسية', 'فرنسي'] },
    { id: 'nl', words: ['néerlandais', 'Dutch', 'Nederlands'] },
    { id: 'en', words: ['anglais', 'English', 'Engels', 'الإنجليزية'] },
    { id: 'ar', words: ['arabe', 'Arabic', 'Arabisch', 'العربية', 'عربي'] },
  ];
}

describe('parseChoiceList', () => {
  it.each([
    ['1, 3', ['fr', 'en']],
    ['1 et 3', ['fr', 'en']],
    ['3 en 1', ['en', 'fr']],
    ['١ و ٤', ['fr', 'ar']],
    ['13', ['fr', 'en']],
    ['4', ['ar']],
  ])('reads the numbers in "%s"', (text, ids) => {
    expect(parseChoiceList(text, languages())).toEqual(ids);
  });

  it.each([
    ['french and arabic', ['fr', 'ar']],
    ['arabe, français', ['ar', 'fr']],
    ['Je parle arabe et un peu anglais', ['ar', 'en']],
    ['العربية والفرنسية', ['ar', 'fr']],
    ['Nederlands / Engels', ['nl', 'en']],
  ])('reads the words in "%s" in the order typed', (text, ids) => {
    expect(parseChoiceList(text, languages())).toEqual(ids);
  });

  it('forgives a small typo in a word', () => {
    expect(parseChoiceList('anglai et arab', languages())).toEqual(['en', 'ar']);
  });

  it('lists each option once when it is named twice', () => {
    expect(parseChoiceList('arabe, 4, arabic, 1', languages())).toEqual(['ar', 'fr']);
  });

  it('ignores numbers that are no option', () => {
    expect(parseChoiceList('7, 2', languages())).toEqual(['nl']);
  });

  it('reads run-together digits only when options are at most nine', () => {
    const many = Array.from({ length: 12 }, (_, index) => ({ id: `o${index + 1}`, words: [] }));
    expect(parseChoiceList('12', many)).toEqual(['o12']);
    expect(parseChoiceList('13', many)).toEqual([]);
  });

  it('returns an empty list when nothing names an option', () => {
    expect(parseChoiceList('hello', languages())).toEqual([]);
    expect(parseChoiceList('', languages())).toEqual([]);
  });
});
