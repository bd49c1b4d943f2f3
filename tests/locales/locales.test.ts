import { describe, expect, it } from 'vitest';
import { findLocaleProblems } from '../../src/locales/check.js';
import { loadLocaleResources } from '../../src/locales/index.js';

describe('locales', () => {
  it('has every text in every language with the same variables', async () => {
    const resources = await loadLocaleResources();
    expect(Object.keys(resources).sort()).toEqual(['ar', 'en', 'fr', 'nl']);
    expect(findLocaleProblems(resources)).toEqual([]);
  });

  it('reports a text missing in one language', () => {
    const problems = findLocaleProblems({
      en: { welcome: { greeting: 'Hello', bye: 'Bye' } },
      fr: { welcome: { greeting: 'Bonjour' } },
    });
    expect(problems).toEqual(['fr: missing "welcome.bye"']);
  });

  it('reports a variable missing in one language', () => {
    const problems = findLocaleProblems({
      en: { booking: { confirmed: 'See you on {{date}} at {{place}}' } },
      nl: { booking: { confirmed: 'Tot {{date}}' } },
    });
    expect(problems).toEqual(['"booking.confirmed": variables differ: en {date,place}, nl {date}']);
  });
});

describe('locale plural forms', () => {
  it('accepts a text whose plural forms are all there for each language', () => {
    const problems = findLocaleProblems({
      en: { seats_one: '{{count}} seat', seats_other: '{{count}} seats' },
      fr: { seats_one: '{{count}} place', seats_many: '{{count}} places', seats_other: '{{count}} places' },
    });
    expect(problems).toEqual([]);
  });

  it('reports a text missing a plural form its language needs', () => {
    const problems = findLocaleProblems({
      en: { seats_one: '{{count}} seat', seats_other: '{{count}} seats' },
      ar: { seats_one: 'مكان واحد', seats_other: '{{count}} مكان' },
    });
    expect(problems).toEqual(['ar: missing "seats"']);
  });
});
