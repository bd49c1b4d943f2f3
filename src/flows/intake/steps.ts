import type { Audience } from '../contract.js';
import type { ChoiceOption, ListParam, OutboundMessage, TextParam } from '../message.js';
import type { IntakeRules, PlaceMatch, Referral } from './rules.js';
import { readFirstName, readSpokenLanguages, valueOf, type YesNoQuestion } from '../../understanding/index.js';

export type StepId =
  | 'city'
  /** Asked only when the place was read from something else than its name: a postcode, a typo, a sentence. */
  | 'cityConfirmed'
  | 'age'
  | 'origin'
  | 'lookingForWork'
  | 'allowedToWork'
  | 'weeklyAvailability'
  | 'firstName'
  | 'project'
  | 'education'
  | 'spokenLanguages'
  | 'heardFrom'
  | 'sector'
  | 'experienceYears'
  | 'mentorAvailability';

export type AnswerValue = string | number | boolean | string[];
export type Answers = Partial<Record<StepId, AnswerValue>>;

/** The user message as the questionnaire reads it. */
export interface Reply {
  text: string;
  choiceId: string | null;
  namedLanguage: string | null;
  at: string;
}

export type IneligibleReason =
  | 'area'
  | 'tooYoung'
  | 'tooOld'
  | 'mentorTooYoung'
  | 'origin'
  | 'notLookingForWork'
  | 'workPermit'
  | 'availability'
  | 'mentorAvailability';

/** After an answer: ask the next question, stop with a reason, or go on to booking. */
export type NextStep =
  | { kind: 'ask'; step: StepId }
  | { kind: 'ineligible'; reason: IneligibleReason; place: PlaceMatch | null; params: Record<string, string | number> }
  | { kind: 'complete' };

const MENTEE_STEPS: StepId[] = [
  'city',
  'cityConfirmed',
  'age',
  'origin',
  'lookingForWork',
  'allowedToWork',
  'weeklyAvailability',
  'firstName',
  'project',
  'education',
  'spokenLanguages',
  'heardFrom',
];
const MENTOR_STEPS: StepId[] = [
  'city',
  'cityConfirmed',
  'age',
  'sector',
  'experienceYears',
  'mentorAvailability',
  'firstName',
  'heardFrom',
];

export const SECTORS = [
  'office',
  'sales',
  'hospitality',
  'construction',
  'logistics',
  'digital',
  'care',
  'education',
  'other',
  'unknown',
] as const;
export const EDUCATION_LEVELS = [
  'foreignNotRecognised',
  'none',
  'lowerSecondary',
  'upperSecondary',
  'bachelor',
  'master',
] as const;
export const HEARD_FROM = ['friend', 'socialMedia', 'employmentService', 'partner', 'school', 'other'] as const;

const yesNo = (question?: YesNoQuestion): ChoiceOption[] => [
  { id: 'yes', key: 'answers.yes', matchKeys: ['answers.yesWords'], ...(question ? { question } : {}) },
  { id: 'no', key: 'answers.no', matchKeys: ['answers.noWords'], ...(question ? { question } : {}) },
];

const listChoices = (prefix: string, ids: readonly string[]): ChoiceOption[] =>
  ids.map((id) => ({ id, key: `${prefix}.${id}`, matchKeys: [`${prefix}Words.${id}`] }));

/** A city's name in the reader's language (`cities.<id>` in the locales), else the programme's first name for it. */
export function cityName(rules: IntakeRules, cityId: string): TextParam {
  const fallback = rules.cities().find((city) => city.id === cityId)?.name ?? cityId;
  return { kind: 'text', key: `cities.${cityId}`, fallback };
}

/** A referral's name as a sentence needs it ("du Forem", "d’Actiris"): `referralNames.*` in the locales, else the name. */
export function referralName(referral: Referral): TextParam {
  const slug = referral.name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return { kind: 'text', key: `referralNames.${slug}`, fallback: referral.name };
}

