import { defaultGazetteer, type Gazetteer } from '../gazetteer.js';
import type { CountryCode, Programme } from '../schema.js';
import { readPlace } from '../../understanding/place.js';

export { belgianRegion } from '../../understanding/place.js';

export type PlaceMatch =
  | { kind: 'served'; cityId: string; area?: string }
  | { kind: 'unserved'; country?: CountryCode; region?: string }
  | { kind: 'unknown'; twoPlaces?: boolean };

/**
 * Where the person lives (see readPlace), with the gazetteer shipped beside the programme unless
 * another is given. Unknown when the answer should be asked again.
 */
export function matchPlace(text: string, programme: Programme, gazetteer: Gazetteer = defaultGazetteer()): PlaceMatch {
  const reading = readPlace(text, { programme, gazetteer });
  if (reading.ok) return reading.value;
  return reading.reason === 'severalValues' ? { kind: 'unknown', twoPlaces: true } : { kind: 'unknown' };
}
