import type { MessageParam, OutboundMessage, TextParam } from '../message.js';
import type { IntakeRules } from './rules.js';
import { cityName, placeOf, type AnswerValue, type Answers, type StepId } from './steps.js';

/** The answers shown in a summary, in the order they are asked; what a field's values mean in the locales. */
const FIELDS: { step: StepId; valueKey?: (id: string) => string }[] = [
  { step: 'city' },
  { step: 'age' },
  { step: 'origin', valueKey: (id) => `steps.origin.${id}` },
  { step: 'lookingForWork' },
  { step: 'allowedToWork' },
  { step: 'weeklyAvailability' },
  { step: 'firstName' },
  { step: 'project', valueKey: (id) => `sectors.${id}` },
  { step: 'sector', valueKey: (id) => `sectors.${id}` },
  { step: 'experienceYears' },
  { step: 'mentorAvailability' },
  { step: 'education', valueKey: (id) => `education.${id}` },
  { step: 'spokenLanguages' },
  { step: 'heardFrom', valueKey: (id) => `heardFrom.${id}` },
];

const ANSWER_KEYS: Record<string, string> = { yes: 'answers.yes', no: 'answers.no', notSure: 'answers.notSure' };

function shown(value: AnswerValue, valueKey: ((id: string) => string) | undefined): MessageParam {
  if (typeof value === 'boolean') return { kind: 'text', key: value ? 'answers.yes' : 'answers.no' };
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.join(', ');
  const answerKey = ANSWER_KEYS[value];
  if (answerKey) return { kind: 'text', key: answerKey };
  // A free answer kept as typed falls back to itself.
  return valueKey ? { kind: 'text', key: valueKey(value), fallback: value } : value;
}

/** What is kept about the person, one line per answer, as promised in the consent text. */
export function dataSummary(input: {
  role: 'mentee' | 'mentor' | 'question' | null;
  answers: Answers;
  booking: { startsAt: string; timeZone: string; place: string } | null;
  rules: IntakeRules;
}): OutboundMessage {
  const { role, answers, booking, rules } = input;
  const lines: TextParam[] = [
    { kind: 'text', key: 'data.fields.language', params: { value: { kind: 'text', key: 'meta.endonym' } } },
  ];
  if (role)
    lines.push({ kind: 'text', key: 'data.fields.role', params: { value: { kind: 'text', key: `role.${role}` } } });
  for (const { step, valueKey } of FIELDS) {
    const value = answers[step];
    if (value === undefined) continue;
    const place = step === 'city' ? placeOf(value) : null;
    const param = place?.kind === 'served' ? cityName(rules, place.cityId) : shown(value, valueKey);
    lines.push({ kind: 'text', key: `data.fields.${step}`, params: { value: param } });
  }
  if (booking) {
    lines.push({
      kind: 'text',
      key: 'data.fields.booking',
      params: { date: { kind: 'datetime', iso: booking.startsAt, timeZone: booking.timeZone }, place: booking.place },
    });
  }
  return { key: 'data.summary', params: { lines: { kind: 'list', items: lines, style: 'lines' } } };
}
