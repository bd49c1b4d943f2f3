import { assign, enqueueActions, setup } from 'xstate';
import { z } from 'zod';
import type { CheckinRecord, Effect, FlowDefinition, FlowEmitted, FlowEvent, FlowInput } from '../contract.js';
import type { OutboundMessage } from '../message.js';
import {
  applyAnswer,
  emptyAnswers,
  readStep,
  STEPS,
  stepsFor,
  type CheckinAnswers,
  type CheckinPlan,
  type StepId,
} from './steps.js';

/** Job names of the check-in; the host's duo scheduler sends them (see src/duos). */
export const CHECKIN_JOBS = {
  open: 'checkin.open',
  outcome: 'checkin.outcome',
  remind: 'checkin.remind',
  close: 'checkin.close',
} as const;

/** What the host puts in a `checkin.open` or `checkin.outcome` job. */
export const checkinOpeningSchema = z.object({
  duoId: z.string().min(1),
  role: z.enum(['mentee', 'mentor']),
  /** 1…weeks, or 0 for the outcome question. */
  week: z.int().min(0),
  kind: z.enum(['weekly', 'outcome']),
  /** The first check-in says who reads the answers. */
  first: z.boolean(),
  /** Earlier weeks not asked (downtime, quiet hours): "we missed you for n weeks". */
  missedWeeks: z.int().min(0),
  survey: z.enum(['midterm', 'final']).nullable(),
  weeks: z.int().min(1),
});
export type CheckinOpening = z.infer<typeof checkinOpeningSchema>;

export interface CheckinContext {
  opening: CheckinOpening | null;
  answers: CheckinAnswers;
  step: StepId | null;
  answeredAt: string | null;
}

type UserMessage = Extract<FlowEvent, { type: 'user.message' }>;
type JobDue = Extract<FlowEvent, { type: 'job.due' }>;

const say = (message: OutboundMessage): FlowEmitted => ({ type: 'say', message });
const effect = (request: Effect): FlowEmitted => ({ type: 'effect', effect: request });
const isUserMessage = (event: FlowEvent): event is UserMessage => event.type === 'user.message';
const isJob = (event: FlowEvent): event is JobDue => event.type === 'job.due';

function openingOf(event: FlowEvent): CheckinOpening | null {
  if (!isJob(event) || (event.name !== CHECKIN_JOBS.open && event.name !== CHECKIN_JOBS.outcome)) return null;
  const parsed = checkinOpeningSchema.safeParse(event.payload);
  return parsed.success ? parsed.data : null;
}

/** A reminder or close job for the week being asked (a stale one for an earlier week is ignored). */
function isJobForThisWeek(context: CheckinContext, event: FlowEvent, name: string): boolean {
  return (
    isJob(event) &&
    event.name === name &&
    context.opening !== null &&
    event.payload.duoId === context.opening.duoId &&
    event.payload.week === context.opening.week
  );
}

const planOf = (opening: CheckinOpening): CheckinPlan => ({
  kind: opening.kind,
  role: opening.role,
  survey: opening.survey,
});

function question(opening: CheckinOpening, step: StepId): OutboundMessage {
  const spec = STEPS[step];
  return { key: spec.key.replace('{role}', opening.role), choices: spec.choices };
}

/** The answer to the current question and what follows it; null when the reply cannot be read. */
function advance(context: CheckinContext, event: FlowEvent): { answers: CheckinAnswers; next: StepId | null } | null {
  if (!isUserMessage(event) || context.opening === null || context.step === null) return null;
  const value = readStep(context.step, { choiceId: event.choiceId, text: event.text });
  if (value === null) return null;
  const answers = applyAnswer(context.answers, context.step, value);
  const steps = stepsFor(planOf(context.opening), answers);
  const next = steps[steps.indexOf(context.step) + 1] ?? null;
  return { answers, next };
}

function recordOf(context: CheckinContext): CheckinRecord | null {
  const { opening, answers } = context;
  if (!opening) return null;
  const survey = Object.keys(answers.survey).length > 0 ? answers.survey : null;
  return {
    duoId: opening.duoId,
    role: opening.role,
    week: opening.week,
    kind: opening.kind,
    met: answers.met,
    notMetReason: answers.notMetReason,
    notMetDetail: answers.notMetDetail,
    rating: answers.rating,
    note: answers.note,
    survey,
    outcome:
      answers.situation === null
        ? null
        : { situation: answers.situation, contractAtLeast3Months: answers.contractAtLeast3Months },
    answeredAt: context.answeredAt,
  };
}

/**
 * The lead of the first message of a check-in. It shares one message with the first question,
 * so that outside WhatsApp's 24-hour window a single template carries both.
 */
