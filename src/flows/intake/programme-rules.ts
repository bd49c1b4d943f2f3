import {
  matchPlace,
  parseAge,
  parseWholeNumber,
  referralsFor,
  rulesFor,
  type Programme,
} from '../../programme/index.js';
import type { IntakeRules, PlaceMatch } from './rules.js';

const COUNTRIES = ['BE', 'FR', 'NL'] as const;

const comparable = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function toProgrammePlace(place: PlaceMatch): Parameters<typeof referralsFor>[1] {
  if (place.kind !== 'unserved') return place;
  const country = COUNTRIES.find((code) => code === place.country);
  return { kind: 'unserved', ...(country ? { country } : {}), ...(place.region ? { region: place.region } : {}) };
}

/** The intake's reading of the programme: its cities, ages, conditions and referrals, and the answer parsers. */
export function createIntakeRules(programme: Programme): IntakeRules {
  const cityRules = (cityId: string) => {
    const rules = rulesFor(programme, cityId);
    if (!rules) throw new Error(`city ${cityId} is not in the programme`);
    return rules;
  };
  return {
    matchPlace: (text) => matchPlace(text, programme),
    cities: () => programme.cities.map((city) => ({ id: city.id, name: city.names[0] ?? city.id })),
    isCityName: (cityId, text) =>
      programme.cities.some(
        (city) => city.id === cityId && city.names.some((name) => comparable(name) === comparable(text)),
      ),
    ageRange(cityId, audience) {
      const rules = cityRules(cityId);
      return audience === 'mentor'
        ? { min: rules.mentor.minAge, max: null }
        : { min: rules.mentee.minAge, max: rules.mentee.maxAge };
    },
    menteeConditions: (cityId) => cityRules(cityId).eligibility,
    referrals: (place) => referralsFor(programme, toProgrammePlace(place)),
    parseAge,
    parseWholeNumber,
  };
}
