import { describe, expect, it } from 'vitest';
import { belgianRegion, matchPlace, parseProgramme } from '../../src/programme/index.js';
import { defaultProgramme, smallProgrammeFile } from './fixtures.js';

describe('matchPlace', () => {
  it.each([
    ['Bruxelles', 'brussels'],
    ['Brussel', 'brussels'],
    ['BRUSSELS', 'brussels'],
    ['بروكسل', 'brussels'],
    ['Schaerbeek', 'brussels'],
    ['Liège', 'liege'],
    ['Luik', 'liege'],
    ['liege', 'liege'],
    ['لييج', 'liege'],
    ['Anvers', 'antwerp'],
    ['Antwerpen', 'antwerp'],
    ['أنتويرب', 'antwerp'],
    ['Gand', 'ghent'],
    ['Gent', 'ghent'],
    ['غنت', 'ghent'],
    ['Parijs', 'paris'],
    ['باريس', 'paris'],
    ['Île-de-France', 'paris'],
    ['ile de france', 'paris'],
    ['Rijsel', 'lille'],
    ['ليل', 'lille'],
    ['Marseilles', 'marseille'],
    ['مرسيليا', 'marseille'],
    ['Lyons', 'lyon'],
    ['ليون', 'lyon'],
  ])('serves %s as %s', async (text, cityId) => {
    const programme = await defaultProgramme();
    expect(matchPlace(text, programme)).toMatchObject({ kind: 'served', cityId });
  });

  it.each([
    ["j'habite à Bruxelles", 'brussels'],
    ['j’habite à Anvers depuis 2 ans', 'antwerp'],
    ['ik woon in Gent', 'ghent'],
    ['I live in Lille', 'lille'],
    ['أسكن في بروكسل', 'brussels'],
    ['أعيش بباريس', 'paris'],
    ['Molenbeek, Bruxelles', 'brussels'],
  ])('finds the city inside the sentence "%s"', async (text, cityId) => {
    const programme = await defaultProgramme();
    expect(matchPlace(text, programme)).toMatchObject({ kind: 'served', cityId });
  });

  it.each([
    ['bruxele', 'brussels'],
    ['antwerpn', 'antwerp'],
    ['marseile', 'marseille'],
    ['lyonn', 'lyon'],
    ['brusels', 'brussels'],
    ['je suis à bruxele', 'brussels'],
    ['ik woon in antwerpn', 'antwerp'],
  ])('forgives the small typo in "%s"', async (text, cityId) => {
    const programme = await defaultProgramme();
    expect(matchPlace(text, programme)).toMatchObject({ kind: 'served', cityId });
  });

  it.each([
    ['75011', 'paris'],
    ['93200', 'paris'],
    ['1050', 'brussels'],
    ['B-1180 Uccle', 'brussels'],
    ['4020', 'liege'],
    ['2060', 'antwerp'],
    ['9000', 'ghent'],
    ['59000', 'lille'],
    ['13001', 'marseille'],
    ['69003', 'lyon'],
    ['١٠٥٠', 'brussels'],
  ])('serves the postcode %s as %s', async (text, cityId) => {
    const programme = await defaultProgramme();
    expect(matchPlace(text, programme)).toMatchObject({ kind: 'served', cityId });
  });

  it('refers an unserved Belgian postcode by its region', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('5000', programme)).toEqual({ kind: 'unserved', country: 'BE', region: 'wallonia' });
    expect(matchPlace('1300', programme)).toEqual({ kind: 'unserved', country: 'BE', region: 'wallonia' });
    expect(matchPlace('3000 Leuven', programme)).toEqual({ kind: 'unserved', country: 'BE', region: 'flanders' });
    expect(matchPlace('8000', programme)).toEqual({ kind: 'unserved', country: 'BE', region: 'flanders' });
  });

  it('refers an unserved French postcode to France', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('31000', programme)).toEqual({ kind: 'unserved', country: 'FR' });
  });

  it('refers a Dutch postcode to the Netherlands', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('1012 AB', programme)).toEqual({ kind: 'unserved', country: 'NL' });
    expect(matchPlace('3011ab', programme)).toEqual({ kind: 'unserved', country: 'NL' });
  });

  it('does not take a short word after a Belgian postcode for Dutch postcode letters', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('1050 et je cherche du travail', programme)).toMatchObject({
      kind: 'served',
      cityId: 'brussels',
    });
  });

  it('serves a Dutch postcode when a Dutch city lists it', () => {
    const file = smallProgrammeFile();
    const rotterdam = {
      id: 'rotterdam',
      country: 'NL',
      names: ['Rotterdam'],
      postcodes: [{ from: 3000, to: 3099 }],
      timeZone: 'Europe/Amsterdam',
      sessionLanguages: ['nl'],
    };
    const parsed = parseProgramme({ ...file, cities: [...file.cities, rotterdam] });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(matchPlace('3011 AB', parsed.programme)).toMatchObject({ kind: 'served', cityId: 'rotterdam' });
  });

  it('refers a known unserved town by its name', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('Namur', programme)).toEqual({ kind: 'unserved', country: 'BE', region: 'wallonia' });
    expect(matchPlace('ik woon in Leuven', programme)).toEqual({ kind: 'unserved', country: 'BE', region: 'flanders' });
    expect(matchPlace('Amsterdam', programme)).toEqual({ kind: 'unserved', country: 'NL' });
    expect(matchPlace('Toulouse', programme)).toEqual({ kind: 'unserved', country: 'FR' });
  });

  it('prefers the longer name when a short one is inside it', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('Sint-Agatha-Berchem', programme)).toMatchObject({ kind: 'served', cityId: 'brussels' });
    expect(matchPlace('2600 Berchem', programme)).toMatchObject({ kind: 'served', cityId: 'antwerp' });
  });

  it('gives up, saying it read two places, on "Berchem" alone: a district of Antwerp and a commune of Brussels', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('Berchem', programme)).toEqual({ kind: 'unknown', twoPlaces: true });
  });

  it('gives up, saying it read two places, when two served cities are named', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('Paris ou Lyon', programme)).toEqual({ kind: 'unknown', twoPlaces: true });
  });

  it('gives up, saying it read two places, when a typo is as close to a served city as to an unserved town', async () => {
    const programme = await defaultProgramme();
    expect(matchPlace('Gen', programme)).toEqual({ kind: 'unknown', twoPlaces: true });
  });

  it.each(['xyz', '', '👍', 'les gens sont gentils', "je vis à l'envers", 'oui', 'Belgique'])(
    'returns unknown when the answer is "%s"',
    async (text) => {
      const programme = await defaultProgramme();
      expect(matchPlace(text, programme)).toEqual({ kind: 'unknown' });
    },
  );
});

describe('belgianRegion', () => {
  it('tells the region of a Belgian postcode', () => {
    expect([1000, 1299, 1300, 1499, 1500, 3999, 4000, 7999, 8000, 9999].map(belgianRegion)).toEqual([
      'brussels',
      'brussels',
      'wallonia',
      'wallonia',
      'flanders',
      'flanders',
      'wallonia',
      'wallonia',
      'flanders',
      'flanders',
    ]);
  });
});
