import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer, gazetteerSchema } from '../../src/programme/gazetteer.js';
import type { Programme } from '../../src/programme/index.js';
import { readPlace } from '../../src/understanding/index.js';
import { defaultProgramme } from '../programme/fixtures.js';

describe('readPlace', () => {
  let programme: Programme;
  const read = (text: string) => readPlace(text, { programme, gazetteer: defaultGazetteer() });

  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it.each(['Bruxels', 'Bruxel', 'st gilles', 'St-Josse', 'مولنبيك', 'اوكل', '1210', 'Ukkel'])(
    'reads "%s" as Brussels',
    (text) => {
      expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId: 'brussels' } });
    },
  );

  it.each([
    ['ana f molenbik', 'brussels'],
    ['sakna f anderlekht', 'brussels'],
    ['kansken f liej', 'liege'],
  ])('reads the Darija spelling in Latin letters "%s"', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });

  it('reads the Netherlands named as a country as outside the programme', () => {
    expect(read('Nederland')).toMatchObject({ ok: true, value: { kind: 'unserved' } });
  });

  it('asks again when the person no longer lives at the place named: "je n\'habite plus à Gand"', () => {
    expect(read("je n'habite plus à Gand").ok).toBe(false);
    expect(read('مابقيتش ساكن ف أنفرس').ok).toBe(false);
  });

  it('reads the place lived in before one it is next to: "Zaventem, juste à côté d\'Evere"', () => {
    expect(read("Zaventem, juste à côté d'Evere")).toMatchObject({ ok: true, value: { kind: 'unserved' } });
  });

  it('names the commune or district understood, to echo it', () => {
    expect(read('1030')).toEqual({ ok: true, value: { kind: 'served', cityId: 'brussels', area: 'Schaerbeek' } });
    expect(read('ik woon in Merksem')).toEqual({
      ok: true,
      value: { kind: 'served', cityId: 'antwerp', area: 'Merksem' },
    });
  });

  it("reads Saint-Denis as Paris, Mechelen (2800, in Antwerp's range) as Antwerp and Vilvoorde as a known place outside the programme", () => {
    expect(read('Saint Denis')).toMatchObject({ ok: true, value: { kind: 'served', cityId: 'paris' } });
    expect(read('Mechelen')).toEqual({ ok: true, value: { kind: 'served', cityId: 'antwerp', area: 'Mechelen' } });
    expect(read('Vilvoorde')).toEqual({ ok: true, value: { kind: 'unserved', country: 'BE', region: 'flanders' } });
  });

  it.each([
    ['Ans', 'liege'],
    ["j'habite à Ans", 'liege'],
    ['2850 Boom', 'antwerp'],
    ['ik woon in Boom', 'antwerp'],
    ['dans le 18e', 'paris'],
    ['Paris 18', 'paris'],
    ['dans le 9-3', 'paris'],
    ['Marseille 15e', 'marseille'],
    ['Marcq-en-Baroeul', 'lille'],
    ['Dunkerque', 'lille'],
    ['Huy', 'liege'],
  ])('reads "%s", a name that is also a word or a number, where it is said as a place', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });

  it('does not take a name that is also a common word for a place inside a sentence', () => {
    expect(read("j'habite à Bruxelles depuis 2 ans")).toMatchObject({ ok: true, value: { cityId: 'brussels' } });
    expect(read('ik woon bij hem in Gent')).toMatchObject({ ok: true, value: { cityId: 'ghent' } });
    expect(read('les gens sont gentils').ok).toBe(false);
  });

  it('asks again for an arrondissement that Paris, Marseille and Lyon all have: "le 3e"', () => {
    expect(read('le 3e')).toEqual({ ok: false, reason: 'severalValues' });
  });

  it('does not read a date typed at the city question as a postcode', () => {
    expect(read('12/03/2001')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it('asks again when two served cities are named', () => {
    expect(read('Bruxelles ou Paris')).toEqual({ ok: false, reason: 'severalValues' });
  });

  it('reads a place nobody listed as unknown', () => {
    expect(read('Tokyo')).toEqual({ ok: false, reason: 'notUnderstood' });
  });
});

describe('the gazetteer', () => {
  it('names every commune and district of a city in the programme', async () => {
    const programme = await defaultProgramme();
    const cityIds = new Set(programme.cities.map((city) => city.id));
    for (const area of defaultGazetteer().areas) expect(cityIds).toContain(area.city);
  });

  it('refuses an area without a name, with the field named', () => {
    const parsed = gazetteerSchema.safeParse({ areas: [{ city: 'brussels', names: [] }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['areas', 0, 'names']);
  });
});

describe('readPlace, Arabic spellings', () => {
  let programme: Programme;
  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it('reads a name written with or without its long vowels in Arabic script', () => {
    const read = readPlace('كنسكن ف أنفيرس', { programme, gazetteer: defaultGazetteer() });
    expect(read).toMatchObject({ ok: true, value: { kind: 'served', cityId: 'antwerp' } });
  });
});

describe('readPlace in a sentence naming several places', () => {
  let programme: Programme;
  const read = (text: string) => readPlace(text, { programme, gazetteer: defaultGazetteer() });

  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it.each([
    ['mon frère habite à Lyon mais moi je suis à Roubaix', 'lille'],
    ['خويا ساكن ف ليون وأنا ف ليل', 'lille'],
    ['ik woon niet meer in Gent, sinds vorig jaar in Merksem', 'antwerp'],
    ['je suis née à Casablanca mais j habite à Bruxelles', 'brussels'],
  ])('reads where the person lives in "%s"', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });

  it.each(['I work in Brussels but live in Leuven', 'Vilvoorde, juste à côté de Bruxelles'])(
    'reads a place outside the programme in "%s", not the served city named beside it',
    (text) => {
      expect(read(text)).toMatchObject({ ok: true, value: { kind: 'unserved' } });
    },
  );

  it('asks again, giving two answers as the reason, on a served city or a place outside: "Bruxelles ou Namur"', () => {
    expect(read('Bruxelles ou Namur')).toEqual({ ok: false, reason: 'severalValues' });
  });

  it('asks again on a place where the person only works', () => {
    expect(read('je travaille à Bruxelles')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each(['London', 'الدار البيضاء', 'Casablanca'])('reads "%s" as a place abroad, outside the programme', (text) => {
    expect(read(text)).toEqual({ ok: true, value: { kind: 'unserved' } });
  });
});

describe('readPlace, living with someone or moving', () => {
  let programme: Programme;
  const read = (text: string) => readPlace(text, { programme, gazetteer: defaultGazetteer() });

  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it.each([
    ['chez mes parents à Anderlecht', 'brussels'],
    ['ik woon bij mijn zus in Gent', 'ghent'],
    ['I stay with my brother in Antwerp', 'antwerp'],
  ])('reads a place shared with family as the person\'s own: "%s"', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });

  it.each(['je déménage à Gand', 'ik ga verhuizen naar Antwerpen'])(
    'asks again on a place not lived in yet: "%s"',
    (text) => {
      expect(read(text).ok).toBe(false);
    },
  );
  it.each([
    ['أنا من وجدة وساكن فلييج', 'liege'],
    ['ana mn wjda w saken f liege', 'liege'],
    ['ana mn bruxelles', 'brussels'],
  ])('reads where "%s" lives, not where they are from unless nothing else is said', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });
  it.each([
    'je suis de Casablanca',
    'Je suis marocain, de Casablanca',
    'ik ben van Nador',
    "I'm from Aleppo",
    'أنا من حلب',
  ])('asks again when the only place is one abroad the person is from: "%s"', (text) => {
    expect(read(text)).toEqual({ ok: false, reason: 'notUnderstood' });
  });
  it.each([
    ['from Guinea, living in Brussels', 'brussels'],
    ['Ik ben van Eritrea maar woon nu in Ledeberg', 'ghent'],
    ["j'ai déménagé à Lille", 'lille'],
  ])('reads where "%s" lives now', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });
  it.each(['Ixelles mais je déménage bientôt à Namur', 'ik ga binnenkort verhuizen naar Gent, nu woon ik in Brussel'])(
    'asks again beside a move still to come: "%s"',
    (text) => {
      expect(read(text)).toEqual({ ok: false, reason: 'severalValues' });
    },
  );
  it.each(['Berchem', 'ik woon in berchem', 'بيرشم'])(
    'asks again on a name of two served cities (Berchem in Antwerp and in Brussels): "%s"',
    (text) => {
      expect(read(text)).toEqual({ ok: false, reason: 'severalValues' });
    },
  );
  it.each([
    ['2600 Berchem', 'antwerp'],
    ['1082 Berchem', 'brussels'],
    ['Berchem, Antwerpen', 'antwerp'],
  ])('reads a name of two cities settled by a postcode or a city beside it: "%s"', (text, cityId) => {
    expect(read(text)).toMatchObject({ ok: true, value: { kind: 'served', cityId } });
  });
  it('reads where the person has just arrived, not where they were before: "je viens d\'arriver à Lille, avant j\'étais à Paris"', () => {
    expect(read("je viens d'arriver à Lille, avant j'étais à Paris")).toMatchObject({
      ok: true,
      value: { kind: 'served', cityId: 'lille' },
    });
  });
});

describe('readPlace, French departments by number and more cities elsewhere', () => {
  let programme: Programme;
  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it.each(['dans le 93', 'le neuf-trois', 'je vis dans le 9-4', '92'])(
    'reads a department of the petite couronne as Paris: "%s"',
    (text) => {
      const read = readPlace(text, { programme, gazetteer: defaultGazetteer() });
      expect(read).toMatchObject({ ok: true, value: { kind: 'served', cityId: 'paris' } });
    },
  );

  it.each(['Calais', 'كاليه', 'مونبلييه', 'je suis à Perpignan'])('reads "%s" as a place outside', (text) => {
    const read = readPlace(text, { programme, gazetteer: defaultGazetteer() });
    expect(read).toMatchObject({ ok: true, value: { kind: 'unserved', country: 'FR' } });
  });
});

describe('readPlace near a landmark, and a name against a postcode', () => {
  let programme: Programme;
  const city = (text: string) => {
    const reading = readPlace(text, { programme, gazetteer: defaultGazetteer() });
    return reading.ok ? (reading.value.kind === 'served' ? reading.value.cityId : 'outside') : null;
  };

  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it('reads near a station of a served city as that city, near a city or a bare station as unclear', () => {
    expect(city('9rib l gare du midi')).toBe('brussels');
    expect(city('près de Lille')).toBeNull();
    expect(city('vers la gare')).toBeNull();
  });

  it('lets a postcode settle a district name of another city, and a year is no postcode', () => {
    expect(city('13015 quartier nord')).toBe('marseille');
    expect(city("j'habite à Aubervilliers depuis 2019")).toBe('paris');
    expect(city('Lille 1000')).toBeNull();
  });

  it('reads a French town by the department number in brackets after it', () => {
    expect(city('Lens (62)')).toBe('outside');
    expect(city('Roubaix (59)')).toBe('lille');
  });
});
