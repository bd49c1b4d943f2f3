import type { Audience } from '../contract.js';
import type { OutboundMessage, TextParam } from '../message.js';
import type { AnswerValue, StepId } from './steps.js';

/** A number alone, perhaps with its unit ("24", "24 ans", "٢٤"): nothing to say back. */
const PLAIN_NUMBER = /^\s*\p{Nd}{1,3}\s*\p{L}*\s*$/u;

/**
 * What is said before the next question, right after an answer: the first name once given, and an
 * age read from a sentence, words or a date of birth, said back so that a misreading shows at once.
 */
export function leadAfterAnswer(input: { step: StepId; value: AnswerValue; text: string }): TextParam | null {
  const { step, value, text } = input;
  if (step === 'firstName' && typeof value === 'string') {
    return { kind: 'text', key: 'steps.thanksName', params: { name: value } };
  }
  if (step === 'age' && typeof value === 'number' && !PLAIN_NUMBER.test(text)) {
    return { kind: 'text', key: 'steps.age.noted', params: { age: value } };
  }
  return null;
}

/** Said once the role is known: the role as understood, and what the answers to come are for. */
export function roleLead(role: Audience): TextParam {
  return { kind: 'text', key: `role.chosen.${role}` };
}

/** The question with a short line before it, in one message. */
export function withLead(lead: TextParam | null, question: OutboundMessage): OutboundMessage {
  if (!lead) return question;
  return {
    ...question,
    key: 'intake.leadThenQuestion',
    params: {
      lead,
      question: { kind: 'text', key: question.key, ...(question.params ? { params: question.params } : {}) },
    },
  };
}

/** The line alone, when no question follows (the person is told why they cannot join). */
export function leadAlone(lead: TextParam): OutboundMessage {
  return { key: lead.key, ...(lead.params ? { params: lead.params } : {}) };
}
