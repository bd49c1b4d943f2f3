import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/bot/render.js';
import { createIntakeRules } from '../../src/flows/intake/index.js';
import { activeCities, cityName, referralName } from '../../src/flows/intake/steps.js';
import { createTranslator, loadLocaleResources, type LocaleResource } from '../../src/locales/index.js';
import { loadProgramme, type Referral } from '../../src/programme/index.js';

async function setUp() {
  const loaded = await loadProgramme();
  if (!loaded.ok) throw new Error(loaded.error);
  const { programme } = loaded;
  const resources = await loadLocaleResources();
  const translator = await createTranslator({ resources, fallbackLanguage: 'fr' });
  const referrals = new Map<string, Referral>();
  for (const referral of [
    ...Object.values(programme.countries).flatMap((country) => country.referrals),
    ...programme.cities.flatMap((city) => city.referrals),
  ])
    referrals.set(referral.name, referral);
  return { programme, rules: createIntakeRules(programme), resources, translator, referrals: [...referrals.values()] };
}

/** The text a locale file holds at a dotted key, or undefined: a missing key must not hide behind the fallback language. */
function textAt(resource: LocaleResource | undefined, key: string): string | undefined {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = Object.entries(node).find(([name]) => name === part)?.[1];
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

describe('intake: city and referral names in each language', () => {
  it('names every city of the programme in each language, in the place echo and the list of cities', async () => {
    const { programme, rules, resources, translator } = await setUp();
    for (const language of translator.languages) {
      const activeIn = renderMessage(
        { key: 'ineligible.activeIn', params: { cities: activeCities(rules) } },
        language,
        translator,
      ).text;
      expect(activeIn, language).not.toContain('cities.');
      for (const city of programme.cities) {
        const local = textAt(resources[language], `cities.${city.id}`);
        expect(local, `${language}: cities.${city.id}`).toBeDefined();
        const echo = renderMessage(
          { key: 'steps.cityConfirmed.ask', params: { city: cityName(rules, city.id), typed: '1000' } },
          language,
          translator,
        ).text;
        expect(echo, language).toContain(local);
        expect(activeIn, language).toContain(local);
      }
    }
  });

  it('names every referral of the programme in each language, with its article where the language needs one', async () => {
    const { resources, translator, referrals } = await setUp();
    expect(referrals.length).toBeGreaterThan(0);
    for (const language of translator.languages) {
      for (const referral of referrals) {
        const name = referralName(referral);
        expect(textAt(resources[language], name.key), `${language}: ${name.key}`).toBeDefined();
        const text = renderMessage(
          { key: 'ineligible.referral', params: { name, url: referral.url } },
          language,
          translator,
        ).text;
        expect(text, language).not.toContain('referralNames.');
        expect(text, language).toContain(referral.url);
      }
    }
  });

  it('uses the local names people know: Bruxelles, Brussel, Brussels, بروكسل; d’Actiris, du Forem', async () => {
    const { rules, translator } = await setUp();
    const brussels = (language: string) =>
      renderMessage(
        { key: 'steps.cityConfirmed.ask', params: { city: cityName(rules, 'brussels'), typed: '1030' } },
        language,
        translator,
      ).text;
    expect(brussels('fr')).toContain('Bruxelles (1030)');
    expect(brussels('nl')).toContain('Brussel (1030)');
    expect(brussels('en')).toContain('Brussels (1030)');
    expect(brussels('ar')).toContain('بروكسل');
    const referral = (name: string) =>
      renderMessage(
        {
          key: 'ineligible.referral',
          params: { name: referralName({ name, url: 'https://example.org' }), url: 'https://example.org' },
        },
        'fr',
        translator,
      ).text;
    expect(referral('Actiris')).toContain('auprès d’Actiris');
    expect(referral('Le Forem')).toContain('auprès du Forem');
  });
});
