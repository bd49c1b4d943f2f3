import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowEmitted, FlowEvent } from '../../src/flows/contract.js';
import { CHECKIN_JOBS, createCheckinFlow, type CheckinOpening } from '../../src/flows/checkin/index.js';

const at = '2031-06-02T16:00:00.000Z';

/** Runs the check-in machine alone: each tap is a choice id, each other string typed text. */
function runCheckin(opening: CheckinOpening, replies: { tap?: string; text?: string }[]) {
  const actor = createActor(createCheckinFlow().machine, {
    input: { language: 'en', languages: ['en'], startedAt: at },
  });
  const emitted: FlowEmitted[] = [];
  actor.on('say', (event: FlowEmitted) => emitted.push(event));
  actor.on('effect', (event: FlowEmitted) => emitted.push(event));
  actor.start();
  const open: FlowEvent = { type: 'job.due', name: CHECKIN_JOBS.open, payload: { ...opening }, at };
  actor.send(open);
  for (const reply of replies) {
    actor.send({
      type: 'user.message',
      text: reply.text ?? '',
      choiceId: reply.tap ?? null,
      command: null,
      namedLanguage: null,
      at,
    });
  }
  const questions = emitted.flatMap((e) => {
    if (e.type !== 'say' || !e.message.choices) return [];
    const framedQuestion = e.message.params?.question;
    return [typeof framedQuestion === 'string' ? framedQuestion : e.message.key];
  });
  const records = emitted.flatMap((e) =>
    e.type === 'effect' && e.effect.kind === 'recordCheckin' ? [e.effect.record] : [],
  );
  return { questions, last: records.at(-1), done: actor.getSnapshot().status === 'done' };
}

const week = (fields: Partial<CheckinOpening>): CheckinOpening => ({
  duoId: 'duo-1',
  role: 'mentee',
  week: 5,
  kind: 'weekly',
  first: false,
  missedWeeks: 0,
  survey: null,
  weeks: 26,
  ...fields,
});

describe('check-in flow', () => {
  it('asks three questions in a week when the member met', () => {
    const result = runCheckin(week({}), [{ tap: 'yes' }, { tap: '5' }, { tap: 'nothing' }]);
    expect(result.questions).toEqual([
      'checkin.question.met.mentee',
      'checkin.question.rating',
      'checkin.question.note',
    ]);
    expect(result.done).toBe(true);
    expect(result.last).toMatchObject({ met: 'yes', rating: 5, note: null, answeredAt: at });
  });

  it('adds three survey questions at mid-term, asked after the week', () => {
    const result = runCheckin(week({ week: 13, survey: 'midterm' }), [
      { tap: 'no' },
      { tap: 'busy' },
      { text: 'She moved house' },
      { tap: '3' },
      { tap: 'yes' },
      { text: 'More time together' },
    ]);
    expect(result.questions).toEqual([
      'checkin.question.met.mentee',
      'checkin.question.whyNot',
      'checkin.question.note',
      'checkin.survey.overall',
      'checkin.survey.continue',
      'checkin.survey.comment',
    ]);
    expect(result.last?.survey).toEqual({ overall: 3, continue: 'yes', comment: 'More time together' });
    expect(result.done).toBe(true);
  });

  it('asks the mentor at the end whether they would mentor again', () => {
    const result = runCheckin(week({ role: 'mentor', week: 26, survey: 'final' }), [
      { tap: 'remote' },
      { tap: '4' },
      { tap: 'nothing' },
      { tap: '5' },
      { tap: 'yes' },
      { tap: 'yes' },
      { tap: 'nothing' },
    ]);
    expect(result.questions.slice(3)).toEqual([
      'checkin.survey.overall',
      'checkin.survey.recommend',
      'checkin.survey.mentorAgain',
      'checkin.survey.comment',
    ]);
    expect(result.done).toBe(true);
  });

  it('asks about the contract only when the mentee has a job, and keeps the raw facts', () => {
    const outcome = week({ kind: 'outcome', week: 0 });
    const job = runCheckin(outcome, [{ tap: 'job' }, { tap: 'yes' }]);
    expect(job.last?.outcome).toEqual({ situation: 'job', contractAtLeast3Months: true });
    const training = runCheckin(outcome, [{ tap: 'training' }]);
    expect(training.questions).toEqual(['checkin.outcome.situation']);
    expect(training.done).toBe(true);
  });

  it('keeps waiting for an answer it cannot read', () => {
    const result = runCheckin(week({}), [{ text: 'hmm' }]);
    expect(result.questions).toEqual(['checkin.question.met.mentee', 'checkin.question.met.mentee']);
    expect(result.done).toBe(false);
    expect(result.last).toBeUndefined();
  });
});
