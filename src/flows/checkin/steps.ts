import type { ChoiceOption } from '../message.js';

export type Role = 'mentee' | 'mentor';
export type Met = 'yes' | 'no' | 'remote';
export type SurveyKind = 'midterm' | 'final';

/** Each question of a check-in; which ones are asked depends on the week and the answers. */
export type StepId =
  | 'met'
  | 'whyNot'
  | 'rating'
  | 'note'
  | 'overall'
  | 'continue'
  | 'recommend'
  | 'mentorAgain'
  | 'situationNow'
  | 'comment'
  | 'outcomeSituation'
  | 'outcomeContract';

export interface CheckinAnswers {
  met: Met | null;
  notMetReason: string | null;
  notMetDetail: string | null;
  rating: number | null;
  note: string | null;
  survey: Record<string, string | number>;
  situation: 'job' | 'training' | 'other' | 'none' | null;
  contractAtLeast3Months: boolean | null;
}

export const emptyAnswers = (): CheckinAnswers => ({
  met: null,
  notMetReason: null,
  notMetDetail: null,
  rating: null,
  note: null,
  survey: {},
  situation: null,
  contractAtLeast3Months: null,
});

/** What the week asks: a weekly check-in (with a survey on some weeks) or the outcome question. */
export interface CheckinPlan {
  kind: 'weekly' | 'outcome';
  role: Role;
  survey: SurveyKind | null;
}

const option = (id: string, key: string, matchKey?: string): ChoiceOption => ({
  id,
  key,
  ...(matchKey ? { matchKeys: [matchKey] } : {}),
});
const scale: ChoiceOption[] = ['1', '2', '3', '4', '5'].map((id) => ({ id, key: `checkin.scale.${id}` }));
const yes = option('yes', 'checkin.choice.yes', 'checkin.words.yes');
const no = option('no', 'checkin.choice.no', 'checkin.words.no');
const nothing = option('nothing', 'checkin.choice.nothing', 'checkin.words.nothing');

export const NOT_MET_REASONS = ['busy', 'ill', 'cancelled', 'unreachable', 'wantsToStop', 'other'] as const;

interface StepSpec {
  /** The question's locale key; `{role}` is replaced by the member's role. */
  key: string;
  choices: ChoiceOption[];
  /** Free text is an answer too (kept as written). */
  freeText: boolean;
}

export const STEPS: Record<StepId, StepSpec> = {
  met: {
    key: 'checkin.question.met.{role}',
    choices: [
      option('yes', 'checkin.choice.metYes', 'checkin.words.yes'),
      option('no', 'checkin.choice.metNo', 'checkin.words.no'),
      option('remote', 'checkin.choice.metRemote', 'checkin.words.remote'),
    ],
    freeText: false,
  },
  whyNot: {
    key: 'checkin.question.whyNot',
    choices: NOT_MET_REASONS.map((id) => option(id, `checkin.reason.${id}`)),
    freeText: true,
  },
  rating: { key: 'checkin.question.rating', choices: scale, freeText: false },
  note: { key: 'checkin.question.note', choices: [nothing], freeText: true },
  overall: { key: 'checkin.survey.overall', choices: scale, freeText: false },
  continue: {
    key: 'checkin.survey.continue',
    choices: [yes, no, option('notSure', 'checkin.choice.notSure')],
    freeText: false,
  },
  recommend: { key: 'checkin.survey.recommend', choices: [yes, no], freeText: false },
  mentorAgain: {
    key: 'checkin.survey.mentorAgain',
    choices: [yes, no, option('maybe', 'checkin.choice.maybe')],
    freeText: false,
  },
  situationNow: {
    key: 'checkin.survey.situationNow',
    choices: ['job', 'training', 'searching', 'other'].map((id) => option(id, `checkin.situation.${id}`)),
    freeText: false,
  },
  comment: { key: 'checkin.survey.comment', choices: [nothing], freeText: true },
  outcomeSituation: {
    key: 'checkin.outcome.situation',
    choices: ['job', 'training', 'other', 'none'].map((id) => option(id, `checkin.outcome.choice.${id}`)),
    freeText: false,
  },
  outcomeContract: {
    key: 'checkin.outcome.contract',
    choices: [yes, no, option('unknown', 'checkin.choice.dontKnow')],
    freeText: false,
  },
};

/** The questions in order, given what was answered so far. At most 4 weekly, 4 more in a survey. */
export function stepsFor(plan: CheckinPlan, answers: CheckinAnswers): StepId[] {
  if (plan.kind === 'outcome') {
    return answers.situation === 'job' ? ['outcomeSituation', 'outcomeContract'] : ['outcomeSituation'];
  }
  const weekly: StepId[] = ['met', answers.met === 'no' ? 'whyNot' : 'rating', 'note'];
  if (plan.survey === 'midterm') return [...weekly, 'overall', 'continue', 'comment'];
  if (plan.survey === 'final') {
    return [...weekly, 'overall', 'recommend', plan.role === 'mentor' ? 'mentorAgain' : 'situationNow', 'comment'];
  }
  return weekly;
}

export interface Reply {
  choiceId: string | null;
  text: string;
}

/** Reads a reply as the step's answer; null when it cannot be read and must be asked again. */
export function readStep(step: StepId, reply: Reply): string | null {
  const spec = STEPS[step];
  if (reply.choiceId !== null && spec.choices.some((choice) => choice.id === reply.choiceId)) return reply.choiceId;
  if (spec.freeText && reply.text.trim() !== '') return reply.text.trim();
  return null;
}

/** The answers after `value` was given at `step`. */
export function applyAnswer(answers: CheckinAnswers, step: StepId, value: string): CheckinAnswers {
  const freeText = !STEPS[step].choices.some((choice) => choice.id === value);
  switch (step) {
    case 'met':
      return { ...answers, met: value === 'no' ? 'no' : value === 'remote' ? 'remote' : 'yes' };
    case 'whyNot':
      return freeText
        ? { ...answers, notMetReason: 'other', notMetDetail: value }
        : { ...answers, notMetReason: value };
    case 'rating':
      return { ...answers, rating: Number(value) };
    case 'note':
      return { ...answers, note: freeText ? value : null };
    case 'overall':
      return { ...answers, survey: { ...answers.survey, overall: Number(value) } };
    case 'comment':
      return freeText ? { ...answers, survey: { ...answers.survey, comment: value } } : answers;
    case 'continue':
    case 'recommend':
    case 'mentorAgain':
    case 'situationNow':
      return { ...answers, survey: { ...answers.survey, [step]: value } };
    case 'outcomeSituation':
      return {
        ...answers,
        situation: value === 'job' || value === 'training' || value === 'other' ? value : 'none',
      };
    case 'outcomeContract':
      return { ...answers, contractAtLeast3Months: value === 'yes' ? true : value === 'no' ? false : null };
  }
}
