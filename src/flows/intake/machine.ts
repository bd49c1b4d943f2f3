import { assign, enqueueActions, setup } from 'xstate';
import type {
  ApplicationRecord,
  Audience,
  Effect,
  FlowDefinition,
  FlowEmitted,
  FlowEvent,
  FlowInput,
  SessionOption,
} from '../contract.js';
import type { ChoiceOption, MessageParams, OutboundMessage } from '../message.js';
import { suggestLanguage } from './detect.js';
import type { IntakeRules, Referral } from './rules.js';
import {
  askStep,
  hintFor,
  nextStep,
  placeOf,
  readAnswer,
  type Answers,
  type IneligibleReason,
  type NextStep,
  type StepId,
} from './steps.js';

export interface IntakeContext {
  languages: string[];
  language: string | null;
  consented: boolean;
  role: Audience | null;
  answers: Answers;
  step: StepId | null;
  /** Answers not understood in a row at the current question. */
  misses: number;
  sessions: SessionOption[];
  chosenSessionId: string | null;
  booking: SessionOption | null;
  /** A seat offered from the waitlist, waiting for a yes. */
  offer: SessionOption | null;
  ineligible: { reason: IneligibleReason; params: Record<string, string | number>; referrals: Referral[] } | null;
}

export interface IntakeFlowOptions {
  rules: IntakeRules;
  /** Language used when a first message gives no clue. */
  defaultLanguage: string;
  /** Misses before a human is offered. */
  maxMisses?: number;
  /** Silence after the idle reminder before the conversation is put aside (7 days in all). */
  expireAfterReminderMs?: number;
}

type UserMessage = Extract<FlowEvent, { type: 'user.message' }>;
type JobDue = Extract<FlowEvent, { type: 'job.due' }>;

const HOUR = 60 * 60 * 1000;
const say = (key: string, params?: MessageParams, choices?: ChoiceOption[]): FlowEmitted => ({
  type: 'say',
  message: { key, ...(params ? { params } : {}), ...(choices ? { choices } : {}) },
});
const sayMessage = (message: OutboundMessage): FlowEmitted => ({ type: 'say', message });
const effect = (request: Effect): FlowEmitted => ({ type: 'effect', effect: request });
const yesNo: ChoiceOption[] = [
  { id: 'yes', key: 'answers.yes', matchKeys: ['answers.yesWords'] },
  { id: 'no', key: 'answers.no', matchKeys: ['answers.noWords'] },
];
const isUserMessage = (event: FlowEvent): event is UserMessage => event.type === 'user.message';
const isJob = (event: FlowEvent, name: string): event is JobDue => event.type === 'job.due' && event.name === name;

/**
 * A reply the current state should read as its answer: not a command, and not the name of
 * another language (that switches language), except when the question asks for languages.
 */
function isAnswer(context: IntakeContext, event: FlowEvent): event is UserMessage {
  if (!isUserMessage(event) || event.command !== null) return false;
  const switchesLanguage =
    event.namedLanguage !== null &&
    event.namedLanguage !== context.language &&
    context.languages.includes(event.namedLanguage);
  return !switchesLanguage || context.step === 'spokenLanguages' || event.choiceId !== null;
}

function languageMenu(context: IntakeContext): OutboundMessage {
  const current = context.language;
  const ordered = current ? [current, ...context.languages.filter((code) => code !== current)] : [...context.languages];
  return {
    key: 'intake.languageMenu',
    choices: ordered.map((code) => ({
      id: code,
      key: 'meta.endonym',
      language: code,
      matchKeys: [`languages.${code}`],
    })),
  };
}

function sessionChoices(sessions: SessionOption[], rebooking: boolean): ChoiceOption[] {
  return [
    ...sessions.map((session) => ({
      id: session.id,
      key: 'booking.sessionChoice',
      params: {
        date: { kind: 'datetime' as const, iso: session.startsAt, timeZone: session.timeZone, style: 'short' as const },
        place: session.place,
        seats: session.seatsLeft,
        lang: session.language.toUpperCase(),
      },
      descriptionKey: session.online ? 'booking.sessionDetailOnline' : 'booking.sessionDetail',
    })),
    {
      id: 'none',
      key: rebooking ? 'booking.keepCurrent' : 'booking.noneSuits',
      matchKeys: rebooking ? ['booking.keepCurrentWords'] : ['booking.noneSuitsWords'],
    },
  ];
}

