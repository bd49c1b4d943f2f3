export { parseAge } from './age.js';
export { matchingForm } from './matching.js';
export { belgianRegion, matchPlace, type PlaceMatch } from './place.js';
export { parseWholeNumber, type NumberRange } from './whole-number.js';
