import { z } from 'zod';
import gazetteerFile from './gazetteer.json' with { type: 'json' };
import { countryCodeSchema } from './schema.js';

const name = z.string().trim().min(1, 'expected a place name');
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "brussels"');

/**
 * Names among a place's `names` that are also a common word, a first name or a number in one of the
 * four languages ("Ans", "Boom", "Hem", "Stains", "18e"): read as the whole answer, or inside a sentence
 * only right after "à", "in", "te", "op", "le", "dans", "ف" or a postcode ("j'habite à Ans", "2850 Boom").
 */
const commonWordsSchema = z.array(name).default([]);

/** A municipality, district or neighbourhood of a served city, under every name people use, with its postcodes. */
export const areaSchema = z.strictObject({
  city: slug,
  names: z.array(name).min(1, 'expected at least one name'),
  postcodes: z.array(z.int().min(1000).max(99999)).default([]),
  /** Names that are also common words ("Ans", "Boom", "Hem", "18e"), repeated from `names`: see `commonWordsSchema`. */
  commonWords: commonWordsSchema,
});

/**
 * A place outside the programme that people name: it gets "not yet in your area" and the right
 * referral; a place abroad has no country of the programme.
 */
export const elsewhereSchema = z.strictObject({
  country: countryCodeSchema.optional(),
  region: slug.optional(),
  names: z.array(name).min(1, 'expected at least one name'),
  /** Its postcodes, when it has some in a country of the programme: none may lie in a served city's range. */
  postcodes: z.array(z.int().min(1000).max(99999)).optional(),
  commonWords: commonWordsSchema,
});

/** The places the reader knows beyond the programme's city names, in French, Dutch, English and Arabic script. */
export const gazetteerSchema = z.strictObject({
  areas: z.array(areaSchema),
  elsewhere: z.array(elsewhereSchema).default([]),
});
export type Gazetteer = z.infer<typeof gazetteerSchema>;
export type Area = z.infer<typeof areaSchema>;

/** The gazetteer shipped beside the default programme, checked once when first asked for. */
let shipped: Gazetteer | undefined;
export function defaultGazetteer(): Gazetteer {
  shipped ??= gazetteerSchema.parse(gazetteerFile);
  return shipped;
}
