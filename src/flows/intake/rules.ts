import type { Audience } from '../contract.js';

export type PlaceMatch =
  | { kind: 'served'; cityId: string }
  | { kind: 'unserved'; country?: string; region?: string }
  /** `twoPlaces`: the answer named two places ("Bruxelles ou Paris"), which the re-ask says. */
  | { kind: 'unknown'; twoPlaces?: boolean };

export interface Referral {
  name: string;
  url: string;
  phone?: string;
}

export interface MenteeConditions {
  originOutsideEU: boolean;
  lookingForWork: boolean;
  allowedToWork: boolean;
  weeklyAvailability: boolean;
}

/**
 * Everything the intake needs to know about the programme and about reading answers: data
 * staff can change (cities, ages, conditions, referrals) behind plain functions, so the flow
 * stays pure and a rule changes without touching a machine.
 */
export interface IntakeRules {
  matchPlace(text: string): PlaceMatch;
  /** The programme's cities, in its order, with the name staff gave first (shown when a language has none). */
  cities(): { id: string; name: string }[];
  /** Whether the text is exactly one of the city's names (case and accents aside): no need to echo it. */
  isCityName(cityId: string, text: string): boolean;
  ageRange(cityId: string, audience: Audience): { min: number; max: number | null };
  menteeConditions(cityId: string): MenteeConditions;
  referrals(place: PlaceMatch): Referral[];
  parseAge(text: string, today: Date, language?: string): number | null;
  parseWholeNumber(text: string, range: { min: number; max: number }): number | null;
}
