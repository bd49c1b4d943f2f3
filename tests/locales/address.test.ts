import { describe, expect, it } from 'vitest';
import { loadLocaleResources } from '../../src/locales/index.js';

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

describe('Dutch texts', () => {
  it('address the reader as "je" throughout, never "u"', async () => {
    const { nl } = await loadLocaleResources();
    const formal = texts(nl).filter((text) => /(^|[^\p{L}])(u|uw)(?=$|[^\p{L}])/iu.test(text));
    expect(formal).toEqual([]);
  });
});
