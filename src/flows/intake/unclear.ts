import { readAge, readYesNo, type UnclearReason, type YesNoQuestion } from '../../understanding/index.js';
import type { StepId } from './steps.js';

/** How a question's answer is read, as far as saying why an answer was not taken goes. */
export type AnswerKind = 'yesNo' | 'yesNoNotSure' | YesNoQuestion | 'age' | 'years' | 'other';

/** Reasons worth their own sentence; the others get the plain "not understood". */
const TOLD_REASONS: readonly UnclearReason[] = ['range', 'severalValues', 'contradiction', 'maybe', 'outOfRange'];

export function answerKindOf(step: StepId): AnswerKind {
  switch (step) {
    case 'lookingForWork':
      return 'lookingForWork';
    case 'weeklyAvailability':
    case 'mentorAvailability':
      return 'weeklyMeetings';
    case 'cityConfirmed':
      return 'yesNo';
    case 'allowedToWork':
      return 'yesNoNotSure';
    case 'age':
      return 'age';
    case 'experienceYears':
      return 'years';
    default:
      return 'other';
  }
}

/**
 * The first line of a re-ask: why the reader did not take the answer ("a range", "a yes and a
 * no", "maybe"), from the reader's own reason, or the plain "not understood".
 */
export function unclearLine(input: { kind: AnswerKind; text: string; at: string; language: string | null }): string {
  const reason = unclearReason(input);
  return reason !== null && TOLD_REASONS.includes(reason) ? `intake.unclear.${reason}` : 'intake.notUnderstood';
}

function unclearReason({
  kind,
  text,
  at,
  language,
}: {
  kind: AnswerKind;
  text: string;
  at: string;
  language: string | null;
}): UnclearReason | null {
  switch (kind) {
    case 'yesNo':
    case 'yesNoNotSure':
    case 'lookingForWork':
    case 'weeklyMeetings': {
      const reading = readYesNo(
        text,
        kind === 'yesNo' || kind === 'yesNoNotSure' ? { allowNotSure: kind === 'yesNoNotSure' } : { question: kind },
      );
      return reading.ok ? null : reading.reason;
    }
    case 'age':
    case 'years': {
      // Years of experience are read like an age for ranges and two numbers, not for the limits of an age.
      const reading = readAge(text, new Date(at), language === null ? {} : { language });
      if (reading.ok || (kind === 'years' && reading.reason === 'outOfRange')) return null;
      return reading.reason;
    }
    case 'other':
      return null;
  }
}
