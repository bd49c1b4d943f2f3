export { DEFAULT_PROGRAMME_PATH, loadProgramme, parseProgramme, type ProgrammeResult } from './load.js';
export {
  belgianRegion,
  matchingForm,
  matchPlace,
  parseAge,
  parseWholeNumber,
  type NumberRange,
  type PlaceMatch,
} from './parse/index.js';
export { findCity, referralsFor, rulesFor, type CityRules } from './rules.js';
export {
  programmeSchema,
  WEEKDAYS,
  type BelgianRegion,
  type City,
  type CountryCode,
  type Eligibility,
  type OtherPlace,
  type Programme,
  type Referral,
  type AlertRule,
  type CheckinSettings,
  type SendingHours,
} from './schema.js';
