import { beforeAll, describe, expect, it } from 'vitest';
import { createKeywordIndex, type KeywordIndex } from '../../src/bot/keywords.js';
import { createTranslator, loadLocaleResources } from '../../src/locales/index.js';

describe('keyword index', () => {
  let keywords: KeywordIndex;
  beforeAll(async () => {
    keywords = createKeywordIndex(
      await createTranslator({ resources: await loadLocaleResources(), fallbackLanguage: 'fr' }),
    );
  });

  it('hears a language named in a short sentence, in any of the four languages', () => {
    expect(keywords.language('English please')).toBe('en');
    expect(keywords.language('en arabe svp')).toBe('ar');
    expect(keywords.language('kan het in het Frans?')).toBe('fr');
  });

  it('hears no language in a message without letters, so "2" years of experience does not switch to Dutch', () => {
    expect(keywords.language('2')).toBeNull();
    expect(keywords.language('25')).toBeNull();
    expect(keywords.language('👍')).toBeNull();
  });
});