function leadOf(opening: CheckinOpening): string {
  if (opening.kind === 'outcome') return 'outcome';
  if (opening.first) return 'first';
  if (opening.missedWeeks > 0) return 'missed';
  return opening.survey ?? 'week';
}

function framed(opening: CheckinOpening, step: StepId, lead: string): OutboundMessage {
  const asked = question(opening, step);
  return {
    key: 'checkin.framed',
    params: {
      lead,
      question: asked.key,
      week: opening.week,
      weeks: opening.weeks,
      // The weeks without news, this one included: "we missed you for 2 weeks".
      missed: opening.missedWeeks + 1,
    },
    ...(asked.choices ? { choices: asked.choices } : {}),
  };
}

function thanksOf(opening: CheckinOpening | null): string {
  if (opening?.kind === 'outcome') return 'checkin.thanks.outcome';
  return opening?.survey === 'final' ? 'checkin.thanks.final' : 'checkin.thanks.week';
}

/**
 * One member's check-in for one week (or the outcome question), asked in the member's own
 * language: at most four short questions, buttons where they fit, free text where a note is
 * welcome. Each answer is recorded at once, so what was said survives an interruption. Waits are
 * the host's durable jobs (`checkin.remind`, `checkin.close`), never timers.
 */
export function createCheckinFlow(): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as CheckinContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
      emitted: {} as FlowEmitted,
    },
    guards: {
      opens: ({ event }) => openingOf(event) !== null,
      completes: ({ context, event }) => {
        const result = advance(context, event);
        return result !== null && result.next === null;
      },
      answers: ({ context, event }) => advance(context, event) !== null,
      remindsThisWeek: ({ context, event }) => isJobForThisWeek(context, event, CHECKIN_JOBS.remind),
      closesThisWeek: ({ context, event }) => isJobForThisWeek(context, event, CHECKIN_JOBS.close),
    },
    actions: {
      open: assign(({ event }) => {
        const opening = openingOf(event);
        const steps = opening ? stepsFor(planOf(opening), emptyAnswers()) : [];
        return { opening, answers: emptyAnswers(), step: steps[0] ?? null, answeredAt: null };
      }),
      askWithLead: enqueueActions(({ context, enqueue }) => {
        if (context.opening && context.step) {
          enqueue.emit(say(framed(context.opening, context.step, leadOf(context.opening))));
        }
      }),
      take: assign(({ context, event }) => {
        const result = advance(context, event);
        if (!result) return {};
        return {
          answers: result.answers,
          step: result.next,
          answeredAt: context.answeredAt ?? (isUserMessage(event) ? event.at : null),
        };
      }),
      record: enqueueActions(({ context, enqueue }) => {
        const record = recordOf(context);
        if (record) enqueue.emit(effect({ kind: 'recordCheckin', record }));
      }),
      ask: enqueueActions(({ context, enqueue }) => {
        if (context.opening && context.step) enqueue.emit(say(question(context.opening, context.step)));
      }),
      sayNotUnderstood: enqueueActions(({ context, enqueue }) => {
        const free = context.step !== null && STEPS[context.step].freeText;
        enqueue.emit(say({ key: free ? 'checkin.hint.write' : 'checkin.hint.choose' }));
      }),
      remind: enqueueActions(({ context, enqueue }) => {
        if (context.opening && context.step) enqueue.emit(say(framed(context.opening, context.step, 'reminder')));
      }),
      sayThanks: enqueueActions(({ context, enqueue }) => {
        enqueue.emit(say({ key: thanksOf(context.opening) }));
      }),
    },
  }).createMachine({
    id: 'checkin',
    context: { opening: null, answers: emptyAnswers(), step: null, answeredAt: null },
    initial: 'waiting',
    states: {
      waiting: {
        on: { 'job.due': { guard: 'opens', target: 'asking', actions: ['open', 'askWithLead'] } },
      },
      asking: {
        on: {
          'user.message': [
            { guard: 'completes', target: 'finished', actions: ['take', 'record', 'sayThanks'] },
            { guard: 'answers', actions: ['take', 'record', 'ask'] },
            { actions: ['sayNotUnderstood', 'ask'] },
          ],
          'job.due': [
            // A newer week replaces one left unfinished: its answers are recorded already.
            { guard: 'opens', actions: ['open', 'askWithLead'] },
            { guard: 'remindsThisWeek', actions: 'remind' },
            { guard: 'closesThisWeek', target: 'finished' },
          ],
        },
      },
      finished: { type: 'final' },
    },
  });
  return { id: 'checkin', version: 1, machine, overlay: { opensOn: [CHECKIN_JOBS.open, CHECKIN_JOBS.outcome] } };
}
