export { readAge, readDate, type CalendarDate, type DateOptions } from './age.js';
export {
  namesAndPhrases,
  readChoice,
  readLanguage,
  withLexicon,
  type ChoiceOption,
  type ChoiceReadingOptions,
  type OptionPhrase,
} from './choice.js';
export { readFirstName } from './first-name.js';
export { readFreeText } from './free-text.js';
export { normalise, wordsOf } from './normalise.js';
export { normaliseWithDigits } from './numbers.js';
export { readPlace, type KnownPlace } from './place.js';
export { readRating } from './rating.js';
export { readRole, type Role } from './role.js';
export { readSpokenLanguages } from './spoken-languages.js';
export { read, unclear, valueOf, type Reading, type UnclearReason } from './reading.js';
export { readYesNo, type YesNo, type YesNoQuestion } from './yes-no.js';
