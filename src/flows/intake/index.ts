export { createIntakeFlow, type IntakeFlowOptions } from './machine.js';
export { createIntakeRules } from './programme-rules.js';
export type { IntakeRules, MenteeConditions, PlaceMatch, Referral } from './rules.js';
