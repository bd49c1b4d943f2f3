import { z } from 'zod';
import { isIanaTimeZone } from '../time-zone.js';
import { matchingForm } from './parse/matching.js';

export const COUNTRY_CODES = ['BE', 'FR', 'NL'] as const;
export const BELGIAN_REGIONS = ['brussels', 'wallonia', 'flanders'] as const;

export const countryCodeSchema = z.enum(COUNTRY_CODES, { error: 'expected a country code: BE, FR or NL' });
export type CountryCode = z.infer<typeof countryCodeSchema>;
export type BelgianRegion = (typeof BELGIAN_REGIONS)[number];

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "brussels" (letters, digits and hyphens)');

const text = z.string().trim().min(1, 'expected some text');

const timeZone = z.string().refine(isIanaTimeZone, { error: 'expected an IANA time zone such as Europe/Brussels' });

export const referralSchema = z.strictObject({
  name: text,
  url: z.url({ protocol: /^https?$/, error: 'expected a web address such as https://www.actiris.brussels' }),
  phone: z
    .string()
    .regex(/^\+?[\d ().-]{3,20}$/, 'expected a phone number such as +32 2 123 45 67')
    .optional(),
  /** Only for the places of this region (for example "flanders"); absent means the whole country. */
  region: slug.optional(),
});
export type Referral = z.infer<typeof referralSchema>;

const age = z.int('expected a whole number of years').min(0, 'expected an age').max(120, 'expected an age');

const ageRange = z
  .strictObject({ minAge: age, maxAge: age })
  .refine((range) => range.minAge <= range.maxAge, { error: 'minAge must not be above maxAge', path: ['maxAge'] });

export const eligibilitySchema = z.strictObject({
  originOutsideEU: z.boolean(),
  lookingForWork: z.boolean(),
  allowedToWork: z.boolean(),
  weeklyAvailability: z.boolean(),
});
/** Which mentee conditions are checked; `false` switches a condition off. */
export type Eligibility = z.infer<typeof eligibilitySchema>;

const postcodeRange = z
  .strictObject({
    from: z.int('expected a postcode as a number').min(1000, 'expected a 4- or 5-digit postcode').max(99999),
    to: z.int('expected a postcode as a number').min(1000, 'expected a 4- or 5-digit postcode').max(99999),
  })
  .refine((range) => range.from <= range.to, { error: '"to" must not be below "from"', path: ['to'] });
export type PostcodeRange = z.infer<typeof postcodeRange>;

// ---- Duo check-ins: sending hours, timing, alert rules and distress words ----

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day such as 09:00');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** When the assistant may write first: outside these hours and days a check-in waits. */
export const sendingHoursSchema = z
  .strictObject({
    from: clockTime,
    to: clockTime,
    days: z.array(z.enum(WEEKDAYS, { error: 'expected a day: mon, tue, wed, thu, fri, sat or sun' })).min(1),
  })
  .refine((hours) => hours.from < hours.to, { error: '"to" must be after "from"', path: ['to'] });
export type SendingHours = z.infer<typeof sendingHoursSchema>;

const severity = z.enum(['safety', 'urgent', 'watch'], { error: 'expected a severity: safety, urgent or watch' });

/** One alert rule for the referent; its id names the alerts it raises. */
export const alertRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: slug, kind: z.literal('noMeetingStreak'), weeks: z.int().min(1), severity }),
  z.strictObject({ id: slug, kind: z.literal('lowRating'), atMost: z.int().min(1).max(5), severity }),
  z.strictObject({ id: slug, kind: z.literal('unansweredStreak'), weeks: z.int().min(1), severity }),
  z.strictObject({ id: slug, kind: z.literal('distressWords'), severity }),
  z.strictObject({ id: slug, kind: z.literal('wantsToStop'), severity }),
  /** One member says the duo met (in person or remotely) and the other that it did not, in the same week. */
  z.strictObject({ id: slug, kind: z.literal('membersDisagree'), severity }),
]);
export type AlertRule = z.infer<typeof alertRuleSchema>;

const DEFAULT_ALERT_RULES: AlertRule[] = [
  { id: 'no-meeting-two-weeks', kind: 'noMeetingStreak', weeks: 2, severity: 'urgent' },
  { id: 'low-rating', kind: 'lowRating', atMost: 2, severity: 'watch' },
  { id: 'unanswered-two-weeks', kind: 'unansweredStreak', weeks: 2, severity: 'watch' },
  { id: 'distress-words', kind: 'distressWords', severity: 'safety' },
  { id: 'wants-to-stop', kind: 'wantsToStop', severity: 'urgent' },
  { id: 'members-disagree', kind: 'membersDisagree', severity: 'watch' },
];

