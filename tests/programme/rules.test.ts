import { describe, expect, it } from 'vitest';
import { findCity, parseProgramme, referralsFor, rulesFor, type Programme } from '../../src/programme/index.js';
import { defaultProgramme, smallProgrammeFile } from './fixtures.js';

function programmeFrom(value: unknown): Programme {
  const result = parseProgramme(value);
  if (!result.ok) throw new Error(result.error);
  return result.programme;
}

describe('findCity', () => {
  it('finds a city by id', async () => {
    const programme = await defaultProgramme();
    expect(findCity(programme, 'ghent')?.sessionLanguages).toEqual(['nl']);
  });

  it('returns null when no city has the id', async () => {
    const programme = await defaultProgramme();
    expect(findCity(programme, 'namur')).toBeNull();
  });
});

describe('rulesFor', () => {
  it('gives the programme defaults when the city overrides nothing', async () => {
    const programme = await defaultProgramme();
    expect(rulesFor(programme, 'brussels')).toEqual({
      cityId: 'brussels',
      country: 'BE',
      timeZone: 'Europe/Brussels',
      sessionLanguages: ['fr', 'nl', 'en'],
      mentee: { minAge: 18, maxAge: 30 },
      mentor: { minAge: 50 },
      eligibility: { originOutsideEU: true, lookingForWork: true, allowedToWork: true, weeklyAvailability: true },
    });
  });

  it('lets a city override one age limit and one condition and keeps the others', () => {
    const file = smallProgrammeFile();
    const paris = { ...file.cities[1]!, mentee: { maxAge: 33 }, eligibility: { weeklyAvailability: false } };
    const rules = rulesFor(programmeFrom({ ...file, cities: [file.cities[0], paris] }), 'paris');
    expect(rules?.mentee).toEqual({ minAge: 18, maxAge: 33 });
    expect(rules?.eligibility).toEqual({
      originOutsideEU: true,
      lookingForWork: true,
      allowedToWork: true,
      weeklyAvailability: false,
    });
  });

  it('returns null for a city the programme does not have', async () => {
    const programme = await defaultProgramme();
    expect(rulesFor(programme, 'amsterdam')).toBeNull();
  });
});

describe('referralsFor', () => {
  it('gives a served city its own referrals', async () => {
    const programme = await defaultProgramme();
    expect(referralsFor(programme, { kind: 'served', cityId: 'antwerp' }).map((r) => r.name)).toEqual(['VDAB']);
  });

  it('gives a served city without referrals those of its country', () => {
    const programme = programmeFrom(smallProgrammeFile());
    expect(referralsFor(programme, { kind: 'served', cityId: 'paris' }).map((r) => r.name)).toEqual(['France Travail']);
  });

  it('gives the regional service when an unserved Belgian place has a region', async () => {
    const programme = await defaultProgramme();
    const referrals = referralsFor(programme, { kind: 'unserved', country: 'BE', region: 'wallonia' });
    expect(referrals).toEqual([{ name: 'Le Forem', url: 'https://www.leforem.be', region: 'wallonia' }]);
  });

  it('gives all the Belgian services when the region is not known', async () => {
    const programme = await defaultProgramme();
    const referrals = referralsFor(programme, { kind: 'unserved', country: 'BE' });
    expect(referrals.map((r) => r.name)).toEqual(['Actiris', 'VDAB', 'Le Forem']);
  });

  it('gives UWV for a place in the Netherlands', async () => {
    const programme = await defaultProgramme();
    expect(referralsFor(programme, { kind: 'unserved', country: 'NL' }).map((r) => r.url)).toEqual([
      'https://www.werk.nl',
    ]);
  });

  it("gives every country's services when the place is unknown", async () => {
    const programme = await defaultProgramme();
    expect(referralsFor(programme, { kind: 'unknown' }).map((r) => r.name)).toEqual([
      'Actiris',
      'VDAB',
      'Le Forem',
      'France Travail',
      'UWV',
    ]);
  });
});