/** Every city where DUO for a JOB is active, as a list in the reader's language. */
export function activeCities(rules: IntakeRules): ListParam {
  return { kind: 'list', items: rules.cities().map((city) => cityName(rules, city.id)) };
}

/** The question for a step, as an abstract message; `typedPlace` is what the person wrote for their city. */
export function askStep(input: {
  step: StepId;
  role: Audience;
  answers: Answers;
  typedPlace: string | null;
  rules: IntakeRules;
}): OutboundMessage {
  const { step, role, answers, typedPlace, rules } = input;
  switch (step) {
    case 'city':
      return { key: 'steps.city.ask' };
    case 'cityConfirmed': {
      const place = placeOf(answers.city);
      const city = place?.kind === 'served' ? cityName(rules, place.cityId) : '';
      return { key: 'steps.cityConfirmed.ask', params: { city, typed: typedPlace ?? '' }, choices: yesNo() };
    }
    case 'age':
      return { key: role === 'mentor' ? 'steps.age.askMentor' : 'steps.age.ask' };
    case 'origin':
      return {
        key: 'steps.origin.ask',
        choices: [
          { id: 'self', key: 'steps.origin.self' },
          { id: 'family', key: 'steps.origin.family' },
          { id: 'no', key: 'steps.origin.no', matchKeys: ['answers.noWords'] },
        ],
      };
    case 'lookingForWork':
      return { key: 'steps.lookingForWork.ask', choices: yesNo('lookingForWork') };
    case 'allowedToWork':
      return {
        key: 'steps.allowedToWork.ask',
        choices: [...yesNo(), { id: 'notSure', key: 'answers.notSure', matchKeys: ['answers.notSureWords'] }],
      };
    case 'weeklyAvailability':
      return { key: 'steps.weeklyAvailability.ask', choices: yesNo('weeklyMeetings') };
    case 'firstName':
      return { key: 'steps.firstName.ask' };
    case 'project':
      return { key: 'steps.project.ask', choices: listChoices('sectors', SECTORS) };
    case 'sector':
      return {
        key: 'steps.sector.ask',
        choices: listChoices(
          'sectors',
          SECTORS.filter((id) => id !== 'unknown'),
        ),
      };
    case 'education':
      return { key: 'steps.education.ask', choices: listChoices('education', EDUCATION_LEVELS) };
    case 'spokenLanguages':
      return { key: 'steps.spokenLanguages.ask' };
    case 'heardFrom':
      return { key: 'steps.heardFrom.ask', choices: listChoices('heardFrom', HEARD_FROM) };
    case 'experienceYears':
      return { key: 'steps.experienceYears.ask' };
    case 'mentorAvailability':
      return { key: 'steps.mentorAvailability.ask', choices: yesNo('weeklyMeetings') };
  }
}

/** The hint added when an answer to this step is not understood. */
export function hintFor(step: StepId): string {
  return `steps.${step}.hint`;
}

/** Reads a reply as the answer to a step; null when it cannot be understood. */
export function readAnswer(input: {
  step: StepId;
  reply: Reply;
  rules: IntakeRules;
  /** The conversation's language, when chosen: a date of birth is read as it is written in it. */
  language: string | null;
}): AnswerValue | null {
  const { step, reply, rules, language } = input;
  const chosen = reply.choiceId;
  switch (step) {
    case 'city': {
      const place = rules.matchPlace(reply.text);
      if (place.kind === 'served') return place.cityId;
      if (place.kind === 'unserved') return `unserved:${place.country ?? ''}:${place.region ?? ''}`;
      return null;
    }
    case 'age':
      return rules.parseAge(reply.text, new Date(reply.at), language ?? undefined);
    case 'origin':
    case 'allowedToWork':
    case 'sector':
      return chosen;
    case 'project':
    case 'education':
    case 'heardFrom':
      // "apicultrice", "bac+3", "par un ami": kept as typed when no choice fits.
      return chosen ?? freeText(reply.text);
    case 'cityConfirmed':
    case 'lookingForWork':
    case 'weeklyAvailability':
    case 'mentorAvailability':
      return chosen === 'yes' ? true : chosen === 'no' ? false : null;
    case 'firstName':
      return valueOf(readFirstName(reply.text));
    case 'experienceYears':
      return rules.parseWholeNumber(reply.text, { min: 0, max: 60 });
    case 'spokenLanguages': {
      const known = valueOf(readSpokenLanguages(reply.text)) ?? [];
      if (reply.namedLanguage) known.push(reply.namedLanguage);
      const unique = [...new Set(known)];
      // Any language counts; those not on the list are kept as typed.
      if (unique.length > 0) return unique;
      const typed = freeText(reply.text);
      return typed === null ? null : [typed];
    }
  }
}

