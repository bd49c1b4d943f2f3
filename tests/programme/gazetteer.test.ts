import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/programme/gazetteer.js';
import type { Programme } from '../../src/programme/index.js';
import { normalise } from '../../src/understanding/normalise.js';
import { defaultProgramme } from './fixtures.js';

/** The programme's postcode ranges decide who is served: the gazetteer must agree with them. */
describe('the shipped gazetteer beside the default programme', () => {
  let programme: Programme;
  const gazetteer = defaultGazetteer();

  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  const servedBy = (country: string | undefined, code: number): string[] =>
    programme.cities
      .filter((city) => city.country === country && city.postcodes.some(({ from, to }) => from <= code && code <= to))
      .map((city) => city.id);

  it("puts every area's postcodes inside its own city's ranges", () => {
    const outside = gazetteer.areas.flatMap((area) => {
      const city = programme.cities.find((candidate) => candidate.id === area.city);
      if (!city) return [`${area.names[0] ?? '?'}: no city "${area.city}"`];
      return area.postcodes
        .filter((code) => !city.postcodes.some(({ from, to }) => from <= code && code <= to))
        .map((code) => `${area.names[0] ?? '?'} ${String(code)} is not in ${city.id}'s ranges`);
    });
    expect(outside).toEqual([]);
  });

  it('gives no place outside the programme a postcode a served city covers', () => {
    const served = gazetteer.elsewhere.flatMap((place) =>
      (place.postcodes ?? [])
        .filter((code) => servedBy(place.country, code).length > 0)
        .map(
          (code) => `${place.names[0] ?? '?'} ${String(code)} is served by ${servedBy(place.country, code).join(', ')}`,
        ),
    );
    expect(served).toEqual([]);
  });

  it('gives every Belgian and French place outside the programme its postcodes, and none to a place abroad', () => {
    const withoutPostcodes = gazetteer.elsewhere
      .filter((place) => (place.country === 'BE' || place.country === 'FR') && (place.postcodes ?? []).length === 0)
      .map((place) => place.names[0]);
    expect(withoutPostcodes).toEqual([]);
    expect(gazetteer.elsewhere.filter((place) => place.country === undefined && place.postcodes)).toEqual([]);
  });

  it('never names one place both served and outside the programme', () => {
    const formOf = (name: string): string => normalise(name).replace(/(^| )st(?= |$)/g, '$1saint');
    const areaNames = new Set(gazetteer.areas.flatMap((area) => area.names.map(formOf)));
    const elsewhere = [...programme.otherPlaces, ...gazetteer.elsewhere].flatMap((place) => place.names);
    expect(elsewhere.filter((name) => areaNames.has(formOf(name)))).toEqual([]);
  });

  it('gives a name to one area of a city only', () => {
    const formOf = (name: string): string => normalise(name).replace(/(^| )st(?= |$)/g, '$1saint');
    const seen = new Map<string, string>();
    const twice = gazetteer.areas.flatMap((area) =>
      area.names.flatMap((name) => {
        const key = `${area.city} ${formOf(name)}`;
        const label = area.names[0] ?? '';
        const before = seen.get(key);
        seen.set(key, label);
        return before !== undefined && before !== label ? [`${name}: ${before} and ${label}`] : [];
      }),
    );
    expect(twice).toEqual([]);
    expect(new Set(gazetteer.areas.map((area) => `${area.city} ${area.names[0] ?? ''}`)).size).toBe(
      gazetteer.areas.length,
    );
  });

  it("lists every name that is also a common word among its place's names", () => {
    const stray = [...gazetteer.areas, ...gazetteer.elsewhere].flatMap((place) =>
      place.commonWords.filter((word) => !place.names.includes(word)),
    );
    expect(stray).toEqual([]);
  });
});