export const checkinSettingsSchema = z.strictObject({
  /** Weekly check-ins from the start date. */
  weeks: z.int().min(1).max(52).default(26),
  /** Weeks whose check-in carries the mid-term or final survey. */
  surveyWeeks: z.array(z.int().min(1)).default([13, 26]),
  /** The outcome question goes to the mentee this many months after the start. */
  outcomeAfterMonths: z.int().min(1).max(36).default(12),
  /** Local time of day a week's check-in is due. */
  sendAt: clockTime.default('18:00'),
  sendingHours: sendingHoursSchema.default({
    from: '09:00',
    to: '20:00',
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  }),
  /** Silence after a check-in before its one reminder. */
  reminderAfterHours: z.int().min(1).max(144).default(48),
  alerts: z.array(alertRuleSchema).default(DEFAULT_ALERT_RULES),
  /** Words in a free note that raise a distress alert, per language; matched without case or accents. */
  distressWords: z
    .record(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as fr'), z.array(text))
    .default({}),
});
export type CheckinSettings = z.infer<typeof checkinSettingsSchema>;

export const citySchema = z.strictObject({
  id: slug,
  country: countryCodeSchema,
  region: slug.optional(),
  /** Every spelling people type, in any language; matched after normalisation. */
  names: z.array(text).min(1, 'expected at least one name'),
  /** Postcodes of the country this city is in that the city's team serves. */
  postcodes: z.array(postcodeRange).default([]),
  timeZone,
  sessionLanguages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as fr'))
    .min(1, 'expected at least one language'),
  /** Overrides of the programme-wide age limits and eligibility, field by field. */
  mentee: z.strictObject({ minAge: age.optional(), maxAge: age.optional() }).optional(),
  mentor: z.strictObject({ minAge: age.optional() }).optional(),
  eligibility: eligibilitySchema.partial().optional(),
  referrals: z.array(referralSchema).default([]),
  /** Free text for staff: why these postcodes, who to ask. */
  notes: z.string().optional(),
  /** When check-ins may be sent in this city, instead of the programme's hours. */
  sendingHours: sendingHoursSchema.optional(),
});
export type City = z.infer<typeof citySchema>;

/** A place the programme does not serve but that people name, so that they get the right referral. */
export const otherPlaceSchema = z.strictObject({
  names: z.array(text).min(1, 'expected at least one name'),
  country: countryCodeSchema,
  region: slug.optional(),
});
export type OtherPlace = z.infer<typeof otherPlaceSchema>;

const countrySchema = z.strictObject({
  referrals: z.array(referralSchema).min(1, 'expected at least one referral for people the programme cannot take'),
});

export const programmeSchema = z
  .strictObject({
    countries: z.strictObject({ BE: countrySchema, FR: countrySchema, NL: countrySchema }),
    mentee: ageRange,
    mentor: z.strictObject({ minAge: age }),
    eligibility: eligibilitySchema,
    cities: z.array(citySchema).min(1, 'expected at least one city'),
    otherPlaces: z.array(otherPlaceSchema).default([]),
    checkins: checkinSettingsSchema.prefault({}),
  })
  .superRefine((programme, ctx) => {
    const cityIds = new Set<string>();
    programme.cities.forEach((city, index) => {
      if (cityIds.has(city.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `another city already has the id "${city.id}"`,
          path: ['cities', index, 'id'],
        });
      }
      cityIds.add(city.id);
      if (city.country === 'BE' && !isBelgianRegion(city.region)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a Belgian region: ${BELGIAN_REGIONS.join(', ')}`,
          path: ['cities', index, 'region'],
        });
      }
      const minAge = city.mentee?.minAge ?? programme.mentee.minAge;
      const maxAge = city.mentee?.maxAge ?? programme.mentee.maxAge;
      if (minAge > maxAge) {
        ctx.addIssue({
          code: 'custom',
          message: `mentee minAge ${minAge} is above maxAge ${maxAge}`,
          path: ['cities', index, 'mentee'],
        });
      }
    });
    programme.otherPlaces.forEach((place, index) => {
      if (place.country === 'BE' && place.region !== undefined && !isBelgianRegion(place.region)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a Belgian region: ${BELGIAN_REGIONS.join(', ')}`,
          path: ['otherPlaces', index, 'region'],
        });
      }
    });
    checkPostcodesDoNotOverlap(programme.cities, ctx);
    checkNamesAreUnambiguous(programme, ctx);
  });

/** The rules of the programme, as staff edit them. */
export type Programme = z.infer<typeof programmeSchema>;

export function isBelgianRegion(region: string | undefined): region is BelgianRegion {
  return BELGIAN_REGIONS.some((known) => known === region);
}

/** A name read the same way for two places would make the place answer ambiguous. */
function checkNamesAreUnambiguous(
  programme: { cities: City[]; otherPlaces: OtherPlace[] },
  ctx: z.RefinementCtx,
): void {
  const owners = new Map<string, string>();
  const check = (names: string[], owner: string, path: (string | number)[]): void => {
    names.forEach((name, index) => {
      const form = matchingForm(name);
      const previous = owners.get(form);
      if (form === '') {
        ctx.addIssue({ code: 'custom', message: `the name "${name}" has no letters to match`, path: [...path, index] });
      } else if (previous !== undefined && previous !== owner) {
        ctx.addIssue({
          code: 'custom',
          message: `the name "${name}" is also a name of ${previous}`,
          path: [...path, index],
        });
      } else {
        owners.set(form, owner);
      }
    });
  };
  programme.cities.forEach((city, index) => check(city.names, `city "${city.id}"`, ['cities', index, 'names']));
  programme.otherPlaces.forEach((place, index) =>
    check(place.names, `otherPlaces[${index}]`, ['otherPlaces', index, 'names']),
  );
}

function checkPostcodesDoNotOverlap(cities: City[], ctx: z.RefinementCtx): void {
  const seen: { cityId: string; country: CountryCode; range: PostcodeRange }[] = [];
  cities.forEach((city, cityIndex) => {
    city.postcodes.forEach((range, rangeIndex) => {
      const clash = seen.find(
        (other) =>
          other.cityId !== city.id &&
          other.country === city.country &&
          range.from <= other.range.to &&
          other.range.from <= range.to,
      );
      if (clash) {
        ctx.addIssue({
          code: 'custom',
          message: `postcodes ${range.from}–${range.to} overlap those of city "${clash.cityId}"`,
          path: ['cities', cityIndex, 'postcodes', rangeIndex],
        });
      }
      seen.push({ cityId: city.id, country: city.country, range });
    });
  });
}
