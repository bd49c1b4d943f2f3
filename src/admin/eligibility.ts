import { rulesFor, type Programme } from '../programme/index.js';
import type { ApplicationDoc } from '../store/repositories/applications.js';

export type RuleVerdict = 'met' | 'not-met' | 'unknown' | 'not-applicable';

export interface RuleCheck {
  rule:
    | 'area'
    | 'age'
    | 'originOutsideEU'
    | 'lookingForWork'
    | 'allowedToWork'
    | 'weeklyAvailability'
    | 'mentorAvailability';
  verdict: RuleVerdict;
  /** The answer the verdict rests on, as recorded. */
  answer: string | null;
  /** What the answer was held against: an age range, the served cities, an option switched off for the city. */
  reason: string;
}

type Answer = ApplicationDoc['answers'][string] | undefined;

const shown = (answer: Answer): string | null =>
  answer === undefined ? null : Array.isArray(answer) ? answer.join(', ') : String(answer);

function yesNo(
  rule: RuleCheck['rule'],
  answer: Answer,
  input: { switchedOn: boolean; refusing: Answer[]; meaning: string },
): RuleCheck {
  if (!input.switchedOn)
    return { rule, verdict: 'not-applicable', answer: shown(answer), reason: 'not asked in this city' };
  if (answer === undefined) return { rule, verdict: 'unknown', answer: null, reason: 'not answered yet' };
  const refused = input.refusing.includes(answer);
  return { rule, verdict: refused ? 'not-met' : 'met', answer: shown(answer), reason: input.meaning };
}

/** Each eligibility rule of the programme, checked against the applicant's answers, with why. */
export function checkEligibility(application: ApplicationDoc, programme: Programme): RuleCheck[] {
  const { answers, role } = application;
  if (role !== 'mentee' && role !== 'mentor') return [];
  const cityAnswer = answers.city;
  const checks: RuleCheck[] = [];
  if (typeof cityAnswer !== 'string') {
    checks.push({ rule: 'area', verdict: 'unknown', answer: null, reason: 'not answered yet' });
  } else if (cityAnswer.startsWith('unserved:')) {
    checks.push({
      rule: 'area',
      verdict: 'not-met',
      answer: cityAnswer,
      reason: 'outside the cities DUO for a JOB serves',
    });
  } else {
    checks.push({ rule: 'area', verdict: 'met', answer: cityAnswer, reason: 'a city DUO for a JOB serves' });
  }
  const rules = application.city ? rulesFor(programme, application.city) : null;
  const age = answers.age;
  if (!rules || typeof age !== 'number') {
    checks.push({
      rule: 'age',
      verdict: 'unknown',
      answer: shown(age),
      reason: rules ? 'not answered yet' : 'no city yet',
    });
  } else if (role === 'mentor') {
    const min = rules.mentor.minAge;
    checks.push({
      rule: 'age',
      verdict: age >= min ? 'met' : 'not-met',
      answer: String(age),
      reason: `${min} or older`,
    });
  } else {
    const { minAge, maxAge } = rules.mentee;
    const within = age >= minAge && age <= maxAge;
    checks.push({
      rule: 'age',
      verdict: within ? 'met' : 'not-met',
      answer: String(age),
      reason: `${minAge}–${maxAge}`,
    });
  }
  if (role === 'mentor') {
    checks.push(
      yesNo('mentorAvailability', answers.mentorAvailability, {
        switchedOn: true,
        refusing: [false],
        meaning: 'available every week for six months',
      }),
    );
    return checks;
  }
  const conditions = rules?.eligibility;
  const on = (value: boolean | undefined) => value ?? true;
  checks.push(
    yesNo('originOutsideEU', answers.origin, {
      switchedOn: on(conditions?.originOutsideEU),
      refusing: ['no'],
      meaning: 'the person or their family comes from outside the EU',
    }),
    yesNo('lookingForWork', answers.lookingForWork, {
      switchedOn: on(conditions?.lookingForWork),
      refusing: [false],
      meaning: 'looking for work or training',
    }),
    yesNo('allowedToWork', answers.allowedToWork, {
      switchedOn: on(conditions?.allowedToWork),
      refusing: ['no'],
      meaning: 'allowed to work in the country ("not sure" is checked at the session)',
    }),
    yesNo('weeklyAvailability', answers.weeklyAvailability, {
      switchedOn: on(conditions?.weeklyAvailability),
      refusing: [false],
      meaning: 'available every week for six months',
    }),
  );
  return checks;
}