function sessionParams(session: SessionOption): MessageParams {
  return {
    date: { kind: 'datetime', iso: session.startsAt, timeZone: session.timeZone },
    place: session.place,
  };
}

function application(context: IntakeContext, status: ApplicationRecord['status']): ApplicationRecord {
  const place = placeOf(context.answers.city);
  const answers: ApplicationRecord['answers'] = { ...context.answers };
  return {
    role: context.role,
    city: place?.kind === 'served' ? place.cityId : null,
    answers,
    status,
    ineligibleReason: context.ineligible?.reason ?? null,
  };
}

/**
 * The applicant intake: language, consent, who is writing, eligibility one question at a time,
 * a short profile, then a seat in an information session, with reminders. At any moment the
 * person can say stop, ask for a human, restart, delete their data, or change language; the
 * conversation then goes on at the same question (deep history).
 */
export function createIntakeFlow(options: IntakeFlowOptions): FlowDefinition {
  const { rules } = options;
  const maxMisses = options.maxMisses ?? 3;
  const expireAfterReminderMs = options.expireAfterReminderMs ?? 7 * 24 * HOUR - 23 * HOUR;

  const evaluate = (context: IntakeContext, event: FlowEvent): { value: Answers[StepId]; next: NextStep } | null => {
    if (!isUserMessage(event) || !context.step || !context.role) return null;
    const value = readAnswer({ step: context.step, reply: event, rules });
    if (value === null) return null;
    const answers = { ...context.answers, [context.step]: value };
    return { value, next: nextStep({ role: context.role, answers, rules }) };
  };

  /**
   * Transitions shared by every state that waits for an answer: the idle reminder re-enters the
   * state (so its question is asked again) and the idle expiry puts the conversation aside.
   */
  const waiting = (self: string) => ({
    'job.due': [
      {
        guard: ({ event }: { event: FlowEvent }) => isJob(event, 'idle.remind'),
        target: self,
        reenter: true,
        actions: 'remindIdle' as const,
      },
      {
        guard: ({ event }: { event: FlowEvent }) => isJob(event, 'idle.expire'),
        target: '#intake.expired',
      },
    ],
  });

  const machine = setup({
    types: {
      context: {} as IntakeContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
      emitted: {} as FlowEmitted,
    },
    guards: {
      isAnswer: ({ context, event }) => isAnswer(context, event),
      command: ({ event }, name: string) => isUserMessage(event) && event.command === name,
      chose: ({ context, event }, id: string) => isAnswer(context, event) && event.choiceId === id,
      pickedLanguage: ({ context, event }) =>
        isUserMessage(event) && context.languages.includes(event.choiceId ?? event.namedLanguage ?? ''),
      namedOtherLanguage: ({ context, event }) =>
        isUserMessage(event) &&
        event.namedLanguage !== null &&
        event.namedLanguage !== context.language &&
        context.languages.includes(event.namedLanguage),
      consented: ({ context }) => context.consented,
      answerNotUnderstood: ({ context, event }) => isAnswer(context, event) && evaluate(context, event) === null,
      tooManyMisses: ({ context, event }) =>
        isAnswer(context, event) && evaluate(context, event) === null && context.misses + 1 >= maxMisses,
      answerRulesOut: ({ context, event }) =>
        isAnswer(context, event) && evaluate(context, event)?.next.kind === 'ineligible',
      answerCompletes: ({ context, event }) =>
        isAnswer(context, event) && evaluate(context, event)?.next.kind === 'complete',
      answerUnderstood: ({ context, event }) => isAnswer(context, event) && evaluate(context, event) !== null,
      noMisses: ({ context }) => context.misses === 0,
      choseOfferedSession: ({ context, event }) =>
        isUserMessage(event) && context.sessions.some((session) => session.id === event.choiceId),
      foundSessions: ({ event }) => event.type === 'sessions.found' && event.sessions.length > 0,
      rebooking: ({ context }) => context.booking !== null,
      reminderForBooking: ({ context, event }) =>
        isJob(event, 'booking.reminder') && context.booking !== null && event.payload.sessionId === context.booking.id,
      seatOpened: ({ event }) => isJob(event, 'seat.opened'),
    },
    actions: {
      greet: enqueueActions(({ context, event, enqueue }) => {
        if (!isUserMessage(event)) return;
        const language = suggestLanguage({
          text: event.text,
          namedLanguage: event.namedLanguage,
          languages: context.languages,
          fallback: options.defaultLanguage,
        });
        enqueue.assign({ language });
        enqueue.emit(effect({ kind: 'setLanguage', language }));
        enqueue.emit(say('intake.greeting'));
      }),
      askLanguage: enqueueActions(({ context, enqueue }) => enqueue.emit(sayMessage(languageMenu(context)))),
      switchLanguage: enqueueActions(({ event, enqueue }) => {
        if (!isUserMessage(event)) return;
        const language = event.choiceId ?? event.namedLanguage;
        if (!language) return;
        enqueue.assign({ language });
        enqueue.emit(effect({ kind: 'setLanguage', language }));
        enqueue.emit(say('intake.languageSet'));
      }),
      explainConsent: enqueueActions(({ enqueue }) => {
        enqueue.emit(say('consent.what'));
        enqueue.emit(say('consent.keep'));
      }),
      askConsent: enqueueActions(({ enqueue }) => enqueue.emit(say('consent.ask', undefined, yesNo))),
      recordConsent: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ consented: true });
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'in-progress') }));
      }),
      askRole: enqueueActions(({ enqueue }) =>
        enqueue.emit(
          say('role.ask', undefined, [
            { id: 'mentee', key: 'role.mentee', matchKeys: ['role.menteeWords'] },
            { id: 'mentor', key: 'role.mentor', matchKeys: ['role.mentorWords'] },
            { id: 'question', key: 'role.question', matchKeys: ['role.questionWords'] },
          ]),
        ),
      ),
      chooseRole: assign(({ context, event }) => {
        const role: Audience = isUserMessage(event) && event.choiceId === 'mentor' ? 'mentor' : 'mentee';
        const next = nextStep({ role, answers: {}, rules });
        return { ...context, role, answers: {}, misses: 0, step: next.kind === 'ask' ? next.step : null };
      }),
      askStep: enqueueActions(({ context, enqueue }) => {
        if (context.step && context.role) enqueue.emit(sayMessage(askStep(context.step, context.role)));
      }),
      keepAnswer: assign(({ context, event }) => {
        const result = evaluate(context, event);
        if (!result || !context.step) return context;
        const answers = { ...context.answers, [context.step]: result.value };
        const next = result.next;
        return {
          ...context,
          answers,
          misses: 0,
          step: next.kind === 'ask' ? next.step : null,
          ineligible:
            next.kind === 'ineligible'
              ? {
                  reason: next.reason,
                  params: next.params,
                  referrals: rules.referrals(next.place ?? { kind: 'unknown' }),
                }
              : null,
        };
      }),
      sayHint: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ misses: context.misses + 1 });
        enqueue.emit(say('intake.notUnderstood'));
        if (context.step) enqueue.emit(say(hintFor(context.step)));
      }),
      sayNotUnderstood: enqueueActions(({ enqueue }) => enqueue.emit(say('intake.notUnderstood'))),
      resetMisses: assign({ misses: 0 }),
      offerHuman: enqueueActions(({ context, enqueue }) => {
        if (context.misses > 0) enqueue.emit(say('intake.offerHuman', undefined, yesNo));
      }),
      explainIneligible: enqueueActions(({ context, enqueue }) => {
        const ineligible = context.ineligible;
        if (!ineligible) return;
        enqueue.emit(say(`ineligible.${ineligible.reason}`, ineligible.params));
        for (const referral of ineligible.referrals) {
          enqueue.emit(say('ineligible.referral', { name: referral.name, url: referral.url }));
        }
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'ineligible') }));
      }),
      sayIneligibleAfter: enqueueActions(({ enqueue }) => enqueue.emit(say('ineligible.after'))),
      recordProgress: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'in-progress') })),
      ),
      recordEligible: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'eligible') })),
      ),
      findSessions: enqueueActions(({ context, enqueue }) => {
        const place = placeOf(context.answers.city);
        if (place?.kind !== 'served' || !context.role) return;
        enqueue.emit(
          effect({
            kind: 'findSessions',
            city: place.cityId,
            audience: context.role,
            language: context.language ?? options.defaultLanguage,
          }),
        );
      }),
      keepSessions: assign({
        sessions: ({ event }) => (event.type === 'sessions.found' ? event.sessions : []),
      }),
      askSession: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(say('booking.choose', undefined, sessionChoices(context.sessions, context.booking !== null))),
      ),
      chooseSession: assign({
        chosenSessionId: ({ event }) => (isUserMessage(event) ? event.choiceId : null),
      }),
      chooseOffer: assign({ chosenSessionId: ({ context }) => context.offer?.id ?? null }),
      bookSeat: enqueueActions(({ context, enqueue }) => {
        if (context.chosenSessionId) enqueue.emit(effect({ kind: 'bookSeat', sessionId: context.chosenSessionId }));
      }),
      confirmBooking: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'booking.booked') return;
        const session = event.session;
        const bookedAt = Date.parse(event.at);
        enqueue.assign({ booking: session, offer: null, chosenSessionId: null, sessions: [] });
        enqueue.emit(say(session.online ? 'booking.confirmedOnline' : 'booking.confirmed', sessionParams(session)));
        const startsAt = Date.parse(session.startsAt);
        for (const [which, before] of [
          ['day', 24 * HOUR],
          ['hours', 2 * HOUR],
        ] as const) {
          const at = startsAt - before;
          const key = `reminder.${which}`;
          if (at > bookedAt) {
            enqueue.emit(
              effect({
                kind: 'schedule',
                key,
                name: 'booking.reminder',
                at: new Date(at).toISOString(),
                payload: { sessionId: session.id, which },
              }),
            );
          } else enqueue.emit(effect({ kind: 'cancelSchedule', key }));
        }
        enqueue.emit(
          effect({ kind: 'recordApplication', application: application({ ...context, booking: session }, 'booked') }),
        );
      }),
      sayFull: enqueueActions(({ enqueue }) => enqueue.emit(say('booking.full'))),
      sayNoSessions: enqueueActions(({ enqueue }) => enqueue.emit(say('booking.noSessions', undefined, yesNo))),
      remind: enqueueActions(({ context, event, enqueue }) => {
        if (!context.booking || event.type !== 'job.due') return;
        const key = event.payload.which === 'day' ? 'booking.reminderDay' : 'booking.reminderHours';
        enqueue.emit(say(key, sessionParams(context.booking)));
      }),
      sayBookedInfo: enqueueActions(({ context, enqueue }) => {
        if (context.booking) enqueue.emit(say('booking.info', sessionParams(context.booking)));
      }),
      cancelBooking: enqueueActions(({ enqueue }) => enqueue.emit(effect({ kind: 'cancelBooking' }))),
      confirmCancellation: enqueueActions(({ enqueue }) => {
        enqueue.assign({ booking: null });
        enqueue.emit(effect({ kind: 'cancelSchedule', key: 'reminder.day' }));
        enqueue.emit(effect({ kind: 'cancelSchedule', key: 'reminder.hours' }));
        enqueue.emit(say('booking.cancelled'));
      }),
      askAnotherDate: enqueueActions(({ enqueue }) => enqueue.emit(say('booking.anotherDate', undefined, yesNo))),
      joinWaitlist: enqueueActions(({ context, enqueue }) => {
        const place = placeOf(context.answers.city);
        if (place?.kind !== 'served' || !context.role) return;
        enqueue.emit(
          effect({
            kind: 'joinWaitlist',
            city: place.cityId,
            audience: context.role,
            language: context.language ?? options.defaultLanguage,
          }),
        );
        enqueue.emit(say('booking.waitlisted'));
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'waitlisted') }));
      }),
      leaveWaitlist: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'leaveWaitlist' }));
        enqueue.emit(say('booking.leftWaitlist'));
      }),
      sayWaitlistInfo: enqueueActions(({ enqueue }) => enqueue.emit(say('booking.waitlistInfo'))),
      keepOffer: assign({
        offer: ({ event }) => {
          if (event.type !== 'job.due') return null;
          const session: unknown = event.payload.session;
          return isSessionOption(session) ? session : null;
        },
      }),
      askOffer: enqueueActions(({ context, enqueue }) => {
        if (context.offer) enqueue.emit(say('booking.seatOpened', sessionParams(context.offer), yesNo));
      }),
      sayClosedInfo: enqueueActions(({ enqueue }) => enqueue.emit(say('intake.closedInfo'))),
      handOff: enqueueActions(({ event, enqueue }) => {
        const reason = isUserMessage(event) && event.choiceId === 'question' ? 'question' : 'asked-for-help';
        enqueue.emit(effect({ kind: 'handoff', reason }));
        enqueue.emit(say('staff.waiting'));
      }),
      handBack: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'releaseHandoff' }));
        enqueue.emit(say('staff.back'));
      }),
      optOut: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'optOut' }));
        enqueue.emit(say('stop.confirmed'));
      }),
      optIn: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'optIn' }));
        enqueue.emit(say('stop.welcomeBack'));
      }),
      askDelete: enqueueActions(({ enqueue }) => enqueue.emit(say('delete.ask', undefined, yesNo))),
      eraseAll: enqueueActions(({ enqueue }) => {
        enqueue.emit(say('delete.done'));
        enqueue.emit(effect({ kind: 'eraseData', keepRefusal: false }));
      }),
      sayKept: enqueueActions(({ enqueue }) => enqueue.emit(say('delete.kept'))),
      refuse: enqueueActions(({ enqueue }) => {
        enqueue.emit(say('consent.refused'));
        enqueue.emit(effect({ kind: 'eraseData', keepRefusal: true }));
      }),
      restart: enqueueActions(({ enqueue }) => {
        enqueue.assign({
          role: null,
          answers: {},
          step: null,
          misses: 0,
          sessions: [],
          chosenSessionId: null,
          offer: null,
          ineligible: null,
        });
        enqueue.emit(say('intake.restarted'));
      }),
      remindIdle: enqueueActions(({ event, enqueue }) => {
        if (event.type !== 'job.due') return;
        enqueue.emit(say('idle.reminder'));
        enqueue.emit(
          effect({
            kind: 'schedule',
            key: 'idle',
            name: 'idle.expire',
            at: new Date(Date.parse(event.at) + expireAfterReminderMs).toISOString(),
            payload: {},
          }),
        );
      }),
      welcomeBack: enqueueActions(({ enqueue }) => enqueue.emit(say('idle.welcomeBack'))),
    },
  }).createMachine({
    id: 'intake',
    context: ({ input }) => ({
      languages: input.languages,
      language: input.language,
      consented: false,
      role: null,
      answers: {},
      step: null,
      misses: 0,
      sessions: [],
      chosenSessionId: null,
      booking: null,
      offer: null,
      ineligible: null,
    }),
    initial: 'start',
    on: {
      'user.message': [
        { guard: { type: 'command', params: 'stop' }, target: '#intake.optedOut' },
        { guard: { type: 'command', params: 'help' }, target: '#intake.staff' },
        { guard: { type: 'command', params: 'delete' }, target: '#intake.confirmDelete' },
        { guard: { type: 'command', params: 'language' }, target: '#intake.languageMenu' },
        {
          guard: { type: 'command', params: 'restart' },
          target: '#intake.active.restarting',
          reenter: true,
          actions: 'restart',
        },
        { guard: 'namedOtherLanguage', target: '#intake.active.hist', reenter: true, actions: 'switchLanguage' },
        { target: '#intake.active.hist', reenter: true, actions: 'sayNotUnderstood' },
      ],
    },
    states: {
      start: {
        on: { 'user.message': { target: 'active.language', actions: 'greet' } },
      },
      active: {
        initial: 'language',
        states: {
          hist: { type: 'history', history: 'deep', target: 'language' },
          restarting: {
            always: [{ guard: 'consented', target: 'role' }, { target: 'consent' }],
          },
          language: {
            entry: 'askLanguage',
            on: {
              ...waiting('language'),
              'user.message': [
                { guard: 'pickedLanguage', target: 'consent', actions: 'switchLanguage' },
                { guard: 'isAnswer', target: 'language', reenter: true, actions: 'sayNotUnderstood' },
              ],
            },
          },
          consent: {
            initial: 'explaining',
            states: {
              explaining: { entry: 'explainConsent', always: 'asking' },
              asking: {
                entry: 'askConsent',
                on: {
                  ...waiting('asking'),
                  'user.message': [
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.role',
                      actions: 'recordConsent',
                    },
                    { guard: { type: 'chose', params: 'no' }, target: '#intake.refused' },
                    { guard: 'isAnswer', target: 'asking', reenter: true, actions: 'sayNotUnderstood' },
                  ],
                },
              },
            },
          },
          role: {
            entry: 'askRole',
            on: {
              ...waiting('role'),
              'user.message': [
                { guard: { type: 'chose', params: 'question' }, target: '#intake.staff' },
                {
                  guard: { type: 'chose', params: 'mentee' },
                  target: 'questions',
                  actions: ['chooseRole', 'recordProgress'],
                },
                {
                  guard: { type: 'chose', params: 'mentor' },
                  target: 'questions',
                  actions: ['chooseRole', 'recordProgress'],
                },
                { guard: 'isAnswer', target: 'role', reenter: true, actions: 'sayNotUnderstood' },
              ],
            },
          },
          questions: {
            entry: 'askStep',
            on: {
              ...waiting('questions'),
              'user.message': [
                { guard: 'tooManyMisses', target: 'offerHuman' },
                { guard: 'answerNotUnderstood', target: 'questions', reenter: true, actions: 'sayHint' },
                { guard: 'answerRulesOut', target: 'ineligible', actions: 'keepAnswer' },
                { guard: 'answerCompletes', target: 'booking', actions: ['keepAnswer', 'recordEligible'] },
                {
                  guard: 'answerUnderstood',
                  target: 'questions',
                  reenter: true,
                  actions: ['keepAnswer', 'recordProgress'],
                },
              ],
            },
          },
          offerHuman: {
            // Back from staff (through history) with the misses cleared: ask the question again.
            always: { guard: 'noMisses', target: 'questions' },
            entry: 'offerHuman',
            on: {
              ...waiting('offerHuman'),
              'user.message': [
                { guard: { type: 'chose', params: 'yes' }, target: '#intake.staff', actions: 'resetMisses' },
                { guard: 'isAnswer', target: 'questions', actions: 'resetMisses' },
              ],
            },
          },
          ineligible: {
            entry: 'explainIneligible',
            on: { 'user.message': { guard: 'isAnswer', actions: 'sayIneligibleAfter' } },
          },
          booking: {
            initial: 'searching',
            states: {
              searching: {
                entry: 'findSessions',
                on: {
                  'sessions.found': [
                    { guard: 'foundSessions', target: 'choosing', actions: 'keepSessions' },
                    { target: 'noneAvailable' },
                  ],
                },
              },
              choosing: {
                entry: 'askSession',
                on: {
                  ...waiting('choosing'),
                  'user.message': [
                    { guard: 'choseOfferedSession', target: 'reserving', actions: 'chooseSession' },
                    {
                      guard: { type: 'chose', params: 'none' },
                      target: '#intake.active.booked',
                      reenter: true,
                      // Changing one's mind while rebooking keeps the seat one had.
                    },
                    { guard: 'isAnswer', target: 'choosing', reenter: true, actions: 'sayNotUnderstood' },
                  ],
                },
              },
              reserving: {
                entry: 'bookSeat',
                on: {
                  'booking.booked': { target: '#intake.active.booked', actions: 'confirmBooking' },
                  'booking.failed': { target: 'searching', actions: 'sayFull' },
                },
              },
              noneAvailable: {
                entry: 'sayNoSessions',
                on: {
                  ...waiting('noneAvailable'),
                  'user.message': [
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.waitlisted',
                      actions: 'joinWaitlist',
                    },
                    { guard: { type: 'chose', params: 'no' }, target: '#intake.active.closed' },
                    { guard: 'isAnswer', target: 'noneAvailable', reenter: true, actions: 'sayNotUnderstood' },
                  ],
                },
              },
            },
          },
          booked: {
            on: {
              'job.due': { guard: 'reminderForBooking', actions: 'remind' },
              'user.message': [
                { guard: { type: 'command', params: 'cancel' }, actions: 'cancelBooking' },
                { guard: { type: 'command', params: 'rebook' }, target: 'booking' },
                { guard: 'isAnswer', actions: 'sayBookedInfo' },
              ],
              'booking.cancelled': { target: 'afterCancel', actions: 'confirmCancellation' },
            },
          },
          afterCancel: {
            entry: 'askAnotherDate',
            on: {
              ...waiting('afterCancel'),
              'user.message': [
                { guard: { type: 'chose', params: 'yes' }, target: 'booking' },
                { guard: { type: 'chose', params: 'no' }, target: 'closed' },
                { guard: 'isAnswer', target: 'afterCancel', reenter: true, actions: 'sayNotUnderstood' },
              ],
            },
          },
          waitlisted: {
            initial: 'waiting',
            states: {
              waiting: {
                on: {
                  'job.due': { guard: 'seatOpened', target: 'offered', actions: 'keepOffer' },
                  'user.message': [
                    {
                      guard: { type: 'command', params: 'cancel' },
                      target: '#intake.active.closed',
                      actions: 'leaveWaitlist',
                    },
                    { guard: 'isAnswer', actions: 'sayWaitlistInfo' },
                  ],
                },
              },
              offered: {
                entry: 'askOffer',
                on: {
                  'user.message': [
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.booking.reserving',
                      actions: 'chooseOffer',
                    },
                    { guard: 'isAnswer', target: 'waiting', actions: 'sayWaitlistInfo' },
                  ],
                },
              },
            },
          },
          closed: {
            on: {
              'user.message': [
                { guard: { type: 'command', params: 'rebook' }, target: 'booking' },
                { guard: 'isAnswer', actions: 'sayClosedInfo' },
              ],
            },
          },
        },
      },
      languageMenu: {
        entry: 'askLanguage',
        on: {
          'user.message': [
            { guard: 'pickedLanguage', target: 'active.hist', actions: 'switchLanguage' },
            { guard: 'isAnswer', target: 'languageMenu', reenter: true, actions: 'sayNotUnderstood' },
          ],
        },
      },
      staff: {
        entry: 'handOff',
        on: {
          // While staff have the conversation the assistant stays silent; the transcript keeps what is said.
          'user.message': [
            { guard: { type: 'command', params: 'stop' }, target: 'optedOut' },
            { guard: { type: 'command', params: 'delete' }, target: 'confirmDelete' },
            { actions: [] },
          ],
          'staff.handBack': { target: 'active.hist', actions: 'handBack' },
        },
      },
      optedOut: {
        entry: 'optOut',
        on: {
          'user.message': { target: 'active.hist', actions: 'optIn' },
          'job.due': { actions: [] },
        },
      },
      confirmDelete: {
        entry: 'askDelete',
        on: {
          'user.message': [
            { guard: { type: 'chose', params: 'yes' }, target: 'erased', actions: 'eraseAll' },
            { guard: { type: 'chose', params: 'no' }, target: 'active.hist', actions: 'sayKept' },
            { guard: 'isAnswer', target: 'confirmDelete', reenter: true, actions: 'sayNotUnderstood' },
          ],
        },
      },
      expired: {
        on: {
          'user.message': { target: 'active.hist', actions: 'welcomeBack' },
        },
      },
      refused: { entry: 'refuse', type: 'final' },
      erased: { type: 'final' },
    },
  });

  return { id: 'intake', version: 1, machine };
}

function isSessionOption(value: unknown): value is SessionOption {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'startsAt' in value &&
    typeof value.startsAt === 'string' &&
    'timeZone' in value &&
    typeof value.timeZone === 'string'
  );
}
