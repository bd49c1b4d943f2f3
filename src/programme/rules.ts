import type { PlaceMatch } from './parse/place.js';
import {
  COUNTRY_CODES,
  type City,
  type CountryCode,
  type Eligibility,
  type Programme,
  type Referral,
} from './schema.js';

/** What applies to one city once its overrides are laid over the programme's defaults. */
export interface CityRules {
  cityId: string;
  country: CountryCode;
  timeZone: string;
  sessionLanguages: string[];
  mentee: { minAge: number; maxAge: number };
  mentor: { minAge: number };
  eligibility: Eligibility;
}

export function findCity(programme: Programme, id: string): City | null {
  return programme.cities.find((city) => city.id === id) ?? null;
}

/** The city's rules: each field the city sets wins over the programme's, the others are the programme's. */
export function rulesFor(programme: Programme, cityId: string): CityRules | null {
  const city = findCity(programme, cityId);
  if (!city) return null;
  return {
    cityId: city.id,
    country: city.country,
    timeZone: city.timeZone,
    sessionLanguages: city.sessionLanguages,
    mentee: {
      minAge: city.mentee?.minAge ?? programme.mentee.minAge,
      maxAge: city.mentee?.maxAge ?? programme.mentee.maxAge,
    },
    mentor: { minAge: city.mentor?.minAge ?? programme.mentor.minAge },
    eligibility: mergeEligibility(programme.eligibility, city.eligibility ?? {}),
  };
}

/**
 * Where to send someone: a served city's own referrals, else the country's for the region
 * (all the country's when the region is not known), else each country's main ones.
 */
export function referralsFor(programme: Programme, place: PlaceMatch): Referral[] {
  if (place.kind === 'served') {
    const city = findCity(programme, place.cityId);
    if (!city) return mainReferrals(programme);
    if (city.referrals.length > 0) return city.referrals;
    return countryReferrals(programme, city.country, city.region);
  }
  if (place.kind === 'unserved' && place.country !== undefined) {
    return countryReferrals(programme, place.country, place.region);
  }
  return mainReferrals(programme);
}

function countryReferrals(programme: Programme, country: CountryCode, region: string | undefined): Referral[] {
  const referrals = programme.countries[country].referrals;
  const forRegion = referrals.filter((referral) => referral.region === undefined || referral.region === region);
  return region !== undefined && forRegion.length > 0 ? forRegion : referrals;
}

/** Per country, its nationwide referrals, or all of them when every one is regional (Belgium). */
function mainReferrals(programme: Programme): Referral[] {
  return COUNTRY_CODES.flatMap((country) => {
    const referrals = programme.countries[country].referrals;
    const nationwide = referrals.filter((referral) => referral.region === undefined);
    return nationwide.length > 0 ? nationwide : referrals;
  });
}

function mergeEligibility(programme: Eligibility, city: Partial<Eligibility>): Eligibility {
  return {
    originOutsideEU: city.originOutsideEU ?? programme.originOutsideEU,
    lookingForWork: city.lookingForWork ?? programme.lookingForWork,
    allowedToWork: city.allowedToWork ?? programme.allowedToWork,
    weeklyAvailability: city.weeklyAvailability ?? programme.weeklyAvailability,
  };
}