/** A free answer worth keeping: at least two characters, one of them a letter. */
function freeText(text: string): string | null {
  return text.length >= 2 && /\p{L}/u.test(text) ? text.slice(0, 80) : null;
}

/** The place an answer to the city question stands for. */
export function placeOf(answer: AnswerValue | undefined): PlaceMatch | null {
  if (typeof answer !== 'string') return null;
  if (!answer.startsWith('unserved:')) return { kind: 'served', cityId: answer };
  const [, country, region] = answer.split(':');
  return { kind: 'unserved', ...(country ? { country } : {}), ...(region ? { region } : {}) };
}

/**
 * Where the questionnaire goes after the answers so far: the first unanswered question, unless
 * an answer already rules the person out (each condition is checked as soon as it is known).
 */
export function nextStep(input: { role: Audience; answers: Answers; rules: IntakeRules }): NextStep {
  const { role, answers, rules } = input;
  const place = placeOf(answers.city);
  if (place && place.kind !== 'served') return { kind: 'ineligible', reason: 'area', place, params: {} };
  const cityId = place?.kind === 'served' ? place.cityId : null;
  const ineligible = (reason: IneligibleReason, params: Record<string, string | number> = {}): NextStep => ({
    kind: 'ineligible',
    reason,
    place,
    params,
  });

  if (cityId && typeof answers.age === 'number') {
    const range = rules.ageRange(cityId, role);
    if (role === 'mentor' && answers.age < range.min) return ineligible('mentorTooYoung', { min: range.min });
    if (role === 'mentee' && answers.age < range.min) return ineligible('tooYoung', { min: range.min });
    if (role === 'mentee' && range.max !== null && answers.age > range.max)
      return ineligible('tooOld', { max: range.max });
  }
  if (role === 'mentee' && cityId) {
    const conditions = rules.menteeConditions(cityId);
    if (conditions.originOutsideEU && answers.origin === 'no') return ineligible('origin');
    if (conditions.lookingForWork && answers.lookingForWork === false) return ineligible('notLookingForWork');
    if (conditions.allowedToWork && answers.allowedToWork === 'no') return ineligible('workPermit');
    if (conditions.weeklyAvailability && answers.weeklyAvailability === false) return ineligible('availability');
  }
  if (role === 'mentor' && answers.mentorAvailability === false) return ineligible('mentorAvailability');

  const steps = role === 'mentor' ? MENTOR_STEPS : MENTEE_STEPS;
  const conditions = role === 'mentee' && cityId ? rules.menteeConditions(cityId) : null;
  for (const step of steps) {
    if (answers[step] !== undefined) continue;
    if (conditions && isSwitchedOff(step, conditions)) continue;
    return { kind: 'ask', step };
  }
  return { kind: 'complete' };
}

function isSwitchedOff(step: StepId, conditions: ReturnType<IntakeRules['menteeConditions']>): boolean {
  switch (step) {
    case 'origin':
      return !conditions.originOutsideEU;
    case 'lookingForWork':
      return !conditions.lookingForWork;
    case 'allowedToWork':
      return !conditions.allowedToWork;
    case 'weeklyAvailability':
      return !conditions.weeklyAvailability;
    default:
      return false;
  }
}
