export { readAge, readDate, type CalendarDate } from './age.js';
export { readChoice, readLanguage, readRole, withLexicon, type ChoiceOption } from './choice.js';
export { readFreeText } from './free-text.js';
export { normalise, wordsOf } from './normalise.js';
export { normaliseWithDigits } from './numbers.js';
export { readPlace, type KnownPlace } from './place.js';
export { readRating } from './rating.js';
export { read, unclear, valueOf, type Reading, type UnclearReason } from './reading.js';
export { readYesNo, type YesNo } from './yes-no.js';
